-- The library's reading events, and the members who book a place at them.

-- Step 1 and 2: the events table.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL UNIQUE,
  day TEXT NOT NULL
);

-- Step 3 and 4: the bookings table.
CREATE TABLE bookings (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  member TEXT NOT NULL
);
