def password_problems(password):
    """Bug: the capital letter rule is checked before the digit rule."""
    problems = []
    if len(password) < 8:
        problems.append("too short")
    if not any(character.isupper() for character in password):
        problems.append("no capital letter")
    if not any(character.isdigit() for character in password):
        problems.append("no digit")
    return problems
