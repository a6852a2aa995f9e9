"""tutor: an offline coding school in a terminal."""

__version__ = "0.1.0"
