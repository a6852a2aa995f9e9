from username import make_username


def test_ada_lovelace_becomes_alovelace():
    assert make_username("Ada", "Lovelace") == "alovelace"


# TODO: add one test for each of the other rules in the task, then make each one pass.
