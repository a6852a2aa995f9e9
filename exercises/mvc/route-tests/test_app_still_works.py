"""Hidden check: the noticeboard in the learner's folder is still the correct one."""


def test_the_noticeboard_app_still_works(files, wsgi_client):
    client = wsgi_client(files.python_module("app"), name="app.py")
    message = (
        "app.py, views.py and models.py were correct to begin with, but {what}. This exercise "
        "is about the tests: run `tutor reset mvc-route-tests` to get the app back, then copy "
        "your tests in again."
    )
    assert client.get("/").status == 200, message.format(what="GET / no longer answers 200")
    assert client.get("/nowhere").status == 404, message.format(
        what="GET /nowhere no longer answers 404")
    posted = client.post("/add", data={"author": "Ana", "text": "<i>hi</i>"})
    assert posted.status == 303, message.format(what="POST /add no longer answers 303")
    assert "&lt;i&gt;hi&lt;/i&gt;" in client.get("/").text, message.format(
        what="a posted notice is no longer shown, escaped, on the home page")
    assert client.post("/add", data={"author": "Ana", "text": ""}).status == 400, (
        message.format(what="an empty notice is no longer refused with 400"))
