# pytest.skip() from the learner's code: a skipped test used to drop out of the count.
import pytest


def answer():
    pytest.skip("not today")
