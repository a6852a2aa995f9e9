"""Checks for style.css: a sticky header drawn above the rest, and a badge pinned to
the top right corner of each job."""

import re

from tutor.checks import is_colour


def pixels(length):
    """'8px' -> 8, '0.5rem' -> 8 (a browser's starting size is 16px), '0' -> 0."""
    match = re.fullmatch(r"(-?\d*\.?\d+)(px|rem|em)?", (length or "").strip().lower())
    if match is None:
        return None
    number = float(match.group(1))
    return number if match.group(2) in (None, "px") else number * 16


def position_of(sheet, selector):
    return (sheet.get(selector, "position") or "static").lower()


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()


def test_header_sticks_to_the_top(stylesheet):
    sheet = stylesheet()
    position = position_of(sheet, ".site-header")
    assert position != "fixed", (
        "The header has position: fixed. It stays on screen, but it leaves the flow, so the "
        "first lines of the page slide under it and are hidden. Use position: sticky."
    )
    assert position == "sticky", (
        f"The header has position: {position}, so it scrolls away with the page. Which value "
        "of position keeps it on screen once it reaches the top?"
    )
    top = sheet.get(".site-header", "top")
    assert top is not None, (
        "The header is sticky, but it has no top, so it never sticks. Add top: 0; to say it "
        "sticks at the very top of the screen."
    )
    assert pixels(top) == 0, (
        f"The header has top: {top}, so it sticks {top} below the top of the screen. The "
        "task asks for the very top: top: 0;"
    )


def test_header_has_a_background_and_is_drawn_on_top(stylesheet):
    sheet = stylesheet()
    background = sheet.get(".site-header", "background-color") or sheet.get(
        ".site-header", "background"
    )
    assert background and any(is_colour(part) for part in background.split()), (
        "The header has no background colour any more, so the page would show through it "
        "as it scrolls underneath. Put back background-color: #2b2d42;"
    )
    layer = sheet.get(".site-header", "z-index")
    assert layer is not None, (
        "The badges are positioned and come later in the file, so they are drawn over the "
        "header as the page scrolls. Give .site-header a z-index of 1 or more."
    )
    assert re.fullmatch(r"\d+", layer) and int(layer) >= 1, (
        f"The header has z-index: {layer}. A z-index is a whole number, and it must be 1 or "
        "more to draw the header above the badges."
    )


def test_each_job_is_a_frame_for_its_badge(stylesheet):
    position = position_of(stylesheet(), ".job")
    assert position == "relative", (
        f"Each .job has position: {position}. The badge is placed from the edges of its "
        "nearest positioned ancestor: make .job positioned, without moving it, with "
        "position: relative;"
    )


def test_badges_sit_in_the_top_right_corner(stylesheet):
    sheet = stylesheet()
    position = position_of(sheet, ".badge")
    assert position == "absolute", (
        f"The badge has position: {position}, so it stays in the flow of the text. Take it "
        "out of the flow with position: absolute;"
    )
    for side in ("top", "right"):
        value = sheet.get(".badge", side)
        assert value is not None and pixels(value) == 8, (
            f"The badge should be 8px from the {side} of its job: {side}: 8px;"
            + (f" It has {side}: {value}." if value else "")
        )
    for side in ("bottom", "left"):
        value = sheet.get(".badge", side)
        assert value is None or value == "auto", (
            f"The badge also has {side}: {value}, which pulls it towards the {side}. Remove "
            "that line: top and right are enough for the top right corner."
        )
