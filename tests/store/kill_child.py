"""Makes edits in a loop, printing each after the store returned, until a test kills it.

Run as `python kill_child.py DATABASE FIRST_STEP`; step N sets `student_of(N)` to `score_of(N)`.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.store import GradeStore

KEY = "https://school.ltiaas.com#kill test"
LINE_ITEM_ID = "https://lms.example.edu/api/lti/courses/7/line_items/99"
STUDENTS = [f"s{n}" for n in range(7)]
# A stopped clock: every timestamp then comes from the one before it.
STOPPED_CLOCK = datetime(2026, 1, 1, tzinfo=UTC)


def student_of(step: int) -> str:
    return STUDENTS[step % len(STUDENTS)]


def score_of(step: int) -> float:
    return step / 3


def label_of(step: int) -> str:
    return f"Set score {step}"


def main(path: Path, first_step: int) -> None:
    store = GradeStore.open(path)
    print("ready", flush=True)
    step = first_step
    while True:
        user = student_of(step)
        wanted = GradeEdit(user, score_of(step), 20.0, comment=f"step {step}")
        store.apply_edits(KEY, LINE_ITEM_ID, [(wanted, ServerGrade(1.0, 20.0))], label_of(step))
        print(f"edit {step}", flush=True)
        stamp = store.next_timestamp(KEY, LINE_ITEM_ID, user, STOPPED_CLOCK)
        print(f"timestamp {user} {stamp.isoformat()}", flush=True)
        step += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
