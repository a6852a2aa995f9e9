def find_anagrams(word, candidates):
    # TODO: the candidates made of the same letters as word.
    return []
