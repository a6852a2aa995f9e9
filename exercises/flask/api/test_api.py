"""Checks for api.py: JSON requests sent with Flask's own test client."""

# ---- How these checks talk to your app: Flask's own test client. ----
import traceback
from pathlib import Path

from flask import Flask

from tutor.checks import CheckFailure


def _crash(error, request, doing="answering"):
    """A sentence for an error in the learner's code: which file and line."""
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if "site-packages" not in f.filename and "/tutor/" not in f.filename
              and not Path(f.filename).name.startswith("test_")]
    place = ""
    file = line = None
    if frames:
        file, line = Path(frames[-1].filename).name, frames[-1].lineno
        place = f" ({file} line {line})"
    return CheckFailure(
        f"Your app crashed while {doing} {request}{place}: "
        f"{type(error).__name__}: {error}", file, line)


class Client:
    """Flask's test client, with crashes told as sentences. Keeps cookies, like a browser."""

    def __init__(self, app):
        app.testing = True  # errors reach the checks instead of becoming a bare 500 page
        self.flask = app
        self.client = app.test_client()

    def request(self, method, path, **kwargs):
        try:
            return self.client.open(path, method=method, **kwargs)
        except CheckFailure:
            raise
        except Exception as error:
            raise _crash(error, f"{method} {path}") from None

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)


def flask_app(found, where):
    """`found` must be a Flask app; `where` says where the checks looked for it."""
    if not isinstance(found, Flask):
        raise CheckFailure(
            f"The checks looked for a Flask app in {where}, but found "
            f"{_what(found)}. Make one with app = Flask(__name__), as in the lesson.")
    return found


def _what(found):
    if found is None:
        return "nothing"
    if callable(found):
        return "a plain function (a WSGI app written by hand?), not a Flask app"
    return f"a {type(found).__name__}"


def said(response):
    """The text of a response, for messages."""
    return response.get_data(as_text=True)
# ---- end of the helper ----


def client(files):
    module = files.python_module("api")
    return Client(flask_app(getattr(module, "app", None), "api.py (a variable called app)"))


def json_of(response, request):
    data = response.get_json(silent=True)
    if data is None:
        raise CheckFailure(
            f"{request} should answer with JSON, but the answer is not JSON (its Content-Type "
            f"is {response.content_type!r}, and it starts {said(response)[:60]!r}). Return a "
            "dict or a list from the view function, and Flask sends it as JSON.", "api.py")
    return data


def test_the_list_of_tasks_starts_empty(files):
    response = client(files).get("/api/tasks")
    assert response.status_code == 200, (
        f"GET /api/tasks should answer 200, but it answered {response.status}. Add a route for "
        "/api/tasks that returns the list of tasks.")
    got = json_of(response, "GET /api/tasks")
    assert got == [], f"At first, GET /api/tasks should answer [], but it answered {got!r}."


def test_posting_a_task_adds_it_and_answers_201(files):
    api = client(files)
    first = api.post("/api/tasks", json={"title": "  Buy milk "})
    assert first.status_code == 201, (
        f"POST /api/tasks with {{\"title\": \"  Buy milk \"}} should answer 201 Created, but it "
        f"answered {first.status}. Give the route methods=[\"POST\"], and return the pair "
        "task, 201.")
    expected = {"id": 1, "title": "Buy milk", "done": False}
    got = json_of(first, "POST /api/tasks")
    assert got == expected, (
        f"The first task posted should come back as {expected!r} (spaces removed, done false), "
        f"but it came back as {got!r}.")
    second = json_of(api.post("/api/tasks", json={"title": "Call Sam"}), "POST /api/tasks")
    assert second.get("id") == 2, f"The second task should get the id 2, but it got {second!r}."
    listed = json_of(api.get("/api/tasks"), "GET /api/tasks")
    titles = [task.get("title") for task in listed]
    assert titles == ["Buy milk", "Call Sam"], (
        f"After two posts, GET /api/tasks should list the titles ['Buy milk', 'Call Sam'], in "
        f"that order, but it lists {titles!r}.")


def test_a_task_without_a_title_is_refused_with_400(files):
    api = client(files)
    attempts = [
        ("a JSON body with a blank title", {"json": {"title": "   "}}),
        ("a JSON body with no title", {"json": {"name": "Buy milk"}}),
        ("a JSON list instead of an object", {"json": ["Buy milk"]}),
        ("a body that is not JSON", {"data": "title=Buy milk"}),
    ]
    for what, body in attempts:
        response = api.post("/api/tasks", **body)
        assert response.status_code == 400, (
            f"POST /api/tasks with {what} should answer 400, but it answered {response.status}. "
            "Read the body with request.get_json(silent=True) and check it before using it.")
        got = json_of(response, f"POST /api/tasks with {what}")
        assert got == {"error": "A task needs a title."}, (
            f"POST /api/tasks with {what} should answer {{\"error\": \"A task needs a "
            f"title.\"}}, but it answered {got!r}.")
    listed = json_of(api.get("/api/tasks"), "GET /api/tasks")
    assert listed == [], f"Refused tasks should not be added, but the list is {listed!r}."


def test_one_task_by_its_id(files):
    api = client(files)
    api.post("/api/tasks", json={"title": "Buy milk"})
    api.post("/api/tasks", json={"title": "Call Sam"})
    response = api.get("/api/tasks/2")
    assert response.status_code == 200, (
        f"GET /api/tasks/2 should answer 200, but it answered {response.status}. Add a route "
        "with a variable part: \"/api/tasks/<int:task_id>\".")
    got = json_of(response, "GET /api/tasks/2")
    expected = {"id": 2, "title": "Call Sam", "done": False}
    assert got == expected, f"GET /api/tasks/2 should answer {expected!r}, but it gave {got!r}."


def test_a_task_that_does_not_exist_answers_404(files):
    api = client(files)
    response = api.get("/api/tasks/7")
    assert response.status_code == 404, (
        f"GET /api/tasks/7, with no tasks, should answer 404, but it answered {response.status}.")
    got = json_of(response, "GET /api/tasks/7")
    assert got == {"error": "There is no such task."}, (
        f"The 404 answer should be {{\"error\": \"There is no such task.\"}}, but it is {got!r}. "
        "Return the pair: a dict and 404.")
    api.post("/api/tasks", json={"title": "Buy milk"})
    api.post("/api/tasks", json={"title": "Call Sam"})
    for missing in (0, 3):
        response = api.get(f"/api/tasks/{missing}")
        assert response.status_code == 404, (
            f"With the tasks 1 and 2, GET /api/tasks/{missing} should answer 404, but it "
            f"answered {response.status} with {said(response)[:80]!r}. Look for the task whose "
            "\"id\" is the number in the address; as a place in the list, 0 - 1 is -1, the last "
            "task.")
