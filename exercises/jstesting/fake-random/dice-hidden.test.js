import { rollDice } from './dice';

describe("the course's own checks of rollDice", () => {
  test('every face from 1 to 6, one for each sixth of the range', () => {
    const numbers = [0.01, 0.2, 0.34, 0.6, 0.7, 0.999];
    const random = jest.fn();
    numbers.forEach((n) => random.mockReturnValueOnce(n));
    expect(rollDice(6, random)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(random).toHaveBeenCalledTimes(6);
  });

  test('a random number of exactly 0 gives a 1', () => {
    expect(rollDice(2, () => 0)).toEqual([1, 1]);
  });
});
