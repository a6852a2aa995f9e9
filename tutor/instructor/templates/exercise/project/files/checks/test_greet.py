import greeting


def test_greet_says_hello_to_the_visitor():
    assert greeting.greet("Ada") == "Hello, Ada!", 'greet("Ada") should give back "Hello, Ada!"'
