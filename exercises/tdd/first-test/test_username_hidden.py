"""Hidden checks: the learner's make_username follows every rule of the task."""

CASES = [
    (("Ada", "Lovelace"), "alovelace"),
    (("Ronald", "McDonald"), "rmcdonald"),
    (("Vincent", "van Gogh"), "vvangogh"),
    (("  Grace ", " Hopper"), "ghopper"),
    (("ALAN", "TURING"), "aturing"),
    (("Katherine", "  Johnson  "), "kjohnson"),
    (("Mary", "de la Cruz"), "mdelacruz"),
]


def test_make_username_follows_every_rule(files):
    make_username = files.python_function("username", "make_username")
    for (first, last), expected in CASES:
        got = make_username(first, last)
        assert got == expected, (
            f"make_username({first!r}, {last!r}) should give {expected!r}, but your function "
            f"gave {got!r}. Write a test for this case in test_username.py, then change "
            "username.py until it passes."
        )
