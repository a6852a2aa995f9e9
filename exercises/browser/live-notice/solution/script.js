// The notice board takes notices of at most 60 characters.
const LIMIT = 60;

const notice = document.querySelector("#notice");
const left = document.querySelector("#left");
const preview = document.querySelector("#preview");

notice.addEventListener("input", () => {
  const text = notice.value;
  preview.textContent = text;
  left.textContent = LIMIT - text.length + " characters left";
  if (text.length > LIMIT) {
    left.classList.add("too-long");
  } else {
    left.classList.remove("too-long");
  }
});
