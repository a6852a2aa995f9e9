// Repeating work with for and while.

function factorial(n) {
  let result = 1;
  // TODO: multiply result by every whole number from 1 to n.
  return result;
}

function printTable(n) {
  // TODO: log the n times table, from "n x 1 = n" to "n x 10 = ...",
  // one line each.
}

function stepsToOne(n) {
  let steps = 0;
  // TODO: until n is 1: if n is even, halve it; if n is odd, make it
  // 3 * n + 1. Count each change in steps.
  return steps;
}
