# Keep notes in a text file, one note per line.
import os


def save_notes(path, notes):
    with open(path, "w", encoding="utf-8") as file:
        for note in notes:
            file.write(note + "\n")


def load_notes(path):
    if not os.path.exists(path):
        return []
    notes = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            notes.append(line.rstrip("\n"))
    return notes


def add_note(path, note):
    with open(path, "a", encoding="utf-8") as file:
        file.write(note + "\n")
