-- Step 1: one row: how many books the library has, and their pages added up.
SELECT COUNT(*), SUM(pages) FROM books;
