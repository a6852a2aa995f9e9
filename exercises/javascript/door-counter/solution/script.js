// The elements this script works with, found by their id.
const addButton = document.querySelector("#add");
const count = document.querySelector("#count");
const tally = document.querySelector("#tally");
const resetButton = document.querySelector("#reset");

let visitors = 0;

addButton.addEventListener("click", () => {
  visitors = visitors + 1;
  count.textContent = visitors;
  tally.textContent = tally.textContent + "|";
});

resetButton.addEventListener("click", () => {
  visitors = 0;
  count.textContent = visitors;
  tally.textContent = "";
});
