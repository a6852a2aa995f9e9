"""The model: notices, and the board that holds them."""

MAX_LENGTH = 200


class Notice:
    """One notice: who wrote it, and what it says."""

    def __init__(self, author, text):
        # TODO: remove the spaces around author and text, refuse a notice
        # without an author, without text, or with text longer than
        # MAX_LENGTH (raise a ValueError), then keep both on self.
        pass


class Board:
    """Every notice, in the order they were added."""

    def __init__(self):
        self.notices = []

    def add(self, author, text):
        """Make a Notice, keep it, and return it. A bad notice raises a ValueError."""
        # TODO
        return None

    def latest(self):
        """The notices as a new list, newest first."""
        # TODO
        return []
