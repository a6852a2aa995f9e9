def make_username(first, last):
    """A username: the first letter of the first name, then the last name."""
    # TODO: one rule at a time, write a test in test_username.py, then make it pass here.
    return ""
