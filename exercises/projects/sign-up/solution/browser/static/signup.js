// The sign-up form: check what was typed, then send it to the club's server.
const form = document.querySelector("#signup");
const errors = document.querySelector("#errors");
const welcome = document.querySelector("#welcome");

// Every problem with the form's values, as sentences, in the form's order.
function problemsWith(name, email, age) {
  const problems = [];
  if (name.trim() === "") {
    problems.push("Please tell us your name.");
  }
  const at = email.indexOf("@");
  if (at < 1 || !email.slice(at + 1).includes(".")) {
    problems.push("Please give an email address like name@example.com.");
  }
  if (!/^\d+$/.test(age.trim())) {
    problems.push("Please give your age in years.");
  } else if (Number(age) < 16) {
    problems.push("Members must be 16 or older.");
  }
  return problems;
}

function showProblems(problems) {
  errors.innerHTML = "";
  for (const problem of problems) {
    const item = document.createElement("li");
    item.textContent = problem;
    errors.appendChild(item);
  }
}

async function send(name, email, age) {
  const response = await fetch("/api/signup", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: name.trim(), email: email.trim(), age: Number(age) }),
  });
  const answer = await response.json();
  if (response.status === 201) {
    showProblems([]);
    welcome.textContent = `Welcome to the club, ${answer.name}!`;
    form.reset();
  } else {
    showProblems(answer.errors);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  welcome.textContent = "";
  const name = form.elements.name.value;
  const email = form.elements.email.value;
  const age = form.elements.age.value;
  const problems = problemsWith(name, email, age);
  showProblems(problems);
  if (problems.length === 0) {
    send(name, email, age);
  }
});
