def parse_line(line):
    """'Ana, 4.5' -> ('Ana', 4.5)."""
    if "," not in line:
        raise ValueError(f"this line has no comma between the name and the hours: {line}")
    name, hours = line.split(",", 1)
    return name.strip(), float(hours)


def total_hours(lines):
    """Each person's total hours, from lines like 'Ana, 4.5'. Blank lines are skipped."""
    totals = {}
    for line in lines:
        if line.strip() == "":
            continue
        name, hours = parse_line(line)
        totals[name] = totals.get(name, 0) + hours
    return totals


def load_totals(path):
    """total_hours of the lines of a text file."""
    with open(path, encoding="utf-8") as file:
        return total_hours(file.read().splitlines())
