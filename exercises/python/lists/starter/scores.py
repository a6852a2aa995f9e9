# Working with lists of test scores.


def highest(scores):
    # TODO: return the biggest score in the list.
    # If the list is empty, return None.
    pass


def passing(scores, pass_mark):
    result = []
    # TODO: add each score that is at least pass_mark to result.
    return result


def last_three(scores):
    # TODO: return a new list with the last three scores.
    pass
