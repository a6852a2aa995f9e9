// script.js runs each time the page opens. Its messages go to the console.
console.log("script.js has started");

const cooks = ["Ana", "Bo", "Cy"];
consol.log("Cooks today:", cooks.length);

// TODO: print one more line to the console: Rota ready
