import unittest

from anagram import find_anagrams


class AnagramTest(unittest.TestCase):
    def test_no_matches(self):
        self.assertEqual(find_anagrams("diaper", ["hello", "world"]), [])

    def test_detects_two_anagrams(self):
        candidates = ["stream", "pigeon", "maters"]
        self.assertCountEqual(find_anagrams("master", candidates), ["maters", "stream"])

    def test_finds_a_capitalised_anagram(self):
        self.assertIn("Carthorse", find_anagrams("orchestra", ["cashregister", "Carthorse"]))

    def test_a_word_is_not_its_own_anagram(self):
        self.assertNotIn("BANANA", find_anagrams("banana", ["BANANA"]))


if __name__ == "__main__":
    unittest.main()
