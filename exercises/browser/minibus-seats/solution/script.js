// The minibus counter: see the task.
const SEATS = 8;
const taken = document.querySelector("#taken");
const boardButton = document.querySelector("#board");
const leaveButton = document.querySelector("#leave");

let people = 0;

function show() {
  taken.textContent = people;
  boardButton.disabled = people === SEATS;
}

boardButton.addEventListener("click", () => {
  if (people < SEATS) {
    people = people + 1;
  }
  show();
});

leaveButton.addEventListener("click", () => {
  if (people > 0) {
    people = people - 1;
  }
  show();
});
