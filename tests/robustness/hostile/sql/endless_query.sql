-- A recursive query with no end: SQLite counts for ever, inside C code.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
SELECT max(i) FROM n;
