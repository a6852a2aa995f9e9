"""Hidden check: best_streak in the learner's folder is still the correct one."""

CASES = [
    ([], 0),
    (["L"], 0),
    (["W"], 1),
    (["W", "W", "L", "W"], 2),
    (["L", "W", "W", "W"], 3),
    (["W", "L", "W", "L", "W"], 1),
    (["W", "W", "W", "L", "W", "W"], 3),
]


def test_best_streak_still_gives_the_right_answers(files):
    best_streak = files.python_function("streaks", "best_streak")
    for results, expected in CASES:
        got = best_streak(results)
        assert got == expected, (
            f"best_streak({results!r}) should give {expected}, but it gave {got!r}. "
            "streaks.py was correct to begin with: change only test_streaks.py "
            "(tutor reset tdd-edge-cases gives streaks.py back; copy your tests out first)."
        )
