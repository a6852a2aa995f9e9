// The notice board takes notices of at most 60 characters.
const LIMIT = 60;

const notice = document.querySelector("#notice");
const left = document.querySelector("#left");
const preview = document.querySelector("#preview");

// TODO: each time the text in #notice changes (the "input" event):
//   1. show the same text in #preview,
//   2. show how many characters are left in #left, as "58 characters left",
//   3. give #left the class too-long while the notice is longer than LIMIT,
//      and take the class away again when it is not.
