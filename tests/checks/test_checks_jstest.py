"""Tests written in JavaScript with Jest's API: real files, real quickjs, real pytest runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tutor.checks.failure import CheckFailure
from tutor.checks.jstest import JsTestFile

pytest_plugins = ["pytester"]

FailureOf = Callable[[Callable[[], object]], CheckFailure]

TWO_FER = (
    "export const twoFer = (name = 'you') => {\n  return `One for ${name}, one for me.`;\n};\n"
)

# As a public exercise collection writes it: import without .js, describe, test, xtest.
TWO_FER_SPEC = """import { twoFer } from './two-fer';

describe('twoFer()', () => {
  test('no name given', () => {
    expect(twoFer()).toEqual('One for you, one for me.');
  });

  xtest('a name given', () => {
    expect(twoFer('Alice')).toEqual('One for Alice, one for me.');
  });

  test('another name given', () => {
    expect(twoFer('Bob')).toEqual('One for Bob, one for you.');
  });
});
"""


def load(spec: str, files: dict[str, str], time_limit: float = 1.0) -> JsTestFile:
    return JsTestFile("spec.test.js", spec, files.get, time_limit=time_limit)


def outcome(loaded: JsTestFile) -> dict[str, str]:
    result = {}
    for test in loaded.tests:
        if test.skip:
            result[test.name] = "skip"
            continue
        try:
            loaded.run(test)
            result[test.name] = "pass"
        except CheckFailure as error:
            result[test.name] = str(error)
    return result


def test_a_jest_spec_runs_unchanged_with_names_skips_and_jest_messages() -> None:
    loaded = JsTestFile("two-fer.test.js", TWO_FER_SPEC, {"two-fer.js": TWO_FER}.get)
    got = outcome(loaded)
    assert got["twoFer() > no name given"] == "pass"
    assert got["twoFer() > a name given"] == "skip"
    assert got["twoFer() > another name given"] == (
        'two-fer.test.js line 13: the test "twoFer() > another name given" failed.\n'
        "expect(received).toEqual(expected)\n\n"
        'Expected: "One for Bob, one for you."\nReceived: "One for Bob, one for me."'
    )


def test_the_matchers_pass_and_fail_as_in_jest() -> None:
    spec = """import square, { Box, half as cut } from './lib.js';
import * as lib from './lib';
const pass = [
  () => expect(square(3)).toBe(9), () => expect({a: [1, {b: undefined}]}).toEqual({a: [1, {}]}),
  () => expect(new Box(1)).toStrictEqual(new Box(1)), () => expect([1, 2]).toContain(2),
  () => expect('hello').toContain('ell'), () => expect(() => lib.fail()).toThrow('bad input'),
  () => expect(() => lib.fail()).toThrow(/BAD/i),
  () => expect(() => lib.fail()).toThrow(RangeError),
  () => expect(cut(0.3)).toBeCloseTo(0.15), () => expect([1, 2]).toHaveLength(2),
  () => expect(1).toBeTruthy(), () => expect('').toBeFalsy(), () => expect(null).toBeNull(),
  () => expect(undefined).toBeUndefined(), () => expect(0).toBeDefined(),
  () => expect('abc').toMatch(/b/), () => expect(2).toBeGreaterThan(1),
  () => expect(2).toBeGreaterThanOrEqual(2), () => expect(1).toBeLessThan(2),
  () => expect(2).toBeLessThanOrEqual(2), () => expect(1).not.toBe(2),
  () => expect({a: 1}).not.toStrictEqual({a: 1, b: undefined}),
];
pass.forEach((check, i) => test('passes ' + i, check));
test('mock', () => {
  const f = jest.fn().mockReturnValue(7);
  expect(f('x', 2)).toBe(7);
  expect(f).toHaveBeenCalled();
  expect(f).toHaveBeenCalledTimes(1);
  expect(f).toHaveBeenCalledWith('x', 2);
  const g = jest.fn().mockImplementation((n) => n * 2);
  expect(g(4)).toBe(8);
});
test('resolves', async () => {
  await expect(Promise.resolve(4)).resolves.toBe(4);
  await expect(Promise.reject(new Error('no'))).rejects.toThrow('no');
});
test('fails with not', () => { expect(() => lib.fail()).not.toThrow(); });
test('fails called with', () => { const f = jest.fn(); f(1); expect(f).toHaveBeenCalledWith(2); });
test('fails truthy', () => { expect(0).toBeTruthy(); });
test('fails rejects', async () => { await expect(Promise.resolve(1)).rejects.toThrow(); });
"""
    lib = """export default function square(n) { return n * n; }
export class Box { constructor(v) { this.v = v; } }
function half(n) { return n / 2; }
export { half };
export function fail() { throw new RangeError('Bad input'.toLowerCase()); }
"""
    got = outcome(load(spec, {"lib.js": lib}))
    assert {name: got[name] for name in got if name.startswith("passes")} == {
        f"passes {i}": "pass" for i in range(22)
    }
    assert got["mock"] == "pass" and got["resolves"] == "pass"
    assert (
        'expect(received).not.toThrow()\n\nReceived message: "bad input"' in got["fails with not"]
    )
    assert "toHaveBeenCalledWith(expected)\n\nExpected: [2]\nCalls: [1]" in got["fails called with"]
    assert got["fails truthy"].endswith("expect(received).toBeTruthy()\n\nReceived: 0")
    assert "Received promise resolved instead of rejected" in got["fails rejects"]


def test_hooks_run_around_each_test_in_order() -> None:
    spec = """const log = [];
beforeAll(() => log.push('all'));
beforeEach(() => log.push('each'));
afterEach(() => log.push('after'));
describe('inner', () => {
  beforeEach(() => log.push('inner'));
  test('one', () => expect(log).toEqual(['all', 'each', 'inner']));
});
test('two', () => expect(log).toEqual(['all', 'each', 'inner', 'after', 'each']));
"""
    assert outcome(load(spec, {})) == {"inner > one": "pass", "two": "pass"}


def test_an_error_in_the_learners_module_names_their_file_and_line() -> None:
    spec = "import { total } from './cart';\n\ntest('total', () => {\n  total([1]);\n});\n"
    cart = (
        "export function total(items) {\n  let sum = 0;\n  items.forEach((i) => {\n"
        "    sum += i.price.amount;\n  });\n  return sum;\n}\n"
    )
    loaded = load(spec, {"cart.js": cart})
    with pytest.raises(CheckFailure) as caught:
        loaded.run(loaded.tests[0])
    assert caught.value.file == "cart.js"
    assert str(caught.value).startswith("cart.js line ")
    assert "spec.test.js line 4" in str(caught.value) and "TypeError" in str(caught.value)


def test_hostile_code_is_stopped_with_a_plain_message_and_its_line(failure_of: FailureOf) -> None:
    spec = """import { spin } from './spin';
test('loop in the test', () => {
  while (true) {}
});
test('loop in the module', () => { spin(); });
test('never settles', () => new Promise(() => {}));
test('async forever', async () => { while (true) { await null; } });
"""
    spin = "export function spin() {\n  let i = 0;\n  while (i < 10) {\n    i = 0;\n  }\n}\n"
    loaded = load(spec, {"spin.js": spin}, time_limit=0.3)
    tests = {t.name: t for t in loaded.tests}
    started = time.monotonic()
    message = str(failure_of(lambda: loaded.run(tests["loop in the test"])))
    assert "ran for more than 0.3 seconds" in message and "stuck in a loop" in message
    error = failure_of(lambda: loaded.run(tests["loop in the module"]))
    assert error.file == "spin.js" and "stuck in a loop" in str(error)
    message = str(failure_of(lambda: loaded.run(tests["never settles"])))
    assert message.startswith("spec.test.js line 6: ") and "never settled" in message
    message = str(failure_of(lambda: loaded.run(tests["async forever"])))
    assert message.startswith("spec.test.js line 7: ") and "without finishing" in message
    assert time.monotonic() - started < 5


def test_a_module_that_throws_at_import_fails_the_load_with_its_line(failure_of: FailureOf) -> None:
    spec = "import { a } from './broken';\ntest('a', () => expect(a).toBe(1));\n"
    broken = "export const a = 1;\nnotDefined();\n"
    error = failure_of(lambda: load(spec, {"broken.js": broken}))
    assert (error.file, error.line) == ("broken.js", 2)
    assert "notDefined" in str(error)


def test_learner_code_cannot_skip_or_replace_the_tests() -> None:
    spec = "import './sneaky';\ntest('real', () => expect(1).toBe(2));\n"
    sneaky = "globalThis.expect = () => ({toBe() {}});\ntest.skip('mine', () => {});\n"
    loaded = load(spec, {"sneaky.js": sneaky})
    assert [t.name for t in loaded.tests] == ["real"]
    assert "Expected: 2" in outcome(loaded)["real"]


def test_ten_tests_run_fast_once_loaded() -> None:
    spec = "import { twoFer } from './two-fer';\n" + "".join(
        f"test('t{i}', () => expect(twoFer('{i}')).toBe('One for {i}, one for me.'));\n"
        for i in range(10)
    )
    load(spec, {"two-fer.js": TWO_FER})  # warm: acorn and the harness are read once
    started = time.perf_counter()
    loaded = load(spec, {"two-fer.js": TWO_FER})
    assert set(outcome(loaded).values()) == {"pass"}
    assert time.perf_counter() - started < 0.1


def test_pytest_collects_one_test_per_javascript_test(pytester: pytest.Pytester) -> None:
    workspace = pytester.mkdir("learner")
    (workspace / "two-fer.js").write_text(TWO_FER)
    course = pytester.mkdir("course")
    (course / "two-fer.test.js").write_text(TWO_FER_SPEC)
    result = pytester.runpytest_subprocess(
        "-p",
        "tutor.checks.plugin",
        "-p",
        "no:cacheprovider",
        f"--tutor-workspace={workspace}",
        str(course / "two-fer.test.js"),
        "-v",
    )
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        ["*two-fer.test.js::twoFer() > no name given PASSED*", "two-fer.test.js line 13: the test*"]
    )


@pytest.mark.parametrize("exercise", ["js-jest-grades", "js-tdd-basket"])
def test_the_bundled_javascript_test_exercises_verify_through_the_runner(exercise: str) -> None:
    """tutor verify runs the starter, solution and mutants through the real runner."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "tutor", "verify", exercise],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 of 1 exercises verified" in done.stdout


def test_module_scripts_of_a_page_import_the_learners_files(
    tmp_path: Path, failure_of: FailureOf
) -> None:
    from tutor.checks.dom import BrowserPage

    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html>\n<html lang="en">\n<body>\n<ul id="list"></ul>\n'
        '<button id="add">Add</button>\n<script type="module" src="app.js"></script>\n'
        "</body>\n</html>\n"
    )
    (tmp_path / "app.js").write_text(
        "import { label } from './items';\n\n"
        "document.querySelector('#add').addEventListener('click', () => {\n"
        "  document.querySelector('#list').innerHTML += '<li>' + label('milk') + '</li>';\n"
        "});\n"
    )
    (tmp_path / "items.js").write_text(
        "export function label(name) {\n  return name.toUpperCase() + oops;\n}\n"
    )
    page = BrowserPage(tmp_path, "index.html")
    error = failure_of(lambda: page.click("#add"))
    assert (error.file, error.line) == ("items.js", 2)
    (tmp_path / "items.js").write_text(
        "export function label(name) {\n  return name.toUpperCase();\n}\n"
    )
    page = BrowserPage(tmp_path, "index.html")
    page.click("#add")
    assert page.all("li") == ["MILK"]


def test_a_javascript_tdd_file_with_no_tests_asks_for_a_test_in_javascript(
    tmp_path: Path,
) -> None:
    """jst-test-first starts from an empty describe: the learner is told to write a test(...)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "TUTOR_HOME": str(tmp_path / "home")}
    env.pop("TUTOR_COURSE", None)
    for command in (["start", "jst-test-first"], ["check", "jst-test-first"]):
        done = subprocess.run(
            [sys.executable, "-m", "tutor", *command],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "No test of yours ran. Write at least one test in slug.test.js" in done.stdout
    assert "test('what should be true'" in done.stdout
    assert "test_" not in done.stdout


def test_a_tdd_check_never_points_the_learner_at_a_hidden_test_file(tmp_path: Path) -> None:
    """With one test of the learner's, a hidden test fails: "look at" must not name it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "TUTOR_HOME": str(tmp_path / "home")}
    env.pop("TUTOR_COURSE", None)

    def tutor(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tutor", *command],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )

    tutor("start", "jst-test-first")
    workspace = tmp_path / "home" / "workspaces" / "jst-test-first"
    (workspace / "slug.test.js").write_text(
        "import { slug } from './slug';\n\n"
        "test('has no capital letters', () => {\n  expect(slug('News')).toBe('news');\n});\n"
    )
    (workspace / "slug.js").write_text(
        "export function slug(title) {\n  return title.toLowerCase();\n}\n"
    )
    done = tutor("check", "jst-test-first")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Your tests do not check that a dash goes between every two words" in done.stdout
    assert "slug-hidden.test.js" not in done.stdout
