const KEY = "shopping"; // the name the list is saved under in localStorage

// TODO: start from the list saved in localStorage under KEY, or from an empty
// list when nothing is saved yet (the first visit).
let items = [];

const itemForm = document.querySelector("#item-form");
const itemField = document.querySelector("#item");
const list = document.querySelector("#items");

function render() {
  list.innerHTML = "";
  for (const item of items) {
    const entry = document.createElement("li");
    entry.textContent = item;
    list.append(entry);
  }
}

// TODO: write save(): it keeps the whole items array in localStorage under KEY,
// as JSON. Call it after each change to items.

itemForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const item = itemField.value.trim();
  if (item === "") {
    return;
  }
  items.push(item);
  itemField.value = "";
  render();
});

document.querySelector("#clear").addEventListener("click", () => {
  items = [];
  render();
});

render();
