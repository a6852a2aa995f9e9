// The state: everything the page shows comes from this array.
let books = ["Matilda", "Dune", "Beloved"];

const bookForm = document.querySelector("#book-form");
const titleField = document.querySelector("#title");
const list = document.querySelector("#books");
const count = document.querySelector("#count");
const empty = document.querySelector("#empty");

// Draws the whole page from the state.
function render() {
  // TODO: empty the list, then add one <li> for each book in books.
  // TODO: show how many books there are in #count: "3 books", "1 book", "0 books".
  // TODO: hide #empty while there are books, and show it when there are none.
}

bookForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const title = titleField.value.trim();
  if (title === "") {
    return;
  }
  // TODO: this draws the new book straight onto the page, but never puts it in books,
  // so the next render() loses it. Change the state instead, then draw it all again.
  const item = document.createElement("li");
  item.textContent = title;
  list.append(item);
  titleField.value = "";
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
