function add(a, b) {
  return a + b;
}

function broken(a {
  return a;
}
