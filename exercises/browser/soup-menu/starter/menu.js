// Shows today's soup on the page, with the names that dishes.js defines.
const soupLine = document.querySelector("#soup");
soupLine.textContent = soup + ": " + price;
console.log("menu.js has shown the soup");
