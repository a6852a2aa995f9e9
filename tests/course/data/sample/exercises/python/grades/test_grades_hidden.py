"""Hidden: the tutor's own check that the learner's tests exist."""


def test_learner_wrote_tests():
    import test_grades  # noqa: F401
