// Search the library's catalogue as the person types.
const box = document.querySelector("#search");
const results = document.querySelector("#results");
const status = document.querySelector("#status");

// Asks the catalogue for the books whose titles hold words, and draws them.
// encodeURIComponent writes the words so that they fit in an address
// (a space becomes %20, for example).
async function searchFor(words) {
  status.textContent = "Searching...";
  results.textContent = "";
  try {
    const response = await fetch("/api/books?q=" + encodeURIComponent(words));
    if (!response.ok) {
      throw new Error("The server answered " + response.status);
    }
    const books = await response.json();
    for (const book of books) {
      const item = document.createElement("li");
      item.textContent = book.title;
      results.append(item);
    }
    if (books.length === 0) {
      status.textContent = "No results.";
    } else {
      status.textContent = "";
    }
  } catch (error) {
    status.textContent = "Could not search the catalogue.";
  }
}

// The timer that will search when the typing stops; each key starts it again.
let pause = null;

box.addEventListener("input", function () {
  clearTimeout(pause);
  pause = setTimeout(function () {
    searchFor(box.value);
  }, 300);
});
