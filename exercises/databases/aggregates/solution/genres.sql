-- Step 2: one row per genre: the genre, how many books it has, and their average pages.
SELECT genre, COUNT(*), AVG(pages)
FROM books
GROUP BY genre;
