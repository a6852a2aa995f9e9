from voting import can_vote


def test_a_30_year_old_can_vote():
    assert can_vote(30) == True


# TODO: add tests that notice the mistakes a buggy can_vote could make.
# Think about the edge: the age where the answer changes.
