// The bus company's timetable service, written for you. Do not change this file.
// Both functions are slow, like a real service: each gives back a promise that
// settles one second later.

const STOPS = { "market square": "S14", "station": "S2", "hospital": "S9" };
const NEXT_BUS = { S14: 7, S2: 4, S9: 25 };

// findStop("Station") -> a promise of the stop's number, "S2".
// Rejected with an Error when no stop has that name.
function findStop(name) {
  return new Promise(function (resolve, reject) {
    setTimeout(function () {
      const stop = STOPS[name.trim().toLowerCase()];
      if (stop === undefined) {
        reject(new Error("There is no stop called " + name + "."));
      } else {
        resolve(stop);
      }
    }, 1000);
  });
}

// minutesUntilBus("S2") -> a promise of the minutes until the next bus there, 4.
function minutesUntilBus(stop) {
  return new Promise(function (resolve) {
    setTimeout(function () {
      resolve(NEXT_BUS[stop]);
    }, 1000);
  });
}
