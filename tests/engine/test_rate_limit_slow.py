"""Under a platform rate limit the engine does not bounce off the allowed rate (real time, slow).

The limiter holds 10 requests and answers Retry-After in whole seconds, so each pause outlasts
its refill: pacing that bounced off the limit would waste most of every pause."""

from __future__ import annotations

import time
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from gradebook_gui.api import Credentials, LtiaasClient
from gradebook_gui.edits import CellState

from .helpers import FakeTime, open_course

GRADES = 600
RATE_LIMIT = 40
BURST = 10
# Pacing that bounced off this limiter reached under half of it.
BOUNCING_SHARE = 0.6


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
    assert len(refused) <= 0.1 * len(requests)
    # How close to the limit it settles (>= 80 %) is a benchmark's figure (benchmarks/rate_limit.py,
    # the same limiter), measured on a quiet machine; here only a pacing that bounces off the limit
    # fails, with room for a busy test machine.
    assert answered / elapsed >= BOUNCING_SHARE * RATE_LIMIT


@pytest.mark.slow
def test_a_run_starts_at_the_rate_learnt_before_it_and_hands_back_what_it_learnt(tmp_path: Path):
    """Against a limiter that lets one request through at a time, a run with nothing known is
    refused at once and learns the rate; that goes back to its client, and the next run (as a
    run after loading the column) spaces its very first requests at it and is refused nothing
    while it starts."""
    with open_course(
        tmp_path,
        FakeTime(),
        students=96,
        rate_limit=RATE_LIMIT,
        rate_burst=1,
        retry_after="whole",
        clock=time.monotonic,
    ) as course:
        learners = course.learners()
        issued = course.sandbox.credentials
        credentials = Credentials(issued.api_key, issued.ltik, issued.service_key)
        with LtiaasClient(course.sandbox.base_url, credentials) as client:
            client.platform = course.client.platform
            newcomer = replace(course, client=client)
            openings, rates = [], []
            for half in (learners[:48], learners[48:]):
                newcomer.queue(newcomer.edit(user, 3.75) for user in half)
                time.sleep(1.0)  # the bucket fills again
                course.control.clear_requests()
                report = newcomer.engine(clock=time.monotonic, sleep=time.sleep).run()
                assert len(report.verified) == 48
                openings.append(sorted(course.requests(), key=lambda request: request.started)[:8])
                learned = client.pacing.learned
                assert learned is not None and learned.rate < RATE_LIMIT
                rates.append(learned.rate)

    assert 429 in [request.status for request in openings[0]]
    assert 429 not in [request.status for request in openings[1]]
    gaps = [later.started - earlier.started for earlier, later in pairwise(openings[1])]
    assert min(gaps) >= 0.8 / rates[0]
