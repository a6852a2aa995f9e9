// The state: everything the page shows comes from this array.
let books = ["Matilda", "Dune", "Beloved"];

const bookForm = document.querySelector("#book-form");
const titleField = document.querySelector("#title");
const list = document.querySelector("#books");
const count = document.querySelector("#count");
const empty = document.querySelector("#empty");

// Draws the whole page from the state.
function render() {
  list.innerHTML = "";
  for (const book of books) {
    const item = document.createElement("li");
    item.textContent = book;
    list.append(item);
  }
  if (books.length === 1) {
    count.textContent = "1 book";
  } else {
    count.textContent = books.length + " books";
  }
  empty.hidden = books.length > 0;
}

bookForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const title = titleField.value.trim();
  if (title === "") {
    return;
  }
  books.push(title);
  titleField.value = "";
  render();
});

document.querySelector("#sort").addEventListener("click", () => {
  books.sort();
  render();
});

document.querySelector("#clear").addEventListener("click", () => {
  books = [];
  render();
});

render(); // draw the page once, when it loads
