"""Set-up for fs-history: the finished notes app, with nothing committed yet.

The tutor's own first commit ("start: ...") holds the starter files. Here we
take every file out of it again, so the learner's commits are the ones that
add the project, and we make notes.db, as running the app would.
"""

import sqlite3
import subprocess


def git(*args):
    subprocess.run(["git", *args], check=True, stdout=subprocess.DEVNULL)


git("rm", "-r", "-q", "--cached", ".")
git("commit", "-q", "--amend", "--allow-empty", "--no-edit")

connection = sqlite3.connect("notes.db")
connection.execute(
    "CREATE TABLE notes ("
    " id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL DEFAULT '')"
)
connection.execute("INSERT INTO notes (title, body) VALUES ('Visits', 'Sunday at 2')")
connection.commit()
connection.close()
