-- Query 1 looks notes up by owner_id; query 3 by a range of created days.
-- Query 2 needs nothing: UNIQUE already gave users.username an index.
CREATE INDEX notes_by_owner ON notes (owner_id);
CREATE INDEX notes_by_created ON notes (created);
