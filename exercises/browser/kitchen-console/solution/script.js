// script.js runs each time the page opens. Its messages go to the console.
console.log("script.js has started");

const cooks = ["Ana", "Bo", "Cy"];
console.log("Cooks today:", cooks.length);

console.log("Rota ready");
