// Find a book: each click on #find looks up the code typed in #code.
const codeBox = document.querySelector("#code");
const findButton = document.querySelector("#find");
const result = document.querySelector("#result");

findButton.addEventListener("click", function () {
  result.textContent = "Looking...";
  lookUpBook(codeBox.value)
    .then(function (title) {
      result.textContent = title;
    })
    .catch(function (error) {
      result.textContent = error.message;
    });
});
