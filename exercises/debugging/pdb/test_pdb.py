"""Checks for debug-pdb: what the debugger showed, the fix, and no breakpoint() left behind."""

import ast
import re

from tutor.checks import CheckFailure


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition


def test_found_txt_has_count_as_pdb_shows_it(files):
    text = files.read("found.txt").strip()
    if not text:
        raise CheckFailure(
            "found.txt is empty. At the first stop of the debugger, type p count and write "
            "exactly what it prints into found.txt.",
            "found.txt",
            1,
        )
    if re.search(r"""(['"])9\1""", text):
        return
    if "9" in text:
        raise CheckFailure(
            f"found.txt says {text}. Close: the value is 9, but pdb shows it with something "
            "around it that matters. Copy exactly what p count prints, every character.",
            "found.txt",
            1,
        )
    raise CheckFailure(
        f"found.txt says {text}, but that is not what p count prints at the first stop "
        "(the first item of stock.csv, bread). Stop at the line of the if and type p count.",
        "found.txt",
        1,
    )


def test_low_stock_compares_numbers(files, monkeypatch):
    monkeypatch.setenv("PYTHONBREAKPOINT", "0")  # a breakpoint() left in must not wait
    stock = files.python_module("stock")
    rows = stock.read_stock(str(files.path / "stock.csv"))
    got = stock.low_stock(rows)
    assert holds(got == ["bread", "rice"]), (
        f"low_stock gives {got!r} for stock.csv, but bread (9, minimum 10) and rice (4, "
        "minimum 6) are the ones below their minimum. Stop at the if with breakpoint() and "
        "look at count and minimum with p: are they what the if needs?"
    )


def test_no_breakpoint_is_left(files):
    tree = ast.parse(files.read("stock.py"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in ("breakpoint", "set_trace"):
                raise CheckFailure(
                    f"stock.py line {node.lineno} still calls {name}(). Remove it now that the "
                    "bug is found: anyone running the program would be dropped into the "
                    "debugger.",
                    "stock.py",
                    node.lineno,
                )
