"""Milestone "restart": the New game button starts again, even after a win."""

from tutor.checks import CheckFailure

BOARD = "#board > .cell"


def square(number):
    return f"#board > .cell:nth-child({number})"


def shown(squares):
    return " ".join(mark or "_" for mark in squares)


def new_game(page):
    if not page.exists("#restart"):
        raise CheckFailure(
            'index.html has no button with id="restart". Add <button id="restart" '
            'type="button">New game</button> under the board.',
            "index.html",
        )
    page.click("#restart")


def test_new_game_empties_the_board_and_x_starts(browser):
    page = browser("index.html")
    for number in (1, 5, 9):
        page.click(square(number))
    new_game(page)
    squares = [text.strip() for text in page.all(BOARD)]
    assert squares == [""] * 9, (
        f"After 'New game', every square should be empty, but the board shows {shown(squares)}. "
        "Put the state back to nine empty strings, then draw the board again."
    )
    status = page.text("#status")
    assert status == "X to play", (
        f"After 'New game', #status should say 'X to play', but it says {status!r}. X starts "
        "every game: put the turn back to X too."
    )
    page.click(square(2))
    squares = [text.strip() for text in page.all(BOARD)]
    assert squares[1] == "X", (
        f"The first move of a new game should be an X, but the board shows {shown(squares)}. "
        "The page shows X to play, but the turn in your state was not put back to X."
    )


def test_a_new_game_can_be_played_after_a_win(browser):
    page = browser("index.html")
    for number in (1, 4, 2, 5, 3):  # X wins on the top row
        page.click(square(number))
    new_game(page)
    page.click(square(7))
    squares = [text.strip() for text in page.all(BOARD)]
    assert squares[6] == "X", (
        f"After X won and 'New game' was clicked, a click on square 7 should put an X there, "
        f"but the board shows {shown(squares)}. The game was still over: New game must also "
        "forget that the last game ended."
    )
    assert page.text("#status") == "O to play", (
        f"In the new game, after X's first move #status should say 'O to play', but it says "
        f"{page.text('#status')!r}."
    )
