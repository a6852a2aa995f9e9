"""Checks for the log of app.py: what it writes, at which level, and what it never writes.

pytest's caplog fixture catches every log record while a check runs, as a server's log
file would. The checks look for records of the logger called "app": your module's own
logger, logging.getLogger(__name__), in app.py.
"""

import logging
import sqlite3

import pytest
from flask import Flask

from tutor.checks import CheckFailure

LEVELS = {logging.INFO: "INFO", logging.WARNING: "WARNING", logging.ERROR: "ERROR"}


@pytest.fixture
def notes(files, tmp_path, caplog):
    """A new app on a database that already holds 6 notes, with the log cleared."""
    path = tmp_path / "notes.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    connection.executemany("INSERT INTO notes (title) VALUES (?)",
                           [(f"Old note {n}",) for n in range(1, 7)])
    connection.commit()
    connection.close()
    caplog.set_level(logging.INFO)
    app = files.python_module("app").create_app(path)
    if not isinstance(app, Flask):
        raise CheckFailure(f"create_app should return the Flask app, but it returned {app!r}.",
                           "app.py")
    app.testing = True
    caplog.clear()
    return app, path



def post(app, path, form=None):
    try:
        return app.test_client().post(path, data=form or {})
    except sqlite3.Error as error:
        raise CheckFailure(
            f"POST {path} stopped with the database error {type(error).__name__}: {error}. "
            "The error got out of your route, so the person sees a bare error page and the log "
            "has no sentence of yours. Put add_note in a try: block, with an "
            "except sqlite3.Error: block after it.", "app.py") from None
    except Exception as error:  # noqa: BLE001 - any crash of the learner's route
        raise CheckFailure(f"Your app crashed while answering POST {path}: "
                           f"{type(error).__name__}: {error}", "app.py") from None


def shown(caplog):
    lines = [f"    {record.levelname} {record.name}: {record.getMessage()}"
             for record in caplog.records]
    return "\n".join(lines) if lines else "    (nothing)"


def logged(caplog, level, words, doing):
    """The record of logger "app" at this level whose message holds every word."""
    for record in caplog.records:
        message = record.getMessage().lower()
        if (record.name == "app" and record.levelno == level
                and all(word.lower() in message for word in words)):
            return record
    others = [r for r in caplog.records if r.name != "app" and r.levelno == level]
    why = (f"\nA record came from the logger {others[0].name!r}: write to your module's own "
           "logger, logger = logging.getLogger(__name__), with logger.info(...) and so on, "
           "not logging.info(...)." if others else "")
    article = "an" if LEVELS[level][0] in "AEIOU" else "a"
    holds = f" whose message holds {' and '.join(repr(word) for word in words)}" if words else ""
    raise CheckFailure(
        f"When {doing}, the log should get {article} {LEVELS[level]} record from the logger \"app\"{holds}"
        f", but it got:\n{shown(caplog)}{why}".rstrip(),
        "app.py")


def never_logged(caplog, text, what):
    for record in caplog.records:
        if text in record.getMessage():
            raise CheckFailure(
                f"The log holds {what}: {record.levelname} {record.name}: "
                f"{record.getMessage()}\nWhoever runs the server reads the log. Leave it out.",
                "app.py")


def test_starting_the_app_logs_its_database_but_never_its_secret(files, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    path = tmp_path / "notes.db"
    app = files.python_module("app").create_app(path)
    logged(caplog, logging.INFO, ["started", str(path)], "the app is made with create_app")
    never_logged(caplog, app.config["SECRET_KEY"], "the app's secret key")


def test_adding_a_note_logs_its_id_and_never_its_title(notes, caplog):
    app, _ = notes
    answer = post(app, "/notes", {"title": "Ring my sister on Sunday"})
    assert answer.status_code == 303, (
        f"POST /notes with a good title should redirect (303), but it answered {answer.status}.")
    logged(caplog, logging.INFO, ["7", "added"], "note 7 is added")
    never_logged(caplog, "Ring my sister", "the note's title, which is private")


def test_a_refused_note_logs_a_warning(notes, caplog):
    app, _ = notes
    answer = post(app, "/notes", {"title": "   "})
    assert answer.status_code == 400, (
        f"POST /notes with an empty title should answer 400, but it answered {answer.status}.")
    logged(caplog, logging.WARNING, ["title"], "a note with an empty title is refused")


def test_deleting_logs_the_note_or_warns_that_there_is_none(notes, caplog):
    app, _ = notes
    answer = post(app, "/notes/3/delete")
    assert answer.status_code == 303, (
        f"POST /notes/3/delete should redirect (303), but it answered {answer.status}.")
    logged(caplog, logging.INFO, ["3", "deleted"], "note 3 is deleted")
    caplog.clear()
    answer = post(app, "/notes/3/delete")
    assert answer.status_code == 404, (
        f"Deleting note 3 a second time should answer 404, but it answered {answer.status}.")
    logged(caplog, logging.WARNING, ["3"], "someone asks to delete note 3, which is gone")


def test_a_database_error_is_logged_with_its_traceback(notes, caplog):
    app, path = notes
    with sqlite3.connect(path) as connection:  # from now on, every INSERT fails
        connection.execute("CREATE TRIGGER disk_full BEFORE INSERT ON notes "
                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    connection.close()
    answer = post(app, "/notes", {"title": "Buy stamps"})
    page = answer.get_data(as_text=True)
    assert answer.status_code == 500 and "could not be saved" in page, (
        f"When the database cannot save the note, the app should answer 500 with the page "
        f"\"Sorry, the note could not be saved. Try again later.\", but it answered "
        f"{answer.status}:\n{page[:300]}")
    record = logged(caplog, logging.ERROR, [], "the database cannot save a note")
    assert record.exc_info, (
        f"The ERROR record ({record.getMessage()!r}) has no traceback, so whoever reads the "
        "log cannot see what failed, or where. In the except block, logger.exception(...) "
        "logs an ERROR with the traceback.")
