// The elements this script works with.
const sign = document.querySelector("#sign");
const openButton = document.querySelector("#open");
const closeButton = document.querySelector("#close");
const bigButton = document.querySelector("#big");

openButton.addEventListener("click", () => {
  sign.textContent = "Open";
  sign.classList.add("open");
  sign.classList.remove("closed");
});

closeButton.addEventListener("click", () => {
  sign.textContent = "Closed";
  sign.classList.add("closed");
  sign.classList.remove("open");
});

bigButton.addEventListener("click", () => {
  document.body.classList.toggle("big");
});
