// The state: the walks, in the order the table shows them.
const walks = [
  { name: "River loop", km: 7, climb: 40 },
  { name: "Castle hill", km: 3, climb: 120 },
  { name: "Old railway", km: 25, climb: 85 },
  { name: "Forest trail", km: 12, climb: 350 },
  { name: "Canal path", km: 9, climb: 10 },
];

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
  // TODO (step 3): give the <th> of the sorted column aria-sort "ascending" or
  // "descending", and take aria-sort away from the other two.
}

// TODO (step 1): a click on a heading's button (#by-name, #by-km, #by-climb) sorts
// the walks array by that column, smallest or A first, then calls render().
// TODO (step 2): a second click on the same heading turns the order round.

render(); // draw the table once, when the page loads
