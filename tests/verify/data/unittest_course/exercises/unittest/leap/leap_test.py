import unittest

from leap import leap_year


class LeapTest(unittest.TestCase):
    def test_year_not_divisible_by_4_is_common(self):
        self.assertFalse(leap_year(2015))

    def test_year_divisible_by_4_not_by_100_is_leap(self):
        self.assertTrue(leap_year(1996))

    def test_year_divisible_by_100_not_by_400_is_common(self):
        self.assertFalse(leap_year(2100))

    def test_year_divisible_by_400_is_leap(self):
        self.assertIs(leap_year(2000), True)


if __name__ == "__main__":
    unittest.main()
