// Next bus: a click on #ask finds the stop, then asks for the next bus there.
const stopBox = document.querySelector("#stop");
const askButton = document.querySelector("#ask");
const answer = document.querySelector("#answer");

async function showNextBus() {
  answer.textContent = "Asking...";
  try {
    const stop = await findStop(stopBox.value);
    const minutes = await minutesUntilBus(stop);
    answer.textContent = "Next bus in " + minutes + " minutes";
  } catch (error) {
    answer.textContent = error.message;
  }
}

askButton.addEventListener("click", showNextBus);
