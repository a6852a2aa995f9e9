const pile = [];
while (true) {
  pile.push("more and more text ".repeat(100));
}
