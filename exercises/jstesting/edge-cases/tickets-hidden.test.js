import { ticketPrice } from './tickets';

describe("the course's own checks of ticketPrice", () => {
  test('the museum\'s prices are as the task says', () => {
    expect(ticketPrice(3)).toBe(0);
    expect(ticketPrice(10)).toBe(4);
    expect(ticketPrice(40)).toBe(9);
    expect(ticketPrice(70)).toBe(6);
  });

  test('a negative age is still refused', () => {
    expect(() => ticketPrice(-5)).toThrow();
  });
});
