// Working with arrays of numbers.

function total(numbers) {
  let sum = 0;
  for (const n of numbers) {
    sum = sum + n;
  }
  return sum;
}

function biggest(numbers) {
  if (numbers.length === 0) {
    return null;
  }
  let best = numbers[0];
  for (const n of numbers) {
    if (n > best) {
      best = n;
    }
  }
  return best;
}

function evens(numbers) {
  const result = [];
  for (const n of numbers) {
    if (n % 2 === 0) {
      result.push(n);
    }
  }
  return result;
}
