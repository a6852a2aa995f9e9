// The list page: it draws the notes from GET /api/notes, and its form sends new ones
// with POST /api/notes. Written for you: it is the page's side of your API.
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

async function saveNote(event) {
  event.preventDefault();
  const note = { title: form.elements.title.value, body: form.elements.body.value };
  try {
    const response = await fetch("/api/notes", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(note),
    });
    const answer = await response.json();
    if (response.status === 201) {
      list.prepend(noteItem(answer));
      form.reset();
      formError.textContent = "";
    } else {
      formError.textContent = answer.error;
    }
  } catch (error) {
    formError.textContent = "Could not save the note. Try again.";
  }
}

form.addEventListener("submit", saveNote);

loadNotes();
