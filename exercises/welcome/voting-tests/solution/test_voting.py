from voting import can_vote


def test_a_30_year_old_can_vote():
    assert can_vote(30) == True


def test_someone_who_is_exactly_18_can_vote():
    assert can_vote(18) == True


def test_a_17_year_old_cannot_vote():
    assert can_vote(17) == False


def test_a_child_of_10_cannot_vote():
    assert can_vote(10) == False
