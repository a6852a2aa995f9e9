import { letter, average } from './grades';

describe('letter(score)', () => {
  test('90 or more is an A', () => {
    expect(letter(90)).toBe('A');
    expect(letter(100)).toBe('A');
  });

  test('70 up to 89 is a B', () => {
    expect(letter(70)).toBe('B');
    expect(letter(89)).toBe('B');
  });

  test('50 up to 69 is a C', () => {
    expect(letter(50)).toBe('C');
    expect(letter(69)).toBe('C');
  });

  test('below 50 is "not yet"', () => {
    expect(letter(49)).toBe('not yet');
    expect(letter(0)).toBe('not yet');
  });
});

describe('average(scores)', () => {
  test('adds the scores and divides by how many there are', () => {
    expect(average([80, 90, 100])).toBe(90);
    expect(average([1, 2])).toBeCloseTo(1.5);
  });

  test('of no scores is 0', () => {
    expect(average([])).toBe(0);
  });

  test('leaves the array as it was', () => {
    const scores = [70, 50];
    average(scores);
    expect(scores).toEqual([70, 50]);
  });
});
