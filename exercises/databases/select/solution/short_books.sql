-- Step 2: the title and the number of pages of every book with fewer than 300 pages.
SELECT title, pages
FROM books
WHERE pages < 300;
