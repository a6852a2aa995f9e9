from streaks import best_streak


def test_two_wins_then_a_loss_is_a_streak_of_2():
    assert best_streak(["W", "W", "L"]) == 2


# TODO: add tests for the edge cases, where a buggy best_streak would go wrong.
