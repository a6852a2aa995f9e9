import os


def search_file(word, path):
    found = []
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            if word in line:
                found.append(f"{number}:{line.rstrip()}")
    return found


def search_folder(word, folder):
    found = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            for match in search_file(word, os.path.join(folder, name)):
                found.append(f"{name}:{match}")
    return found
