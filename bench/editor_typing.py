"""Type into the TUI's code editor and report memory growth and time per keystroke.

    python bench/editor_typing.py                 # 10,000 keys into 300 lines
    python bench/editor_typing.py --lines 3000 --keys 2000
    python bench/editor_typing.py --stock         # Textual's own TextArea, for comparison

Keys go through the real key handling (Pilot.press) of a headless app, so the
time includes the edit, re-parse, highlight and rendering of the view.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import time

from textual import events
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import TextArea

from tutor.tui.widgets.code_editor import CodeEditor


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def python_source(lines: int) -> str:
    chunk = ["def function_{n}(value):", '    """Add {n}."""', "    return value + {n}", ""]
    out = [chunk[i % 4].format(n=i // 4) for i in range(lines)]
    return "\n".join(out) + "\n"


class TypingApp(App[None]):
    def __init__(self, text: str, stock: bool, plain: bool) -> None:
        super().__init__()
        self.text, self.stock, self.plain = text, stock, plain

    def compose(self) -> ComposeResult:
        if self.stock:
            yield TextArea.code_editor(self.text, language=None if self.plain else "python")
        else:
            editor = CodeEditor(self.text, "bench.txt" if self.plain else "bench.py")
            yield editor


# A line of Python, typed then deleted again, so the file keeps its size.
TYPED = list("total = value + 1") + ["backspace"] * len("total = value + 1")


async def type_keys(pilot: Pilot[None], keys: list[str]) -> None:
    """Send key events as a fast typist would, letting the app catch up every 20 keys.

    Pilot.press sleeps between keys (wall time ~60 ms a key here), so timing
    uses CPU time, which counts the app's work and not those sleeps.
    """
    for start in range(0, len(keys), 20):
        for key in keys[start : start + 20]:
            character = key if len(key) == 1 else ("\x7f" if key == "backspace" else None)
            name = {" ": "space", "=": "equals_sign", "+": "plus"}.get(key, key)
            event = events.Key(name, character)
            event.set_sender(pilot.app)
            pilot.app._driver.send_message(event)  # type: ignore[union-attr]
        await pilot.pause()


async def bench(lines: int, keys: int, stock: bool, plain: bool) -> dict[str, float]:
    app = TypingApp(python_source(lines), stock, plain)
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.query_one(TextArea)
        editor.focus()
        editor.move_cursor((lines // 2, 0))
        await pilot.press("enter", "up")
        # Warm-up: first keys import grammars, fill caches.
        await pilot.press(*TYPED)
        gc.collect()
        before = rss_mib()
        started = time.process_time()
        typed = 0
        while typed < keys:  # whole lines only, so the file ends as it began
            await type_keys(pilot, TYPED)
            typed += len(TYPED)
        elapsed = time.process_time() - started
        gc.collect()
        after = rss_mib()
        # Every line typed was deleted again: anything else means keys were lost.
        assert editor.text.count("total = value") == 0, "typed keys were not all handled"
    return {
        "lines": lines,
        "keys": typed,
        "cpu_ms_per_key": elapsed / typed * 1000,
        "rss_before": before,
        "rss_after": after,
        "growth": after - before,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="*", default=[300])
    parser.add_argument("--keys", type=int, default=10_000)
    parser.add_argument("--stock", action="store_true", help="Textual's TextArea.code_editor")
    parser.add_argument("--plain", action="store_true", help="no highlighting")
    args = parser.parse_args()
    label = ("stock TextArea" if args.stock else "CodeEditor") + (" plain" if args.plain else "")
    for lines in args.lines:
        row = asyncio.run(bench(lines, args.keys, args.stock, args.plain))
        print(
            f"{label}: {row['lines']:>5} lines, {row['keys']} keys: "
            f"{row['cpu_ms_per_key']:.2f} CPU ms/key, RSS {row['rss_before']:.1f} -> "
            f"{row['rss_after']:.1f} MiB (growth {row['growth']:+.1f} MiB)"
        )


if __name__ == "__main__":
    main()
