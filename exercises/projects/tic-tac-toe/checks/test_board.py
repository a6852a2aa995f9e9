"""Milestone "board": nine squares, X then O in turn, a taken square stays taken.

Each check opens index.html with its scripts in a real DOM and clicks the
squares as a player does (the `browser` fixture).
"""

from tutor.checks import CheckFailure

BOARD = "#board > .cell"


def square(number):
    """The selector of square 1 to 9, counted left to right, top row first."""
    return f"#board > .cell:nth-child({number})"


def board_of(page):
    return [text.strip() for text in page.all(BOARD)]


def shown(squares):
    return " ".join(mark or "_" for mark in squares)


def open_game(browser):
    page = browser("index.html")
    count = page.count(BOARD)
    if count != 9:
        raise CheckFailure(
            f'The board should be nine squares: nine <button class="cell"> directly inside '
            f'<div id="board">. index.html has {count}. Check the id of the board, the class '
            "of each button, and that no other tag sits between them.",
            "index.html",
        )
    return page


def test_the_board_has_nine_empty_squares_and_x_plays_first(browser):
    page = open_game(browser)
    squares = board_of(page)
    assert squares == [""] * 9, (
        f"Before anyone plays, every square should be empty, but the board shows {shown(squares)} "
        "(_ is an empty square). Start the game's state with nine empty strings."
    )
    status = page.text("#status")
    assert status == "X to play", (
        f"Before anyone plays, #status should say 'X to play', but it says {status!r}. X always "
        "starts."
    )


def test_each_click_marks_a_square_and_the_turn_passes(browser):
    page = open_game(browser)
    page.click(square(1))
    squares = board_of(page)
    if squares[0] != "X":
        page.assert_listens(square(1))
        raise CheckFailure(
            f"After a click on the first square, it should show X, but the board shows "
            f"{shown(squares)} (_ is an empty square). In the click listener, put the player's "
            "mark in the state, then draw the board again.",
            "game.js",
        )
    status = page.text("#status")
    assert status == "O to play", (
        f"After X plays, #status should say 'O to play', but it says {status!r}. Change whose "
        "turn it is after each move, and show it."
    )
    page.click(square(5))
    squares = board_of(page)
    assert squares[4] == "O" and squares[0] == "X", (
        f"After a click on square 1 and then the middle square, the board should show "
        f"X _ _ _ O _ _ _ _, but it shows {shown(squares)}. The second player's mark is O."
    )
    assert page.text("#status") == "X to play", (
        f"After X and O have each played once, #status should say 'X to play', but it says "
        f"{page.text('#status')!r}."
    )


def test_a_taken_square_cannot_be_played_again(browser):
    page = open_game(browser)
    page.click(square(1))
    page.click(square(1))
    squares = board_of(page)
    assert squares[0] == "X", (
        f"X played the first square, then O clicked it too: it should still show X, but it "
        f"shows {squares[0]!r}. Before a move, check that the square is empty; if it is not, "
        "do nothing."
    )
    status = page.text("#status")
    assert status == "O to play", (
        f"A click on a taken square is not a move, so it should still be O's turn, but "
        f"#status says {status!r}. Return from the click listener before changing the turn."
    )
