def password_problems(password):
    """Bug: <= instead of <, so exactly 8 characters counts as too short."""
    problems = []
    if len(password) <= 8:
        problems.append("too short")
    if not any(character.isdigit() for character in password):
        problems.append("no digit")
    if not any(character.isupper() for character in password):
        problems.append("no capital letter")
    return problems
