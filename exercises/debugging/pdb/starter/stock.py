"""Which items must the shop order? Run it with: python3 stock.py"""


def read_stock(path):
    """A list of (item, count, minimum) from a file with a header line."""
    rows = []
    with open(path, encoding="utf-8") as file:
        next(file)  # skip the header line
        for line in file:
            item, count, minimum = line.strip().split(",")
            rows.append((item, count, minimum))
    return rows


def low_stock(rows):
    """The items that have fewer than their minimum, in the file's order."""
    low = []
    for item, count, minimum in rows:
        if count < minimum:
            low.append(item)
    return low


if __name__ == "__main__":
    print("Order more of:", ", ".join(low_stock(read_stock("stock.csv"))))
