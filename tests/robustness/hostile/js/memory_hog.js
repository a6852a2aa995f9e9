function answer() {
  const hoard = [];
  while (true) {
    hoard.push(new Array(100000).fill("x"));
  }
}
