"""Looking up library members by what someone typed into a search box.

Both functions work for ordinary names, but they build their SQL by pasting
the typed text into it. Make them safe with ? placeholders.
"""


def find_member(connection, name):
    """The (id, name, wing) row of every member with exactly this name, as a list."""
    # TODO: this pastes the typed name into the SQL. Use a ? placeholder instead.
    sql = f"SELECT id, name, wing FROM members WHERE name = '{name}'"
    return connection.execute(sql).fetchall()


def members_in_wing(connection, wing):
    """The names of the members in this wing, sorted A to Z, as a list."""
    # TODO: this pastes the typed wing into the SQL. Use a ? placeholder instead.
    sql = "SELECT name FROM members WHERE wing = '" + wing + "' ORDER BY name"
    return [row[0] for row in connection.execute(sql).fetchall()]
