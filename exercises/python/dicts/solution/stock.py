# A shop's stock: a dictionary from item name to how many are left.


def add_stock(stock, item, amount):
    stock[item] = stock.get(item, 0) + amount
    return stock


def low_stock(stock, limit):
    names = []
    for item, count in stock.items():
        if count < limit:
            names.append(item)
    return sorted(names)


def count_words(text):
    counts = {}
    for word in text.lower().split():
        if word in counts:
            counts[word] = counts[word] + 1
        else:
            counts[word] = 1
    return counts
