// Today's dishes. The cook changes them here each morning; menu.js shows them.
const soup = "Lentil soup";
const price = "3.50";
