"""Checks for team-push-branch: the branch tips, with three tips, pushed to origin.git."""

from tutor.checks import CheckFailure, GitFailed, RepoFacts


def setting(repo, name):
    """The value of a git setting in the learner's repository; "" when it is not set."""
    try:
        return repo.run("config", "--get", name)
    except GitFailed:
        return ""


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def origin(workspace):
    return RepoFacts(workspace / "origin.git")


def test_you_made_the_branch_tips(git_repo):
    if "tips" not in git_repo.branches:
        others = [name for name in git_repo.branches if name != "main"]
        also = f" You have: {', '.join(others)}; the name must be tips." if others else ""
        raise CheckFailure(
            "Your repository has no branch called tips yet." + also
            + " Make it and go to it with git switch -c tips."
        )


def test_tips_txt_has_three_tips_on_the_branch(git_repo):
    test_you_made_the_branch_tips(git_repo)
    text = git_repo.file_at("tips", "tips.txt")
    tips = [line for line in text.splitlines() if line.strip()]
    assert holds(len(tips) >= 3), (
        f"tips.txt in the latest commit on tips has {len(tips)} lines with a tip, but it "
        "should have at least 3, one a line. Write them, save, then git add tips.txt and "
        "git commit."
    )


def test_origin_has_the_branch_tips(workspace):
    assert holds("tips" in origin(workspace).branches), (
        "origin.git has no branch called tips yet, so Sam cannot see your work. "
        "Send it with git push -u origin tips"
    )


def test_everything_on_tips_is_pushed(workspace, git_repo):
    test_origin_has_the_branch_tips(workspace)
    ours = git_repo.commits("tips")[0]
    theirs = origin(workspace).commits("tips")[0]
    assert holds(ours.sha == theirs.sha), (
        f'Your branch tips ends with "{ours.summary}", but tips on origin.git ends with '
        f'"{theirs.summary}". Push again: git push'
    )


def test_tips_remembers_its_upstream(git_repo):
    with git_repo.open() as repo:
        remote = setting(repo, "branch.tips.remote")
        merge = setting(repo, "branch.tips.merge")
    assert holds(remote == "origin" and merge == "refs/heads/tips"), (
        "Your branch tips does not know its upstream on origin yet, so a plain git push or "
        "git pull would not know where to go. Push it once with -u: git push -u origin tips"
    )


def test_main_on_origin_is_unchanged(workspace):
    text = origin(workspace).file_at("main", "tips.txt")
    assert not text.strip(), (
        "tips.txt on main in origin.git already has tips, but they were meant to wait on the "
        "branch tips until Sam has read them. Ask your instructor to help you undo the push, "
        "or start again with tutor reset team-push-branch."
    )
