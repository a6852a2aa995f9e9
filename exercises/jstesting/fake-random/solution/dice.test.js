import { rollDice } from './dice';

describe('rollDice(count, random)', () => {
  test('the lowest random number, 0, gives a 1', () => {
    expect(rollDice(1, () => 0)).toEqual([1]);
  });

  test('a random number just under 1 gives a 6', () => {
    expect(rollDice(1, () => 0.99)).toEqual([6]);
  });

  test('the middle, 0.5, gives a 4', () => {
    expect(rollDice(1, () => 0.5)).toEqual([4]);
  });

  test('each die gets its own random number, in order', () => {
    const random = jest.fn().mockReturnValueOnce(0).mockReturnValueOnce(0.99).mockReturnValueOnce(0.5);
    expect(rollDice(3, random)).toEqual([1, 6, 4]);
    expect(random).toHaveBeenCalledTimes(3);
  });

  test('no dice give an empty list', () => {
    const random = jest.fn().mockReturnValue(0.5);
    expect(rollDice(0, random)).toEqual([]);
    expect(random).not.toHaveBeenCalled();
  });
});
