const helpButton = document.querySelector("#help-button");
const help = document.querySelector("#help");
const closeButton = document.querySelector("#close-help");

function openHelp() {
  help.hidden = false;
  helpButton.setAttribute("aria-expanded", "true");
  closeButton.focus();
}

function closeHelp() {
  help.hidden = true;
  helpButton.setAttribute("aria-expanded", "false");
  helpButton.focus();
}

helpButton.addEventListener("click", openHelp);
closeButton.addEventListener("click", closeHelp);

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !help.hidden) {
    closeHelp();
  }
});
