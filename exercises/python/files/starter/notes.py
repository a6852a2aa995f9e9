# Keep notes in a text file, one note per line.
import os


def save_notes(path, notes):
    # TODO: write each note in the list to the file at path, one per line.
    # Any old contents of the file are replaced.
    pass


def load_notes(path):
    # TODO: return the notes in the file as a list of strings, without
    # the line endings. If the file does not exist, return [].
    return []


def add_note(path, note):
    # TODO: add one note to the end of the file, keeping the notes
    # already there.
    pass
