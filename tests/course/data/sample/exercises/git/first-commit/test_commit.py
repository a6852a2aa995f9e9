def test_notes_is_committed(repo):
    assert "notes.txt" in repo.head.commit.tree
