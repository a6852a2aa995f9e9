// What a parcel costs to send.

function shippingCost(weight) {
  if (weight <= 1) {
    return 5;
  } else if (weight <= 5) {
    return 9;
  } else {
    return 15;
  }
}

function freeShipping(total, isMember) {
  return total >= 50 || isMember;
}
