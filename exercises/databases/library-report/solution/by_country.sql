SELECT authors.country, COUNT(*), SUM(books.pages)
FROM books
JOIN authors ON books.author_id = authors.id
GROUP BY authors.country
HAVING COUNT(*) >= 2
ORDER BY COUNT(*) DESC, authors.country;
