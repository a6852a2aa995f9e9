"""The book pages, as a blueprint."""

# TODO: a Blueprint called bp, with BOOKS and the routes shelf and book
