"""Checks for team-rejected-push: the learner's plant and Sam's Sunday both on origin's main."""

from pathlib import Path

from tutor.checks import CheckFailure, RepoFacts

SAMS_COMMIT = "Add Sunday to the rota"



def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def test_your_plant_is_committed_on_main(git_repo):
    plants = [line for line in git_repo.file_at("main", "plants.txt").splitlines() if line.strip()]
    assert holds(len(plants) >= 4), (
        f"plants.txt in your latest commit on main lists {len(plants)} plants; add one more on "
        "a new line, then git add plants.txt and git commit."
    )


def test_nothing_is_left_half_done(git_repo):
    git_dir = Path(git_repo.path) / ".git"
    if (git_dir / "rebase-merge").exists() or (git_dir / "rebase-apply").exists():
        raise CheckFailure(
            "A rebase is still in progress. If it stopped at a conflict, fix the file, "
            "git add it and run git rebase --continue; to give up, run git rebase --abort."
        )
    if (git_dir / "MERGE_HEAD").exists():
        raise CheckFailure(
            "A merge is still in progress. Fix any conflict, git add the file, then "
            "git commit --no-edit; to give up, run git merge --abort."
        )
    git_repo.assert_clean()


def test_main_has_sams_commit(workspace, git_repo):
    summaries = [commit.summary for commit in git_repo.commits("main")]
    team = [commit.summary for commit in RepoFacts(workspace / "origin.git").commits("main")]
    if SAMS_COMMIT not in summaries and SAMS_COMMIT not in team:
        raise CheckFailure(
            f'Sam\'s commit "{SAMS_COMMIT}" is gone from main on origin.git too: a forced push '
            "(git push --force) replaced origin's main with yours. Never force a push to get "
            "past a rejection. Start again with tutor reset team-rejected-push."
        )
    assert holds(SAMS_COMMIT in summaries), (
        f'Your main does not have Sam\'s commit "{SAMS_COMMIT}" yet. Run git fetch, then '
        "bring origin/main in: git rebase origin/main (or git merge origin/main)."
    )


def test_origin_has_your_work_and_sams(workspace, git_repo):
    team = RepoFacts(workspace / "origin.git")
    plants = [line for line in team.file_at("main", "plants.txt").splitlines() if line.strip()]
    assert holds(len(plants) >= 4), (
        "main on origin.git does not have your new plant yet. After bringing in Sam's commit, "
        "run git push again."
    )
    ours = git_repo.commits("main")[0]
    theirs = team.commits("main")[0]
    assert holds(ours.sha == theirs.sha), (
        f'Your main ends with "{ours.summary}", but main on origin.git ends with '
        f'"{theirs.summary}". Run git status: if it says ahead, git push; if behind or '
        "diverged, git fetch and git rebase origin/main first."
    )
