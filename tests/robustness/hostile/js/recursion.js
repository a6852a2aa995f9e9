function answer(n) {
  return answer((n || 0) + 1);
}
