"""The sample course under data/ holds exercise test files: not tests of the tutor."""

collect_ignore_glob = ["data/*"]
