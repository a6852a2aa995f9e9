import { addTodo, leftText } from './todos';

describe('addTodo(todos, text)', () => {
  test('puts a new to-do, not done, at the end of the list', () => {
    const todos = [{ text: 'Buy milk', done: true }];
    expect(addTodo(todos, 'Call Sam')).toEqual([
      { text: 'Buy milk', done: true },
      { text: 'Call Sam', done: false },
    ]);
  });

  // TODO: a test for each of the other rules of addTodo.
});

// TODO: tests for leftText(todos), in a describe of their own.
