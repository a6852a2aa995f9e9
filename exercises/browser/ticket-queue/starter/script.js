// The elements this script works with.
const queue = document.querySelector("#queue");
const nowServing = document.querySelector("#now-serving");
const arriveButton = document.querySelector("#arrive");
const serveButton = document.querySelector("#serve");

// The number on the last ticket given out.
let lastTicket = 0;

// TODO 1: each click on arriveButton adds a new <li> at the end of the queue: Ticket 1, Ticket 2...

// TODO 2: each click on serveButton shows the first ticket of the queue in nowServing,
// then removes that <li>. With nobody waiting, it changes nothing.
