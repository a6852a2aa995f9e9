"""JavaScript in quickjs: calls, console capture, loops, memory, errors with lines."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from tutor.checks.failure import CheckFailure
from tutor.checks.js import JsProgram, load_js
from tutor.checks.js_values import UNDEFINED, js_repr

FailureOf = Callable[[Callable[[], object]], CheckFailure]


def test_functions_are_called_with_python_values(samples: Path) -> None:
    program = load_js(samples / "good.js")
    assert program.call("add", 2, 3) == 5
    assert program.call("add", "tic", "tac") == "tictac"
    assert program.call("shout", "hello") == "HELLO!"
    assert program.call("totals", [1.5, 2.5]) == {"count": 2, "sum": 4}
    assert program.eval("[add(1, 1), null, true]") == [2, None, True]
    assert program.has_function("add") and not program.has_function("subtract")


def test_console_log_lines_are_captured(samples: Path) -> None:
    program = load_js(samples / "good.js")
    assert program.console == ["Hello world", "5", '[1,2] {"ok":true}']
    program.clear_console()
    program.eval("console.log('again', undefined, null, 1.5)")
    assert program.console == ["again undefined null 1.5"]


def test_a_missing_function_is_named(samples: Path, failure_of: FailureOf) -> None:
    program = load_js(samples / "good.js")
    message = str(failure_of(lambda: program.call("subtract", 5, 2)))
    assert message == (
        "good.js has no function called subtract. Write one that starts with function "
        "subtract(...) {\nLike this:\n  function subtract(...) {\n    ...\n  }\n"
        "Check the spelling: capital letters count."
    )


def test_an_endless_loop_stops_after_the_time_limit(samples: Path, failure_of: FailureOf) -> None:
    started = time.monotonic()
    error = failure_of(lambda: load_js(samples / "loop.js", time_limit=0.5))
    assert time.monotonic() - started < 3
    # quickjs stops wherever the loop is at that moment; column 1 of the script
    # (no useful place) is left out, so the line is there or not.
    near = " (near loop.js line 3)" if error.line else ""
    assert error.line in (None, 3)
    assert str(error).startswith(
        f"Your JavaScript ran for more than 0.5 seconds while running loop.js{near}; it may be "
        "stuck in a loop that never ends."
    )


def test_a_loop_inside_a_function_names_its_line(failure_of: FailureOf) -> None:
    program = JsProgram(
        "function spin(n) {\n  while (n < 5) {\n    console.log(n);\n  }\n}",
        "spin.js",
        time_limit=0.3,
    )
    error = failure_of(lambda: program.call("spin", 1))
    assert error.line in (None, 3)
    near = " (near spin.js line 3)" if error.line else ""
    assert f"while calling spin(1){near}; it may be stuck" in str(error)
    # quickjs puts some stops at the start of the function (column 1): no line then
    silent = JsProgram(
        "function spin() {\n  let n = 0;\n  while (true) {\n    n++;\n  }\n}",
        "spin.js",
        time_limit=0.3,
    )
    error = failure_of(lambda: silent.call("spin"))
    assert "while calling spin(); it may be stuck" in str(error) and error.line is None


def test_a_memory_hog_is_stopped(samples: Path, failure_of: FailureOf) -> None:
    error = failure_of(lambda: load_js(samples / "hog.js", memory_limit=16 * 1024 * 1024))
    assert str(error).startswith(
        "Your JavaScript used up all the memory it may use while running hog.js."
    )


def test_a_syntax_error_names_its_line(samples: Path, failure_of: FailureOf) -> None:
    error = failure_of(lambda: load_js(samples / "syntax_error.js"))
    assert str(error).startswith(
        "syntax_error.js line 5: JavaScript cannot read this (SyntaxError:"
    )
    assert error.line == 5


def test_a_type_error_names_the_line_in_the_learners_file(
    samples: Path, failure_of: FailureOf
) -> None:
    program = load_js(samples / "type_error.js")
    error = failure_of(lambda: program.call("firstName", {"age": 3}))
    assert str(error) == (
        "type_error.js line 3: while calling firstName({ age: 3 }), your JavaScript stopped "
        "with TypeError: cannot read property 'split' of undefined"
    )


def test_browser_only_names_are_explained(failure_of: FailureOf) -> None:
    error = failure_of(lambda: JsProgram("let x = 1;\ndocument.title = 'hi';", "page.js"))
    assert str(error).startswith(
        "page.js line 2: document only exists in a web browser, not "
        "where the checks run your script"
    )
    error = failure_of(lambda: JsProgram("const fs = require('fs');", "node.js"))
    assert str(error).startswith("node.js line 1: require only exists in Node")


def test_a_module_with_exports_is_called_like_a_script() -> None:
    program = JsProgram(
        "// maths\nexport function add(a, b) { return a + b; }\n"
        "export default function twice(n) { return add(n, n); }",
        "maths.js",
    )
    assert program.call("add", 2, 3) == 5
    assert program.eval("globalThis['default'](4)") == 8


def test_imports_between_the_learners_files_keep_their_lines(
    tmp_path: Path, failure_of: FailureOf
) -> None:
    (tmp_path / "script.js").write_text(
        "import { add } from './maths';\nimport * as m from './maths.js';\n"
        "export function total(xs) {\n  return xs.reduce(add, 0) + m.zero;\n}\n"
    )
    (tmp_path / "maths.js").write_text(
        "export const zero = 0;\nexport function add(a, b) {\n  return a + b + nothing;\n}\n"
    )
    program = load_js(tmp_path / "script.js")
    error = failure_of(lambda: program.call("total", [1, 2]))
    assert (error.file, error.line) == ("maths.js", 3)
    assert str(error).startswith(
        "maths.js line 3: while calling total([1, 2]), your JavaScript used the name nothing"
    )
    (tmp_path / "maths.js").write_text(
        "export const zero = 0;\nexport function add(a, b) {\n  return a + b;\n}\n"
    )
    assert load_js(tmp_path / "script.js").call("total", [1, 2]) == 3


def test_a_missing_import_names_the_file_and_line(failure_of: FailureOf) -> None:
    error = failure_of(lambda: JsProgram("// hi\nimport { a } from './nowhere';", "s.js"))
    assert str(error).startswith("s.js line 2: imports './nowhere', but there is no such file.")
    error = failure_of(lambda: JsProgram("export function f( {\n}", "bad.js"))
    assert str(error).startswith("bad.js line 2: JavaScript cannot read this")


def test_endless_recursion_is_explained(failure_of: FailureOf) -> None:
    program = JsProgram("function down(n) {\n  return down(n - 1);\n}", "down.js")
    message = str(failure_of(lambda: program.call("down", 3)))
    assert message.startswith(
        "down.js line 2: while calling down(3), a function kept calling itself"
    )


COUNTER = """class Counter {
  constructor() {
    this.total = 0;
  }
  add(n) {
    if (n < 0) {
      throw new Error("only positive numbers");
    }
    this.total += n;
  }
}
function nothing() {}
function nothingness() { return null; }
function broken() { return [undefined, 0 / 0, 1 / 0]; }
"""


def test_undefined_and_null_are_told_apart_when_asked() -> None:
    program = JsProgram(COUNTER, "counter.js")
    assert program.call("nothing") is None and program.call("nothingness") is None
    assert program.call("nothing", raw=True) is UNDEFINED
    assert program.call("nothingness", raw=True) is None
    values = program.call("broken", raw=True)
    assert values[0] is UNDEFINED and math.isnan(values[1]) and values[2] == math.inf
    assert program.eval("({a: undefined, b: null})", raw=True) == {"a": UNDEFINED, "b": None}
    assert program.call("broken") == [None, None, None]  # plain JSON, as before


def test_statements_run_with_the_script_loaded(failure_of: FailureOf) -> None:
    program = JsProgram(COUNTER, "counter.js")
    assert program.run("const c = new Counter();\nc.add(2);\nc.add(3);\nreturn c.total;") == 5
    assert program.run("new Counter();", raw=True) is UNDEFINED  # no return
    assert program.run("const c = new Counter(); return c.total;") == 0  # c did not leak
    error = failure_of(lambda: program.run("const c = new Counter();\nc.add(-2);"))
    assert str(error) == (
        "counter.js line 7: while running const c = new Counter(); "
        "c.add(-2);, your JavaScript stopped with Error: only positive "
        "numbers"
    )
    assert error.line == 7


def test_a_missing_class_is_named(failure_of: FailureOf) -> None:
    program = JsProgram(COUNTER, "counter.js")
    assert str(failure_of(lambda: program.run("return new Countr().total;"))) == (
        "counter.js has nothing called Countr, so the checks cannot use it (ReferenceError: "
        "Countr is not defined, while running return new Countr().total;). It has Counter: "
        "is that the one, spelt differently? Check the spelling: capital letters count."
    )


def test_a_misspelt_name_in_the_learners_code_gets_the_name_it_meant(
    failure_of: FailureOf,
) -> None:
    program = JsProgram("function greet(name) {\n  return 'Hi ' + nmae;\n}\n", "hi.js")
    error = failure_of(lambda: program.call("greet", "Ana"))
    assert str(error) == (
        'hi.js line 2: while calling greet("Ana"), your JavaScript used the name nmae, which '
        "nothing defines (ReferenceError: nmae is not defined). Did you mean 'name'? Check the "
        "spelling (capital letters count), and that it is declared with let, const or "
        "function first."
    )
    assert error.line == 2
    shouted = JsProgram("function shout() {\n  Console.log('HI');\n}\n", "shout.js")
    assert "Did you mean 'console'? Capital letters count." in str(
        failure_of(lambda: shouted.call("shout"))
    )
    nothing_near = JsProgram("function f() {\n  return total;\n}\n", "f.js")
    assert "Did you mean" not in str(failure_of(lambda: nothing_near.call("f")))


def test_a_function_spelt_differently_is_pointed_out(failure_of: FailureOf) -> None:
    program = JsProgram("function totl(prices) {\n  return 0;\n}\n", "shop.js")
    assert str(failure_of(lambda: program.call("total", [1]))).startswith(
        "shop.js has no function called total. It has totl: is that the one, spelt "
        "differently? Write one that starts with function total(...) {"
    )


def test_arguments_and_messages_show_javascript_values() -> None:
    program = JsProgram("function echo(x) { return x; }", "echo.js")
    for value in [None, True, "Ana", [1, 2.5], {"name": "Ana", "tags": ["a"]}]:
        assert program.call("echo", value) == value
    assert program.call("echo", UNDEFINED, raw=True) is UNDEFINED
    assert js_repr(None) == "null" and js_repr(UNDEFINED) == "undefined"
    assert js_repr(True) == "true" and js_repr(2.0) == "2" and js_repr(2.5) == "2.5"
    assert js_repr('say "hi"') == '"say \\"hi\\""'
    assert js_repr({"name": "Ana", "full name": None, "tags": [1, "a"]}) == (
        '{ name: "Ana", "full name": null, tags: [1, "a"] }'
    )
    assert js_repr([]) == "[]" and js_repr({}) == "{}"
    assert js_repr(float("nan")) == "NaN" and js_repr(-math.inf) == "-Infinity"
    assert f"{js_repr(UNDEFINED)}" == repr(UNDEFINED) == "undefined" and not UNDEFINED
