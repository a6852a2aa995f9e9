const form = document.querySelector("#visit-form");
const nameField = document.querySelector("#name");
const sizeField = document.querySelector("#size");
const nameError = document.querySelector("#name-error");
const sizeError = document.querySelector("#size-error");
const done = document.querySelector("#done");

// TODO: listen for the form's "submit" event. In the listener:
//   - stop the browser from sending the form and loading a new page,
//   - check the name and the number of people, and put a message next to
//     each field that is wrong (and an empty message next to each one that is right),
//   - only when both are right, say in #done that the visit is booked.
