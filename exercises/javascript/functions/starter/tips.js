// Working out tips and splitting a bill.

function tip(bill, percent) {
  // TODO: return percent per cent of the bill.
}

function withTip(bill, percent) {
  // TODO: return the bill plus the tip. Use your tip function.
}

// TODO: make an arrow function called splitBill(total, people) that
// returns how much each person pays.
