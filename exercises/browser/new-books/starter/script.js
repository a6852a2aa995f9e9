// This month's new books. The librarian adds to this array; the page shows it.
const books = [
  { title: "Small Island", author: "Andrea Levy", available: true },
  { title: "Things Fall Apart", author: "Chinua Achebe", available: false },
  { title: "The Hobbit", author: "J. R. R. Tolkien", available: true },
  { title: "Half of a Yellow Sun", author: "Chimamanda Ngozi Adichie", available: false },
];

const bookList = document.querySelector("#books");

// TODO: write the function showBooks(list), which shows each book of list as one <li>
// in bookList, such as: Small Island by Andrea Levy

// TODO: show all the books when the page opens.
