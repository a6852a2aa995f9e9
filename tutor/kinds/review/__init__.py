"""Code review of projects, offline: the review file, its import, what it says to the learner.

model.py (the file, read as hostile input), history.py (a project's files and
commits, read with git), checklist.py (a review -> checks in the learner's
checklist), feedback.py (`tutor feedback import`), export_projects.py (a
learner's projects out of an export). None of it imports Textual.
"""
