// The elements this script works with, found by their id.
const addButton = document.querySelector("#add");
// TODO: find #count, #tally and #reset the same way, each in its own const.

let visitors = 0;

// TODO: when addButton is clicked, add one to visitors, show visitors in #count,
// and add one | to the end of the text of #tally.

// TODO: when the reset button is clicked, put visitors back to 0, show 0 in #count,
// and empty #tally.
