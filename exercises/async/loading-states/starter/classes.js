// This week's classes, from the server's API at /api/classes.
const list = document.querySelector("#classes");
const status = document.querySelector("#status");
const retry = document.querySelector("#retry");

// Draws one <li> per class, with its name, in place of what the list showed before.
function drawClasses(classes) {
  list.textContent = "";
  for (const session of classes) {
    const item = document.createElement("li");
    item.textContent = session.name;
    list.append(item);
  }
}

// TODO: an async function that loads the classes and shows each state:
// waiting, the classes, no classes at all, or an error with the Try again button.

// TODO: a click on the Try again button loads the classes again.

// TODO: load the classes when the page loads.
