"""Checks for team-update-branch: soups updated by a merge and pushed, salads rebased."""

from tutor.checks import CheckFailure, RepoFacts


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def newest_on_origin_main(workspace):
    return RepoFacts(workspace / "origin.git").commits("main")[0]


def assert_has_main(git_repo, workspace, branch, how):
    newest = newest_on_origin_main(workspace)
    if branch not in git_repo.branches:
        raise CheckFailure(
            f"Your repository has no branch {branch} any more. Start again with "
            "tutor reset team-update-branch."
        )
    shas = {commit.sha for commit in git_repo.commits(branch)}
    assert holds(newest.sha in shas), (
        f'{branch} does not have the newest commit of main on origin, "{newest.summary}", yet. '
        f"Run git fetch, then on {branch}: {how}"
    )


def test_soups_has_the_newest_main(workspace, git_repo):
    assert_has_main(git_repo, workspace, "soups", "git merge --no-edit origin/main")


def test_soups_was_updated_with_a_merge(workspace, git_repo):
    assert_has_main(git_repo, workspace, "soups", "git merge --no-edit origin/main")
    commits = git_repo.commits("soups")
    assert holds(any(c.is_merge for c in commits)), (
        "soups has main's commits but no merge commit: it looks rebased. soups is shared with "
        "Sam, so its commits must not be rewritten. Start again with tutor reset "
        "team-update-branch, and update soups with git merge origin/main."
    )
    assert holds("Add the soup list" in [c.summary for c in commits]), (
        'soups has lost its commit "Add the soup list". Start again with tutor reset '
        "team-update-branch."
    )


def test_soups_is_pushed(workspace, git_repo):
    ours = git_repo.commits("soups")[0]
    theirs = RepoFacts(workspace / "origin.git").commits("soups")[0]
    assert holds(ours.sha == theirs.sha), (
        f'Your soups ends with "{ours.summary}", but soups on origin.git ends with '
        f'"{theirs.summary}". On soups, run git push, so Sam gets the update too.'
    )


def test_salads_has_the_newest_main(workspace, git_repo):
    assert_has_main(git_repo, workspace, "salads", "git rebase origin/main")


def test_salads_was_rebased(workspace, git_repo):
    assert_has_main(git_repo, workspace, "salads", "git rebase origin/main")
    newest = newest_on_origin_main(workspace)
    own = []
    for commit in git_repo.commits("salads"):
        if commit.sha == newest.sha:
            break
        own.append(commit)
    assert holds(not any(c.is_merge for c in own)), (
        "salads has a merge commit. salads is only yours, so rebase it instead, to keep its "
        "history one straight line: start again with tutor reset team-update-branch, or undo "
        "the merge on salads with git reset --hard HEAD~1 (it throws the merge away), then "
        "git rebase origin/main."
    )
    assert holds([c.summary for c in own] == ["Add the salad list"]), (
        "salads should end with its one commit, \"Add the salad list\", right on top of main's "
        "newest commit. Run git log --oneline --graph salads to see it."
    )


def test_nothing_is_left_half_done(git_repo):
    git_dir = git_repo.path / ".git"
    if (git_dir / "rebase-merge").exists() or (git_dir / "rebase-apply").exists():
        raise CheckFailure(
            "A rebase is still in progress. Fix the conflict, git add the file, and "
            "git rebase --continue; or git rebase --abort to start the rebase again."
        )
    git_repo.assert_clean()
