def has_digit(password):
    """True when at least one character of password is a digit."""
    for character in password:
        if character.isdigit():
            return True
    return False


def has_capital(password):
    """True when at least one character of password is a capital letter."""
    for character in password:
        if character.isupper():
            return True
    return False


def password_problems(password):
    """A list of what is wrong with a password: an empty list when it is strong."""
    problems = []
    if len(password) < 8:
        problems.append("too short")
    if not has_digit(password):
        problems.append("no digit")
    if not has_capital(password):
        problems.append("no capital letter")
    return problems
