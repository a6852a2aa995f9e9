// Working out tips and splitting a bill.

function tip(bill, percent) {
  return bill * percent / 100;
}

function withTip(bill, percent) {
  return bill + tip(bill, percent);
}

const splitBill = (total, people) => total / people;
