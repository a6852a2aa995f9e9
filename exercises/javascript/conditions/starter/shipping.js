// What a parcel costs to send.

function shippingCost(weight) {
  // TODO: return 5 for a parcel of up to 1 kg, 9 for up to 5 kg,
  // and 15 for anything heavier.
}

function freeShipping(total, isMember) {
  // TODO: return true when the total is 50 or more, or when the
  // customer is a member. Otherwise return false.
}
