// The notes page: the list comes from the API, and new notes are sent to it.
const list = document.querySelector("#notes");
const status = document.querySelector("#status");
const form = document.querySelector("#new-note");
const formError = document.querySelector("#form-error");

// One <li> for a note, with its title as text.
function noteItem(note) {
  const item = document.createElement("li");
  item.textContent = note.title;
  return item;
}

async function loadNotes() {
  try {
    const response = await fetch("/api/notes");
    if (!response.ok) {
      throw new Error("The server answered " + response.status);
    }
    const notes = await response.json();
    for (const note of notes) {
      list.append(noteItem(note));
    }
  } catch (error) {
    status.textContent = "Could not load the notes.";
  }
}

// TODO: when the form is submitted, send its title and body to the API
// (POST /api/notes, as JSON), and show the answer. See the task.

loadNotes();
