"""Set-up for git-log: five commits by four people, one with a mistake in it.

"Tidy the notice" (by Ben) changes the phone number by accident; the learner
finds the old number with git show and puts it back.
"""

import os
import subprocess

PEOPLE = {
    "ana": ("Ana Lopez", "ana@library.invalid"),
    "ben": ("Ben Okafor", "ben@library.invalid"),
    "cy": ("Cy Park", "cy@library.invalid"),
    "dee": ("Dee Morris", "dee@library.invalid"),
}

HEADER = "Riverside Library\n\nOpen Monday to Friday, 9 to 5.\n"


def commit(person, message, text):
    with open("notice.txt", "w", encoding="utf-8") as notice:
        notice.write(text)
    name, email = PEOPLE[person]
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email,
    }
    subprocess.run(["git", "add", "notice.txt"], check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", message], check=True, env=env)


commit("ana", "Add the library's phone number", HEADER + "\nPhone: 0161 496 0000\n")
commit(
    "ben",
    "Open at nine on Saturdays",
    HEADER + "Open on Saturdays, 9 to 1.\n\nPhone: 0161 496 0000\n",
)
commit(
    "dee",
    "Close on Sundays",
    HEADER + "Open on Saturdays, 9 to 1.\nClosed on Sundays.\n\nPhone: 0161 496 0000\n",
)
commit(
    "ben",
    "Tidy the notice",
    HEADER + "Open on Saturdays, 9 to 1.\nClosed on Sundays.\n\nPhone: 0161 496 0999\n",
)
commit(
    "cy",
    "Add the reading group",
    HEADER
    + "Open on Saturdays, 9 to 1.\nClosed on Sundays.\n\nPhone: 0161 496 0999\n"
    + "\nReading group: every Tuesday at 6.\n",
)
