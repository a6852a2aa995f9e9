// A kitchen timer shows times as text like "1:05" (1 minute and 5 seconds).
// These three functions turn that text into seconds and back.

// 65 seconds as text: "1:05".
export function formatTime(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (rest < 10) {
    return minutes + ":0" + rest;
  }
  return minutes + ":" + rest;
}

// "1:05" as a number of seconds: 65.
export function parseTime(text) {
  const parts = text.split(":");
  if (parts.length !== 2) {
    throw new Error('A time looks like "1:05": minutes, a colon, then seconds.');
  }
  return Number(parts[0]) * 60 + Number(parts[1]);
}

// Several times added up, as text: ["1:30", "0:45"] gives "2:15".
export function addTimes(times) {
  let total = 0;
  for (let i = 0; i < times.length; i++) {
    total = total + parseTime(times[i]);
  }
  return formatTime(total);
}
