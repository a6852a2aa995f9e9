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

// TODO: this loop gives a listener to each Remove button that is on the page now.
// A job added later gets no listener, so its button does nothing. Replace the loop
// with one click listener on the list (jobs) that works for every job, old and new.
for (const button of document.querySelectorAll(".remove")) {
  button.addEventListener("click", () => {
    button.closest("li").remove();
  });
}

// TODO: in the same listener, a click on a job's text (class job) marks its <li>
// as done with the class done, and a second click takes the mark away.
