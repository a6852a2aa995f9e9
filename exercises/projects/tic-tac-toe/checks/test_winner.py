"""Milestone "winner": three in a line wins, a full board without one is a draw."""

from tutor.checks import CheckFailure

BOARD = "#board > .cell"
LINES = {
    "the top row": (1, 2, 3),
    "the middle column": (2, 5, 8),
    "the diagonal from top left": (1, 5, 9),
    "the diagonal from top right": (3, 5, 7),
    "the bottom row": (7, 8, 9),
}


def square(number):
    return f"#board > .cell:nth-child({number})"


def shown(squares):
    return " ".join(mark or "_" for mark in squares)


def board(marks):
    """A board as the state holds it, from a 9-letter picture like 'XXX OO   '."""
    return ["" if mark == " " else mark for mark in marks]


def winner_of(page, marks):
    if page.evaluate("typeof winner") != "function":
        raise CheckFailure(
            "game.js has no function called winner. Write one that takes the nine squares (an "
            'array of "", "X" or "O") and returns "X" or "O" for a player with three '
            'in a line, or "" when nobody has.',
            "game.js",
        )
    return page.evaluate(f"winner({board(marks)!r})".replace("'", '"'))


def play(page, squares):
    for number in squares:
        page.click(square(number))


def test_winner_finds_three_in_a_line(browser):
    page = browser("index.html")
    cases = [
        ("XXXOO    ", "X", "the top row"),
        ("XO XO  O ", "O", "the middle column"),
        ("X O X O X", "X", "a diagonal"),
        ("OXXXO O X", "", "no line"),
        ("  O O O  ", "O", "the other diagonal"),
        ("OOXXXOOXX", "", "a full board with no line"),
        ("      XXX", "X", "the bottom row"),
    ]
    for marks, expected, what in cases:
        got = winner_of(page, marks)
        assert got == expected, (
            f"winner({board(marks)}) should give {expected!r} ({what}), but it gave {got!r}. "
            "There are eight lines to look at: three rows, three columns and two diagonals."
        )


def test_a_win_is_announced_and_the_game_stops(browser):
    for name, line in LINES.items():
        page = browser("index.html")
        others = [n for n in range(1, 10) if n not in line][:2]
        play(page, [line[0], others[0], line[1], others[1], line[2]])
        status = page.text("#status")
        assert status == "X wins!", (
            f"X played {name} (squares {line[0]}, {line[1]} and {line[2]}), so #status should "
            f"say 'X wins!', but it says {status!r}. After each move, ask winner() about the "
            "board and show the result."
        )
        before = [text.strip() for text in page.all(BOARD)]
        free = before.index("") + 1
        page.click(square(free))
        after = [text.strip() for text in page.all(BOARD)]
        assert after == before, (
            f"After X won, a click on an empty square changed the board from {shown(before)} "
            f"to {shown(after)}. When the game is over, a click should do nothing."
        )


def test_a_full_board_without_a_line_is_a_draw(browser):
    page = browser("index.html")
    # X O X / X O O / O X X: nobody has three in a line.
    play(page, [1, 2, 3, 5, 4, 6, 8, 7, 9])
    squares = [text.strip() for text in page.all(BOARD)]
    status = page.text("#status")
    assert status == "It's a draw.", (
        f"The board is full ({shown(squares)}) and nobody has three in a line, so #status "
        f'should say "It\'s a draw.", but it says {status!r}. When no square is empty and '
        "there is no winner, the game is a draw."
    )
