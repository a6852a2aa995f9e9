"""Set-up for git-undo: three mistakes to undo, one of each kind.

1. A commit "Raise the price of tea" set tea to 9.00 by mistake; a later good
   commit ("Add cake to the menu") comes after it, so the learner reverts the
   old commit by its hash, not the newest one.
2. menu.txt has lost the line "Cheese sandwich" (not staged): git restore.
3. notes.txt, a private note, is staged by mistake: git restore --staged.
"""

import subprocess
from pathlib import Path


def git(*args):
    subprocess.run(["git", *args], check=True, stdout=subprocess.DEVNULL)


def change(name, old, new):
    path = Path(name)
    text = path.read_text(encoding="utf-8")
    assert old in text, f"setup: {old!r} is not in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


change("prices.txt", "Tea      1.20", "Tea      9.00")
git("commit", "-q", "-am", "Raise the price of tea")

change("menu.txt", "Bean stew\n", "Bean stew\n\nDesserts:\nChocolate cake\n")
git("commit", "-q", "-am", "Add cake to the menu")

change("menu.txt", "Cheese sandwich\n", "")

Path("notes.txt").write_text("Ideas for next week (not for the menu yet): soup of the day\n",
                             encoding="utf-8")
git("add", "notes.txt")
