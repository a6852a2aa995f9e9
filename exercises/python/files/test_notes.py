"""Checks for notes.py: writing, reading and adding to a text file.

Each test uses its own empty folder (pytest's tmp_path), so your real
files are never touched.
"""


def function(files, name):
    """The learner's function `name` from notes.py, or a clear failure."""
    notes = files.python_module("notes")
    found = getattr(notes, name, None)
    assert callable(found), (
        f"notes.py should have a function called {name}, but it does not. "
        f"Check the spelling on the `def {name}(...)` line."
    )
    return found


def test_save_notes_writes_one_note_per_line(files, tmp_path):
    save_notes = function(files, "save_notes")
    path = tmp_path / "notes.txt"
    save_notes(str(path), ["buy stamps", "call Sam"])
    assert path.exists(), (
        "save_notes(path, [...]) did not create the file. Open it with "
        "open(path, \"w\", encoding=\"utf-8\") inside a with block."
    )
    text = path.read_text(encoding="utf-8")
    assert text.splitlines() == ["buy stamps", "call Sam"], (
        f"After save_notes(path, ['buy stamps', 'call Sam']) the file held {text!r}. "
        "It should hold each note on its own line: write note + \"\\n\" for each note."
    )


def test_save_notes_replaces_what_was_there(files, tmp_path):
    save_notes = function(files, "save_notes")
    path = tmp_path / "notes.txt"
    path.write_text("old note\n", encoding="utf-8")
    save_notes(str(path), ["new note"])
    text = path.read_text(encoding="utf-8")
    assert text.splitlines() == ["new note"], (
        f"save_notes should replace the old contents, but the file held {text!r}. "
        "Open the file with \"w\" (write), which starts it empty."
    )


def test_load_notes_reads_the_lines_back(files, tmp_path):
    load_notes = function(files, "load_notes")
    path = tmp_path / "notes.txt"
    path.write_text("wash shirt\nwrite letter\n", encoding="utf-8")
    got = load_notes(str(path))
    assert got == ["wash shirt", "write letter"], (
        f"For a file holding 'wash shirt' and 'write letter' on two lines, load_notes gave "
        f"{got!r}. Read each line and remove its line ending with .rstrip(\"\\n\")."
    )


def test_load_notes_of_a_missing_file_is_empty(files, tmp_path):
    load_notes = function(files, "load_notes")
    path = tmp_path / "no-such-file.txt"
    try:
        got = load_notes(str(path))
    except FileNotFoundError:
        raise AssertionError(
            "load_notes stopped with FileNotFoundError for a file that does not exist. "
            "Check os.path.exists(path) first and return [] when it is False."
        ) from None
    assert got == [], f"load_notes of a missing file should give [], but gave {got!r}."


def test_add_note_keeps_the_notes_already_there(files, tmp_path):
    add_note = function(files, "add_note")
    path = tmp_path / "notes.txt"
    path.write_text("first\n", encoding="utf-8")
    add_note(str(path), "second")
    add_note(str(path), "third")
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    assert text.splitlines() == ["first", "second", "third"], (
        f"After add_note twice, the file held {text!r}; it should hold first, second and "
        "third on three lines. Open the file with \"a\" (append), not \"w\", which would "
        "wipe it."
    )


def test_saved_notes_load_back_the_same(files, tmp_path):
    save_notes = function(files, "save_notes")
    load_notes = function(files, "load_notes")
    path = str(tmp_path / "notes.txt")
    notes = ["one", "two words", "three"]
    save_notes(path, notes)
    got = load_notes(path)
    assert got == notes, (
        f"save_notes then load_notes should give back {notes!r}, but gave {got!r}. "
        "What one writes, the other should read the same way."
    )
