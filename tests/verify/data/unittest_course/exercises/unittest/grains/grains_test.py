import unittest

from grains import grains_on


class GrainsTest(unittest.TestCase):
    def test_square_1(self):
        self.assertEqual(grains_on(1), 1)

    def test_square_2(self):
        self.assertEqual(grains_on(2), 2)

    def test_square_16(self):
        self.assertEqual(grains_on(16), 32768)

    def test_square_64(self):
        self.assertEqual(grains_on(64), 9223372036854775808)

    def test_square_0_raises_an_error(self):
        self.assertRaises(ValueError, grains_on, 0)

    def test_square_65_raises_an_error_with_a_message(self):
        with self.assertRaisesRegex(ValueError, "square must be between 1 and 64"):
            grains_on(65)


if __name__ == "__main__":
    unittest.main()
