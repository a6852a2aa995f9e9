// The notes page's JavaScript.
// At the top, two pure functions: they only use what they are given.
// At the bottom, the browser part: it finds the page's elements and uses them.

const MAX_TITLE = 80;

// How many more characters fit in text before it reaches limit.
function charactersLeft(text, limit) {
  return limit - text.length;
}

// What is wrong with a title, as a sentence; "" when nothing is.
function titleProblem(title) {
  const trimmed = title.trim();
  if (trimmed === "") {
    return "Give your note a title.";
  }
  if (trimmed.length > MAX_TITLE) {
    return "Keep the title to " + MAX_TITLE + " characters or fewer.";
  }
  return "";
}

// The browser part. The page loads this script with defer, so the form is already there.
const form = document.querySelector("#new-note");
const title = form.querySelector("input[name=title]");
const help = document.querySelector("#title-help");

title.addEventListener("input", function () {
  help.textContent = charactersLeft(title.value, MAX_TITLE) + " characters left";
});

form.addEventListener("submit", function (event) {
  const problem = titleProblem(title.value);
  if (problem !== "") {
    event.preventDefault();
    help.textContent = problem;
  }
});
