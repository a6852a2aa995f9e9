import { formatTime, parseTime, addTimes } from './clock';

describe('formatTime(seconds)', () => {
  test('shows whole minutes and the seconds left over', () => {
    expect(formatTime(90)).toBe('1:30');
    expect(formatTime(150)).toBe('2:30');
  });

  test('always shows the seconds with two digits', () => {
    expect(formatTime(65)).toBe('1:05');
    expect(formatTime(9)).toBe('0:09');
    expect(formatTime(600)).toBe('10:00');
  });
});

describe('parseTime(text)', () => {
  test('gives the number of seconds', () => {
    expect(parseTime('1:05')).toBe(65);
    expect(parseTime('0:30')).toBe(30);
  });

  test('refuses text that is not a time', () => {
    expect(() => parseTime('ten')).toThrow('A time looks like');
  });
});

describe('addTimes(times)', () => {
  test('adds up every time in the list', () => {
    expect(addTimes(['1:30', '0:45'])).toBe('2:15');
    expect(addTimes(['0:20', '0:20', '0:20'])).toBe('1:00');
  });

  test('of an empty list is no time at all', () => {
    expect(addTimes([])).toBe('0:00');
  });

  test('leaves the list as it was', () => {
    const times = ['2:00', '0:10'];
    addTimes(times);
    expect(times).toEqual(['2:00', '0:10']);
  });
});
