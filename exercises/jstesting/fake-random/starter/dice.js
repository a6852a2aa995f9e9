// Rolls count dice for the board game page, each from 1 to 6.
// random gives a number from 0 up to (not including) 1, like Math.random:
// the page passes Math.random itself, and a test passes a fake.
export function rollDice(count, random) {
  // TODO: write a test for each rule first, in dice.test.js.
  return [];
}
