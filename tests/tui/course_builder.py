"""A tiny course written into a temporary folder, so TUI tests never depend on the bundled one.

basics/adding: a Python exercise in two steps, and a quiz.
basics/more: a lesson that requires basics/adding, so it starts locked.
basics/test-first (only with with_tdd=True): a TDD exercise with one mutant.
basics/slow-git (only with slow_git_setup=True): a git exercise whose setup script
takes 2 seconds, as a real one building a history may.
"""

from __future__ import annotations

from pathlib import Path

COURSE_TOML = """
title = "Tiny Course"

[[tracks]]
id = "basics"
title = "Basics"
"""

LESSON_ADDING = """
title = "Adding numbers"
summary = "Write a function that adds two numbers."
minutes = 5

[[pages]]
title = "Functions"
text = '''
A **function** gives back an answer:

```python
def double(x):
    return x * 2
```
'''

[[exercises]]
id = "add"
title = "Add two numbers"
kind = "tests"
path = "basics/add"
edit = ["add.py"]
tests = ["test_add.py"]
task = "Make `add(a, b)` give back `a + b`."
hints = ["Use the + operator.", "The line is: return a + b"]

  [[exercises.steps]]
  title = "Define add"
  tests = ["test_add_exists"]

  [[exercises.steps]]
  title = "Add correctly"
  tests = ["test_add_adds"]
  hint = "add(2, 3) should be 5: which sign adds two numbers?"

[[exercises]]
id = "numbers-quiz"
title = "A quick quiz"
kind = "quiz"
task = "Answer the questions."

  [[exercises.questions]]
  text = "What does `1 + 1` give?"
  choices = ["11", "2", "3"]
  answer = "2"
  explain = "Numbers add up: 1 + 1 is 2."

  [[exercises.questions]]
  text = "Which word gives back an answer from a function?"
  choices = ["print", "return"]
  answer = "return"
  explain = "return hands the answer back to the caller."
"""

LESSON_MORE = """
title = "More adding"
summary = "Add three numbers."
requires = ["basics/adding"]

[[pages]]
title = "Three numbers"
text = "Add them all."

[[exercises]]
id = "add-three"
title = "Add three numbers"
kind = "tests"
path = "basics/add-three"
edit = ["add3.py"]
tests = ["test_add3.py"]
task = "Make `add3(a, b, c)` give back the sum."
hints = ["a + b + c", "return a + b + c"]
"""

STARTER_ADD = "def add(a, b):\n    return 0\n"
SOLUTION_ADD = "def add(a, b):\n    return a + b\n"
TEST_ADD = """
def test_add_exists(files):
    module = files.python_module("add")
    assert callable(getattr(module, "add", None)), "add.py should define a function add."


def test_add_adds(files):
    module = files.python_module("add")
    got = module.add(2, 3)
    assert got == 5, f"add(2, 3) should give back 5, but it gave {got!r}."
"""
STARTER_ADD3 = "def add3(a, b, c):\n    return 0\n"
SOLUTION_ADD3 = "def add3(a, b, c):\n    return a + b + c\n"
TEST_ADD3 = """
def test_add3_adds(files):
    module = files.python_module("add3")
    assert module.add3(1, 2, 3) == 6, "add3(1, 2, 3) should give back 6."
"""

FILES = {
    "lessons/course.toml": COURSE_TOML,
    "lessons/basics/01-adding.toml": LESSON_ADDING,
    "lessons/basics/02-more.toml": LESSON_MORE,
    "exercises/basics/add/starter/add.py": STARTER_ADD,
    "exercises/basics/add/solution/add.py": SOLUTION_ADD,
    "exercises/basics/add/test_add.py": TEST_ADD,
    "exercises/basics/add-three/starter/add3.py": STARTER_ADD3,
    "exercises/basics/add-three/solution/add3.py": SOLUTION_ADD3,
    "exercises/basics/add-three/test_add3.py": TEST_ADD3,
}


# A TDD lesson, for tests that need one (build_course(root, with_tdd=True)); kept out of
# the default course so the map, its counts and its snapshots stay as they are.
LESSON_TEST_FIRST = """
title = "Testing first"
summary = "Write a test that notices a mistake."

[[pages]]
title = "Tests that notice"
text = "A good test fails when the code is wrong."

[[exercises]]
id = "even-tests"
title = "Test is_even"
kind = "tdd"
path = "basics/even-tests"
edit = ["test_even.py"]
hidden = ["test_even_still_works.py"]
task = "Write tests for `is_even(n)` in test_even.py."
hints = ["Test an odd number too.", "assert not is_even(3)"]

  [[exercises.mutants]]
  name = "always-true"
  description = "an odd number such as 3 is not even"
"""
EVEN = "def is_even(n):\n    return n % 2 == 0\n"
TEST_EVEN_STARTER = "from even import is_even\n\n\ndef test_4_is_even():\n    assert is_even(4)\n"
TEST_3_IS_NOT_EVEN = "\n\ndef test_3_is_not_even():\n    assert not is_even(3)\n"
TEST_EVEN_SOLUTION = TEST_EVEN_STARTER + TEST_3_IS_NOT_EVEN
TEST_EVEN_HIDDEN = """
from even import is_even


def test_is_even_still_works():
    assert is_even(2) and not is_even(5), "Keep is_even as it was: only write tests."
"""
TDD_FILES = {
    "exercises/basics/even-tests/test_even_still_works.py": TEST_EVEN_HIDDEN,
    "lessons/basics/03-test-first.toml": LESSON_TEST_FIRST,
    "exercises/basics/even-tests/starter/even.py": EVEN,
    "exercises/basics/even-tests/starter/test_even.py": TEST_EVEN_STARTER,
    "exercises/basics/even-tests/solution/test_even.py": TEST_EVEN_SOLUTION,
    "exercises/basics/even-tests/mutants/always-true/even.py": "def is_even(n):\n    return True\n",
}


SLOW_GIT_FILES = {
    "lessons/basics/04-slow-git.toml": """
title = "A history to read"
summary = "A repository that takes a while to build."

[[pages]]
title = "History"
text = "Every commit is kept."

[[exercises]]
id = "slow-git"
title = "Read the history"
kind = "git"
path = "basics/slow-git"
edit = ["notes.txt"]
hidden = ["test_notes.py"]
setup = "setup.py"
solution = ["git commit -am 'Write the notes'"]
task = "Write a line in notes.txt and commit it."
hints = ["Commit what you changed.", "git commit -am 'message'"]
""",
    "exercises/basics/slow-git/starter/notes.txt": "notes\n",
    "exercises/basics/slow-git/setup.py": "import time\n\ntime.sleep(2)\n",
    "exercises/basics/slow-git/test_notes.py": """
def test_a_commit_was_made(git_repo):
    assert len(git_repo.log()) >= 2
""",
}


def build_course(root: Path, *, with_tdd: bool = False, slow_git_setup: bool = False) -> Path:
    files = {
        **FILES,
        **(TDD_FILES if with_tdd else {}),
        **(SLOW_GIT_FILES if slow_git_setup else {}),
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")
    return root
