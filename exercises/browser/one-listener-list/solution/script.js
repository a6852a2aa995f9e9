const jobs = document.querySelector("#jobs");
const addForm = document.querySelector("#add-form");
const jobField = document.querySelector("#job");

// Adds a new job at the end of the list: <li><span class="job">...</span> <button class="remove">Remove</button></li>
addForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const item = document.createElement("li");
  const text = document.createElement("span");
  text.className = "job";
  text.textContent = jobField.value;
  const button = document.createElement("button");
  button.className = "remove";
  button.textContent = "Remove";
  item.append(text, " ", button);
  jobs.append(item);
  jobField.value = "";
});

// One listener for the whole list: it hears clicks on every job, even ones added later.
jobs.addEventListener("click", (event) => {
  const clicked = event.target;
  const item = clicked.closest("li");
  if (clicked.classList.contains("remove")) {
    item.remove();
  } else if (clicked.classList.contains("job")) {
    item.classList.toggle("done");
  }
});
