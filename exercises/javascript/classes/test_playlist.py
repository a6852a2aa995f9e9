"""Checks for playlist.js: a class with a constructor, this, and methods."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


def run(program, code):
    """Run JavaScript statements after the learner's script; `code` ends with a return."""
    kind = program.eval("typeof Playlist")
    assert same(kind, "function"), (
        "playlist.js should have a class called Playlist, but it does not. "
        "Check the spelling on the `class Playlist {` line (capital letters count)."
    )
    return program.eval(f"(() => {{ {code} }})()", doing=code.replace("return ", ""))


def test_a_new_playlist_has_a_name_and_no_songs(js):
    program = js("playlist.js")
    got = run(program, 'const p = new Playlist("Road trip"); return [p.name, p.songs];')
    assert same(got, ["Road trip", []]), (
        'new Playlist("Road trip") should have .name "Road trip" and .songs [], but they are '
        f"{show(got[0])} and {show(got[1])}. In the constructor, set this.name and this.songs."
    )


def test_add_puts_a_song_at_the_end(js):
    program = js("playlist.js")
    got = run(program, 'const p = new Playlist("Mix"); p.add("Intro", 65); p.add("Outro", 200);'
                       " return p.songs;")
    expected = [{"title": "Intro", "seconds": 65}, {"title": "Outro", "seconds": 200}]
    assert same(got, expected), (
        f'After add("Intro", 65) and add("Outro", 200), songs should be {show(expected)}, but '
        f"it is {show(got)}. In add, push an object with title and seconds onto this.songs."
    )


def test_count_gives_the_number_of_songs(js):
    program = js("playlist.js")
    got = run(program, 'const p = new Playlist("Mix"); p.add("A", 60); p.add("B", 60);'
                       ' p.add("C", 60); return p.count();')
    assert same(got, 3), (
        f"After adding 3 songs, count() should give 3, but it gave {show(got)}. "
        "Return the length of this.songs."
    )


def test_each_playlist_has_its_own_songs(js):
    program = js("playlist.js")
    got = run(program, 'const a = new Playlist("A"); const b = new Playlist("B");'
                       ' a.add("Song", 60); return b.count();')
    assert same(got, 0), (
        "Adding a song to one playlist also changed another one: a new playlist should "
        f"start empty, but it had {show(got)} songs. Create the array in the constructor "
        "with `this.songs = [];`."
    )


def test_total_seconds_adds_up_the_songs(js):
    program = js("playlist.js")
    got = run(program, 'const p = new Playlist("Mix"); p.add("A", 65); p.add("B", 200);'
                       " return p.totalSeconds();")
    assert same(got, 265), (
        f"With songs of 65 and 200 seconds, totalSeconds() should give 265, but it gave "
        f"{show(got)}. Add up song.seconds over this.songs (reduce works well)."
    )
    got = run(program, 'return new Playlist("Empty").totalSeconds();')
    assert same(got, 0), f"An empty playlist's totalSeconds() should be 0, but it gave {show(got)}."


def test_duration_shows_minutes_and_seconds(js):
    program = js("playlist.js")
    got = run(program, 'const p = new Playlist("Mix"); p.add("A", 65); p.add("B", 200);'
                       " return p.duration();")
    assert same(got, "4:25"), (
        f'With 265 seconds of songs, duration() should give "4:25", but it gave {show(got)}. '
        "Minutes are Math.floor(total / 60); the seconds left are total % 60."
    )


def test_duration_pads_the_seconds_to_two_digits(js):
    program = js("playlist.js")
    got = run(program, 'const p = new Playlist("Mix"); p.add("A", 245); return p.duration();')
    assert same(got, "4:05"), (
        f'With 245 seconds, duration() should give "4:05", but it gave {show(got)}. '
        'Write the seconds with two digits: String(seconds).padStart(2, "0").'
    )
    got = run(program, 'return new Playlist("Empty").duration();')
    assert same(got, "0:00"), (
        f'An empty playlist\'s duration() should be "0:00", but it gave {show(got)}.'
    )
