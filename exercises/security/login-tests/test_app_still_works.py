"""Hidden check: the notes app in the learner's folder still logs people in correctly."""

import re

from tutor.checks import CheckFailure


def test_the_log_in_still_works(files, tmp_path):
    client = files.python_module("app").create_app(tmp_path / "check.db").test_client()
    reset = (
        "app.py and the other files were correct to begin with, but {what}. This exercise is "
        "about the tests: copy your tests out of test_app.py, run `tutor reset "
        "sec-login-tests`, then copy them back in."
    )

    def csrf(path):
        found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(True))
        if not found:
            raise CheckFailure(reset.format(what=f"the form at {path} has no CSRF token"))
        return found.group(1)

    form = {"username": "ana", "password": "open sesame"}
    client.post("/signup", data={**form, "csrf_token": csrf("/signup")})
    wrong = client.post("/login", data={**form, "password": "nope nope", "csrf_token": csrf("/login")})
    if wrong.status_code != 400:
        raise CheckFailure(reset.format(what="a wrong password is no longer refused with 400"))
    right = client.post("/login", data={**form, "csrf_token": csrf("/login")})
    if right.status_code != 303 or "Logged in as ana" not in client.get("/").get_data(True):
        raise CheckFailure(reset.format(what="the right password no longer logs in"))
