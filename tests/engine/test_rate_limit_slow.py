"""Under a platform rate limit the engine settles near the allowed rate (real time, slow)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from gradebook_gui.edits import CellState

from .helpers import FakeTime, open_course

GRADES = 600
RATE_LIMIT = 40


@pytest.mark.slow
def test_600_grades_against_a_limit_of_40_per_second(tmp_path: Path):
    with open_course(
        tmp_path, FakeTime(), students=GRADES, rate_limit=RATE_LIMIT, clock=time.monotonic
    ) as course:
        course.queue(course.edit(user, 3.75) for user in course.learners())
        time.sleep(1.5)  # the set-up's requests leave the bucket full again
        course.control.clear_requests()
        started = time.monotonic()

        report = course.engine(clock=time.monotonic, sleep=time.sleep).run()

        elapsed = time.monotonic() - started
        requests = course.requests()
    assert {entry.state for entry in report.verified} == {CellState.VERIFIED}
    assert len(report.verified) == GRADES
    refused = [request for request in requests if request.status == 429]
    answered = len(requests) - len(refused)
    assert GRADES / elapsed >= 0.8 * RATE_LIMIT
    assert answered / elapsed >= 0.8 * RATE_LIMIT
    assert len(refused) <= 0.1 * len(requests)
