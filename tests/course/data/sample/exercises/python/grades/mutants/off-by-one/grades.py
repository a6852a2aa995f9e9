def grade(score):
    if score > 90:
        return "A"
    if score >= 50:
        return "C"
    return "F"
