from hello import hello


def test_hello_returns_a_string():
    assert isinstance(hello("Ann"), str), "hello should give back a string, with return"


def test_hello_greets_by_name():
    assert hello("Ann") == "Hello, Ann!"
