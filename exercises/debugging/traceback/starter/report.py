"""Prints the shop's best seller. Run it with: python3 report.py"""

from sales import load_sales
from stats import best_seller


def main():
    sales = load_sales("sales.csv")
    print("Best seller:", best_seller(sales))


if __name__ == "__main__":
    main()
