-- The library's reading events, and the members who book a place at them.

-- Step 1 and 2: the events table.
-- TODO: CREATE TABLE events with the columns id, title and day.

-- Step 3 and 4: the bookings table.
-- TODO: CREATE TABLE bookings with the columns id, event_id and member.
