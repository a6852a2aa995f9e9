import { noteTitles } from './notes';

describe('noteTitles(fetchNotes)', () => {
  // TODO: your tests, each with a fake fetch that answers as the server would.
});
