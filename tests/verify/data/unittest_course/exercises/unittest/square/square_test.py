import unittest

from square import square


class SquareTest(unittest.TestCase):
    def test_square_of_1(self):
        self.assertEqual(square(1), 1)

    def test_square_of_4(self):
        self.assertEqual(square(4), 16)

    def test_square_of_0(self):
        self.assertEqual(square(0), 0)

    def test_a_table_of_squares(self):
        for number, expected in [(2, 4), (3, 9), (10, 100)]:
            with self.subTest(number=number):
                self.assertEqual(square(number), expected)

    def test_negative_number_raises_an_error(self):
        with self.assertRaises(ValueError) as err:
            square(-1)
        self.assertEqual(type(err.exception), ValueError)
        self.assertEqual(err.exception.args[0], "square of a negative number")


if __name__ == "__main__":
    unittest.main()
