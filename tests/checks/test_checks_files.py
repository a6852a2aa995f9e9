"""The learner's folder: files by name, Python modules imported fresh."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tutor.checks.failure import CheckFailure
from tutor.checks.files import Files

FailureOf = Callable[[Callable[[], object]], CheckFailure]


def test_files_are_read_by_name(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("one\ntwo\n", encoding="utf-8")
    files = Files(tmp_path)
    assert files.exists("notes.txt") and not files.exists("other.txt")
    assert files.read("notes.txt") == "one\ntwo\n"
    assert files.lines("notes.txt") == ["one", "two"]


def test_a_missing_file_is_explained(tmp_path: Path, failure_of: FailureOf) -> None:
    error = failure_of(lambda: Files(tmp_path).read("index.html"))
    assert str(error).startswith(
        "There is no file called index.html in your exercise folder. Check the spelling"
    )
    assert error.file == "index.html"


def test_a_module_is_imported_fresh_after_each_change(tmp_path: Path) -> None:
    (tmp_path / "helper.py").write_text("WORD = 'hello'\n")
    (tmp_path / "greet.py").write_text("from helper import WORD\n\ndef greet():\n    return WORD\n")
    files = Files(tmp_path)
    assert files.python_module("greet").greet() == "hello"
    # Same size, same second: a cached .pyc would hide this change.
    (tmp_path / "helper.py").write_text("WORD = 'howdy'\n")
    (tmp_path / "greet.py").write_text("from helper import WORD\n\ndef greet():\n    return WORD\n")
    stamp = os.stat(tmp_path / "greet.py").st_mtime
    os.utime(tmp_path / "helper.py", (stamp, stamp))
    assert files.python_module("greet").greet() == "howdy"


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path, failure_of: FailureOf) -> None:
    (tmp_path / "hello.py").write_text("def hello():\n    return 'hi'\n\nprint('x'\n")
    error = failure_of(lambda: Files(tmp_path).python_module("hello"))
    assert str(error).startswith("hello.py line 4: Python cannot read this line (")
    assert (
        str(error)
        .splitlines()[0]
        .endswith(
            "). Look for a missing bracket, quote or colon on this line or the line above it."
        )
    )
    assert str(error).endswith("\n    print('x'")
    assert (error.file, error.line) == ("hello.py", 4)


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("def greet(name):\n    word = 'Hi '\n      return word + name\n", 3),
        ("def greet(name):\nreturn 'Hi'\n", 2),
        ("def greet(name):\n    if name:\n        word = 1\n      return 'Hi'\n", 4),
        ("def greet(name):\n    word = 1\n\treturn 'Hi'\n", 3),
    ],
)
def test_an_indentation_error_gets_the_indentation_advice(
    tmp_path: Path, failure_of: FailureOf, source: str, line: int
) -> None:
    """The same words a test file's indentation error gets, not "a missing bracket"."""
    (tmp_path / "greet.py").write_text(source)
    error = failure_of(lambda: Files(tmp_path).python_module("greet"))
    assert str(error).startswith(f"The spaces at the start of line {line} of greet.py")
    assert "lines in the same block must start at the same column" in str(error)
    assert "missing bracket" not in str(error)
    assert (error.file, error.line) == ("greet.py", line)


def test_an_error_while_loading_names_the_line(tmp_path: Path, failure_of: FailureOf) -> None:
    (tmp_path / "count.py").write_text("total = 0\ntotal = total + nothing\n")
    error = failure_of(lambda: Files(tmp_path).python_module("count"))
    assert str(error).startswith(
        "count.py line 2: your program stopped with NameError: name 'nothing' is not defined"
    )
    assert error.line == 2


def test_a_missing_module_is_a_missing_file(tmp_path: Path, failure_of: FailureOf) -> None:
    error = failure_of(lambda: Files(tmp_path).python_module("app"))
    assert str(error).startswith("There is no file called app.py in your exercise folder.")


@pytest.mark.parametrize("stdin", ["captured", "empty"])
def test_input_while_loading_is_explained(
    tmp_path: Path, failure_of: FailureOf, monkeypatch: pytest.MonkeyPatch, stdin: str
) -> None:
    if stdin == "empty":  # no stdin at all: input() raises EOFError
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    (tmp_path / "ask.py").write_text("print('Hi')\nname = input('Name? ')\n")
    error = failure_of(lambda: Files(tmp_path).python_module("ask"))
    assert str(error).startswith(
        "ask.py line 2 asks for typed input (input()) as soon as "
        "ask.py loads, and the checks cannot type for you."
    )


def test_a_function_is_found_or_named_as_missing(tmp_path: Path, failure_of: FailureOf) -> None:
    (tmp_path / "hello.py").write_text(
        "greeting = 'hi'\n\ndef greet(name):\n    return 'Hi ' + name\n\nclass Cart:\n    pass\n"
    )
    files = Files(tmp_path)
    assert files.python_function("hello", "greet")("Ana") == "Hi Ana"
    assert str(failure_of(lambda: files.python_function("hello", "Greet", "name"))) == (
        "hello.py has no function called Greet. You have one called greet: capital letters "
        "count. Write one that starts with the line def Greet(name):\nLike this:\n"
        "  def Greet(name):\n      ...\nCheck the spelling: capital letters count."
    )
    assert str(failure_of(lambda: files.python_function("hello", "greeting"))).startswith(
        "hello.py has no function called greeting (greeting is a str, not a function). "
        "Did you mean 'greet'? Write one that starts with the line def greeting(...):\n"
    )
    assert str(failure_of(lambda: files.python_function("hello", "Cart"))).startswith(
        "hello.py has no function called Cart (Cart is a class, not a function)."
    )
    assert str(failure_of(lambda: files.python_function("hello", "gret"))).startswith(
        "hello.py has no function called gret. Did you mean 'greet'? Write one"
    )


def test_a_class_is_found_or_named_as_missing(tmp_path: Path, failure_of: FailureOf) -> None:
    (tmp_path / "shop.py").write_text(
        "class Basket:\n    def __init__(self):\n        self.items = []\n\ndef cart():\n    pass\n"
    )
    files = Files(tmp_path)
    assert files.python_class("shop", "Basket")().items == []
    assert str(failure_of(lambda: files.python_class("shop", "Cart"))) == (
        "shop.py has no class called Cart. You have one called cart: capital letters count. "
        "Write one that starts with the line class Cart:\nLike this:\n  class Cart:\n"
        "      def __init__(self):\n          ...\nCheck the spelling: capital letters count."
    )
    assert str(failure_of(lambda: files.python_class("shop", "Baskets"))).startswith(
        "shop.py has no class called Baskets. Did you mean 'Basket'?"
    )


def test_a_module_found_through_a_symlink_is_imported_fresh_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its file is spelled through the link (as sys.path names it), not as the folder is.
    real = tmp_path / "real"
    (real / "work").mkdir(parents=True)
    (tmp_path / "link").symlink_to(real)
    (real / "work" / "helper.py").write_text("WORD = 'hello'\n")
    (real / "work" / "greet.py").write_text(
        "import helper\n\ndef greet():\n    return helper.WORD\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path / "link" / "work"))
    monkeypatch.delitem(sys.modules, "helper", raising=False)
    import helper  # type: ignore[import-not-found]  # noqa: F401 - loaded through the link

    assert sys.modules["helper"].__file__.startswith(str(tmp_path / "link"))
    (real / "work" / "helper.py").write_text("WORD = 'hello again'\n")
    assert Files(real / "work").python_module("greet").greet() == "hello again"
    assert sys.modules["helper"].__file__.startswith(str(real))
