def password_problems(password):
    """Bug: only the first character is looked at for a capital letter."""
    problems = []
    if len(password) < 8:
        problems.append("too short")
    if not any(character.isdigit() for character in password):
        problems.append("no digit")
    if not password[:1].isupper():
        problems.append("no capital letter")
    return problems
