// A cafe's orders. Each order looks like:
//   { item: "tea", price: 2.5, quantity: 2 }
// Practise map, filter and reduce here, instead of for loops.

function lineTotals(orders) {
  // TODO: return an array with price * quantity for each order.
}

function bigOrders(orders, minimum) {
  // TODO: return the orders whose price * quantity is at least minimum.
}

function grandTotal(orders) {
  // TODO: return the sum of price * quantity over all the orders.
}

function summary(orders) {
  // TODO: return text like "2 x tea, 1 x cake".
}
