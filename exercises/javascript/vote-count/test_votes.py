"""Checks for votes.js, written from nothing: count votes, find the winner, show results."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def call_text(name, votes):
    return f"{name}({json.dumps(votes)})"


def test_count_votes_counts_each_name(js):
    program = js("votes.js")
    for votes, expected in (
        (["Ana", "Bo", "Ana"], {"Ana": 2, "Bo": 1}),
        (["Cy"], {"Cy": 1}),
        ([], {}),
    ):
        got = program.call("countVotes", votes)
        assert got == expected, (
            f"{call_text('countVotes', votes)} should give {show(expected)}, but it gave "
            f"{show(got)}. Start with an empty object, then add 1 to a name's count for "
            "each vote (a name seen for the first time starts at 1)."
        )


def test_count_votes_leaves_the_array_alone(js):
    program = js("votes.js")
    got = program.run('const votes = ["Bo", "Ana"]; countVotes(votes); return votes;')
    assert got == ["Bo", "Ana"], (
        f"countVotes changed the array it was given: it is now {show(got)}. Read the votes; "
        "do not sort or change them."
    )


def test_winner_is_the_name_with_most_votes(js):
    program = js("votes.js")
    for votes, expected in (
        (["Ana", "Bo", "Bo"], "Bo"),
        (["Cy", "Ana", "Bo", "Ana"], "Ana"),
        (["Dee"], "Dee"),
    ):
        got = program.call("winner", votes)
        assert got == expected, (
            f"{call_text('winner', votes)} should give {show(expected)}, who has the most "
            f"votes, but it gave {show(got)}."
        )


def test_a_tie_goes_to_the_name_voted_for_first(js):
    program = js("votes.js")
    for votes, expected in ((["Bo", "Ana", "Ana", "Bo"], "Bo"), (["Ana", "Bo"], "Ana")):
        got = program.call("winner", votes)
        assert got == expected, (
            f"{call_text('winner', votes)} should give {show(expected)}: with the same "
            f"number of votes, the name that comes first in the array wins. It gave "
            f"{show(got)}. Change the best name only when another has strictly more votes."
        )


def test_winner_of_no_votes_throws_an_error(js):
    program = js("votes.js")
    got = program.run(
        "try { winner([]); return null; } "
        "catch (e) { return [e instanceof Error, String(e && e.message)]; }"
    )
    assert got is not None, (
        "winner([]) should throw an Error, because with no votes there is no winner, but "
        "it gave back a value. Check votes.length first and throw new Error(...)."
    )
    is_error, message = got
    assert is_error, 'winner([]) threw something that is not an Error: throw new Error("...").'
    assert message == "There are no votes yet.", (
        f'The error of winner([]) says {show(message)}, but it should say "There are no votes '
        'yet." exactly.'
    )


def test_results_gives_one_line_per_name(js):
    program = js("votes.js")
    votes = ["Ana", "Bo", "Ana"]
    got = program.call("results", votes)
    assert got == ["Ana: 2", "Bo: 1"], (
        f"{call_text('results', votes)} should give {show(['Ana: 2', 'Bo: 1'])}: one string "
        f"per name, in the order each name first got a vote. It gave {show(got)}."
    )
