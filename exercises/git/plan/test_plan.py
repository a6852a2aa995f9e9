"""Checks for git-plan: a repository's history built from a blank file and a brief."""


def filled_lines(text):
    return [line for line in text.splitlines() if line.strip()]


def test_plan_has_three_lines_on_main(git_repo):
    lines = filled_lines(git_repo.file_at("main", "plan.txt"))
    assert len(lines) >= 3, (
        f"In the latest commit on main, plan.txt has {len(lines)} line(s) with words, but the "
        "plan needs at least 3. Write them in plan.txt, save, then git add plan.txt and "
        "git commit on main."
    )


def test_ideas_branch_exists(git_repo):
    git_repo.assert_branch_exists("ideas")


def test_ideas_were_committed_on_their_branch(git_repo):
    ideas = filled_lines(git_repo.file_at("ideas", "ideas.txt"))
    assert ideas, (
        "On the branch ideas, ideas.txt is empty in the latest commit. Write at least one "
        "idea in it, save, then git add ideas.txt and git commit while on ideas."
    )


def test_ideas_are_merged_into_main(git_repo):
    git_repo.assert_merged("ideas", into="main")


def test_everything_is_committed(git_repo):
    git_repo.assert_clean()
