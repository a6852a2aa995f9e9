"""The views: turn notices into HTML. Every piece of text a person typed goes
through escape() before it goes into the page."""

from html import escape

FORM = """
<form method="post" action="/add">
  <label>Your name <input name="author"></label>
  <label>Your notice <textarea name="text"></textarea></label>
  <button>Pin it up</button>
</form>
"""


def page(title, body):
    """A whole HTML page with this title and this body (body is HTML already)."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(title)}</title>
</head>
<body>
  <h1>{escape(title)}</h1>
  {body}
</body>
</html>
"""


def notice_item(notice):
    """One notice as a list item: the author in bold, then the text."""
    return f"<li><strong>{notice.author}</strong>: {notice.text}</li>"


def board_page(notices):
    """The noticeboard page: the notices in the order given, then the form."""
    if not notices:
        listing = "<p>No notices yet.</p>"
    else:
        items = "\n".join(notice_item(notice) for notice in notices)
        listing = f"<ul>\n{items}\n</ul>"
    return page("Noticeboard", listing + FORM)


def message_page(title, message):
    """A page that tells the reader one thing, for errors like 'Not found'."""
    return page(title, f"<p>{escape(message)}</p>")
