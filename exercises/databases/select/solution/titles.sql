-- Step 1: the title and the year of every book in the library.
SELECT title, year FROM books;
