"""Reading the sales file."""


def load_sales(path):
    """A list of sales, one dict for each line of the file after the header."""
    sales = []
    with open(path, encoding="utf-8") as file:
        next(file)  # skip the header line
        for line in file:
            item, count = line.strip().split(",")
            sales.append({"item": item, "count": int(count)})
    return sales
