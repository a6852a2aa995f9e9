// The notes page's JavaScript.
// The two functions at the top are pure: they only use what they are given,
// so the checks can run them without a browser.

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

// The browser part: it runs only in a browser, where there is a document.
if (typeof document !== "undefined") {
  document.addEventListener("DOMContentLoaded", function () {
    const form = document.getElementById("new-note");
    const title = form.querySelector("input[name=title]");
    const help = document.getElementById("title-help");
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
  });
}
