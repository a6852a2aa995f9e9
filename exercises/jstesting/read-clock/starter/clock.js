// A kitchen timer shows times as text like "1:05" (1 minute and 5 seconds).
// These three functions turn that text into seconds and back.
// They have bugs: read the failing tests in clock.test.js to find them.

// 65 seconds as text: "1:05".
export function formatTime(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes + ":" + rest;
}

// "1:05" as a number of seconds: 65.
export function parseTime(text) {
  const parts = text.split(":");
  if (parts.length !== 2) {
    throw new Error('A time looks like "1:05": minutes, a colon, then seconds.');
  }
  return parts[0] * 60 + parts[1];
}

// Several times added up, as text: ["1:30", "0:45"] gives "2:15".
export function addTimes(times) {
  let total = 0;
  for (let i = 1; i < times.length; i++) {
    total = total + parseTime(times[i]);
  }
  return formatTime(total);
}
