"""Find notes by a word in their title or body."""


def search_notes(connection, word):
    """Every note whose title or body holds `word` (any capitals), newest first."""
    word = word.strip()
    if not word:
        return []
    pattern = f"%{word}%"
    return connection.execute(
        "SELECT id, title, body FROM notes WHERE title LIKE ? OR body LIKE ? ORDER BY id DESC",
        (pattern, pattern),
    ).fetchall()
