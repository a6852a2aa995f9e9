// The library page: draws the books from the API, and adds new ones.
const list = document.querySelector("#books");
const form = document.querySelector("#add-book");
const error = document.querySelector("#error");

function describe(book) {
  const where = book.borrower === null ? "on the shelf" : `on loan to ${book.borrower}`;
  return `${book.title} by ${book.author}, ${where}`;
}

function draw(books) {
  list.innerHTML = "";
  for (const book of books) {
    const item = document.createElement("li");
    item.textContent = describe(book);
    list.appendChild(item);
  }
}

async function loadBooks() {
  const response = await fetch("/api/books");
  draw(await response.json());
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const response = await fetch("/api/books", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: form.elements.title.value, author: form.elements.author.value }),
  });
  const answer = await response.json();
  if (response.status === 201) {
    error.textContent = "";
    form.reset();
    await loadBooks();
  } else {
    error.textContent = answer.error;
  }
});

loadBooks();
