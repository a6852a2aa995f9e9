const KEY = "shopping"; // the name the list is saved under in localStorage

// The saved list, or an empty one on the first visit (getItem then gives null).
let items = JSON.parse(localStorage.getItem(KEY)) || [];

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

function save() {
  localStorage.setItem(KEY, JSON.stringify(items));
}

itemForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const item = itemField.value.trim();
  if (item === "") {
    return;
  }
  items.push(item);
  itemField.value = "";
  save();
  render();
});

document.querySelector("#clear").addEventListener("click", () => {
  items = [];
  save();
  render();
});

render();
