"""Under a platform rate limit the engine settles near the allowed rate (real time, slow).

The limiter holds 10 requests and answers Retry-After in whole seconds, so each pause outlasts
its refill: pacing that bounced off the limit would waste most of every pause."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from gradebook_gui.edits import CellState

from .helpers import FakeTime, open_course

GRADES = 600
RATE_LIMIT = 40
BURST = 10


@pytest.mark.slow
def test_600_grades_against_a_limit_of_40_per_second_in_bursts_of_10(tmp_path: Path):
    with open_course(
        tmp_path,
        FakeTime(),
        students=GRADES,
        rate_limit=RATE_LIMIT,
        rate_burst=BURST,
        retry_after="whole",
        clock=time.monotonic,
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
