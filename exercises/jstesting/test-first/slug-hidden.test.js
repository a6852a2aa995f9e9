import { slug } from './slug';

describe("the course's own checks of slug", () => {
  test('a title of one word', () => {
    expect(slug('Recipes')).toBe('recipes');
  });

  test('a title of several words in capitals', () => {
    expect(slug('WHY I LOVE BREAD')).toBe('why-i-love-bread');
  });

  test('a title with spaces everywhere', () => {
    expect(slug(' Soup  of the   Day  ')).toBe('soup-of-the-day');
  });

  test('an empty title', () => {
    expect(slug('')).toBe('');
  });
});
