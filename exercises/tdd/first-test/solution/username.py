def make_username(first, last):
    """A username: the first letter of the first name, then the last name."""
    first = first.strip()
    last = last.strip().replace(" ", "")
    return (first[0] + last).lower()
