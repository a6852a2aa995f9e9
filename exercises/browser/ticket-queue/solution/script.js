// The elements this script works with.
const queue = document.querySelector("#queue");
const nowServing = document.querySelector("#now-serving");
const arriveButton = document.querySelector("#arrive");
const serveButton = document.querySelector("#serve");

// The number on the last ticket given out.
let lastTicket = 0;

arriveButton.addEventListener("click", () => {
  lastTicket = lastTicket + 1;
  const ticket = document.createElement("li");
  ticket.textContent = "Ticket " + lastTicket;
  queue.append(ticket);
});

serveButton.addEventListener("click", () => {
  const first = queue.querySelector("li");
  if (first === null) {
    return;
  }
  nowServing.textContent = first.textContent;
  first.remove();
});
