// The price with 20% tax added, in whole pence.
export function priceWithTax(pence) {
  return Math.round(pence * 1.2);
}
