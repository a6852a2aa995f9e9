def make_username(first, last):
    """Bug: spaces typed before the first name are kept, so the first letter is a space."""
    last = last.replace(" ", "")
    return (first[0] + last).lower()
