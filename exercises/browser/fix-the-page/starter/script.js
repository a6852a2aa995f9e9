// Workshop hours: a list of what was worked on, and the total of the hours.
// This page has several bugs. The checks, and the console (ctrl+o), will help you find them.

let entries = []; // the state: one object {task, hours} for each entry

const form = document.querySelector("#hour-form");
const taskField = document.querySelector("#task");
const hoursField = document.querySelector("#hours");
const message = document.querySelector("#message");
const list = document.querySelector("#entries");
const total = document.querySelector("#total");

function render() {
  list.innerHTML = "";
  let sum = 0;
  for (let i = 1; i < entries.length; i++) {
    sum = sum + entries[i].hours;
  }
  for (const entry of entries) {
    const item = document.createElement("li");
    item.textContent = entry.task + ": " + entry.hours + " hours";
    list.append(item);
  }
  total.textContent = sum;
}

form.addEventListener("submit", (event) => {
  const task = taskField.value.trim();
  const hours = Number(hoursField.value);
  if (hours < 1 || hours > 12) {
    message.textContent = "Hours must be a number from 1 to 12.";
    return;
  }
  message.textContent = "";
  entries.push({task: task, hours: hoursField.value});
  taskField.value = "";
  hoursField.value = "";
  render();
});

function removeLast() {
  entries.pop();
  render();
}

document.querySelector("#undo").addEventListener("click", removeLast());

render();
