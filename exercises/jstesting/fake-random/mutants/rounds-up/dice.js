// Rolls count dice for the board game page, each from 1 to 6.
// random gives a number from 0 up to (not including) 1, like Math.random:
// the page passes Math.random itself, and a test passes a fake.
export function rollDice(count, random) {
  const dice = [];
  for (let i = 0; i < count; i++) {
    dice.push(Math.ceil(random() * 6));
  }
  return dice;
}
