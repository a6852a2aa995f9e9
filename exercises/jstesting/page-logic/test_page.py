"""The page itself, with the learner's todos.js: what a person sees when they use it."""

from tutor.checks import CheckFailure


def test_the_page_shows_each_new_task_and_what_is_left_to_do(browser):
    page = browser("index.html")
    page.type("#todo-text", "Buy stamps")
    page.click("button")
    shown = page.all("#todos li")
    if shown != ["Buy stamps"]:
        raise CheckFailure(
            "On the page, after typing 'Buy stamps' and clicking Add, the list should show "
            f"['Buy stamps'], but it shows {shown}. page.js keeps what addTodo gives back: "
            "check that addTodo returns the list with the new to-do at its end.",
            "todos.js",
        )
    left = page.text("#left")
    if left != "1 thing left to do":
        raise CheckFailure(
            "On the page, with one to-do not done, the line under the list should say "
            f"'1 thing left to do', but it says {left!r}. page.js shows what leftText gives "
            "back.",
            "todos.js",
        )
    page.click("#todos li")
    left = page.text("#left")
    if left != "Nothing left to do":
        raise CheckFailure(
            "On the page, after clicking the only to-do to mark it done, the line under the "
            f"list should say 'Nothing left to do', but it says {left!r}. leftText should count "
            "only the to-dos whose done is false.",
            "todos.js",
        )
