"""A small course with one exercise of each built-in kind (a module of its own: two
conftest.py cannot both be imported)."""

from __future__ import annotations

from pathlib import Path

COURSE_TOML = 'title = "Kinds"\n\n[[tracks]]\nid = "k"\ntitle = "Kinds"\n'

LESSON = """
title = "One of each kind"
summary = "Do one exercise of each kind."

[[pages]]
title = "Read me"
text = "Each exercise below is of another kind."

[[exercises]]
id = "add"
title = "Add"
kind = "tests"
edit = ["add.py"]
tests = ["test_add.py"]
hints = ["Use +.", "return a + b"]

  [[exercises.steps]]
  title = "add gives back a number"
  tests = ["test_add_gives_a_number"]

  [[exercises.steps]]
  title = "add adds"
  tests = ["test_add_adds"]

[[exercises]]
id = "even-tests"
title = "Test is_even"
kind = "tdd"
edit = ["test_even.py"]
hidden = ["test_even_still_works.py"]
hints = ["Test an odd number too.", "assert not is_even(3)"]

  [[exercises.mutants]]
  name = "always-true"
  description = "an odd number such as 3 is not even"

[[exercises]]
id = "branch"
title = "Make a branch"
kind = "git"
hidden = ["test_branch.py"]
solution = ["git branch feature"]
hints = ["git branch NAME", "git branch feature"]

[[exercises]]
id = "quiz"
title = "A quiz"
kind = "quiz"

  [[exercises.questions]]
  text = "Which tag is a paragraph?"
  choices = ["<p>", "<h1>"]
  answer = "<p>"
  explain = "p stands for paragraph."

  [[exercises.questions]]
  text = "What is 2 + 2?"
  answer = ["4", "four"]
"""

TEST_ADD = """
from add import add


def test_add_gives_a_number():
    assert isinstance(add(1, 2), int), "add should give back a number"


def test_add_adds():
    assert add(2, 3) == 5, "add(2, 3) should be 5"
"""
EVEN = "def is_even(n):\n    return n % 2 == 0\n"
TEST_EVEN_STARTER = "from even import is_even\n\n\ndef test_4_is_even():\n    assert is_even(4)\n"
TEST_3_IS_NOT_EVEN = "\n\ndef test_3_is_not_even():\n    assert not is_even(3)\n"
TEST_BRANCH = """
def test_there_is_a_branch_called_feature(git_repo):
    git_repo.assert_branch_exists("feature")
"""

FILES = {
    "lessons/course.toml": COURSE_TOML,
    "lessons/k/01-kinds.toml": LESSON,
    "exercises/k/add/starter/add.py": "def add(a, b):\n    return None\n",
    "exercises/k/add/solution/add.py": "def add(a, b):\n    return a + b\n",
    "exercises/k/add/test_add.py": TEST_ADD,
    "exercises/k/even-tests/starter/even.py": EVEN,
    "exercises/k/even-tests/starter/test_even.py": TEST_EVEN_STARTER,
    "exercises/k/even-tests/solution/test_even.py": TEST_EVEN_STARTER + TEST_3_IS_NOT_EVEN,
    "exercises/k/even-tests/mutants/always-true/even.py": "def is_even(n):\n    return True\n",
    "exercises/k/even-tests/test_even_still_works.py": (
        "from even import is_even\n\n\ndef test_is_even_still_works():\n"
        "    assert is_even(2) and not is_even(5)\n"
    ),
    "exercises/k/branch/test_branch.py": TEST_BRANCH,
}


def build_course(root: Path, files: dict[str, str] = FILES) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")
    return root
