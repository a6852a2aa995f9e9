import { noteTitles } from './notes';

// A fake fetch: it answers every request with this status and this JSON.
function fakeServer(status, body) {
  return jest.fn().mockResolvedValue({
    ok: status >= 200 && status < 300,
    status: status,
    json: async () => body,
  });
}

describe('noteTitles(fetchNotes)', () => {
  test('asks the server for /api/notes', async () => {
    const fetchNotes = fakeServer(200, []);
    await noteTitles(fetchNotes);
    expect(fetchNotes).toHaveBeenCalledWith('/api/notes');
  });

  test('gives back the title of each note, in the order they came', async () => {
    const fetchNotes = fakeServer(200, [
      { id: 1, title: 'Milk' },
      { id: 2, title: 'Rent' },
    ]);
    expect(await noteTitles(fetchNotes)).toEqual(['Milk', 'Rent']);
  });

  test('gives an empty list when there are no notes', async () => {
    expect(await noteTitles(fakeServer(200, []))).toEqual([]);
  });

  test('fails with the status when the server answers with an error', async () => {
    const fetchNotes = fakeServer(500, { error: 'The database is asleep.' });
    await expect(noteTitles(fetchNotes)).rejects.toThrow('could not be loaded (status 500)');
  });
});
