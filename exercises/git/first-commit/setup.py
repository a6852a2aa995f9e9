"""Set-up for git-first-commit: journal.txt is new to Git (untracked).

The tutor's own first commit ("start: ...") holds the starter files. Here we
take journal.txt out of it again, so that the learner's `git status` shows it
under "Untracked files" and the learner's commit is the one that adds it.
"""

import subprocess


def git(*args):
    subprocess.run(["git", *args], check=True, stdout=subprocess.DEVNULL)


git("rm", "-q", "--cached", "journal.txt")
git("commit", "-q", "--amend", "--allow-empty", "--no-edit")
