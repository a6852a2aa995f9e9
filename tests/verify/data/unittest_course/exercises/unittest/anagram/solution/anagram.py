def find_anagrams(word, candidates):
    letters = sorted(word.lower())
    return [
        candidate
        for candidate in candidates
        if candidate.lower() != word.lower() and sorted(candidate.lower()) == letters
    ]
