"""Hidden checks: the learner's password_problems follows every rule of the task."""

CASES = [
    ("Sunflower42", []),
    ("Sunfl42", ["too short"]),
    ("Sunflo42", []),
    ("Sunflowers", ["no digit"]),
    ("sunflower42", ["no capital letter"]),
    ("sunfloweR42", []),
    ("12345678", ["no capital letter"]),
    ("cat", ["too short", "no digit", "no capital letter"]),
    ("", ["too short", "no digit", "no capital letter"]),
    ("abcdefgh", ["no digit", "no capital letter"]),
]


def test_password_problems_follows_every_rule(files):
    password_problems = files.python_function("passwords", "password_problems")
    for password, expected in CASES:
        got = password_problems(password)
        assert got == expected, (
            f"password_problems({password!r}) should give {expected!r}, but your function "
            f"gave {got!r}. Write a test for this password in test_passwords.py, then change "
            "passwords.py until it passes."
        )
