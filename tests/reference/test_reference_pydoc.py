"""Python's own help, for standard-library names only, never running anything else."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tutor.reference import looks_like_python_name, may_have_pydoc, pydoc_text


def test_help_for_a_builtin_function() -> None:
    text = pydoc_text("len")
    assert text is not None and "Return the number of items" in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("str.split", "split(self, /, sep=None, maxsplit=-1)"),
        ("sqlite3.connect", "connect"),
        ("os.path.join", "join("),
        ("json", "json"),
        ("collections.Counter", "class Counter"),
        ("xml.etree.ElementTree.parse", "parse("),
    ],
)
def test_help_for_methods_modules_and_their_parts(name: str, expected: str) -> None:
    text = pydoc_text(name)
    assert text is not None and expected in text


def test_help_for_a_module_does_not_point_at_the_web() -> None:
    text = pydoc_text("json")
    assert text is not None and "MODULE REFERENCE" not in text


@pytest.mark.parametrize(
    "name",
    [
        "antigravity",
        "this",
        "webbrowser",
        "turtle",
        "tkinter",
        "tkinter.ttk",
        "idlelib",
        "idlelib.idle",
        "turtledemo",
        "unittest.__main__",
        "__hello__",
        "venv.__main__",
    ],
)
def test_refuses_modules_that_act_when_imported(name: str) -> None:
    already_loaded = name in sys.modules
    assert pydoc_text(name) is None
    assert already_loaded or name not in sys.modules, f"{name} was imported"


@pytest.mark.parametrize(
    "name", ["pytest", "textual", "tutor", "tutor.reference", "not_a_module_at_all"]
)
def test_refuses_names_outside_the_standard_library(name: str) -> None:
    assert pydoc_text(name) is None


@pytest.mark.parametrize("name", ["", "len(", "os; import this", "1abc", "str..split", "len x"])
def test_refuses_text_that_is_not_a_name(name: str) -> None:
    assert pydoc_text(name) is None
    assert not looks_like_python_name(name)


def test_unknown_attribute_gives_none() -> None:
    assert pydoc_text("str.no_such_method") is None
    assert pydoc_text("math.no_such_function") is None


def test_never_imports_a_learners_file_with_a_standard_library_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "ran.txt"
    (tmp_path / "colorsys.py").write_text(
        f"open({str(marker)!r}, 'w').write('ran')\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    assert pydoc_text("colorsys") is None
    assert not marker.exists(), "the learner's colorsys.py was run"


def test_looks_like_python_name() -> None:
    assert looks_like_python_name("sqlite3.connect")
    assert looks_like_python_name(" len ")
    assert not looks_like_python_name("git commit")


@pytest.mark.parametrize("name", ["len", "str.split", "json", "sqlite3.connect", "print"])
def test_builtin_and_stdlib_names_may_have_help(name: str) -> None:
    assert may_have_pydoc(name)


@pytest.mark.parametrize("name", ["flexbox", "antigravity", "git commit", "_thread", "pytest"])
def test_other_words_are_not_offered_python_help(name: str) -> None:
    assert not may_have_pydoc(name)
