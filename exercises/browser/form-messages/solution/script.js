const form = document.querySelector("#visit-form");
const nameField = document.querySelector("#name");
const sizeField = document.querySelector("#size");
const nameError = document.querySelector("#name-error");
const sizeError = document.querySelector("#size-error");
const done = document.querySelector("#done");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const name = nameField.value.trim();
  const size = Number(sizeField.value);

  let allRight = true;
  if (name.length < 2) {
    nameError.textContent = "Please write your name: at least 2 letters.";
    allRight = false;
  } else {
    nameError.textContent = "";
  }
  if (size >= 1 && size <= 6) {
    sizeError.textContent = "";
  } else {
    sizeError.textContent = "Please write a number from 1 to 6.";
    allRight = false;
  }

  if (allRight) {
    done.textContent = "Booked for " + name + ", " + size + " people.";
  } else {
    done.textContent = "";
  }
});
