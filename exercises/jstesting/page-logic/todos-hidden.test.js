import { addTodo, leftText } from './todos';

describe("the course's own checks of the to-do logic", () => {
  test('addTodo adds to the end, and leaves the old list alone', () => {
    const todos = [{ text: 'Post the letter', done: false }];
    const after = addTodo(todos, ' Pay the rent ');
    expect(after).toEqual([
      { text: 'Post the letter', done: false },
      { text: 'Pay the rent', done: false },
    ]);
    expect(todos).toHaveLength(1);
  });

  test('addTodo adds nothing for a blank text', () => {
    expect(addTodo([{ text: 'x', done: false }], ' ')).toEqual([{ text: 'x', done: false }]);
  });

  test('leftText for none, one and several', () => {
    expect(leftText([])).toBe('Nothing left to do');
    expect(leftText([{ text: 'x', done: false }, { text: 'y', done: true }])).toBe('1 thing left to do');
    expect(leftText([{ text: 'x', done: false }, { text: 'y', done: false }])).toBe('2 things left to do');
  });
});
