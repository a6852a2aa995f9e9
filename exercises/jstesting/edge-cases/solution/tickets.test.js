import { ticketPrice } from './tickets';

describe('ticketPrice(age)', () => {
  test('an adult pays 9', () => {
    expect(ticketPrice(30)).toBe(9);
  });

  test('children under 5 go free, from the day they are born', () => {
    expect(ticketPrice(0)).toBe(0);
    expect(ticketPrice(4)).toBe(0);
  });

  test('children from 5 to 15 pay 4', () => {
    expect(ticketPrice(5)).toBe(4);
    expect(ticketPrice(15)).toBe(4);
  });

  test('the adult price starts at 16 and ends at 64', () => {
    expect(ticketPrice(16)).toBe(9);
    expect(ticketPrice(64)).toBe(9);
  });

  test('visitors of 65 and over pay 6', () => {
    expect(ticketPrice(65)).toBe(6);
    expect(ticketPrice(100)).toBe(6);
  });

  test('an age below 0 is refused', () => {
    expect(() => ticketPrice(-1)).toThrow('cannot be below 0');
  });
});
