// The game's state: nine squares ("", "X" or "O") and whose turn it is.
let cells = ["", "", "", "", "", "", "", "", ""];
let turn = "X";

const buttons = document.querySelectorAll("#board .cell");
const status = document.querySelector("#status");

// Draw the page from the state: the only place that changes the page.
function render() {
  buttons.forEach((button, index) => {
    button.textContent = cells[index];
  });
  status.textContent = turn + " to play";
}

function play(index) {
  if (cells[index] !== "") {
    return;
  }
  cells[index] = turn;
  turn = turn === "X" ? "O" : "X";
  render();
}

buttons.forEach((button, index) => {
  button.addEventListener("click", () => play(index));
});

render();
