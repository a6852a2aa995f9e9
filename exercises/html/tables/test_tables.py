"""Checks for index.html: a timetable with a caption, a header row and three day rows."""

WANTED_ROWS = [
    ["monday", "html", "css"],
    ["wednesday", "javascript", "study time"],
    ["friday", "git", "project"],
]


def tidy(element):
    return " ".join(element.get_text(" ").split())


def cells(row):
    return [tidy(cell).lower() for cell in row.find_all(["td", "th"], recursive=False)]


def read_table(page):
    return page.one("table", "<table>", "Start the table with <table> and end it with </table>.")


def test_table_has_the_caption_workshop_timetable(html_page):
    table = read_table(html_page())
    caption = table.find("caption")
    assert caption is not None, (
        "The table has no caption. Put <caption>Workshop timetable</caption> straight "
        "after <table>."
    )
    got = tidy(caption)
    assert got.lower() == "workshop timetable", (
        f"The caption should say 'Workshop timetable', but it says '{got}'."
    )


def test_header_row_says_day_morning_afternoon(html_page):
    page = html_page()
    table = read_table(page)
    rows = table.select("thead > tr")
    assert rows, (
        "The table has no <thead>, or there is no <tr> inside it. Wrap the header row in "
        "<thead> and </thead>."
    )
    cells_in_row = rows[0].find_all(["th", "td"], recursive=False)
    got = [f"<{cell.name}>{tidy(cell)}</{cell.name}>" for cell in cells_in_row]
    wanted = ["<th>day</th>", "<th>morning</th>", "<th>afternoon</th>"]
    assert [cell.lower() for cell in got] == wanted, (
        "The header row should have three <th> cells, Day, Morning, Afternoon, but it has "
        f"{', '.join(got) or 'no cells'}. Header cells are <th>, not <td>."
    )


def test_body_has_one_row_per_day_in_order(html_page):
    page = html_page()
    table = read_table(page)
    # page.has("tbody") is always true: the parser adds a <tbody>, as a browser does.
    assert page.source_has_tag("tbody"), (
        "The day rows are not inside a <tbody>. Put <tbody> before the Monday row and "
        "</tbody> after the Friday row."
    )
    rows = table.select("tbody > tr")
    got = [cells(row) for row in rows]
    assert len(got) == 3, (
        f"The table body should have 3 rows (Monday, Wednesday, Friday), but it has "
        f"{len(got)}: {got}. Each row is one <tr> ... </tr>."
    )
    for wanted, row in zip(WANTED_ROWS, got, strict=True):
        assert row == wanted, (
            f"The {wanted[0].capitalize()} row should have the cells {wanted}, but it has "
            f"{row}. Each cell is one <td>...</td>, in the order Day, Morning, Afternoon."
        )


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
