// A cafe receipt.
const pricePerCup = 3;
let cups = 2;

// TODO: make a const called total: pricePerCup times cups.

// TODO: make a const called message: the text "Total: " followed by total.

// TODO: show message with console.log.
