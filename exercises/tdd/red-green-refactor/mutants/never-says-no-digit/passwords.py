def password_problems(password):
    """Bug: the digit rule was never written."""
    problems = []
    if len(password) < 8:
        problems.append("too short")
    if not any(character.isupper() for character in password):
        problems.append("no capital letter")
    return problems
