// The browser part of the to-do page. It is finished: it only finds elements,
// listens for events and shows what the functions in todos.js give back.
import { addTodo, leftText } from './todos.js';

const form = document.querySelector('#new-todo');
const input = document.querySelector('#todo-text');
const list = document.querySelector('#todos');
const left = document.querySelector('#left');

let todos = [];

function render() {
  list.innerHTML = '';
  for (const todo of todos) {
    const item = document.createElement('li');
    item.textContent = todo.text;
    if (todo.done) {
      item.classList.add('done');
    }
    // A click on a to-do marks it done, or not done again.
    item.addEventListener('click', () => {
      todo.done = !todo.done;
      render();
    });
    list.append(item);
  }
  left.textContent = leftText(todos);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  todos = addTodo(todos, input.value);
  input.value = '';
  render();
});

render();
