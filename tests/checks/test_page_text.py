"""The learner's page as text, for a machine with no browser: after its scripts ran."""

from __future__ import annotations

from pathlib import Path

from tutor.page_text import page_as_text, page_file

PAGE = """<!doctype html>
<html><head><title>My shop</title></head>
<body>
<h1>Shopping list</h1>
<p>Things to buy. See <a href="about.html">about us</a>.</p>
<img src="cat.png" alt="A sleeping cat">
<ul id="list"><li>bread</li></ul>
<table><tr><th>Item</th><th>Price</th></tr><tr><td>Milk</td><td>1.20</td></tr></table>
<form>
  <label for="item">Item</label> <input id="item" placeholder="e.g. milk">
  <input type="checkbox" checked> Urgent
  <select><option>Small</option><option selected>Big</option></select>
  <button>Add</button>
</form>
<script src="script.js"></script>
</body></html>
"""


def test_the_page_reads_as_a_browser_shows_it_after_its_scripts(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(PAGE)
    (tmp_path / "script.js").write_text(
        "document.querySelector('#list').innerHTML += '<li>added by the script</li>';\n"
        "console.log('page ready');\n"
    )
    shown = page_as_text(tmp_path, "index.html")
    text = shown.markdown
    assert text.startswith("*Title: My shop*")
    assert "# Shopping list" in text
    assert "about us (link: about.html)" in text
    assert "[image: A sleeping cat]" in text
    assert "* bread\n* added by the script" in text
    assert "| Milk | 1.20 |" in text
    assert "Item [ e.g. milk ] [x] Urgent [ Big v ] [ Add ]" in " ".join(text.split())
    assert shown.console == ["page ready"]
    assert shown.problem is None


def test_a_page_whose_script_fails_is_shown_as_written_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(PAGE)
    (tmp_path / "script.js").write_text("document.querySelector('#lst').append('x');\n")
    shown = page_as_text(tmp_path, "index.html")
    assert "# Shopping list" in shown.markdown
    assert "added by" not in shown.markdown
    assert shown.problem is not None and "script.js line 1" in shown.problem


def test_which_page_to_show(tmp_path: Path) -> None:
    assert page_file(tmp_path) is None
    (tmp_path / "about.html").write_text("<p>x</p>")
    assert page_file(tmp_path) == "about.html"
    (tmp_path / "index.html").write_text("<p>x</p>")
    assert page_file(tmp_path) == "index.html"
    assert page_file(tmp_path, ["style.css", "about.html"]) == "about.html"
