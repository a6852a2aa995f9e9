"""`tutor report`: one offline HTML page about the whole class, from the learners' exports.

    build.py     the page: tables, sections, the summary lines
    charts.py    inline SVG bar charts
    help.py      who needs help now, and when each learner was last active
    projects.py  each learner's project milestones, verdicts, open comments
    verify.py    `--verify`: the learners' records checked again, sandboxed
    versions.py  which course to check with; exercises done on an older version
    watch.py     `--watch`: remake the page whenever an export changes

Nothing is imported here: `--watch` and `--verify` pull in only what they need.
"""
