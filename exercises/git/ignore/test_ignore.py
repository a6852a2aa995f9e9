"""Checks for git-ignore: logs and cache/ ignored, debug.log untracked, real work committed."""

from tutor.checks import CheckFailure


def ignored(git_repo, name):
    return git_repo.is_ignored(name)


def test_every_log_file_is_ignored(git_repo):
    for name in ("app.log", "errors.log"):
        if not ignored(git_repo, name):
            raise CheckFailure(
                f"Git does not ignore {name} yet. In .gitignore, add a line with a pattern "
                "that matches every name ending in .log. Save .gitignore, then run "
                "git status: the logs should be gone from the list.",
                ".gitignore",
            )
    assert ignored(git_repo, "tomorrow.log"), (
        "app.log and errors.log are ignored, but a new file such as tomorrow.log would not "
        "be. Use one pattern for every name ending in .log: a * stands for any letters, "
        "so *.log matches them all."
    )


def test_the_cache_folder_is_ignored(git_repo):
    for name in ("cache/prices.tmp", "cache/stock.tmp"):
        if not ignored(git_repo, name):
            raise CheckFailure(
                f"Git does not ignore {name} yet. In .gitignore, add a line for the whole "
                "folder: its name followed by a /.",
                ".gitignore",
            )


def test_debug_log_is_no_longer_tracked(git_repo, files):
    git_repo.assert_ignored("debug.log")
    assert files.exists("debug.log"), (
        "debug.log is gone from the folder. git rm --cached debug.log stops Git tracking it "
        "but keeps the file. Start again with tutor reset git-ignore."
    )


def test_the_real_work_is_not_ignored(git_repo):
    for name in ("shop.py", "stock.py", ".gitignore"):
        if ignored(git_repo, name):
            raise CheckFailure(
                f"Git ignores {name}, but it is real work and belongs in the history. "
                "A pattern in .gitignore is too wide: ignore only names ending in .log and "
                "the folder cache/.",
                ".gitignore",
            )


def test_the_new_files_are_committed(git_repo):
    tracked_now = git_repo.tracked_files()
    for name in (".gitignore", "stock.py"):
        if name not in tracked_now:
            raise CheckFailure(f"Git is not tracking {name} yet. Run git add {name}, then commit.")
    committed = git_repo.file_at("HEAD", ".gitignore")
    assert "TODO" not in committed or "*.log" in committed, (
        "Your last commit holds .gitignore as it started, without your patterns. "
        "git add .gitignore, then git commit."
    )
    git_repo.file_at("HEAD", "stock.py")


def test_everything_is_committed(git_repo):
    git_repo.assert_clean()
