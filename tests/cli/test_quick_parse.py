"""`tutor check` is parsed by a parser that knows only it; everything else reads as before."""

from __future__ import annotations

import argparse

import pytest

from tutor.cli import _parse, build_parser


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["check", "hello-tutor"],
        ["check", "hello-tutor", "--json"],
        ["--course", "somewhere", "check", "quiz", "--answer", "1=2", "--answer", "2=a b"],
        ["check", "x", "--course", "there"],
    ],
)
def test_the_quick_parse_is_the_whole_parse(argv: list[str]) -> None:
    assert vars(_parse(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["check", "a", "b"], ["check", "--bogus"], ["check", "--answer"]])
def test_a_usage_error_is_told_by_the_whole_parser(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        _parse(argv)
    assert stopped.value.code == 2
    told = capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser().parse_args(argv)
    assert told == capsys.readouterr().err
    assert told.startswith("usage: tutor")


def test_help_and_other_commands_get_the_whole_parser() -> None:
    whole = build_parser()
    assert isinstance(whole, argparse.ArgumentParser)
    assert vars(_parse(["list"])) == vars(whole.parse_args(["list"]))
    quick = build_parser(only="check")
    assert sorted(quick._subparsers._group_actions[0].choices) == ["check", "watch"]  # type: ignore[union-attr]
