"""Set-up for git-first-commit: a repository with no commits, journal.txt untracked.

The tutor's own first commit ("start: ...") holds the starter files. Here we
take journal.txt out of the index and delete that commit again, so that the
learner's `git status` says "No commits yet" and lists journal.txt under
"Untracked files", and the learner's commit is the first in the history.
"""

import subprocess


def git(*args):
    subprocess.run(["git", *args], check=True, stdout=subprocess.DEVNULL)


git("rm", "-q", "--cached", "journal.txt")
# No commit at all is left: the learner's first commit is the repository's first.
git("update-ref", "-d", "HEAD")
