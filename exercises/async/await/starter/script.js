// Next bus: a click on #ask finds the stop, then asks for the next bus there.
const stopBox = document.querySelector("#stop");
const askButton = document.querySelector("#ask");
const answer = document.querySelector("#answer");

// TODO: write showNextBus as an async function that:
//   1. shows "Asking..." in #answer,
//   2. waits for findStop(the name in the box) to give the stop's number,
//   3. waits for minutesUntilBus(that number) to give the minutes,
//   4. shows "Next bus in 7 minutes" (with the real number) in #answer,
//   5. and, if anything goes wrong, shows the error's message instead.
function showNextBus() {
  answer.textContent = "Not written yet.";
}

askButton.addEventListener("click", showNextBus);
