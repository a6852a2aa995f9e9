"""Copy the bundled course (lessons/, exercises/, reference/) into the wheel.

The course lives at the top of the repository so instructors can read it
easily; an installed `tutor` finds it at tutor/bundled_course/.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

COURSE_PARTS = ("lessons", "exercises", "reference")


class BuildPyWithCourse(build_py):
    def run(self) -> None:
        super().run()
        here = Path(__file__).parent
        target = Path(self.build_lib) / "tutor" / "bundled_course"
        for part in COURSE_PARTS:
            source = here / part
            if source.is_dir():
                # A build/ left from before would keep renamed lessons as duplicates.
                shutil.rmtree(target / part, ignore_errors=True)
                shutil.copytree(
                    source,
                    target / part,
                    dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
                )


setup(cmdclass={"build_py": BuildPyWithCourse})
