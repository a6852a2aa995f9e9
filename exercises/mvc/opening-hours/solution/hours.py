"""Opening hours of the places in the wing, as a small WSGI app."""

from html import escape

HOURS = {
    "Library": "Tuesday and Thursday, 2 to 4",
    "Gym": "Every morning, 8 to 10",
    "Education": "Weekdays, 9 to 12",
}


def hours_page(hours):
    items = "\n".join(
        f"<li>{escape(place)}: {escape(times)}</li>" for place, times in hours.items()
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Opening hours</title></head>
<body>
<h1>Opening hours</h1>
<ul>
{items}
</ul>
</body>
</html>
"""


def not_found_page(path):
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Not found</title></head>
<body><h1>Not found</h1><p>There is no page at {escape(path)}.</p></body>
</html>
"""


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if environ["REQUEST_METHOD"] == "GET" and path == "/":
        status, page = "200 OK", hours_page(HOURS)
    else:
        status, page = "404 Not Found", not_found_page(path)
    start_response(status, [("Content-Type", "text/html; charset=utf-8")])
    return [page.encode("utf-8")]
