// This month's new books. The librarian adds to this array; the page shows it.
const books = [
  { title: "Small Island", author: "Andrea Levy", available: true },
  { title: "Things Fall Apart", author: "Chinua Achebe", available: false },
  { title: "The Hobbit", author: "J. R. R. Tolkien", available: true },
  { title: "Half of a Yellow Sun", author: "Chimamanda Ngozi Adichie", available: false },
];

const bookList = document.querySelector("#books");

function showBooks(list) {
  bookList.textContent = "";
  for (const book of list) {
    const item = document.createElement("li");
    item.textContent = book.title + " by " + book.author;
    if (!book.available) {
      item.classList.add("out");
    }
    bookList.append(item);
  }
}

showBooks(books);

document.querySelector("#on-shelf").addEventListener("click", () => {
  showBooks(books.filter((book) => book.available));
});

document.querySelector("#all").addEventListener("click", () => {
  showBooks(books);
});
