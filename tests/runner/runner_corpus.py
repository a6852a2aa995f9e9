"""A corpus of hostile and broken learner programs, and what a check must report.

Each case is a learner folder (files) plus the instructor's test file, which
lives in a separate course folder like a real hidden test. Every program is
bounded (fixed number of forks, sleeps that end) so that a containment bug
cannot take the machine down. Programs that start processes write their pids
to pids.txt so a test can prove they are gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tutor.runner import CheckRequest


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str]  # the learner's workspace
    tests: str  # test_exercise.py in the course folder
    status: str  # the Result's status
    says: tuple[str, ...] = ()  # text the Result's message (or first failure's) must hold
    where: tuple[str, int] | None = None  # learner file and line the Result points to
    timeout: float = 5.0
    timed_out: bool = False
    test_statuses: tuple[str, ...] | None = None
    memory_mb: int = 1024
    extra: dict[str, str] = field(default_factory=dict)  # more files in the course folder

    def build(self, root: Path) -> CheckRequest:
        workspace, course = root / "workspace", root / "course"
        workspace.mkdir(parents=True)
        course.mkdir(parents=True)
        for name, text in self.files.items():
            (workspace / name).parent.mkdir(parents=True, exist_ok=True)
            (workspace / name).write_text(text, encoding="utf-8")
        test_file = course / "test_exercise.py"
        test_file.write_text(self.tests, encoding="utf-8")
        return CheckRequest(
            exercise_id=self.name,
            workspace=workspace,
            test_files=[test_file],
            timeout=self.timeout,
            memory_mb=self.memory_mb,
        )


RECORD_PID = """
import os
def record(pid):
    with open("pids.txt", "a") as pids:
        pids.write(f"{pid}\\n")
"""

CASES: list[Case] = [
    Case(
        "pass_and_fail",
        {"calc.py": "def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a + b\n"},
        "from calc import add, sub\n"
        "def test_add():\n    assert add(2, 3) == 5\n"
        "def test_sub():\n    assert sub(5, 3) == 2\n",
        "fail",
        says=("Expected 2, but got 8",),
        test_statuses=("pass", "fail"),
    ),
    Case(
        "infinite_loop",
        {"loop.py": "def spin():\n    n = 0\n    while n >= 0:\n        n = n + 1\n"},
        "from loop import spin\ndef test_spin():\n    spin()\n",
        "error",
        says=("longer than 1 second", "loop that never ends", "line 3 of loop.py"),
        where=("loop.py", 3),
        timeout=1.0,
        timed_out=True,
    ),
    Case(
        "loop_swallowing_base_exception",
        {
            "stubborn.py": "def spin():\n    while True:\n        try:\n"
            "            sum(range(1000))\n        except BaseException:\n            pass\n"
        },
        "from stubborn import spin\ndef test_quick():\n    assert True\n"
        "def test_spin():\n    spin()\n",
        "fail",
        says=("longer than 1 second",),
        timeout=1.0,
        timed_out=True,
        test_statuses=("pass", "error"),
    ),
    Case(
        "loop_at_import",
        {"hang.py": "import time\nwhile True:\n    time.sleep(0.01)\n"},
        "import hang\ndef test_never():\n    pass\n",
        "error",
        says=("before any check ran", "while loop at line 2 of hang.py"),
        where=("hang.py", 2),
        timeout=1.0,
        timed_out=True,
    ),
    Case(
        "sys_exit_in_function",
        {"quit.py": "import sys\n\ndef answer():\n    sys.exit()\n"},
        "from quit import answer\ndef test_answer():\n    assert answer() == 42\n",
        "fail",
        says=("sys.exit()", "line 4 of quit.py"),
        where=("quit.py", 4),
    ),
    Case(
        "sys_exit_at_import",
        {"quit.py": "import sys\nsys.exit(0)\n"},
        "import quit\ndef test_x():\n    pass\n",
        "error",
        says=("sys.exit()", "line 2 of quit.py"),
        where=("quit.py", 2),
    ),
    Case(
        "os_exit",
        {"bye.py": "import os\n\ndef answer():\n    os._exit(3)\n"},
        "from bye import answer\n"
        "def test_first():\n    assert answer() == 1\n"
        "def test_second():\n    assert True\n",
        "error",
        says=("stopped Python at once with code 3", "os._exit()"),
        test_statuses=("error", "error"),
    ),
    Case(
        "keyboard_interrupt",
        {"ctrl.py": "def answer():\n    raise KeyboardInterrupt\n"},
        "from ctrl import answer\n"
        "def test_first():\n    assert answer() == 1\n"
        "def test_second():\n    assert True\n",
        "error",
        says=("KeyboardInterrupt", "line 2 of ctrl.py"),
        where=("ctrl.py", 2),
        test_statuses=("error", "error"),
    ),
    Case(
        "infinite_recursion",
        {"rec.py": "def count(n):\n    return count(n + 1)\n"},
        "from rec import count\ndef test_count():\n    assert count(0) == 10\n",
        "fail",
        says=("keeps calling itself", "line 2 of rec.py"),
        where=("rec.py", 2),
    ),
    Case(
        "print_100_mb",
        {"noisy.py": "def shout():\n    for _ in range(100):\n        print('x' * 1_000_000)\n"},
        "from noisy import shout\ndef test_shout():\n    shout()\n",
        "pass",
        says=("printed more than 1 MB",),
    ),
    Case(
        "allocate_10_gb",
        {"hog.py": "def hog():\n    return bytearray(10 * 1024 ** 3)\n"},
        "from hog import hog\ndef test_hog():\n    assert len(hog()) > 0\n",
        "fail",
        says=("more memory than a check may use (1024 MB)", "line 2 of hog.py"),
        where=("hog.py", 2),
    ),
    Case(
        "background_process",
        {
            "bg.py": RECORD_PID + "import subprocess, sys\n"
            "def start():\n"
            "    child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
            "    record(child.pid)\n"
        },
        "from bg import start\ndef test_start():\n    start()\n",
        "pass",
        says=("child process",),
    ),
    Case(
        "setsid_grandchild",
        {
            "escape.py": RECORD_PID + "import time\n"
            "def escape():\n"
            "    if os.fork() == 0:\n"
            "        if os.fork() == 0:\n"
            "            os.setsid()\n"
            "            record(os.getpid())\n"
            "            time.sleep(60)\n"
            "        os._exit(0)\n"
            "    for _ in range(200):\n"
            "        if os.path.exists('pids.txt'):\n"
            "            break\n"
            "        time.sleep(0.01)\n"
        },
        "from escape import escape\ndef test_escape():\n    escape()\n",
        "pass",
        says=("child process",),
    ),
    Case(
        "fork_flood",
        {
            "flood.py": RECORD_PID + "import time\n"
            "def flood():\n"
            "    for _ in range(50):\n"
            "        pid = os.fork()\n"
            "        if pid == 0:\n"
            "            time.sleep(30)\n"
            "            os._exit(0)\n"
            "        record(pid)\n"
            "    while True:\n"
            "        time.sleep(0.05)\n"
        },
        "from flood import flood\ndef test_flood():\n    flood()\n",
        "error",
        says=("longer than 1.5 seconds",),
        timeout=1.5,
        timed_out=True,
    ),
    Case(
        "syntax_error",
        {"hello.py": "def greet(name)\n    return 'Hi ' + name\n"},
        "from hello import greet\ndef test_greet():\n    assert greet('Bo') == 'Hi Bo'\n",
        "error",
        says=("could not read line 1 of hello.py", "missing ':'"),
        where=("hello.py", 1),
    ),
    Case(
        "indentation_error",
        {"hello.py": "def greet(name):\n    word = 'Hi '\n      return word + name\n"},
        "from hello import greet\ndef test_greet():\n    assert greet('Bo') == 'Hi Bo'\n",
        "error",
        says=("spaces at the start of line 3 of hello.py",),
        where=("hello.py", 3),
    ),
    Case(
        "module_missing",
        {"helo.py": "def greet(name):\n    return 'Hi ' + name\n"},
        "from hello import greet\ndef test_greet():\n    assert greet('Bo') == 'Hi Bo'\n",
        "error",
        says=("could not find a file called hello.py",),
    ),
    Case(
        "name_misspelled",
        {"hello.py": "def greet(name):\n    return 'Hi ' + nmae\n"},
        "from hello import greet\ndef test_greet():\n    assert greet('Bo') == 'Hi Bo'\n",
        "fail",
        says=("does not know the name 'nmae'", "line 2 of hello.py"),
        where=("hello.py", 2),
    ),
    Case(
        "str_plus_int",
        {"age.py": "def next_age(age):\n    return 'Next year: ' + age + 1\n"},
        "from age import next_age\ndef test_age():\n    assert next_age(3) == 'Next year: 4'\n",
        "fail",
        says=("add text (a str) and a number", "line 2 of age.py"),
        where=("age.py", 2),
    ),
    Case(
        "learner_conftest_forges_pass",
        {
            "calc.py": "def add(a, b):\n    return a - b\n",
            "conftest.py": "import pytest\n"
            "@pytest.hookimpl(hookwrapper=True)\n"
            "def pytest_runtest_makereport(item, call):\n"
            "    outcome = yield\n"
            "    report = outcome.get_result()\n"
            "    report.outcome = 'passed'\n",
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "fail",
        says=("Expected 5, but got -1",),
    ),
    Case(
        "learner_pytest_ini_addopts",
        {
            "calc.py": "def add(a, b):\n    return a - b\n",
            "pytest.ini": "[pytest]\naddopts = -k nothing_matches --deselect test_exercise.py\n",
            "setup.cfg": "[tool:pytest]\naddopts = -p no:python\n",
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "fail",
        says=("Expected 5, but got -1",),
    ),
    Case(
        "fake_json_on_every_fd",
        {
            "calc.py": "import os, json\n"
            "fake = json.dumps({'event': 'result', 'id': 'x', 'outcome': 'pass'}) + '\\n'\n"
            "fake += json.dumps({'event': 'session_end', 'exitstatus': 0, 'results': 1}) + '\\n'\n"
            "for fd in range(0, 51):\n"
            "    try:\n"
            "        os.write(fd, fake.encode())\n"
            "    except OSError:\n"
            "        pass\n"
            "print(fake)\n"
            "def add(a, b):\n    return a - b\n"
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "fail",
        says=("Expected 5, but got -1",),
    ),
    Case(
        "garbage_on_every_fd_up_to_1100",
        {
            "calc.py": "import os\n"
            "for fd in range(3, 1100):\n"
            "    try:\n"
            "        os.write(fd, b'garbage without a newline')\n"
            "    except OSError:\n"
            "        pass\n"
            "def add(a, b):\n    return a + b\n"
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "pass",
    ),
    Case(
        "no_tests",
        {"calc.py": "x = 1\n"},
        "import calc\n",
        "error",
        says=("No checks were found",),
    ),
    Case(
        "input_call",
        {"ask.py": "def ask():\n    return input('name? ')\n"},
        "from ask import ask\ndef test_ask():\n    assert ask() == 'Bo'\n",
        "fail",
        says=("called input()", "line 2 of ask.py"),
        where=("ask.py", 2),
    ),
    Case(
        "instructor_message",
        {"shop.py": "def total(prices):\n    return sum(prices) - 1\n"},
        "from shop import total\ndef test_total():\n"
        "    assert total([1, 2]) == 3, 'total([1, 2]) should add up the prices'\n",
        "fail",
        says=("total([1, 2]) should add up the prices", "Expected 3, but got 2"),
    ),
]

COMMON_ERRORS = [
    (
        "zero_division",
        "def mean(xs):\n    return sum(xs) / len(xs)\n",
        "mean([])",
        "divided by zero",
    ),
    ("index_error", "def last(xs):\n    return xs[len(xs)]\n", "last([1, 2])", "position"),
    ("key_error", "def price(name):\n    return {'tea': 2}[name]\n", "price('cake')", "'cake'"),
    ("attribute_none", "def shout(s):\n    return s.upper\n", "shout(None)", "return"),
    (
        "wrong_arg_count",
        "def add(a):\n    return add2(a, a)\ndef add2(a):\n    return a\n",
        "add(1)",
        "wrong number of arguments",
    ),
]
CASES += [
    Case(
        name,
        {"work.py": source},
        f"from work import *\ndef test_it():\n    assert {call} == 1\n",
        "fail",
        says=(phrase, "of work.py"),
        where=("work.py", 2),
    )
    for name, source, call, phrase in COMMON_ERRORS
]
CASES.append(
    Case(
        "import_name_missing",
        {"shop.py": "def totl(prices):\n    return sum(prices)\n"},
        "from shop import total\ndef test_total():\n    assert total([1]) == 1\n",
        "error",
        says=("The file shop.py has no function or variable called 'total'",),
    )
)

CASES += [
    Case(
        "closes_every_descriptor",
        {"calc.py": "import os\nos.closerange(3, 2000)\ndef add(a, b):\n    return a + b\n"},
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "error",
        says=("could not finish",),
    ),
    Case(
        "kills_itself",
        {
            "calc.py": "import os, signal\n\ndef add(a, b):\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n"
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "error",
        says=("KILL signal", "os.kill()"),
    ),
    Case(
        "huge_file",
        {
            "disk.py": "def fill():\n    with open('big.bin', 'wb') as out:\n"
            "        for _ in range(100):\n            out.write(b'x' * 1_000_000)\n"
        },
        "from disk import fill\ndef test_fill():\n    fill()\n",
        "fail",
        says=("wrote a file bigger than a check allows",),
        where=("disk.py", 4),
    ),
    Case(
        "small_memory_limit_still_runs",
        {"calc.py": "def add(a, b):\n    return a + b\n"},
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "pass",
        memory_mb=64,
    ),
]

BY_NAME = {case.name: case for case in CASES}
