"""Text from learners and courses, made safe to put on a terminal.

A learner's program output, an exception message, a lesson title or a learner's
name can hold escape sequences: `ESC ] 0 ; ... BEL` sets the window title,
`ESC ] 52 ; c ; ...` writes the clipboard, others move the cursor or hide text,
and the bidi overrides (U+202A-202E, U+2066-2069) show text in another order
than it is. Every such character is shown as a visible symbol instead, so the
learner (or instructor) sees that it was there, and the terminal obeys none:

- C0 controls (U+0000-001F) but newline and tab: their Control Pictures
  (ESC -> "␛", BEL -> "␇", carriage return -> "␍");
- DEL -> "␡";
- C1 controls (U+0080-009F) and the bidi controls -> "�".

One character for one: styled text (a Rich Text's spans) keeps its places.

`visible` is the one function every place that shows such text calls: the
CLI's Output, the TUI's widgets, the instructor's commands.
"""

from __future__ import annotations

BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
_KEPT = {ord("\n"), ord("\t")}


def _table() -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(0x20) if code not in _KEPT}
    table[0x7F] = "\u2421"  # ␡
    for code in (*range(0x80, 0xA0), *BIDI_CONTROLS):
        table[code] = "\ufffd"
    return table


_VISIBLE = _table()


def visible(text: str) -> str:
    """text with every control character but newline and tab shown as a visible symbol."""
    if text.isprintable():  # the common case: nothing to do (newline and tab aside, below)
        return text
    return text.translate(_VISIBLE)


def json_safe(dumped: str) -> str:
    """A JSON document with DEL, C1 and bidi controls written as \\u escapes.

    json.dumps escapes C0 controls itself, but with ensure_ascii=False it leaves
    these raw, and a terminal obeys C1 ones (U+009B starts a command like ESC [).
    The data is unchanged: a JSON reader gets the same strings back.
    """
    if dumped.isprintable():
        return dumped
    return "".join(
        f"\\u{ord(char):04x}" if ord(char) in _VISIBLE and char not in "\n\t\r" else char
        for char in dumped
    )
