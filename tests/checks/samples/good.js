// Two small functions and a greeting.
function add(a, b) {
  return a + b;
}

const shout = (word) => word.toUpperCase() + "!";

function totals(prices) {
  return {count: prices.length, sum: prices.reduce((x, y) => x + y, 0)};
}

console.log("Hello", "world");
console.log(add(2, 3));
console.log([1, 2], {ok: true});
