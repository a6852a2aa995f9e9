// The elements this script works with.
const sign = document.querySelector("#sign");
const openButton = document.querySelector("#open");

// TODO 1: when openButton is clicked, the sign says Open and has the class open, not closed.

// TODO 2: when the close button is clicked, the sign says Closed and has the class closed, not open.

// TODO 3: each click on the button #big switches the class big on <body> on or off.
