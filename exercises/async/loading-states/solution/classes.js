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

// Each load starts by saying that the page is waiting, and hides the button:
// the person has just asked again.
async function loadClasses() {
  status.textContent = "Loading...";
  retry.hidden = true;
  try {
    const response = await fetch("/api/classes");
    if (!response.ok) {
      throw new Error("The server answered " + response.status);
    }
    const classes = await response.json();
    drawClasses(classes);
    if (classes.length === 0) {
      status.textContent = "No classes this week.";
    } else {
      status.textContent = "";
    }
  } catch (error) {
    status.textContent = "Could not load the classes.";
    retry.hidden = false;
  }
}

retry.addEventListener("click", loadClasses);

loadClasses();
