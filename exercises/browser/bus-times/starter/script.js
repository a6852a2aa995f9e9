// Runs once the page has been read (its script tag has defer).
const next = document.querySelector("#next");

// TODO 1: find the first bus of the timetable (#buses) and show its text in #next.

// TODO 2: find every bus with the class late, and show how many there are in #late-count.

// TODO 3: print the text of each late bus to the console, one line for each bus.
