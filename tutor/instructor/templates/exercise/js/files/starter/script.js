function double(n) {
  // TODO: give back twice n
  return 0;
}
