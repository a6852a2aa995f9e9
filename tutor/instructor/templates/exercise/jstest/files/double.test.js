// Placeholder checks: replace them with tests of your own exercise.
import { double } from './double';

describe('double(n)', () => {
  test('gives twice the number', () => {
    expect(double(4)).toBe(8);
    expect(double(0)).toBe(0);
  });

  test('works with negative numbers', () => {
    expect(double(-3)).toBe(-6);
  });
});
