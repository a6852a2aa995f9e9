def make_username(first, last):
    """Bug: only the first letter of each name is made small ("rmcDonald")."""
    first = first.strip()
    last = last.strip().replace(" ", "")
    return first[0].lower() + last[0].lower() + last[1:]
