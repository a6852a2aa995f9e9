"""Broken (not hostile) learner programs: the beginner's message must say what and where."""

from __future__ import annotations

from runner_case import Case

ERROR_CASES: list[Case] = [
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
        says=("does not know the name 'nmae'", "line 2 of hello.py", "Did you mean 'name'?"),
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
    Case(
        "import_name_missing",
        {"shop.py": "def totl(prices):\n    return sum(prices)\n"},
        "from shop import total\ndef test_total():\n    assert total([1]) == 1\n",
        "error",
        says=(
            "The file shop.py has no function or variable called 'total'",
            "It has 'totl': is that the one, spelt differently?",
        ),
    ),
    Case(
        "method_misspelled",
        {"shout.py": "def shout(text):\n    return text.uper() + '!'\n"},
        "from shout import shout\ndef test_shout():\n    assert shout('hi') == 'HI!'\n",
        "fail",
        says=("after a dot that this value does not have", "Did you mean 'upper'?"),
        where=("shout.py", 2),
    ),
    Case(
        "name_with_nothing_close",
        {"calc.py": "def double(n):\n    return n * factor\n"},
        "from calc import double\ndef test_double():\n    assert double(2) == 4\n",
        "fail",
        says=("does not know the name 'factor'",),
        never_says=("Did you mean",),
        where=("calc.py", 2),
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
        "allocate_10_gb",
        {"hog.py": "def hog():\n    return bytearray(10 * 1024 ** 3)\n"},
        "from hog import hog\ndef test_hog():\n    assert len(hog()) > 0\n",
        "fail",
        says=("more memory than a check may use (1024 MB)", "line 2 of hog.py"),
        where=("hog.py", 2),
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
    Case(
        "sys_exit_in_function",
        {"quit.py": "import sys\n\ndef answer():\n    sys.exit()\n"},
        "from quit import answer\ndef test_answer():\n    assert answer() == 42\n",
        "fail",
        says=("sys.exit()", "line 4 of quit.py"),
        where=("quit.py", 4),
    ),
]

# Errors blamed on the right code: the check's own line, or a raise the learner wrote.
ERROR_CASES += [
    Case(
        "error_without_the_message_the_check_reads",
        {"square.py": "def square(n):\n    if n < 0:\n        raise ValueError\n    return n*n\n"},
        "import pytest\nfrom square import square\n"
        "def test_negative():\n    with pytest.raises(ValueError) as err:\n        square(-1)\n"
        "    assert err.value.args[0] == 'square of a negative number'\n",
        "fail",
        says=(
            'Your ValueError needs a message, like raise ValueError("square of a negative number")',
        ),
        never_says=("asked for a position",),
        where=("square.py", 3),
    ),
    Case(
        "error_raised_on_purpose_where_none_was_expected",
        {
            "square.py": "def square(n):\n    if n > 10:\n"
            "        raise TypeError('no big squares')\n    return n * n\n"
        },
        "from square import square\ndef test_big():\n    assert square(11) == 121\n",
        "fail",
        says=(
            'Your code raised TypeError on purpose at line 3 of square.py: "no big squares"',
            "The check did not expect an error here",
            "square(11) == 121",
        ),
        never_says=("Python cannot do this",),
        where=("square.py", 3),
    ),
    Case(
        "error_raised_on_purpose_of_the_wrong_kind",
        {
            "square.py": "def square(n):\n    if n < 0:\n"
            "        raise TypeError('no negative squares')\n    return n * n\n"
        },
        "import unittest\nfrom square import square\n"
        "class SquareTest(unittest.TestCase):\n    def test_negative(self):\n"
        "        with self.assertRaises(ValueError):\n            square(-1)\n",
        "fail",
        says=(
            'Your code raised TypeError on purpose at line 3 of square.py: "no negative squares"',
            "The check expected ValueError here, not TypeError",
        ),
        never_says=("Python cannot do this",),
        where=("square.py", 3),
    ),
    Case(
        "starter_placeholder_not_written_yet",
        {"square.py": "def square(n):\n    raise NotImplementedError('write square')\n"},
        "from square import square\ndef test_square():\n    assert square(3) == 9\n",
        "fail",
        says=(
            "This part is not written yet: the code at line 2 of square.py raises "
            'NotImplementedError: "write square". Replace that `raise` line with your own code.',
        ),
        where=("square.py", 2),
    ),
    Case(
        "check_cannot_use_what_the_code_gave",
        {"words.py": "def first_word(text):\n    text.split()\n"},
        "from words import first_word\n"
        "def test_first():\n    assert first_word('hi there')[0] == 'hi'\n",
        "fail",
        says=(
            "The check could not use what your code gave back",
            "first_word('hi there')[0] == 'hi'",
            "gives back None",
        ),
        where=("words.py", 1),
    ),
    Case(
        "breakpoint_does_not_wait",
        {"answer.py": "def answer():\n    breakpoint()\n    return 42\n"},
        "from answer import answer\ndef test_answer():\n    assert answer() == 42\n",
        "pass",
    ),
    Case(
        "pdb_set_trace_does_not_wait",
        # pdb.Pdb(): the pytest running these tests replaces pdb.set_trace, and the child
        # it forks inherits that; a learner's tutor check has the real one.
        {"answer.py": "import pdb\ndef answer():\n    pdb.Pdb().set_trace()\n    return 42\n"},
        "from answer import answer\ndef test_answer():\n    assert answer() == 42\n",
        "fail",
        says=("started the Python debugger", "nobody types during a check"),
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
ERROR_CASES += [
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

# Comparisons with sets and functions are said in words, not in Python's own syntax.
ERROR_CASES += [
    Case(
        "not_in_a_set",
        {"links.py": "def texts():\n    return {'more', 'click here', 'home'}\n"},
        "from links import texts\n"
        "def test_no_vague_link():\n    assert 'click here' not in texts()\n",
        "fail",
        says=(
            "Expected 'click here' not to be in the values 'click here', 'home' and 'more', "
            "but it is.",
        ),
        never_says=("{",),
    ),
    Case(
        "set_compared",
        {"tags.py": "def tags():\n    return set()\n"},
        "from tags import tags\ndef test_tags():\n    assert tags() == {'a'}\n",
        "fail",
        says=("Expected the value 'a', but got no values at all (it is empty).",),
        never_says=("set()", "{"),
    ),
    Case(
        "function_not_called",
        {"greet.py": "def greet():\n    return 'hi'\n"},
        "from greet import greet\ndef test_greet():\n    assert greet == 'hi'\n",
        "fail",
        says=("Expected 'hi', but got the function greet",),
        never_says=("0x", "<function"),
    ),
]
