-- Step 3: the title and the year of every novel (genre 'novel'), the newest first.
SELECT title, year
FROM books
WHERE genre = 'novel'
ORDER BY year DESC;
