"""Checks for team-clone: garden/ is a clone of origin.git with Sam's three commits."""

from pathlib import Path

from tutor.checks import CheckFailure, RepoFacts


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def clone_of(workspace: Path) -> RepoFacts:
    folder = workspace / "garden"
    if not folder.is_dir():
        if (workspace / "origin" / ".git").is_dir():
            raise CheckFailure(
                "You made a clone called origin: without a folder name at the end, git clone "
                "names the copy after the repository. Rename it with: mv origin garden"
            )
        raise CheckFailure(
            "There is no folder called garden in your exercise folder yet. In the exercise "
            "folder, run: git clone origin.git garden"
        )
    if not (folder / ".git").is_dir():
        raise CheckFailure(
            "The folder garden is there, but it is not a Git repository, so it is not a clone. "
            "Remove it (rm -r garden) and run: git clone origin.git garden"
        )
    return RepoFacts(folder)


def test_garden_is_a_clone_of_origin(workspace):
    clone = clone_of(workspace)
    with clone.open() as repo:
        names = repo.run("remote").split()
        url = repo.run("remote", "get-url", "origin") if "origin" in names else ""
    assert holds("origin" in names), (
        "Your garden repository has no remote called origin, so it does not know where it "
        "came from. Remove garden (rm -r garden) and make it again with git clone origin.git garden"
    )
    url = url.rstrip("/")
    assert url.endswith("origin.git"), (
        f"In garden, the remote origin points at {url}, not at the team's repository "
        "origin.git. Remove garden (rm -r garden) and run: git clone origin.git garden"
    )


def test_the_clone_has_all_of_sams_commits(workspace):
    clone = clone_of(workspace)
    team = RepoFacts(workspace / "origin.git").commits("main")
    yours = {commit.sha for commit in clone.commits()}
    missing = [commit.summary for commit in team if commit.sha not in yours]
    assert not missing, (
        "Your clone is missing commits that are in origin.git: "
        + ", ".join(f'"{summary}"' for summary in missing)
        + ". Run git log --oneline inside garden to see what you have."
    )


def test_the_files_are_in_the_clone(workspace):
    clone_of(workspace)
    for name in ("README.md", "plants.txt", "rota.txt"):
        assert (workspace / "garden" / name).is_file(), (
            f"garden has no file {name}, but the team's newest commit has it. A clone "
            "checks out the newest commit of main: run git status inside garden."
        )
