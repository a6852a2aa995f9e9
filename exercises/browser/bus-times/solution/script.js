// Runs once the page has been read (its script tag has defer).
const next = document.querySelector("#next");

const firstBus = document.querySelector("#buses li");
next.textContent = firstBus.textContent;

const lateBuses = document.querySelectorAll("#buses .late");
const lateCount = document.querySelector("#late-count");
lateCount.textContent = lateBuses.length;

for (const bus of lateBuses) {
  console.log(bus.textContent);
}
