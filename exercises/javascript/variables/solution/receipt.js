// A cafe receipt.
const pricePerCup = 3;
let cups = 2;

const total = pricePerCup * cups;

const message = "Total: " + total;

console.log(message);
