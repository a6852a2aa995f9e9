// The price of a ticket to the town museum, in pounds, for a visitor of this age (in years).
// This code is finished: your job is to test it.
export function ticketPrice(age) {
  if (age < 0) {
    throw new Error('An age cannot be below 0.');
  }
  if (age < 5) {
    return 0;
  }
  if (age < 16) {
    return 4;
  }
  if (age < 65) {
    return 9;
  }
  return 6;
}
