"""Hidden check: can_vote in the learner's folder is still the correct one."""


def test_can_vote_still_gives_the_right_answer_for_every_age(files):
    can_vote = getattr(files.python_module("voting"), "can_vote", None)
    assert callable(can_vote), (
        "voting.py should still have the function can_vote. This exercise is about the tests: "
        "run `tutor reset voting-tests` to get voting.py back, then copy your tests in again."
    )
    for age in range(0, 101):
        expected = age >= 18
        got = can_vote(age)
        assert got == expected, (
            f"can_vote({age}) should give {expected}, but it gave {got!r}. voting.py was "
            "correct to begin with: change only test_voting.py."
        )
