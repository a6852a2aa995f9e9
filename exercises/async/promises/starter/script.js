// Find a book: each click on #find looks up the code typed in #code.
const codeBox = document.querySelector("#code");
const findButton = document.querySelector("#find");
const result = document.querySelector("#result");

findButton.addEventListener("click", function () {
  // TODO 1: show "Looking..." in #result at once.
  // TODO 2: call lookUpBook with the code in the box. When its promise is
  //         fulfilled, show the title in #result.
  // TODO 3: when the promise is rejected, show the error's message in #result.
});
