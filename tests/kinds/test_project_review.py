"""Code review of a project, offline: export -> `tutor review` -> `tutor feedback import`
-> the learner's checklist -> a commit answers -> the next export shows what was addressed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from project_helpers import commit_all, copy_course, reach

from tutor.app_state import Tutor
from tutor.cli import main
from tutor.instructor.export import export_progress
from tutor.kinds.review.model import ReviewError, load_review

COMMENT = "corner-shop:shop.py:8:Say in a docstring what count gives back"


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return copy_course(tmp_path / "course")


@pytest.fixture
def learner(course_root: Path, tmp_path: Path) -> Iterator[Tutor]:
    with Tutor(course_root, tmp_path / "learner") as made:
        yield made


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], home: Path, *args: str
) -> tuple[int, str]:
    monkeypatch.setenv("TUTOR_HOME", str(home))
    monkeypatch.setenv("TUTOR_PLAIN", "1")
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def work_and_export(learner: Tutor, tmp_path: Path, name: str) -> Path:
    learner.check(learner.exercise("corner-shop"))
    export = tmp_path / name
    export_progress(learner, "seat-04", export)
    return export


@pytest.fixture
def reviewed(
    learner: Tutor,
    course_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """The learner reached both milestones; the instructor commented and gave verdicts."""
    folder = learner.start(learner.exercise("corner-shop")).path
    reach(folder, "basket")
    reach(folder, "total")
    export = work_and_export(learner, tmp_path, "seat-04.zip")
    code, said = run(
        monkeypatch, capsys, tmp_path / "teacher", "--course", str(course_root),
        "review", str(export), "--comment", COMMENT, "--accept", "corner-shop:basket",
        "--needs-changes", "corner-shop:total:An empty basket must cost 0 too",
    )  # fmt: skip
    assert code == 0, said
    assert "shop.py:8 (open): Say in a docstring what count gives back" in said
    assert "Milestone basket (Items go into a basket): reached, accepted" in said
    assert "The course's rubric for this project:\n  # What to look for" in said
    return tmp_path / "seat-04.review.json"


def test_the_review_file_holds_the_verdicts_and_comments(reviewed: Path, learner: Tutor) -> None:
    review = load_review(reviewed)
    (project,) = review.projects
    head = (learner.workspace(learner.exercise("corner-shop")).path / ".git").is_dir()
    assert head and review.learner == "seat-04"
    assert [(v.milestone, v.verdict) for v in project.verdicts] == [
        ("basket", "accepted"),
        ("total", "needs changes"),
    ]
    assert [(c.file, c.line) for c in project.comments] == [("shop.py", 8)]
    assert json.loads(reviewed.read_text())["format"] == "tutor-review"
    assert not list(reviewed.parent.glob(".seat-04.review.json.*"))  # no temp file left


def test_the_learner_imports_it_and_answers_by_committing(
    reviewed: Path,
    learner: Tutor,
    course_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, said = run(
        monkeypatch, capsys, tmp_path / "learner", "--course", str(course_root),
        "feedback", "import", str(reviewed),
    )  # fmt: skip
    assert code == 0, said
    assert "2 verdict(s) and 1 comment(s) from your instructor" in said
    exercise = learner.exercise("corner-shop")
    result = learner.check(exercise)
    checklist = learner.checklist(exercise, result)
    by_title = {
        group.title: [(t.name, t.status) for t in group.tests] for group in checklist.groups
    }
    assert ("your instructor accepted this milestone", "pass") in by_title[
        "Milestone 1: Items go into a basket"
    ]
    assert ("your instructor asked for changes", "fail") in by_title[
        "Milestone 2: The basket adds up its prices"
    ]
    comment = by_title[None]  # about the whole project: under no milestone
    assert comment == [("comment on shop.py line 8", "fail")]
    (on_line,) = [t for t in result.tests if t.name == "comment on shop.py line 8"]
    assert str(on_line.where) == "shop.py:8"  # the front ends jump there, beside the line
    code, shown = run(
        monkeypatch, capsys, tmp_path / "learner", "--course", str(course_root),
        "check", "corner-shop",
    )  # fmt: skip
    assert "FAIL comment on shop.py line 8" in shown
    assert "An empty basket must cost 0 too" in shown  # the first thing to fix: the verdict

    # The learner answers: changes the commented line and commits.
    shop = learner.workspace(exercise).path / "shop.py"
    lines = shop.read_text().splitlines()
    assert lines[7] == "def count(basket):"
    lines[7] = "def count(basket):  # how many items are in the basket"
    shop.write_text("\n".join(lines) + "\n")
    commit_all(shop.parent, "Say what count does")
    answered = learner.check(exercise)
    assert answered.status == "pass", [(t.name, t.status) for t in answered.tests]
    names = {t.name for t in answered.tests}
    assert "comment on shop.py line 8: addressed" in names
    assert (
        "your instructor asked for changes: committed since, waiting for their next look" in names
    )

    # The next export shows the instructor which comments were addressed.
    export = work_and_export(learner, tmp_path, "seat-04-again.zip")
    code, again = run(
        monkeypatch, capsys, tmp_path / "teacher", "--course", str(course_root),
        "review", str(export), "--output", str(reviewed), "--show",
    )  # fmt: skip
    assert code == 0, again
    assert "shop.py:8 (addressed): Say in a docstring" in again


def test_a_line_added_above_does_not_address_a_comment(
    reviewed: Path, learner: Tutor, course_root: Path
) -> None:
    from tutor.kinds.review.feedback import import_feedback

    import_feedback(learner, reviewed)
    exercise = learner.exercise("corner-shop")
    shop = learner.workspace(exercise).path / "shop.py"
    shop.write_text("# Mrs Okafor's till\n" + shop.read_text())
    commit_all(shop.parent, "A title")
    names = {t.name: t.status for t in learner.check(exercise).tests}
    assert names["comment on shop.py line 8"] == "fail"


def hostile(tmp_path: Path, change: dict[str, object], comment: dict[str, object]) -> Path:
    review = {
        "format": "tutor-review",
        "format_version": 1,
        "learner": "seat-04",
        "projects": [
            {
                "exercise": "corner-shop",
                "commit": "a" * 40,
                "verdicts": [],
                "comments": [{"file": "shop.py", "line": 1, "text": "x", **comment}],
                **change,
            }
        ],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(review))
    return path


@pytest.mark.parametrize(
    ("change", "comment", "said"),
    [
        ({}, {"file": "../../../etc/cron.d/x"}, "which is not a plain name inside the project"),
        ({}, {"file": "/etc/passwd"}, "which is not a plain name inside the project"),
        ({}, {"file": "shop.py\u001b[2J"}, "names no file"),
        ({"exercise": "../../x"}, {}, "is not an exercise id"),
        ({"commit": "HEAD; rm -rf /"}, {}, "names no commit"),
        ({}, {"line": "8"}, "has no line number"),
        ({"verdicts": [{"milestone": "basket", "verdict": "great"}]}, {}, 'the verdict "great"'),
        ({}, {"text": "x" * 5000}, "longer than 4000 characters"),
        ({"exercise": "other-project"}, {}, "not a project of this course"),
        ({}, {}, "not in your project's history"),
    ],
)  # fmt: skip
def test_hostile_review_files_get_a_clear_error_and_write_nothing(
    learner: Tutor,
    tmp_path: Path,
    change: dict[str, object],
    comment: dict[str, object],
    said: str,
) -> None:
    from tutor.kinds.review.feedback import import_feedback

    learner.start(learner.exercise("corner-shop"))
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    with pytest.raises(ReviewError, match=None) as error:
        import_feedback(learner, hostile(tmp_path, change, comment))
    assert said in str(error.value)
    after = sorted(str(p) for p in tmp_path.rglob("*") if p.name != "hostile.json")
    assert after == before


def test_not_a_review_at_all(learner: Tutor, tmp_path: Path) -> None:
    from tutor.kinds.review.feedback import import_feedback

    for text, said in [("{not json", "cannot be read as JSON"), ("[]", "wrong format")]:
        path = tmp_path / "bad.json"
        path.write_text(text)
        with pytest.raises(ReviewError) as error:
            import_feedback(learner, path)
        assert said in str(error.value)
    with pytest.raises(ReviewError, match="There is no file"):
        import_feedback(learner, tmp_path / "missing.json")
    assert not (learner.home / "workspaces").exists()  # nothing was written


def test_the_class_report_shows_milestones_verdicts_and_open_comments(
    reviewed: Path,
    learner: Tutor,
    course_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tutor.kinds.review.feedback import import_feedback

    import_feedback(learner, reviewed)
    before = work_and_export(learner, tmp_path, "before.zip")
    page = tmp_path / "class.html"
    code, said = run(
        monkeypatch, capsys, tmp_path / "teacher", "--course", str(course_root),
        "report", str(before), "--html", str(page),
    )  # fmt: skip
    assert code == 0, said
    html = page.read_text()
    projects = html[html.index("<h2>Projects</h2>") :]
    assert "1. Items go into a basket: reached, accepted" in projects
    assert "2. The basket adds up its prices: reached, needs changes" in projects
    assert "(“An empty basket must cost 0 too”)" in projects
    assert "shop.py:8: Say in a docstring what count gives back" in projects

    shop = learner.workspace(learner.exercise("corner-shop")).path / "shop.py"
    shop.write_text(shop.read_text().replace("def count(basket):", "def count(items):\n"))
    shop.write_text(shop.read_text().replace("len(basket)", "len(items)"))
    commit_all(shop.parent, "Clearer name")
    after = work_and_export(learner, tmp_path, "after.zip")
    run(
        monkeypatch, capsys, tmp_path / "teacher", "--course", str(course_root),
        "report", str(after), "--html", str(page),
    )  # fmt: skip
    projects = page.read_text().split("<h2>Projects</h2>")[1]
    assert "shop.py:8" not in projects
    assert "<td>none</td>" in projects


GUIDE = Path(__file__).resolve().parents[2] / "docs" / "instructor-guide.md"


def guide_commands() -> list[str]:
    """The commands of the guide's "Reviewing projects" section, in order."""
    section = GUIDE.read_text(encoding="utf-8").split("## Reviewing projects", 1)[1]
    section = section.split("\n## ", 1)[0]
    blocks = section.split("```bash\n")[1:]
    return [line for block in blocks for line in block.split("```")[0].splitlines() if line]


def test_every_command_of_the_review_section_of_the_guide_works(
    learner: Tutor,
    course_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import shlex

    folder = learner.start(learner.exercise("corner-shop")).path
    reach(folder, "basket")
    reach(folder, "total")
    work_and_export(learner, tmp_path, "seat-04.zip")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TUTOR_COURSE", str(course_root))  # the learner's installed course
    commands = guide_commands()
    assert commands[0] == "tutor review seat-04.zip --course ~/my-course"
    assert commands[-1] == "tutor feedback import seat-04.review.json"
    for command in commands:
        words = [str(course_root) if w == "~/my-course" else w for w in shlex.split(command)]
        assert words[0] == "tutor"
        home = tmp_path / ("learner" if words[1] == "feedback" else "teacher")
        code, said = run(monkeypatch, capsys, home, *words[1:])
        assert code == 0, (command, said)
    names = {t.name for t in learner.check(learner.exercise("corner-shop")).tests}
    assert "comment on shop.py line 8" in names


def test_escape_sequences_in_a_review_are_shown_never_obeyed(tmp_path: Path) -> None:
    path = hostile(tmp_path, {}, {"text": "Nice\u001b]0;owned\u0007 work\u009b"})
    (project,) = load_review(path).projects
    assert project.comments[0].text == "Nice\u241b]0;owned\u2407 work\ufffd"


def test_an_import_writes_only_into_the_projects_own_git_folder(
    reviewed: Path, learner: Tutor
) -> None:
    from tutor.kinds.review.feedback import import_feedback

    before = {p for p in learner.home.rglob("*") if p.is_file()}
    import_feedback(learner, reviewed)
    after = {p for p in learner.home.rglob("*") if p.is_file()}
    workspace = learner.workspace(learner.exercise("corner-shop")).path
    assert after - before == {workspace / ".git" / "tutor-review.json"}


def test_one_bad_project_in_a_review_imports_none(reviewed: Path, learner: Tutor) -> None:
    from tutor.kinds.review.feedback import import_feedback

    data = json.loads(reviewed.read_text())
    data["projects"].append({**data["projects"][0], "exercise": "no-such-project"})
    reviewed.write_text(json.dumps(data))
    with pytest.raises(ReviewError, match="'no-such-project', which is not a project"):
        import_feedback(learner, reviewed)
    workspace = learner.workspace(learner.exercise("corner-shop")).path
    assert not (workspace / ".git" / "tutor-review.json").exists()
