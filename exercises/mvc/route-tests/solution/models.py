"""The model: notices, and the board that holds them."""

MAX_LENGTH = 200


class Notice:
    """One notice: who wrote it, and what it says."""

    def __init__(self, author, text):
        author = author.strip()
        text = text.strip()
        if not author:
            raise ValueError("A notice needs the name of its author.")
        if not text:
            raise ValueError("A notice needs some text.")
        if len(text) > MAX_LENGTH:
            raise ValueError(f"A notice can be at most {MAX_LENGTH} characters long.")
        self.author = author
        self.text = text


class Board:
    """Every notice, in the order they were added."""

    def __init__(self):
        self.notices = []

    def add(self, author, text):
        """Make a Notice, keep it, and return it. A bad notice raises a ValueError."""
        notice = Notice(author, text)
        self.notices.append(notice)
        return notice

    def latest(self):
        """The notices as a new list, newest first."""
        return list(reversed(self.notices))
