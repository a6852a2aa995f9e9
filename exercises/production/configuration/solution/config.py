"""The notes app's settings, read from environment variables."""

YES_WORDS = ("1", "true", "yes")


def load_config(environ):
    """The settings as a dictionary, from environ (a dictionary like os.environ)."""
    secret_key = environ.get("NOTES_SECRET_KEY", "")
    if not secret_key:
        raise RuntimeError(
            "Set the environment variable NOTES_SECRET_KEY to a long random text "
            "before you start the app."
        )
    per_page = environ.get("NOTES_PER_PAGE", "20")
    if not per_page.isdigit():
        raise ValueError(f"NOTES_PER_PAGE should be a whole number, but it is {per_page!r}.")
    return {
        "DATABASE": environ.get("NOTES_DATABASE", "notes.db"),
        "SECRET_KEY": secret_key,
        "PER_PAGE": int(per_page),
        "DEBUG": environ.get("NOTES_DEBUG", "").lower() in YES_WORDS,
    }
