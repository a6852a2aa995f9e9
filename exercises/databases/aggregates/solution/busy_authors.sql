-- Step 3: one row per author who has 2 or more books: the author_id and the number of books.
SELECT author_id, COUNT(*)
FROM books
GROUP BY author_id
HAVING COUNT(*) >= 2;
