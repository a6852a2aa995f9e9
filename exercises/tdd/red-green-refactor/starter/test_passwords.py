from passwords import password_problems


def test_a_strong_password_has_no_problems():
    assert password_problems("Sunflower42") == []


# TODO: red, green, refactor: a test for each rule in the task, then the code for it.
