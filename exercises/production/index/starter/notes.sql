-- The notes app's tables, with a few rows. The real app has many thousands of notes.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE
);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    created TEXT NOT NULL  -- the day the note was made, like '2026-03-14'
);

INSERT INTO users (id, username) VALUES (1, 'ana'), (2, 'bo'), (3, 'cy');

INSERT INTO notes (owner_id, title, created) VALUES
    (1, 'Buy stamps', '2026-02-20'),
    (2, 'Call the library', '2026-02-27'),
    (2, 'Read chapter 4', '2026-03-02'),
    (1, 'Write to Dee', '2026-03-05'),
    (3, 'Practise SQL', '2026-03-06'),
    (2, 'Return the atlas', '2026-03-09');
