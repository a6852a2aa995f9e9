# Working with lists of test scores.


def highest(scores):
    if len(scores) == 0:
        return None
    best = scores[0]
    for score in scores:
        if score > best:
            best = score
    return best


def passing(scores, pass_mark):
    result = []
    for score in scores:
        if score >= pass_mark:
            result.append(score)
    return result


def last_three(scores):
    return scores[-3:]
