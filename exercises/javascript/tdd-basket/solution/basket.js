export function totalPrice(items) {
  let total = 0;
  for (const item of items) {
    const quantity = item.quantity === undefined ? 1 : item.quantity;
    total += item.price * quantity;
  }
  return total;
}
