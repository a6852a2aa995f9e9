def make_username(first, last):
    """Bug: a space inside the last name stays in ("vvan gogh")."""
    first = first.strip()
    last = last.strip()
    return (first[0] + last).lower()
