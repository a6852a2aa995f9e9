import greeting


def test_shout_gives_the_greeting_in_capitals():
    assert greeting.shout("Ada") == "HELLO, ADA!", 'shout("Ada") should give back "HELLO, ADA!"'
