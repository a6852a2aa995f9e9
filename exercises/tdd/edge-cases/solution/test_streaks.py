from streaks import best_streak


def test_two_wins_then_a_loss_is_a_streak_of_2():
    assert best_streak(["W", "W", "L"]) == 2


def test_no_games_at_all_is_a_streak_of_0():
    assert best_streak([]) == 0


def test_only_losses_is_a_streak_of_0():
    assert best_streak(["L", "L"]) == 0


def test_a_streak_at_the_very_end_counts():
    assert best_streak(["W", "L", "W", "W", "W"]) == 3


def test_wins_split_by_a_loss_are_two_streaks():
    assert best_streak(["W", "W", "L", "W", "W"]) == 2


def test_a_single_win_is_a_streak_of_1():
    assert best_streak(["W"]) == 1
