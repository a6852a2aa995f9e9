// Draw the notes from the server's API into #notes when the page loads.
const list = document.querySelector("#notes");
const status = document.querySelector("#status");

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
      const item = document.createElement("li");
      item.textContent = note.title;
      list.append(item);
    }
  } catch (error) {
    status.textContent = "Could not load the notes.";
  }
}

loadNotes();
