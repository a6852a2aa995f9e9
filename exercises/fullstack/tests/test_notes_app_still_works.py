"""Hidden check: the notes app in the learner's folder is still the correct one."""


def test_the_notes_app_still_works(files, wsgi_client, tmp_path):
    app = files.python_module("app").create_app(str(tmp_path / "check.db"))
    client = wsgi_client(app, name="app.py")
    message = (
        "The notes app was correct to begin with, but {what}. This exercise is about the "
        "tests: run `tutor reset fs-tests` to get the app back, then copy your tests in again."
    )
    saved = client.post("/notes", data={"title": "<i>one</i>", "body": "first body"})
    assert saved.status == 303, message.format(what="saving a note no longer answers 303")
    client.post("/notes", data={"title": "two"})
    page = client.get("/").text
    assert "&lt;i&gt;one&lt;/i&gt;" in page and "first body" in page, message.format(
        what="a saved note is no longer shown, escaped, on the home page")
    assert page.index("two") < page.index("first body"), message.format(
        what="the newest note is no longer first")
    assert client.post("/notes", data={"title": " "}).status == 400, message.format(
        what="a note without a title is no longer refused")
    assert client.post("/notes/1/delete").status == 303, message.format(
        what="deleting a note no longer works")
    assert "first body" not in client.get("/").text, message.format(
        what="a deleted note is still shown")
