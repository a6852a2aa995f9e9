from tutor.cli import entry_point

entry_point()
