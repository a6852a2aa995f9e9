// The game's state: nine squares ("", "X" or "O"), whose turn it is, and the result.
let cells = ["", "", "", "", "", "", "", "", ""];
let turn = "X";
let over = false;

const LINES = [
  [0, 1, 2], [3, 4, 5], [6, 7, 8],
  [0, 3, 6], [1, 4, 7], [2, 5, 8],
  [0, 4, 8], [2, 4, 6],
];

const buttons = document.querySelectorAll("#board .cell");
const status = document.querySelector("#status");

// "X" or "O" when that player has three in a line, else "".
function winner(squares) {
  for (const [a, b, c] of LINES) {
    if (squares[a] !== "" && squares[a] === squares[b] && squares[a] === squares[c]) {
      return squares[a];
    }
  }
  return "";
}

function statusText() {
  const won = winner(cells);
  if (won !== "") {
    return won + " wins!";
  }
  if (!cells.includes("")) {
    return "It's a draw.";
  }
  return turn + " to play";
}

// Draw the page from the state: the only place that changes the page.
function render() {
  buttons.forEach((button, index) => {
    button.textContent = cells[index];
  });
  status.textContent = statusText();
}

function play(index) {
  if (over || cells[index] !== "") {
    return;
  }
  cells[index] = turn;
  turn = turn === "X" ? "O" : "X";
  over = winner(cells) !== "" || !cells.includes("");
  render();
}

buttons.forEach((button, index) => {
  button.addEventListener("click", () => play(index));
});

render();
