import { slug } from './slug';

describe('slug(title)', () => {
  test('has no capital letters', () => {
    expect(slug('News')).toBe('news');
  });

  test('puts a dash between words', () => {
    expect(slug('my first post')).toBe('my-first-post');
  });

  test('makes one dash of several spaces between two words', () => {
    expect(slug('big   news')).toBe('big-news');
  });

  test('drops the spaces before and after the title', () => {
    expect(slug(' Big News ')).toBe('big-news');
    expect(slug('   ')).toBe('');
  });
});
