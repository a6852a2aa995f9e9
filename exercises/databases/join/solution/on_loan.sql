-- Step 2: for every loan that has not been returned yet: the member's name and the book's title,
-- sorted by the member's name.
SELECT members.name, books.title
FROM loans
JOIN members ON loans.member_id = members.id
JOIN books ON loans.book_id = books.id
WHERE loans.returned_on IS NULL
ORDER BY members.name;
