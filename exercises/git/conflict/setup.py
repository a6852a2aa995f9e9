"""Set-up for git-conflict: a merge stopped by a conflict, waiting for the learner.

- branch later: the group starts at 7 pm (the Time line), and the book changes
  (a line further down, which merges without trouble).
- main: the end time is added to the same Time line.
Then `git merge later` runs on main and stops with a conflict in event.txt.
"""

import subprocess
from pathlib import Path


def git(*args, check=True):
    return subprocess.run(["git", *args], check=check, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)


def change(old, new):
    path = Path("event.txt")
    text = path.read_text(encoding="utf-8")
    assert old in text, f"setup: {old!r} is not in event.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")


git("switch", "-q", "-c", "later")
change("Time: 6 pm\n", "Time: 7 pm\n")
git("commit", "-q", "-am", "Start the reading group at 7")
change("The Old Man and the Sea", "To Kill a Mockingbird")
git("commit", "-q", "-am", "Choose next month's book")

git("switch", "-q", "main")
change("Time: 6 pm\n", "Time: 6 pm to 8 pm\n")
git("commit", "-q", "-am", "Say when the reading group ends")

merge = git("merge", "later", check=False)
if not Path(".git/MERGE_HEAD").exists():
    raise SystemExit("setup: the merge was meant to stop with a conflict:\n" + merge.stdout)
