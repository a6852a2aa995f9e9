"""A corpus of hostile and broken learner programs, and what a check must report.

Each case is a learner folder (files) plus the instructor's test file, which
lives in a separate course folder like a real hidden test. Every program is
bounded (fixed number of forks, sleeps that end) so that a containment bug
cannot take the machine down. Programs that start processes write their pids
to pids.txt so a test can prove they are gone.
"""

from __future__ import annotations

from runner_case import Case
from runner_corpus_errors import ERROR_CASES

RECORD_PID = """
import os
def record(pid):
    with open("pids.txt", "a") as pids:
        pids.write(f"{pid}\\n")
"""


HOSTILE_CASES: list[Case] = [
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
        "print_100_mb",
        {"noisy.py": "def shout():\n    for _ in range(100):\n        print('x' * 1_000_000)\n"},
        "from noisy import shout\ndef test_shout():\n    shout()\n",
        "pass",
        says=("printed more than 1 MB",),
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
        says=("longer than 1 second",),
        timeout=1.0,
        timed_out=True,
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
        # pytest never loads it (--noconftest), and the attempt is named for what it is.
        "error",
        says=("changed how the checks work", "pytest.hookimpl at conftest.py:2"),
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
        "closes_every_descriptor",
        {"calc.py": "import os\nos.closerange(3, 2000)\ndef add(a, b):\n    return a + b\n"},
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "error",
        says=("closed files it did not open", "os.close()"),
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
        "shadows_pytest_and_json",
        {
            "pytest.py": "raise SystemExit('hijacked')\n",
            "json.py": "raise SystemExit('hijacked')\n",
            "calc.py": "def add(a, b):\n    return a - b\n",
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "fail",
        says=("Expected 5, but got -1",),
    ),
    Case(
        "thread_that_never_ends",
        {
            "worker.py": "import threading, time\n\ndef start():\n"
            "    threading.Thread(target=lambda: time.sleep(60)).start()\n    return 1\n"
        },
        "from worker import start\ndef test_start():\n    assert start() == 1\n",
        "pass",
    ),
]

# Learner code that changes how it is checked (more in tests/robustness/tampering/).
# Names are built from pieces, so that only the runtime guard can see them.
TAMPERING_CASES: list[Case] = [
    Case(
        "learner_skips_the_test",
        {"calc.py": "import pytest\n\ndef add(a, b):\n    pytest.skip('later')\n"},
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "fail",
        says=("Your code skipped this check (pytest.skip at calc.py:4)",),
        where=("calc.py", 4),
    ),
    Case(
        "value_claims_to_be_equal",
        {
            "calc.py": "class Five(str):\n    def __eq__(self, other):\n        return True\n"
            "    __hash__ = str.__hash__\n\ndef add(a, b):\n    return Five('nothing')\n"
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == '5'\n"
        "def test_in():\n    assert add(2, 3) in ['5']\n",
        "fail",
        says=("Expected '5', but got 'nothing' (of type Five, not str)",),
        test_statuses=("fail", "fail"),
    ),
    Case(
        "plugin_registered_mid_run",
        {
            "calc.py": "import sys\nimport pytest\n"
            "hook = next(h for h in getattr(sys, 'meta' + '_path') if hasattr(h, 'config'))\n"
            "manager = getattr(hook.config, 'plugin' + 'manager')\n"
            "class Forge:\n"
            "    @getattr(pytest, 'hook' + 'impl')(hookwrapper=True)\n"
            "    def pytest_runtest_makereport(self, item, call):\n"
            "        outcome = yield\n"
            "        outcome.get_result().outcome = 'passed'\n"
            "def add(a, b):\n"
            "    manager.register(Forge(), 'forge')\n"
            "    return a - b\n"
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "error",
        says=("changed how the checks work", "registered or removed a pytest plugin (forge)"),
    ),
    Case(
        "frames_walked_for_the_token",
        {
            "calc.py": "import sys\nframe = getattr(sys, '_get' + 'frame')()\n"
            "def add(a, b):\n    return a - b\n"
        },
        "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\n",
        "error",
        says=("looked at the checker's stack frames (sys._getframe) at calc.py:2",),
        where=("calc.py", 2),
    ),
]

CASES = HOSTILE_CASES + ERROR_CASES + TAMPERING_CASES
BY_NAME = {case.name: case for case in CASES}
