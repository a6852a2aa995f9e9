// The lines of a shop's receipt: one line per item, then the total.
// Prices are whole numbers of pence: 250 pence is £2.50.
export function receiptLines(items) {
  const lines = [];
  let total = 0;
  for (const item of items) {
    const cost = item.price * item.quantity;
    total = total + cost;
    let pence = cost % 100;
    if (pence < 10) {
      pence = '0' + pence;
    }
    lines.push(item.name + ' x' + item.quantity + ': £' + Math.floor(cost / 100) + '.' + pence);
  }
  let totalPence = total % 100;
  if (totalPence < 10) {
    totalPence = '0' + totalPence;
  }
  lines.push('Total: £' + Math.floor(total / 100) + '.' + totalPence);
  return lines;
}
