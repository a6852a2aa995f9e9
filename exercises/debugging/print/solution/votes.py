"""Counts the votes for the garden's new chairperson. Run it with: python3 votes.py"""


def count_votes(path):
    """A dict of name -> number of votes, from a file with one vote a line."""
    counts = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            name = line.strip().title()
            if name:
                counts[name] = counts.get(name, 0) + 1
    return counts


def winner(path):
    """The name with the most votes."""
    counts = count_votes(path)
    best = None
    for name in counts:
        if best is None or counts[name] > counts[best]:
            best = name
    return best


if __name__ == "__main__":
    print("The winner is", winner("votes.txt"))
