def password_problems(password):
    """A list of what is wrong with a password: an empty list when it is strong."""
    # TODO: one rule at a time, write a test in test_passwords.py first, then the code here.
    return []
