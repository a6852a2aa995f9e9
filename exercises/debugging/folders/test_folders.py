"""Checks for cli-folders: six files sorted into notes/, code/ and data/, and one relative path."""

import posixpath

from tutor.checks import CheckFailure

PLACES = {
    "notes": ["shopping-list.md", "letter.md"],
    "code": ["add.py", "greet.py"],
    "data": ["scores.csv", "prices.csv"],
}



def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def check_moved(workspace, exercise_dir, folder):
    if not (workspace / folder).is_dir():
        raise CheckFailure(
            f"There is no folder called {folder} in your exercise folder yet. Make it with: "
            f"mkdir {folder}"
        )
    for name in PLACES[folder]:
        moved = workspace / folder / name
        if not moved.is_file():
            raise CheckFailure(
                f"{name} is not in {folder} yet. From the exercise folder, move it with: "
                f"mv {name} {folder}/"
            )
        original = (exercise_dir / "starter" / name).read_bytes()
        assert holds(moved.read_bytes() == original), (
            f"{folder}/{name} is there, but its contents are not what {name} held at the "
            "start. Move files with mv; do not edit them in this exercise."
        )
        assert not (workspace / name).exists(), (
            f"{name} is in {folder}, but there is still a copy in the exercise folder. Organising "
            f"means moving, not copying: remove the extra copy with rm {name}"
        )


def test_the_notes_are_in_notes(workspace, exercise_dir):
    check_moved(workspace, exercise_dir, "notes")


def test_the_code_is_in_code(workspace, exercise_dir):
    check_moved(workspace, exercise_dir, "code")


def test_the_data_is_in_data(workspace, exercise_dir):
    check_moved(workspace, exercise_dir, "data")


def test_answer_is_the_path_from_notes_to_scores(files):
    lines = [line.strip() for line in files.lines("answer.txt") if line.strip()]
    if not lines:
        raise CheckFailure(
            "answer.txt is empty. Write one line in it: the path that leads from inside the "
            "folder notes to the file scores.csv in its new place.",
            "answer.txt",
            1,
        )
    answer = lines[0].replace("\\", "/").strip("\"'`")
    if answer.startswith("/") or ":" in answer:
        raise CheckFailure(
            f"answer.txt says {answer}, which is an absolute path: it starts from the top of "
            "the disk. Write a relative path instead, one that starts from the folder notes.",
            "answer.txt",
            1,
        )
    lands_on = posixpath.normpath(posixpath.join("notes", answer))
    if lands_on == "data/scores.csv":
        return
    hint = ""
    if posixpath.normpath(answer) == "data/scores.csv":
        hint = (" That path would work from the exercise folder, but from inside notes there is "
                "no folder data: first go up one level, with the name every folder has for the "
                "folder above it.")
    raise CheckFailure(
        f"answer.txt says {answer}. Followed from inside notes, that leads to {lands_on}, not to "
        f"data/scores.csv.{hint}",
        "answer.txt",
        1,
    )
