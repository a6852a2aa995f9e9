import { noteTitles } from './notes';

function answer(status, body) {
  return { ok: status >= 200 && status < 300, status: status, json: async () => body };
}

describe("the course's own checks of noteTitles", () => {
  test('the titles of three notes', async () => {
    const asked = [];
    const fetchNotes = async (url) => {
      asked.push(url);
      return answer(200, [{ id: 7, title: 'Bins out' }, { id: 3, title: 'Ring Mum' }, { id: 9, title: 'Rent' }]);
    };
    expect(await noteTitles(fetchNotes)).toEqual(['Bins out', 'Ring Mum', 'Rent']);
    expect(asked).toEqual(['/api/notes']);
  });

  test('a 404 answer is an error that gives the status', async () => {
    await expect(noteTitles(async () => answer(404, 'Not found'))).rejects.toThrow('status 404');
  });
});
