// A cafe's orders. Each order looks like:
//   { item: "tea", price: 2.5, quantity: 2 }
// Practise map, filter and reduce here, instead of for loops.

function lineTotals(orders) {
  return orders.map((order) => order.price * order.quantity);
}

function bigOrders(orders, minimum) {
  return orders.filter((order) => order.price * order.quantity >= minimum);
}

function grandTotal(orders) {
  return orders.reduce((sum, order) => sum + order.price * order.quantity, 0);
}

function summary(orders) {
  return orders.map((order) => `${order.quantity} x ${order.item}`).join(", ");
}
