-- Step 1: add the book 'Persuasion' by Jane Austen (author 1): year 1817, 249 pages, genre 'novel'.
INSERT INTO books (title, author_id, year, pages, genre)
VALUES ('Persuasion', 1, 1817, 249, 'novel');
