from grades import grade


def test_example():
    assert grade(95) == "A"
