// The list page: it draws the notes that GET /api/notes sends.
// Written for you: it is the page's side of the API you write in app.py.
const list = document.querySelector("#notes");
const status = document.querySelector("#status");

function noteItem(note) {
  const item = document.createElement("li");
  const title = document.createElement("strong");
  title.textContent = note.title;
  item.append(title);
  if (note.body !== "") {
    item.append(": " + note.body);
  }
  return item;
}

async function loadNotes() {
  try {
    const response = await fetch("/api/notes");
    if (!response.ok) {
      throw new Error("The server answered " + response.status);
    }
    const notes = await response.json();
    if (notes.length === 0) {
      status.textContent = "No notes yet.";
    }
    for (const note of notes) {
      list.append(noteItem(note));
    }
  } catch (error) {
    status.textContent = "Could not load the notes.";
  }
}

loadNotes();
