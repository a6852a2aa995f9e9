"""Settings for the whole suite."""

from __future__ import annotations

import os

# `tutor check` leaves a resident helper running for a learner's next checks (runner/
# resident.py) for ten minutes. The suite makes hundreds of learners' data folders: each
# would keep one. Tests that are about the resident helper turn it on themselves.
os.environ.setdefault("TUTOR_RESIDENT_HELPER", "0")
