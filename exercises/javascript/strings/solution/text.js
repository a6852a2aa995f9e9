// Working with strings.

function card(name, age) {
  return `Happy birthday, ${name}! You are ${age} today.`;
}

function capitalize(word) {
  if (word === "") {
    return "";
  }
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
}

function initials(fullName) {
  let result = "";
  for (const name of fullName.split(" ")) {
    result = result + name[0].toUpperCase() + ".";
  }
  return result;
}

function slug(title) {
  return title.trim().toLowerCase().split(" ").join("-");
}
