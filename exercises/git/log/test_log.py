"""Checks for git-log: three answers read from the history, and the phone number put back."""

import re

from tutor.checks import CheckFailure

OLD_PHONE = "01614960000"
WRONG_PHONE = "01614960999"


def answer(files, number):
    """The learner's answer on the line `answer N: ...` of answers.txt, and its line number."""
    for line_number, line in enumerate(files.lines("answers.txt"), start=1):
        found = re.match(rf"\s*answer\s*{number}\s*:(.*)$", line, re.IGNORECASE)
        if found:
            given = found.group(1).strip()
            if not given or given.upper() == "TODO":
                raise CheckFailure(
                    f"answers.txt line {line_number}: answer {number} is not written yet. "
                    "Write it in place of TODO, after the colon.",
                    "answers.txt",
                    line_number,
                )
            return given, line_number
    raise CheckFailure(
        f"answers.txt has no line that starts with 'answer {number}:'. Keep the three "
        "answer lines and write after their colons (tutor reset git-log gives them back).",
        "answers.txt",
    )


def digits(text):
    return "".join(ch for ch in text if ch.isdigit())


def test_answer_1_counts_the_commits(files):
    given, line = answer(files, 1)
    if digits(given) != "6":
        raise CheckFailure(
            f"answers.txt line {line}: you wrote {given!r}, which is not the number of commits "
            "before yours. Run git log --oneline: it prints one line per commit. Count them all, "
            "with the start commit, but not a commit you made yourself.",
            "answers.txt",
            line,
        )


def test_answer_2_names_who_closed_on_sundays(files):
    given, line = answer(files, 2)
    if "dee" not in given.lower():
        raise CheckFailure(
            f"answers.txt line {line}: {given!r} did not make the commit \"Close on Sundays\". "
            "Run git log and find that message: the Author line above it names the person.",
            "answers.txt",
            line,
        )


def test_answer_3_is_the_old_phone_number(files):
    given, line = answer(files, 3)
    if digits(given) != OLD_PHONE:
        hint = (
            " That is the number after the mistake: look at the line starting with - instead."
            if digits(given) == WRONG_PHONE
            else ""
        )
        raise CheckFailure(
            f"answers.txt line {line}: {given!r} is not the phone number from before "
            f"\"Tidy the notice\".{hint} Find the commit's code with git log --oneline, "
            "then run git show with that code: the old line starts with -, the new one with +.",
            "answers.txt",
            line,
        )


def test_the_notice_has_the_old_phone_number_again(files):
    for number, line in enumerate(files.lines("notice.txt"), start=1):
        if line.startswith("Phone"):
            assert digits(line) == OLD_PHONE, (
                f"notice.txt line {number} still has the wrong phone number. Put back the "
                "number from before the commit \"Tidy the notice\" (your answer 3)."
            )
            return
    raise CheckFailure(
        "notice.txt has no line starting with 'Phone' any more. Keep that line and change "
        "only its number.",
        "notice.txt",
    )


def your_commits(git_repo):
    """The commits made after the last one of the set-up ("Add the reading group")."""
    yours = []
    for commit in git_repo.commits():
        if commit.summary == "Add the reading group":
            break
        yours.append(commit)
    return yours


def test_your_commit_mentions_the_phone_number(git_repo):
    yours = your_commits(git_repo)
    assert yours, (
        "You have not made a commit yet. Commit answers.txt and notice.txt, with a message "
        'like git commit -m "Put back the phone number".'
    )
    assert any("phone" in c.message.lower() for c in yours), (
        "None of your commit messages mentions the phone. Commit your answers and the "
        'fixed notice, with a message like git commit -m "Put back the phone number".'
    )


def test_everything_is_committed(git_repo):
    git_repo.assert_clean()
