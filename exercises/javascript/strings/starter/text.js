// Working with strings.

function card(name, age) {
  // TODO: return "Happy birthday, NAME! You are AGE today." using a
  // template literal.
}

function capitalize(word) {
  // TODO: return the word with a capital first letter and the rest in
  // small letters: "hELLO" becomes "Hello".
}

function initials(fullName) {
  // TODO: return the first letter of each name, in capitals, each
  // followed by a dot: "Ada Lovelace" becomes "A.L."
}

function slug(title) {
  // TODO: turn a title into a web address part: no spaces at the ends,
  // small letters, and "-" between the words.
  // " Hello World " becomes "hello-world".
}
