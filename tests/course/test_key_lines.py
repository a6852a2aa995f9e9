"""The line locator finds keys, and is not fooled by look-alikes inside strings."""

from __future__ import annotations

from tutor.course.lines import KeyLines

TEXT = '''\
id = "x"
title = "t"
[[pages]]
title = "p"
text = """
[[exercises]]
title = "a header inside Markdown"
"""
[[exercises]]
id = "a"  # a comment with [[exercises]] in it
hints = [
  "x = 1",
  [1, 2],
]
  [[exercises.steps]]
  title = "s"
  [[exercises.steps]]
  tests = []
[[exercises]]
  id = 'b'
  "quoted key" = 3
  a.b = 1
  text = \'\'\'
hints = ["not a key"]
\'\'\'
  hints = []
'''


def test_keys_and_headers_get_their_lines() -> None:
    lines = KeyLines(TEXT)
    assert lines.line_of(("title",)) == 2
    assert lines.line_of(("pages", 0, "text")) == 5
    assert lines.line_of(("exercises", 0)) == 9
    assert lines.line_of(("exercises", 0, "hints")) == 11
    assert lines.line_of(("exercises", 0, "steps", 1, "tests")) == 18
    assert lines.line_of(("exercises", 1, "id")) == 20
    assert lines.line_of(("exercises", 1, "quoted key")) == 21
    assert lines.line_of(("exercises", 1, "a", "b")) == 22
    assert lines.line_of(("exercises", 1, "hints")) == 26


def test_unknown_paths_fall_back_to_the_nearest_section() -> None:
    lines = KeyLines(TEXT)
    assert lines.line_of(("exercises", 0, "hints", 1)) == 11
    assert lines.line_of(("exercises", 1, "steps", 0, "title")) == 19
    assert lines.line_of(("exercises", 7)) == 9
    assert lines.line_of(("nothing",)) is None
    assert lines.line_of(()) is None


def test_windows_line_endings() -> None:
    lines = KeyLines(TEXT.replace("\n", "\r\n"))
    assert lines.line_of(("exercises", 1, "hints")) == 26
