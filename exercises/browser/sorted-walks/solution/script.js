// The state: the walks, in the order the table shows them, and how they are sorted.
const walks = [
  { name: "River loop", km: 7, climb: 40 },
  { name: "Castle hill", km: 3, climb: 120 },
  { name: "Old railway", km: 25, climb: 85 },
  { name: "Forest trail", km: 12, climb: 350 },
  { name: "Canal path", km: 9, climb: 10 },
];
let sortedBy = ""; // "name", "km" or "climb" once a heading is clicked
let ascending = true;

const table = document.querySelector("#walks"); // the <tbody>

// Draws one row for each walk, in the order of the walks array.
function render() {
  table.innerHTML = "";
  for (const walk of walks) {
    const row = document.createElement("tr");
    for (const value of [walk.name, walk.km, walk.climb]) {
      const cell = document.createElement("td");
      cell.textContent = value;
      row.append(cell);
    }
    table.append(row);
  }
  for (const heading of document.querySelectorAll("th")) {
    heading.removeAttribute("aria-sort");
  }
  if (sortedBy !== "") {
    const heading = document.querySelector("#by-" + sortedBy).closest("th");
    if (ascending) {
      heading.setAttribute("aria-sort", "ascending");
    } else {
      heading.setAttribute("aria-sort", "descending");
    }
  }
}

function sortBy(column) {
  if (column === sortedBy) {
    ascending = !ascending;
  } else {
    sortedBy = column;
    ascending = true;
  }
  if (column === "name") {
    walks.sort((a, b) => a.name.localeCompare(b.name));
  } else if (column === "km") {
    walks.sort((a, b) => a.km - b.km);
  } else {
    walks.sort((a, b) => a.climb - b.climb);
  }
  if (!ascending) {
    walks.reverse();
  }
  render();
}

document.querySelector("#by-name").addEventListener("click", () => sortBy("name"));
document.querySelector("#by-km").addEventListener("click", () => sortBy("km"));
document.querySelector("#by-climb").addEventListener("click", () => sortBy("climb"));

render(); // draw the table once, when the page loads
