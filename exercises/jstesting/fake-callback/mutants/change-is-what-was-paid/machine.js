// The ticket machine at the bus station. coins are the coins put in, in pence;
// price is the ticket's price, in pence. When the coins pay for the ticket,
// the machine calls onPaid with the change, and the page prints the ticket.
export function payForTicket(coins, price, onPaid) {
  let paid = 0;
  for (const coin of coins) {
    paid = paid + coin;
  }
  if (paid >= price) {
    onPaid(paid);
  }
}
