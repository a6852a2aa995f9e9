"""Checks for team-pull: Sam's rota pulled, a new plant committed on top, main pushed."""

from tutor.checks import RepoFacts

SAMS_COMMITS = ("Add the watering rota", "Put the new gardener on Fridays")



def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def test_main_has_sams_commits(git_repo):
    yours = {commit.summary for commit in git_repo.commits("main")}
    missing = [summary for summary in SAMS_COMMITS if summary not in yours]
    assert not missing, (
        "Your main does not have Sam's commit"
        + ("s " if len(missing) > 1 else " ")
        + ", ".join(f'"{summary}"' for summary in missing)
        + " yet. On main, run git pull to fetch them from origin and bring them in."
    )


def test_the_rota_is_in_your_folder(workspace):
    assert (workspace / "rota.txt").is_file(), (
        "There is no rota.txt in your folder, so Sam's work is not in your files yet. "
        "On main, run git pull."
    )


def test_plants_txt_has_a_new_plant(git_repo):
    plants = [line for line in git_repo.file_at("main", "plants.txt").splitlines() if line.strip()]
    assert holds(len(plants) >= 4), (
        f"plants.txt in your latest commit on main lists {len(plants)} plants; add one more on "
        "a new line, save, then git add plants.txt and git commit."
    )


def test_main_is_pushed(workspace, git_repo):
    ours = git_repo.commits("main")[0]
    theirs = RepoFacts(workspace / "origin.git").commits("main")[0]
    assert holds(ours.sha == theirs.sha), (
        f'Your main ends with "{ours.summary}", but main on origin.git ends with '
        f'"{theirs.summary}". Send your commit with git push (git status says whether you '
        "are ahead)."
    )
