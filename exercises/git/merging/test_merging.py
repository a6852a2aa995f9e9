"""Checks for git-merging: drinks and prices both merged into main."""


def test_drinks_is_merged_into_main(git_repo):
    git_repo.assert_merged("drinks", into="main")


def test_prices_is_merged_into_main(git_repo):
    git_repo.assert_merged("prices", into="main")


def test_the_menu_on_main_has_the_drinks_and_the_prices(git_repo):
    menu = git_repo.file_at("main", "menu.txt")
    assert "Coffee" in menu, (
        "menu.txt on main has no Coffee, so the drinks are not there yet. "
        "On main, run git merge drinks."
    )
    assert "3.50" in menu, (
        "menu.txt on main has no prices yet. On main, run git merge --no-edit prices."
    )


def test_main_has_a_merge_commit(git_repo):
    assert any(c.is_merge for c in git_repo.commits("main")), (
        "main has no merge commit. Merging prices after drinks should make one, with the "
        "message \"Merge branch 'prices'\". Run git log --oneline --graph to see the history."
    )


def test_you_are_on_main(git_repo):
    current = git_repo.current_branch
    where = f"on the branch {current}" if current else "not on any branch"
    assert current == "main", (
        f"You are {where}. Merge into main while you are on main: run git switch main."
    )


def test_nothing_is_left_half_done(git_repo):
    git_repo.assert_clean()
