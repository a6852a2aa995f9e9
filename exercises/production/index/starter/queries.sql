-- The queries the notes app runs most. (The app puts the values in with ? placeholders;
-- here they are written out so that you can run them.) Do not change this file:
-- make these queries fast in indexes.sql.

-- 1. The notes page: one person's notes, newest first.
SELECT id, title, created FROM notes WHERE owner_id = 2 ORDER BY created DESC;

-- 2. The log-in: find a user by name.
SELECT id FROM users WHERE username = 'bo';

-- 3. The "this week" page: every note made since a day.
SELECT id, owner_id, title FROM notes WHERE created >= '2026-03-01';
