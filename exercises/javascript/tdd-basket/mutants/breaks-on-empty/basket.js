export function totalPrice(items) {
  return items
    .map((item) => item.price * (item.quantity === undefined ? 1 : item.quantity))
    .reduce((total, cost) => total + cost);
}
