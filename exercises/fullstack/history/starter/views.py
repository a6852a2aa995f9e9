"""The views: HTML for the notes app. Typed text always goes through escape()."""

from html import escape

from notes_db import MAX_TITLE

FORM = f"""
<form id="new-note" method="post" action="/notes">
  <label>Title <input name="title" maxlength="{MAX_TITLE}"></label>
  <p id="title-help"></p>
  <label>Note <textarea name="body"></textarea></label>
  <button>Save the note</button>
</form>
"""


def page(title, body):
    """A whole HTML page with this title and this body (body is HTML already)."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(title)}</title>
  <link rel="stylesheet" href="/static/style.css">
  <script src="/static/notes.js" defer></script>
</head>
<body>
<main>
  <h1>{escape(title)}</h1>
  {body}
</main>
</body>
</html>
"""


def note_card(note):
    """One note, from an (id, title, body) tuple, with a button that deletes it."""
    note_id, title, body = note
    return f"""<article class="note">
  <h2>{escape(title)}</h2>
  <p>{escape(body)}</p>
  <form method="post" action="/notes/{note_id}/delete"><button>Delete</button></form>
</article>"""


def notes_page(notes):
    """The home page: the form for a new note, then every note."""
    if notes:
        listing = "\n".join(note_card(note) for note in notes)
    else:
        listing = '<p id="no-notes">No notes yet.</p>'
    return page("My notes", FORM + listing)


def message_page(title, message):
    """A page that tells the reader one thing, for errors."""
    return page(title, f"<p>{escape(message)}</p>")
