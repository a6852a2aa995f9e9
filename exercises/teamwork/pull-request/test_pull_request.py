"""Checks for team-pull-request: fixed on the branch, merged with a merge commit, pushed, tidied."""

from tutor.checks import CheckFailure, GitFailed, RepoFacts

SAMS_COMMIT = "Add Sunday to the rota"



def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def sunday_line(text):
    return next((line.strip() for line in text.splitlines() if line.startswith("Sunday")), "")


def test_the_fix_is_committed_on_the_branch(git_repo):
    # Sam asked for the fix on the branch: it must be in the merge's second parent.
    with git_repo.open() as repo:
        merges = repo.run("rev-list", "--merges", "--parents", "main").splitlines()
        for merge in merges:
            side = merge.split()[2]
            try:
                hours = repo.run("show", f"{side}:hours.txt")
            except GitFailed:
                continue  # no hours.txt on that side
            if "closed" in sunday_line(hours):
                return
    if "hours" in git_repo.branches:
        line = sunday_line(git_repo.file_at("hours", "hours.txt"))
        if "closed" not in line.lower():
            raise CheckFailure(
                f'On the branch hours, hours.txt still says "{line}". Fix it as Sam asked '
                "(Sunday: closed), then git add hours.txt and git commit, on the branch hours."
            )
        raise CheckFailure(
            "The fix is on the branch hours, but hours is not merged into main with a merge "
            "commit yet. On main: git merge --no-ff hours"
        )
    raise CheckFailure(
        "main has no merge commit that brings in a branch where Sunday says closed. Sam asked "
        "for the fix on the branch hours, then a merge with git merge --no-ff hours."
    )


def test_the_branch_is_pushed_before_the_merge(workspace):
    # The fix went to origin's hours too, so the reviewer saw it (or the branch is gone).
    team = RepoFacts(workspace / "origin.git")
    if "hours" not in team.branches:
        return  # deleted after the merge: checked by the last test
    line = sunday_line(team.file_at("hours", "hours.txt"))
    assert holds("closed" in line.lower()), (
        f'hours on origin.git still says "{line}": Sam cannot see your fix. On the branch '
        "hours, run git push."
    )


def test_main_has_sams_commit(git_repo):
    summaries = [commit.summary for commit in git_repo.commits("main")]
    assert holds(SAMS_COMMIT in summaries), (
        f'Your main does not have Sam\'s commit "{SAMS_COMMIT}". Before you merge, bring '
        "main up to date: git switch main, then git pull."
    )


def test_hours_is_merged_into_main_with_a_merge_commit(git_repo):
    git_repo.assert_merged("hours", into="main")
    assert holds(any(c.is_merge and "hours" in c.summary for c in git_repo.commits("main"))), (
        "hours is in main, but there is no merge commit for it, so the history does not "
        "show the pull request. Sam asked for git merge --no-ff hours."
    )


def test_main_is_pushed(workspace, git_repo):
    ours = git_repo.commits("main")[0]
    theirs = RepoFacts(workspace / "origin.git").commits("main")[0]
    assert holds(ours.sha == theirs.sha), (
        f'Your main ends with "{ours.summary}", but main on origin.git ends with '
        f'"{theirs.summary}". On main, run git push.'
    )


def test_the_branch_is_deleted_here_and_on_origin(workspace, git_repo):
    if "hours" in git_repo.branches:
        raise CheckFailure(
            "The branch hours is still in your repository. Once it is merged, delete it: "
            "git branch -d hours"
        )
    assert holds("hours" not in RepoFacts(workspace / "origin.git").branches), (
        "The branch hours is still on origin.git. Delete it there too: "
        "git push origin --delete hours"
    )
