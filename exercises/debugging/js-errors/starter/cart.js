// The shop's cart. A cart looks like this:
// {
//   owner: { name: "Ana" },
//   items: [{ name: "tea", price: 2, count: 3 }, { name: "cake", price: 3, count: 1 }],
// }

function cartTotal(cart) {
  let total = 0;
  for (const item of cart.items) {
    total = total + item.price * item.count;
  }
  return totl;
}

function thankYou(cart) {
  return "Thank you, " + cart.customer.name + "!";
}

function receiptTitle(cart) {
  return cart.owner.name.toUppercase() + "'S RECEIPT";
}

console.log("cart.js is ready";
