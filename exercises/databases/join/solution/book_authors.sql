-- Step 1: the title of every book, with the name of its author.
SELECT books.title, authors.name
FROM books
JOIN authors ON books.author_id = authors.id;
