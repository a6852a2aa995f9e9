-- Step 2: loan number 4 came back on '2026-10-20'. Record that in its returned_on column.
UPDATE loans SET returned_on = '2026-10-20' WHERE id = 4;
