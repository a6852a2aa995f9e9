import { addTodo, leftText } from './todos';

describe('addTodo(todos, text)', () => {
  test('puts a new to-do, not done, at the end of the list', () => {
    const todos = [{ text: 'Buy milk', done: true }];
    expect(addTodo(todos, 'Call Sam')).toEqual([
      { text: 'Buy milk', done: true },
      { text: 'Call Sam', done: false },
    ]);
  });

  test('leaves the list it was given as it was', () => {
    const todos = [{ text: 'Buy milk', done: false }];
    addTodo(todos, 'Call Sam');
    expect(todos).toEqual([{ text: 'Buy milk', done: false }]);
  });

  test('drops the spaces around the text', () => {
    expect(addTodo([], '  Water the plants ')).toEqual([{ text: 'Water the plants', done: false }]);
  });

  test('adds nothing for a blank text', () => {
    expect(addTodo([], '')).toEqual([]);
    expect(addTodo([], '   ')).toEqual([]);
  });
});

describe('leftText(todos)', () => {
  test('counts the to-dos that are not done', () => {
    const todos = [
      { text: 'a', done: false },
      { text: 'b', done: true },
      { text: 'c', done: false },
    ];
    expect(leftText(todos)).toBe('2 things left to do');
  });

  test('says "thing" for one', () => {
    expect(leftText([{ text: 'a', done: false }])).toBe('1 thing left to do');
  });

  test('says so in words when nothing is left', () => {
    expect(leftText([])).toBe('Nothing left to do');
    expect(leftText([{ text: 'a', done: true }])).toBe('Nothing left to do');
  });
});
