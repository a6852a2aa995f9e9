"""safe_text.visible: every control character but newline and tab becomes a visible symbol."""

from __future__ import annotations

import json

from tutor.safe_text import json_safe, visible


def test_controls_become_symbols_one_for_one() -> None:
    raw = "a\x1b]0;t\x07\x00\r\x7f\x9b\u202e\u2066b\n\tc"
    shown = visible(raw)
    assert shown == "a␛]0;t␇␀␍␡���b\n\tc"
    assert len(shown) == len(raw)  # styled text keeps its spans
    assert visible("plain text, é and ✓\n") == "plain text, é and ✓\n"


def test_every_c0_c1_and_bidi_control_is_replaced() -> None:
    controls = [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F),
                *range(0x2066, 0x206A)]  # fmt: skip
    for code in controls:
        if chr(code) in "\n\t":
            continue
        assert chr(code) not in visible(f"x{chr(code)}y"), hex(code)


def test_json_keeps_the_data_and_hides_c1_controls() -> None:
    data = {"said": "a\x9b31m\u202eb\x1b"}
    dumped = json_safe(json.dumps(data, ensure_ascii=False, indent=2))
    assert "\x9b" not in dumped and "\u202e" not in dumped and "\x1b" not in dumped
    assert json.loads(dumped) == data
