"""Looking up library members by what someone typed into a search box.

Both functions work for ordinary names, but they build their SQL by pasting
the typed text into it. Make them safe with ? placeholders.
"""


def find_member(connection, name):
    """The (id, name, wing) row of every member with exactly this name, as a list."""
    sql = "SELECT id, name, wing FROM members WHERE name = ?"
    return connection.execute(sql, (name,)).fetchall()


def members_in_wing(connection, wing):
    """The names of the members in this wing, sorted A to Z, as a list."""
    sql = "SELECT name FROM members WHERE wing = ? ORDER BY name"
    return [row[0] for row in connection.execute(sql, (wing,)).fetchall()]
