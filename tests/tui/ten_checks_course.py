"""A course of one exercise with ten checks whose eighth fails (issue 15's screen test).

The eighth check's explanation is several sentences long, as the course's
real messages are, so a test can tell whether all of it is on the screen.
"""

from __future__ import annotations

from pathlib import Path

COURSE_TOML = """
title = "Ten Checks"

[[tracks]]
id = "words"
title = "Words"
"""

LESSON = """
title = "Counting letters"
summary = "Small functions about words."

[[pages]]
title = "Letters"
text = "A string is a row of letters."

[[exercises]]
id = "letters"
title = "Letters in words"
kind = "tests"
path = "words/letters"
edit = ["letters.py"]
tests = ["test_letters.py"]
task = "Make every function in letters.py do what its comment says."
hints = ["Read the comment above each function.", "Which letters are vowels?"]
"""

STARTER = """\
# first_letter(word): the word's first letter.
def first_letter(word):
    return word[0]


# last_letter(word): the word's last letter.
def last_letter(word):
    return word[-1]


# count_vowels(word): how many of a, e, i, o, u the word holds.
def count_vowels(word):
    return sum(1 for letter in word if letter in "aeiouy")
"""

SOLUTION = STARTER.replace('"aeiouy"', '"aeiou"')

# The last sentence of the eighth check's explanation: a test looks for it on screen.
LAST_WORDS = "then check again with F5."

# The eighth check's whole explanation, as the learner's starter makes it fail.
EXPLANATION = (
    "count_vowels('rhythm') should give back 0, but your function gave 1. "
    "In this exercise only a, e, i, o and u are vowels, so the letter y must not be "
    "counted. Look at letters.py line 13, where your function compares each letter "
    f"with the vowels: take the y out of them, {LAST_WORDS}"
)

TEST = f"""
from letters import count_vowels, first_letter, last_letter


def test_first_letter_of_cat():
    assert first_letter("cat") == "c"


def test_first_letter_of_dog():
    assert first_letter("dog") == "d"


def test_last_letter_of_cat():
    assert last_letter("cat") == "t"


def test_last_letter_of_dog():
    assert last_letter("dog") == "g"


def test_vowels_in_cat():
    assert count_vowels("cat") == 1


def test_vowels_in_banana():
    assert count_vowels("banana") == 3


def test_vowels_in_an_empty_word():
    assert count_vowels("") == 0


def test_y_is_not_a_vowel():
    got = count_vowels("rhythm")
    assert got == 0, (
        f"count_vowels('rhythm') should give back 0, but your function gave {{got}}. "
        "In this exercise only a, e, i, o and u are vowels, so the letter y must not be "
        "counted. Look at letters.py line 13, where your function compares each letter "
        "with the vowels: take the y out of them, {LAST_WORDS}"
    )


def test_vowels_in_queue():
    assert count_vowels("queue") == 4


def test_vowels_in_sky():
    assert count_vowels("sky") in (0, 1)
"""

FILES = {
    "lessons/course.toml": COURSE_TOML,
    "lessons/words/01-letters.toml": LESSON,
    "exercises/words/letters/starter/letters.py": STARTER,
    "exercises/words/letters/solution/letters.py": SOLUTION,
    "exercises/words/letters/test_letters.py": TEST,
}


def build_ten_checks_course(root: Path) -> Path:
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")
    return root
