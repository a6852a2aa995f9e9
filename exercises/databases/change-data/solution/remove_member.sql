-- Step 3: Eli (member 5) has left. Remove Eli from the members table.
DELETE FROM members WHERE id = 5;
