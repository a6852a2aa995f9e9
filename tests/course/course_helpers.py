"""Build real course folders on disk for the course tests and the loading benchmark.

(A plain module with a name no other test folder uses, so pytest's rootdir
imports cannot mix it up with another folder's helpers.)
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from tutor.course import Course, Problem


def write(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def make_course(root: Path, lessons: dict[str, str], tracks: tuple[str, ...] = ("html",)) -> Path:
    """A course with `tracks` and lesson files {"html/01-a.toml": "toml text"}."""
    track_tables = "".join(f'\n[[tracks]]\nid = "{t}"\ntitle = "{t.title()}"\n' for t in tracks)
    write(root / "lessons" / "course.toml", f'title = "Test course"\n{track_tables}')
    for track in tracks:
        (root / "lessons" / track).mkdir(parents=True, exist_ok=True)
    for relative, text in lessons.items():
        write(root / "lessons" / relative, text)
    return root


def make_tests_exercise(root: Path, folder: str, edit: str = "index.html") -> Path:
    """The files a well-formed `tests` exercise needs, under exercises/<folder>/."""
    base = root / "exercises" / folder
    write(base / "starter" / edit, "<!-- start here -->\n")
    write(base / "solution" / edit, "<h1>Hello</h1>\n")
    write(base / "test_page.py", "def test_has_h1():\n    pass\n")
    return base


def sample_lesson(exercise_id: str = "first-page", extra: str = "", lesson_extra: str = "") -> str:
    """A complete, valid lesson with one `tests` exercise; `extra` is added to the exercise."""
    return (
        f'title = "Your first web page"\n'
        f'summary = "Headings and paragraphs."\n'
        f"{lesson_extra}"
        f"\n[[pages]]\n"
        f'title = "What a browser reads"\n'
        f'text = "Browsers read HTML."\n'
        f"\n[[exercises]]\n"
        f'id = "{exercise_id}"\n'
        f'title = "Write your first page"\n'
        f'kind = "tests"\n'
        f'edit = ["index.html"]\n'
        f'tests = ["test_page.py"]\n'
        f'hints = ["gentle", "closer"]\n'
        f"{extra}"
    )


def valid_course(root: Path) -> Path:
    """One track, one lesson, one exercise, and no problems."""
    make_tests_exercise(root, "html/first-page")
    return make_course(root, {"html/01-first-page.toml": sample_lesson()})


def synthetic_course(root: Path, count: int) -> Path:
    """`count` small lessons (each with a tests exercise) in 10 tracks.

    Each lesson requires the one before it in its track, so `requires` is checked too.
    """
    tracks = tuple(f"track{number}" for number in range(10))
    lessons = {}
    previous: dict[str, str] = {}
    for number in range(count):
        track = tracks[number % len(tracks)]
        name = f"ex{number}"
        make_tests_exercise(root, f"{track}/{name}")
        requires = f'requires = ["{previous[track]}"]\n' if track in previous else ""
        lessons[f"{track}/{number:04d}-lesson{number}.toml"] = sample_lesson(name, "", requires)
        previous[track] = f"{track}/lesson{number}"
    return make_course(root, lessons, tracks)


def only_problem(course: Course) -> Problem:
    """The one problem a test expects, with all of them shown if there are more."""
    errors = course.errors
    assert len(errors) == 1, "\n".join(str(problem) for problem in course.problems)
    return errors[0]
