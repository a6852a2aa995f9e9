const tabs = document.querySelectorAll('[role="tab"]');

function choose(chosen) {
  for (const tab of tabs) {
    const panel = document.querySelector("#" + tab.getAttribute("aria-controls"));
    if (tab === chosen) {
      tab.setAttribute("aria-selected", "true");
      panel.hidden = false;
    } else {
      tab.setAttribute("aria-selected", "false");
      panel.hidden = true;
    }
  }
}

for (const tab of tabs) {
  tab.addEventListener("click", () => choose(tab));
}
