// The titles of the notes, loaded from the server's /api/notes.
// fetchNotes is the function that asks the server: the page passes the
// browser's own fetch, and a test passes a fake.
export async function noteTitles(fetchNotes) {
  const response = await fetchNotes('/api/notes');
  if (!response.ok) {
    throw new Error('The notes could not be loaded.');
  }
  const notes = await response.json();
  return notes.map((note) => note.title);
}
