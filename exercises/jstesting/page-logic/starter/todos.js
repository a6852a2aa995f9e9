// The logic behind the to-do page: pure functions that page.js uses.
// A to-do is an object like { text: 'Buy milk', done: false }.

// The list with one more to-do at its end.
export function addTodo(todos, text) {
  // TODO: write a test for each rule first, in todos.test.js.
  return todos;
}

// The sentence under the list: how many to-dos are not done yet.
export function leftText(todos) {
  // TODO: write a test for each rule first, in todos.test.js.
  return '';
}
