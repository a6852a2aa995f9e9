export function letter(score) {
  if (score >= 90) {
    return 'A';
  }
  if (score >= 70) {
    return 'B';
  }
  if (score >= 50) {
    return 'C';
  }
  return 'not yet';
}

export function average(scores) {
  if (scores.length === 0) {
    return 0;
  }
  const sum = scores.reduce((total, score) => total + score, 0);
  return sum / scores.length;
}
