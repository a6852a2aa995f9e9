// Working with arrays of numbers.

function total(numbers) {
  let sum = 0;
  // TODO: add every number in the array to sum.
  return sum;
}

function biggest(numbers) {
  // TODO: return the biggest number in the array.
  // For an empty array, return null.
}

function evens(numbers) {
  const result = [];
  // TODO: put every even number from numbers into result, in order.
  return result;
}
