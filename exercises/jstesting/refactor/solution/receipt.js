// The lines of a shop's receipt: one line per item, then the total.
// Prices are whole numbers of pence: 250 pence is £2.50.

// A number of pence as pounds, with two digits after the point: 105 gives "£1.05".
export function formatPrice(pence) {
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  if (rest < 10) {
    return '£' + pounds + '.0' + rest;
  }
  return '£' + pounds + '.' + rest;
}

export function receiptLines(items) {
  const lines = [];
  let total = 0;
  for (const item of items) {
    const cost = item.price * item.quantity;
    total = total + cost;
    lines.push(item.name + ' x' + item.quantity + ': ' + formatPrice(cost));
  }
  lines.push('Total: ' + formatPrice(total));
  return lines;
}
