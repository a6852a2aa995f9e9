from username import make_username


def test_ada_lovelace_becomes_alovelace():
    assert make_username("Ada", "Lovelace") == "alovelace"


def test_capitals_inside_a_last_name_become_small():
    assert make_username("Ronald", "McDonald") == "rmcdonald"


def test_spaces_inside_a_last_name_are_left_out():
    assert make_username("Vincent", "van Gogh") == "vvangogh"


def test_spaces_typed_around_the_names_are_ignored():
    assert make_username("  Grace ", " Hopper") == "ghopper"
