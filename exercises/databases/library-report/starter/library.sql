-- The prison library: authors, books, members and loans.
-- The checks build a fresh copy of this database before each check.

CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL
);

CREATE TABLE books (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  author_id INTEGER NOT NULL REFERENCES authors(id),
  year INTEGER NOT NULL,
  pages INTEGER NOT NULL,
  genre TEXT NOT NULL
);

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  wing TEXT NOT NULL
);

CREATE TABLE loans (
  id INTEGER PRIMARY KEY,
  book_id INTEGER NOT NULL REFERENCES books(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  loaned_on TEXT NOT NULL,
  returned_on TEXT
);

INSERT INTO authors (id, name, country) VALUES
  (1, 'Jane Austen', 'UK'),
  (2, 'Charles Dickens', 'UK'),
  (3, 'Mark Twain', 'USA'),
  (4, 'Mary Shelley', 'UK'),
  (5, 'Frederick Douglass', 'USA'),
  (6, 'Chinua Achebe', 'Nigeria'),
  (7, 'Maya Angelou', 'USA'),
  (8, 'Gabriel Garcia Marquez', 'Colombia');

INSERT INTO books (id, title, author_id, year, pages, genre) VALUES
  (1, 'Pride and Prejudice', 1, 1813, 432, 'novel'),
  (2, 'Emma', 1, 1815, 474, 'novel'),
  (3, 'Oliver Twist', 2, 1838, 554, 'novel'),
  (4, 'Great Expectations', 2, 1861, 505, 'novel'),
  (5, 'Adventures of Huckleberry Finn', 3, 1884, 366, 'novel'),
  (6, 'Life on the Mississippi', 3, 1883, 496, 'memoir'),
  (7, 'Frankenstein', 4, 1818, 280, 'novel'),
  (8, 'Narrative of the Life of Frederick Douglass', 5, 1845, 160, 'memoir'),
  (9, 'Things Fall Apart', 6, 1958, 209, 'novel'),
  (10, 'I Know Why the Caged Bird Sings', 7, 1969, 289, 'memoir'),
  (11, 'One Hundred Years of Solitude', 8, 1967, 417, 'novel'),
  (12, 'A Man of the People', 6, 1966, 160, 'novel');

INSERT INTO members (id, name, wing) VALUES
  (1, 'Ana', 'A'),
  (2, 'Bo', 'B'),
  (3, 'Cy', 'A'),
  (4, 'Dee', 'C'),
  (5, 'Eli', 'B');

INSERT INTO loans (id, book_id, member_id, loaned_on, returned_on) VALUES
  (1, 1, 1, '2026-09-01', '2026-09-15'),
  (2, 9, 1, '2026-09-16', NULL),
  (3, 3, 2, '2026-09-03', '2026-09-20'),
  (4, 7, 3, '2026-09-05', NULL),
  (5, 10, 4, '2026-09-10', '2026-09-30'),
  (6, 1, 4, '2026-10-01', NULL),
  (7, 5, 2, '2026-10-02', NULL);
