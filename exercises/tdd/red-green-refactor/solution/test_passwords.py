from passwords import password_problems


def test_a_strong_password_has_no_problems():
    assert password_problems("Sunflower42") == []


def test_a_password_of_7_characters_is_too_short():
    assert password_problems("Sunfl42") == ["too short"]


def test_a_password_of_exactly_8_characters_is_long_enough():
    assert password_problems("Sunflo42") == []


def test_a_password_without_a_digit_says_so():
    assert password_problems("Sunflowers") == ["no digit"]


def test_a_password_without_a_capital_letter_says_so():
    assert password_problems("sunflower42") == ["no capital letter"]


def test_a_capital_letter_counts_anywhere():
    assert password_problems("sunFlower42") == []


def test_a_weak_password_lists_every_problem_in_order():
    assert password_problems("cat") == ["too short", "no digit", "no capital letter"]
