// The library's catalogue, written for you. Do not change this file.
// It is slow, like a real one on the other side of a network:
// lookUpBook(code) gives back a promise at once, and only 1.5 seconds later
// the promise is fulfilled with the book's title, or rejected with an Error.

const BOOKS = {
  B12: "The Hobbit",
  C7: "Things Fall Apart",
  D3: "Small Island",
};

function lookUpBook(code) {
  return new Promise(function (resolve, reject) {
    setTimeout(function () {
      const title = BOOKS[code.trim().toUpperCase()];
      if (title === undefined) {
        reject(new Error("No book has the code " + code + "."));
      } else {
        resolve(title);
      }
    }, 1500);
  });
}
