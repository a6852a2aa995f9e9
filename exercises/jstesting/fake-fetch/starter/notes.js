// The titles of the notes, loaded from the server's /api/notes.
// fetchNotes is the function that asks the server: the page passes the
// browser's own fetch, and a test passes a fake.
export async function noteTitles(fetchNotes) {
  // TODO: write a test for each rule first, in notes.test.js.
  return [];
}
