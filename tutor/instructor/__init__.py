"""The instructor's tools: what a course's author and a class's teacher run, never a check.

    authoring.py        `tutor new`: a course, lesson or exercise from templates/
    preview.py          `tutor preview`: one lesson as a learner sees it
    verify.py           `tutor verify`: each exercise proved by its kind
    packaging.py        `tutor pack`: a course as one deterministic archive
    course_install.py   `tutor course install`: a packed course, installed offline
    course_identity.py  which course and version an export or an install is
    export.py           `tutor progress --export`: one learner's record, to hand in
    export_share.py     the course setting `share_folder`: the export after every check
    report/             `tutor report`: the class report from many exports

The learner's core never needs these, except the facade (app_state), which
writes the shared export after a check. Nothing is imported here, so a
submodule costs only what it imports itself.
"""
