// The logic behind the to-do page: pure functions that page.js uses.
// A to-do is an object like { text: 'Buy milk', done: false }.

// The list with one more to-do at its end.
export function addTodo(todos, text) {
  const trimmed = text.trim();
  if (trimmed === '') {
    return todos;
  }
  return [...todos, { text: trimmed, done: false }];
}

// The sentence under the list: how many to-dos are not done yet.
export function leftText(todos) {
  const left = todos.filter((todo) => !todo.done).length;
  if (left === 0) {
    return 'Nothing left to do';
  }
  if (left === 1) {
    return '1 thing left to do';
  }
  return left + ' things left to do';
}
