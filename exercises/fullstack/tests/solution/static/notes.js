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
const body = form.querySelector("textarea[name=body]");
const help = document.querySelector("#title-help");

title.addEventListener("input", function () {
  help.textContent = charactersLeft(title.value, MAX_TITLE) + " characters left";
});

// A saved note as the page shows it: its title and its body, always as text.
function noteCard(note) {
  const card = document.createElement("article");
  card.classList.add("note");
  const heading = document.createElement("h2");
  heading.textContent = note.title;
  const text = document.createElement("p");
  text.textContent = note.body;
  card.append(heading, text);
  return card;
}

form.addEventListener("submit", async function (event) {
  event.preventDefault();
  const problem = titleProblem(title.value);
  if (problem !== "") {
    help.textContent = problem;
    return;
  }
  const response = await fetch("/api/notes", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: title.value, body: body.value }),
  });
  const answer = await response.json();
  if (!response.ok) {
    help.textContent = answer.error;
    return;
  }
  const empty = document.querySelector("#no-notes");
  if (empty !== null) {
    empty.remove();
  }
  form.after(noteCard(answer));
  form.reset();
  help.textContent = "Saved.";
});
