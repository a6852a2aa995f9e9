"""Checks for cli-search: search_file and search_folder answer as grep -n does."""

from tutor.checks import CheckFailure


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def function(files, name, parameters):
    return files.python_function("search", name, parameters)


def test_search_file_finds_the_lines_with_their_numbers(files, tmp_path):
    search_file = function(files, "search_file", "word, path")
    soup = write(tmp_path / "soup.txt", "Tomato soup\n\n6 tomatoes\n2 onions\n1 onion, chopped\n")
    got = search_file("onion", str(soup))
    expected = ["4:2 onions", "5:1 onion, chopped"]
    if got is None:
        raise CheckFailure(
            "search_file gave None: it has no return line, or does not reach it. "
            "Collect the lines in a list and return the list at the end."
        )
    assert holds(got == expected), (
        f"search_file(\"onion\", \"soup.txt\") should give {expected}, but it gave {got!r}. "
        "Each item is the line number (counting from 1), a colon, then the line without "
        "its newline."
    )


def test_search_file_gives_an_empty_list_when_nothing_matches(files, tmp_path):
    search_file = function(files, "search_file", "word, path")
    soup = write(tmp_path / "soup.txt", "Tomato soup\n6 tomatoes\n")
    got = search_file("garlic", str(soup))
    assert holds(got == []), (
        f"search_file(\"garlic\", \"soup.txt\") should give [] (no line has garlic), but it "
        f"gave {got!r}."
    )


def test_search_file_counts_capitals(files, tmp_path):
    search_file = function(files, "search_file", "word, path")
    soup = write(tmp_path / "soup.txt", "Onion soup\n2 onions\n")
    got = search_file("onion", str(soup))
    assert holds(got == ["2:2 onions"]), (
        f"search_file(\"onion\", ...) on the lines \"Onion soup\" and \"2 onions\" should give "
        f"['2:2 onions'], like grep without -i, but it gave {got!r}. Compare the text as it is."
    )


def test_search_folder_searches_every_txt_file_in_name_order(files, tmp_path):
    search_folder = function(files, "search_folder", "word, folder")
    write(tmp_path / "soup.txt", "Tomato soup\n2 onions\n")
    write(tmp_path / "bread.txt", "Bread\nonion bread\nflour\n")
    write(tmp_path / "notes.md", "an onion in a file that is not .txt\n")
    (tmp_path / "old").mkdir()
    got = search_folder("onion", str(tmp_path))
    expected = ["bread.txt:2:onion bread", "soup.txt:2:2 onions"]
    if got is None:
        raise CheckFailure(
            "search_folder gave None: it has no return line, or does not reach it."
        )
    assert holds(got == expected), (
        f"For a folder with bread.txt, soup.txt, notes.md and a folder old, "
        f"search_folder(\"onion\", folder) should give {expected}, but it gave {got!r}. "
        "Only names that end with .txt, in name order, each match as file name, colon, "
        "then what search_file gives."
    )
