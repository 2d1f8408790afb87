"""Waits are bounded and visible: a long pause is counted down, cancel ends it, a wait longer
than allowed stops the run with the work kept, and a score the LMS keeps failing backs off and
stays queued."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest

from gradebook_gui.api import LtiaasClient
from gradebook_gui.edits import CellState
from gradebook_gui.engine import ProgressEvent, StopReason

from .helpers import Course

Rewrite = Callable[[httpx.Request, Callable[[], httpx.Response]], httpx.Response]


class Tampering(httpx.BaseTransport):
    """Real sockets to the sandbox, with each exchange passed through `rewrite` first."""

    def __init__(self, rewrite: Rewrite) -> None:
        self._inner = httpx.HTTPTransport()
        self._rewrite = rewrite

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._rewrite(request, lambda: self._inner.handle_request(request))

    def close(self) -> None:
        self._inner.close()


@contextmanager
def tampered(course: Course, rewrite: Rewrite) -> Iterator[None]:
    """The course's engine talks to the sandbox through `rewrite`."""
    original = course.client
    course.client = LtiaasClient(
        original.origin,
        original.credentials,
        platform=original.platform,
        transport=Tampering(rewrite),
    )
    try:
        yield
    finally:
        course.client.close()
        course.client = original


def retry_after_on_refused_posts(value: str) -> Rewrite:
    """The sandbox's 429 answers to score posts carry `Retry-After: value` instead of 1."""

    def rewrite(request: httpx.Request, forward: Callable[[], httpx.Response]) -> httpx.Response:
        response = forward()
        if request.method == "POST" and response.status_code == 429:
            response.headers["Retry-After"] = value
        return response

    return rewrite


def queue_everyone(course: Course) -> list[str]:
    learners = course.learners()
    course.queue(course.edit(user, 7.25) for user in learners)
    course.control.clear_requests()
    return learners


def states(course: Course) -> set[CellState]:
    return {entry.state for entry in course.outbox().values()}


@pytest.mark.parametrize(
    ("retry_after", "words"),
    [
        ("3600", "1 hour"),
        ("1e9", "11,574 days"),
        ("Fri, 01 Jan 2100 00:00:00 GMT", "days"),  # an HTTP date
    ],
)
def test_a_wait_longer_than_allowed_stops_the_run_with_everything_kept(
    course: Course, retry_after: str, words: str
):
    learners = queue_everyone(course)
    for user in learners:
        course.control.fail_for_user(user, "429")

    with tampered(course, retry_after_on_refused_posts(retry_after)):
        report = course.engine(concurrency=2).run()

    assert report.stopped is StopReason.WAIT and report.exit_code == 3
    kept = len(learners)
    assert report.stop_message is not None
    assert report.stop_message.startswith("The LMS asked us to wait ")
    assert f"{words}, longer than" in report.stop_message
    assert report.stop_message.endswith(
        f", longer than the 5 minutes this app waits at most; {kept} grades are kept queued "
        "to send later."
    )
    assert len(report.still_queued) == kept
    assert states(course) == {CellState.QUEUED}  # none left "sending"
    assert course.time.slept < 1
    assert course.events[-1].message == report.stop_message


def test_the_longest_wait_is_an_option(course: Course):
    learners = queue_everyone(course)
    course.control.fail_for_user(learners[0], "429")

    with tampered(course, retry_after_on_refused_posts("45")):
        report = course.engine(concurrency=1, max_wait=30).run()

    assert report.stopped is StopReason.WAIT
    assert report.stop_message is not None
    assert "wait 45 seconds, longer than the 30 seconds" in report.stop_message
    # Within the option, the same wait is taken.
    with tampered(course, retry_after_on_refused_posts("45")):
        course.control.fail_for_user(learners[0], "429")
        assert course.engine(concurrency=1, max_wait=60).run().exit_code == 0
    assert course.time.slept >= 45


def test_a_long_pause_is_counted_down_in_the_progress(course: Course):
    learners = queue_everyone(course)
    course.control.fail_for_user(learners[3], "429")

    with tampered(course, retry_after_on_refused_posts("5")):
        report = course.engine(concurrency=1).run()

    assert report.exit_code == 0
    waits = [event for event in course.events if event.waiting_seconds is not None]
    assert [round(event.waiting_seconds or 0) for event in waits] == [5, 4, 3, 2, 1, 0]
    assert waits[0].message == "Waiting 5 seconds before the next request"
    assert waits[-1].waiting_seconds == 0.0 and waits[-1].message == "Done waiting"
    assert all(event.user_id is None for event in waits)


def test_cancel_ends_a_long_pause_promptly(course: Course):
    learners = queue_everyone(course)
    course.control.fail_for_user(learners[0], "429")
    cancel = threading.Event()

    def cancel_while_waiting(event: ProgressEvent) -> None:
        if event.waiting_seconds:
            cancel.set()

    with tampered(course, retry_after_on_refused_posts("240")):
        report = course.engine(cancel_while_waiting, concurrency=1).run(cancel)

    assert report.stopped is StopReason.CANCELLED
    assert course.time.slept < 1
    assert states(course) == {CellState.QUEUED}
    assert any(event.waiting_seconds == 0.0 for event in course.events)


def test_a_pre_read_asked_to_wait_too_long_sends_nothing(course: Course):
    queue_everyone(course)

    def busy_for_an_hour(
        request: httpx.Request, forward: Callable[[], httpx.Response]
    ) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(503, headers={"Retry-After": "3480"})
        return forward()

    with tampered(course, busy_for_an_hour):
        report = course.engine().run()

    assert report.stopped is StopReason.WAIT and report.exit_code == 3
    assert report.stop_message is not None
    assert report.stop_message.startswith("The LMS asked us to wait 58 minutes")
    assert course.posts() == []


def test_the_pre_read_and_read_back_survive_503s_and_dropped_connections(course: Course):
    learners = queue_everyone(course)
    # By GET, in order: the pre-read's one page fails three times, the read-back's once.
    faults = ["503", "drop", "503", None, "drop"]
    lock = threading.Lock()

    def flaky_reads(
        request: httpx.Request, forward: Callable[[], httpx.Response]
    ) -> httpx.Response:
        if request.method == "GET":
            with lock:
                fault = faults.pop(0) if faults else None
            if fault == "503":
                return httpx.Response(503, headers={"Retry-After": "1"})
            if fault == "drop":
                raise httpx.RemoteProtocolError("Server disconnected", request=request)
        return forward()

    with tampered(course, flaky_reads):
        report = course.engine().run()

    assert report.exit_code == 0, report.stop_message
    assert len(report.verified) == len(learners)
    assert faults == []


def test_500_on_every_post_backs_off_keeps_the_grades_and_stops(course: Course):
    learners = queue_everyone(course)
    for user in learners:
        course.control.fail_for_user(user, "500", times=6)

    report = course.engine(concurrency=1).run()

    # One student's six attempts, each read back as not applied, with growing pauses between.
    first = next(user for user in learners if course.posts(user))
    assert len(course.posts()) == 6 == len(course.posts(first))
    pauses = [
        later.started - earlier.ended
        for earlier, later in zip(course.posts(), course.posts()[1:], strict=False)
        if earlier.ended is not None
    ]
    assert pauses == sorted(pauses) and pauses[0] >= 0.25 and pauses[-1] >= 4
    assert report.stopped is StopReason.NETWORK and report.exit_code == 3
    assert report.stop_message is not None
    assert report.stop_message.startswith(
        f"The LMS took none of the grades sent (the LMS answered HTTP 500 six times for {first})"
    )
    entries = course.outbox()
    assert entries[first].state is CellState.QUEUED
    assert entries[first].reason == (
        "Not applied: the LMS answered HTTP 500 six times; still queued, to send again later."
    )
    assert states(course) == {CellState.QUEUED}
    assert len(report.still_queued) == len(learners)

    # `gradebook sync` sends them again once the LMS recovers.
    course.control.reset_faults()
    assert course.engine().run().exit_code == 0
    assert states(course) == {CellState.VERIFIED}
