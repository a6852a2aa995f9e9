import unittest

from circle import area, parse_radius


class CircleTest(unittest.TestCase):
    def test_area_of_a_unit_circle(self):
        self.assertAlmostEqual(area(1), 3.14159, places=4)

    def test_area_of_a_bigger_circle(self):
        self.assertAlmostEqual(area(2.5), 19.635, delta=0.001)

    def test_parse_a_radius(self):
        self.assertEqual(parse_radius("2.5"), 2.5)

    def test_text_that_is_not_a_number_gives_none(self):
        self.assertIsNone(parse_radius("two"))


if __name__ == "__main__":
    unittest.main()
