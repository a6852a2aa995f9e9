import { ticketPrice } from './tickets';

describe('ticketPrice(age)', () => {
  test('an adult pays 9', () => {
    expect(ticketPrice(30)).toBe(9);
  });

  // TODO: a test for each edge: where one price ends and the next begins,
  // and the ages the museum refuses.
});
