"""Set-up for git-ignore: files that belong in the history and files that do not.

- debug.log is committed by mistake (in "Add debug output"): the learner stops
  tracking it with git rm --cached, keeping the file.
- app.log, errors.log and the folder cache/ are made by running the program:
  untracked, to be ignored.
- stock.py is real work, untracked: it must be committed, not ignored.
"""

import subprocess
from pathlib import Path


def git(*args):
    subprocess.run(["git", *args], check=True, stdout=subprocess.DEVNULL)


Path("debug.log").write_text("09:00 till opened\n09:01 total: 330\n", encoding="utf-8")
git("add", "debug.log")
git("commit", "-q", "-m", "Add debug output")

Path("app.log").write_text("10:15 started\n10:16 sold bread\n", encoding="utf-8")
Path("errors.log").write_text("10:20 unknown item: jam\n", encoding="utf-8")
Path("cache").mkdir()
Path("cache/prices.tmp").write_text("bread=120\nmilk=95\n", encoding="utf-8")
Path("cache/stock.tmp").write_text("bread=12\n", encoding="utf-8")
Path("stock.py").write_text(
    '"""How many of each item the shop has."""\n\nSTOCK = {"bread": 12, "milk": 30, "eggs": 6}\n',
    encoding="utf-8",
)
