"""load_course never raises for bad files, and stays fast enough for a big course."""

from __future__ import annotations

from pathlib import Path

from course_helpers import make_course, make_tests_exercise, sample_lesson, synthetic_course
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.course import load_course
from tutor.course.schema import LESSON_SCHEMA, known_keys

KEYS = sorted(
    known_keys(LESSON_SCHEMA)
    | known_keys(LESSON_SCHEMA, "exercise")
    | known_keys(LESSON_SCHEMA, "question")
    | {"hint", "", "a b", "exercises.steps"}
)

# Each example rewrites the same lesson file, so sharing tmp_path between examples is fine.
REUSED_TMP_PATH = [HealthCheck.function_scoped_fixture]

scalars = st.one_of(
    st.text(max_size=12),
    st.integers(-3, 3),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False, width=16),
    st.sampled_from(["tests", "tdd", "git", "quiz", "../x", "/abs", "index.html"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)


def toml_value(value: object) -> str:
    """A tiny TOML writer: enough for the generated values (inline tables and arrays)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f'"{k}" = {toml_value(v)}' for k, v in value.items()) + "}"


def lesson_text(data: dict[str, object]) -> str:
    return "".join(f'"{key}" = {toml_value(value)}\n' for key, value in data.items())


# Each edit: at a position, cut up to 3 characters and insert up to 4 random ones.
edit_lists = st.lists(
    st.tuples(st.integers(0, 10_000), st.integers(0, 3), st.text(max_size=4)), max_size=6
)


def mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for position, cut, insert in edits:
        position %= len(text) + 1
        text = text[:position] + insert + text[position + cut :]
    return text


def check_never_raises(root: Path, text: str) -> None:
    (root / "lessons" / "html" / "01-first-page.toml").write_text(text, encoding="utf-8")
    course = load_course(root)
    for problem in course.problems:
        assert isinstance(problem.message, str) and problem.message
        assert problem.line is None or problem.line >= 1


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.dictionaries(st.sampled_from(KEYS), values, max_size=8))
def test_random_lesson_data_never_raises(tmp_path: Path, data: dict[str, object]) -> None:
    make_tests_exercise(tmp_path, "html/first-page")
    root = make_course(tmp_path, {})
    check_never_raises(root, lesson_text(data))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=edit_lists)
def test_mutated_lesson_text_never_raises(
    tmp_path: Path, edits: list[tuple[int, int, str]]
) -> None:
    make_tests_exercise(tmp_path, "html/first-page")
    root = make_course(tmp_path, {})
    steps = '[[exercises.steps]]\ntitle = "One"\ntests = ["test_has_h1"]\n'
    text = sample_lesson(extra=steps, lesson_extra='requires = ["html/first-page"]\n')
    check_never_raises(root, mutate(text, edits))


@settings(max_examples=100, deadline=None, suppress_health_check=REUSED_TMP_PATH)
@given(edits=edit_lists)
def test_mutated_course_file_never_raises(
    tmp_path: Path, edits: list[tuple[int, int, str]]
) -> None:
    root = make_course(tmp_path, {}, tracks=("html", "css"))
    course_toml = root / "lessons" / "course.toml"
    course_toml.write_text(mutate(course_toml.read_text(), edits), encoding="utf-8")
    load_course(root)


def test_random_bytes_never_raise(tmp_path: Path) -> None:
    root = make_course(tmp_path, {})
    path = root / "lessons" / "html" / "01-x.toml"
    for blob in (b"\xff\xfe\x00", b"[[" * 5000, b"x = " + b"[" * 5000, b"\x00title = 1"):
        path.write_bytes(blob)
        assert load_course(root).errors


def test_a_thousand_lessons_load(tmp_path: Path) -> None:
    root = synthetic_course(tmp_path, 1000)
    course = load_course(root)
    assert course.problems == []
    assert len(course.lessons) == 1000
    assert len(course.exercises) == 1000
    assert course.lessons[-1].requires == ("track9/lesson989",)
