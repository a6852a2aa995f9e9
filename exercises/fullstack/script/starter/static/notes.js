// The notes page's JavaScript.
// At the top, two pure functions: they only use what they are given.
// At the bottom, the browser part: it finds the page's elements and uses them.

const MAX_TITLE = 80;

// How many more characters fit in text before it reaches limit.
function charactersLeft(text, limit) {
  // TODO: the limit minus the number of characters in text.
  return 0;
}

// What is wrong with a title, as a sentence; "" when nothing is.
function titleProblem(title) {
  // TODO: "Give your note a title." when the title is empty or only spaces,
  // "Keep the title to 80 characters or fewer." when it is longer than
  // MAX_TITLE without its outer spaces, and "" when it is fine.
  return "";
}

// The browser part. The page loads this script with defer, so the form is already there.
// TODO: find the form (#new-note), the title box inside it (input[name=title])
//       and the help line (#title-help).
// TODO: on each "input" in the title box, show charactersLeft(...) followed by
//       " characters left" in the help line.
// TODO: when the form is sent ("submit"), ask titleProblem(...) about the title.
//       If the answer is not "", stop the form with event.preventDefault()
//       and show the answer in the help line.
