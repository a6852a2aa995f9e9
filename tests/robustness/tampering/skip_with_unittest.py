# unittest.SkipTest from the learner's code, which pytest also takes as a skip.
import unittest


def answer():
    raise unittest.SkipTest("skip me")
