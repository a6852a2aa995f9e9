"""Hidden check: the reading list in the learner's folder is still the correct one."""

from tutor.checks import CheckFailure


def test_the_reading_list_still_works(files, tmp_path):
    module = files.python_module("app")
    client = module.create_app(tmp_path / "check.db").test_client()
    reset = (
        "app.py, books_db.py and the templates were correct to begin with, but {what}. This "
        "exercise is about the tests: copy your tests out of test_app.py, run "
        "`tutor reset flask-test-client`, then copy them back in."
    )
    if client.get("/").status_code != 200:
        raise CheckFailure(reset.format(what="GET / no longer answers 200"))
    posted = client.post("/books", data={"title": "<i>Hi</i>", "author": "Al"})
    if posted.status_code != 303:
        raise CheckFailure(reset.format(what="POST /books no longer redirects"))
    if "&lt;i&gt;Hi&lt;/i&gt;" not in client.get("/").get_data(as_text=True):
        raise CheckFailure(reset.format(what="a posted book is no longer listed, escaped"))
    if client.post("/books", data={"title": "", "author": "Al"}).status_code != 400:
        raise CheckFailure(reset.format(what="an empty title is no longer refused with 400"))
    if client.get("/books/99").status_code != 404:
        raise CheckFailure(reset.format(what="a missing book no longer answers 404"))
