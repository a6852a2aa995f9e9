"""Checks for config.py (load_config) and app.py (create_app takes its settings from it)."""

import pytest
from flask import Flask

from tutor.checks import CheckFailure

SECRET = "a-long-random-text-3f9c1e"
GIVEN = {"NOTES_DATABASE": "/srv/notes/notes.db", "NOTES_SECRET_KEY": SECRET,
         "NOTES_PER_PAGE": "50", "NOTES_DEBUG": "1"}


@pytest.fixture
def clean_environment(monkeypatch):
    """No NOTES_ variable in os.environ, whatever the computer running the checks has."""
    for name in GIVEN:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def load_config(files, clean_environment):
    return files.python_function("config", "load_config", "environ")


def settings(load_config, environ):
    try:
        got = load_config(dict(environ))
    except (ValueError, RuntimeError) as error:
        raise CheckFailure(
            f"load_config({environ!r}) raised {type(error).__name__}: {error}, but these "
            "settings are all good.", "config.py") from None
    if not isinstance(got, dict):
        raise CheckFailure(
            f"load_config should return a dictionary of settings, but it returned {got!r}.",
            "config.py")
    return got


def check_setting(got, key, expected, where):
    assert key in got, (
        f"The settings from load_config should have the key {key!r}, but its keys are "
        f"{sorted(got)}. The keys are the names the app reads: {key!r}.")
    assert got[key] == expected and type(got[key]) is type(expected), (
        f"{key} should be {expected!r} ({type(expected).__name__}), but load_config gave "
        f"{got[key]!r} ({type(got[key]).__name__}). {where}")


def test_load_config_reads_each_setting_from_what_it_is_given(load_config, clean_environment):
    # Other values in os.environ: load_config must read the dictionary it is given.
    clean_environment.setenv("NOTES_DATABASE", "/wrong/place.db")
    clean_environment.setenv("NOTES_SECRET_KEY", "the-wrong-key")
    got = settings(load_config, GIVEN)
    check_setting(got, "DATABASE", "/srv/notes/notes.db",
                  "Read NOTES_DATABASE from the dictionary load_config is given (environ), "
                  "not from os.environ: the app passes os.environ in.")
    check_setting(got, "SECRET_KEY", SECRET, "Read NOTES_SECRET_KEY from environ.")
    check_setting(got, "PER_PAGE", 50,
                  "An environment variable is always text: turn NOTES_PER_PAGE into a number "
                  "with int().")
    check_setting(got, "DEBUG", True, "NOTES_DEBUG is \"1\" here, which means yes.")


def test_load_config_has_a_default_for_each_setting_but_the_secret(load_config):
    got = settings(load_config, {"NOTES_SECRET_KEY": SECRET})
    where = "When environ has no such variable, use the default the task gives."
    check_setting(got, "DATABASE", "notes.db", where)
    check_setting(got, "PER_PAGE", 20, where)
    check_setting(got, "DEBUG", False, where + " Debug mode is off unless someone turns it on.")


@pytest.mark.parametrize("text, meaning", [
    ("1", True), ("true", True), ("True", True), ("YES", True), ("Yes", True), ("tRUE", True),
    ("0", False), ("false", False), ("no", False), ("", False),
])
def test_debug_is_on_only_for_a_yes_word(load_config, text, meaning):
    got = settings(load_config, {"NOTES_SECRET_KEY": SECRET, "NOTES_DEBUG": text})
    check_setting(got, "DEBUG", meaning,
                  f"NOTES_DEBUG={text!r} means {'yes' if meaning else 'no'}. Careful: every "
                  "text but \"\" counts as true in an if, and bool(\"false\") is True. Compare "
                  "the text, in small letters, with the yes words.")


@pytest.mark.parametrize("environ", [{}, {"NOTES_SECRET_KEY": ""}])
def test_a_missing_secret_key_stops_the_app_with_a_clear_message(load_config, environ):
    try:
        got = load_config(dict(environ))
    except RuntimeError as error:
        assert "NOTES_SECRET_KEY" in str(error), (
            f"load_config raised RuntimeError, good, but its message ({str(error)!r}) should "
            "name the variable to set, NOTES_SECRET_KEY, so the person starting the app knows "
            "what to do.")
        return
    except Exception as error:
        raise CheckFailure(
            f"load_config({environ!r}) should raise RuntimeError naming NOTES_SECRET_KEY, but "
            f"it raised {type(error).__name__}: {error}. Look for the variable with .get() and "
            "raise RuntimeError(...) yourself when it is missing or empty.",
            "config.py") from None
    raise CheckFailure(
        f"load_config({environ!r}) should refuse to start without a secret key (raise "
        f"RuntimeError naming NOTES_SECRET_KEY), but it gave {got!r}. A secret key written in "
        "the code is in every copy of the code, so it is no secret: there is no default.",
        "config.py")


def test_a_per_page_that_is_not_a_number_is_explained(load_config):
    try:
        got = load_config({"NOTES_SECRET_KEY": SECRET, "NOTES_PER_PAGE": "ten"})
    except ValueError as error:
        assert "NOTES_PER_PAGE" in str(error), (
            f"load_config raised ValueError for NOTES_PER_PAGE='ten', good, but its message "
            f"({str(error)!r}) should name NOTES_PER_PAGE, so the person knows which setting "
            "to fix. Check the text with .isdigit() first, and raise your own.")
        return
    raise CheckFailure(
        f"With NOTES_PER_PAGE='ten', load_config should raise ValueError naming "
        f"NOTES_PER_PAGE, but it gave {got!r}.", "config.py")


def test_create_app_takes_its_settings_from_the_environment(files, clean_environment, tmp_path):
    database = tmp_path / "server.db"
    clean_environment.setenv("NOTES_DATABASE", str(database))
    clean_environment.setenv("NOTES_SECRET_KEY", SECRET)
    clean_environment.setenv("NOTES_PER_PAGE", "2")
    app = files.python_module("app").create_app()
    if not isinstance(app, Flask):
        raise CheckFailure(f"create_app() should return the Flask app, but it returned {app!r}.",
                           "app.py")
    for key, expected in (("DATABASE", str(database)), ("SECRET_KEY", SECRET), ("PER_PAGE", 2),
                          ("DEBUG", False)):
        assert app.config.get(key) == expected, (
            f"With NOTES_* set in the environment, app.config[{key!r}] should be {expected!r}, "
            f"but it is {app.config.get(key)!r}. In create_app, take the settings from "
            "load_config(os.environ), in place of the values written in the code.")
    app.testing = True
    with app.app_context():
        import notes_db

        connection = notes_db.connect(str(database))
        for title in ("First", "Second", "Third"):
            notes_db.add_note(connection, title)
        connection.close()
    page = app.test_client().get("/").get_data(as_text=True)
    assert "Third" in page and "Second" in page and "First" not in page, (
        "With NOTES_PER_PAGE=2, the home page should show the 2 newest notes (Third, Second), "
        "from the database in NOTES_DATABASE, but it shows:\n" + page)


def test_create_app_refuses_to_start_without_a_secret_key(files, clean_environment):
    try:
        app = files.python_module("app").create_app()
    except RuntimeError:
        return
    raise CheckFailure(
        "With no NOTES_SECRET_KEY in the environment, create_app() should stop with "
        "load_config's RuntimeError, but it started, with the secret key "
        f"{app.config.get('SECRET_KEY')!r}. Remove the settings written in create_app, and "
        "use load_config(os.environ).", "app.py")
