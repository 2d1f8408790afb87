"""Each failure handled as the safety rules say (resend only what surely did not apply, settle
the rest by reading back), against the sandbox's injected faults."""

from __future__ import annotations

import socket
import threading

import pytest

from gradebook_gui.api import LtiaasClient
from gradebook_gui.edits import CellState, FailureKind
from gradebook_gui.engine import ProgressEvent, StopReason
from gradebook_gui.sandbox import FailureKind as Fault

from .helpers import Course, CourseFactory, assert_sane_payloads


def queue_everyone(course: Course, score: float = 7.25) -> list[str]:
    learners = course.learners()
    course.queue(course.edit(user, score) for user in learners)
    course.control.clear_requests()
    return learners


def assert_all_verified(course: Course, learners: list[str], score: float = 7.25) -> None:
    entries = course.outbox()
    assert {user: entries[user].state for user in learners} == dict.fromkeys(
        learners, CellState.VERIFIED
    )
    server = course.server()
    assert all(server[user].on_scale(10) == pytest.approx(score) for user in learners)
    for user in learners:
        assert len(course.applied_posts(user)) == 1, "no double post"
    assert course.control.max_in_flight_per_user() <= 1
    assert_sane_payloads(course.requests())


# -- "slow down": resent blindly, after a pause for everyone ---------------------------------


@pytest.mark.parametrize("fault", ["429", "rate_limit_403"])
@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_rate_limit_pauses_for_retry_after_then_resends(
    course: Course, fault: Fault, concurrency: int
):
    learners = queue_everyone(course)
    user = learners[5]
    course.control.fail_for_user(user, fault, times=2)

    report = course.engine(concurrency=concurrency).run()

    assert report.exit_code == 0
    assert_all_verified(course, learners)
    posts = course.posts(user)
    assert [post.status for post in posts] == [int(fault[-3:])] * 2 + [204]
    assert course.time.slept >= 2.0
    if concurrency == 1:
        # The sandbox answers Retry-After: 1, on the clock both share: nothing is sent sooner.
        for refused in posts[:2]:
            assert refused.ended is not None
            assert not [
                request
                for request in course.requests()
                if refused.ended < request.started < refused.ended + 1.0
            ]


def test_503s_from_an_overloaded_service_are_retried_until_everything_is_verified(
    make_course: CourseFactory,
):
    # Seed 5 lets the set-up requests through; the run's requests then fail at random.
    course = make_course(students=20, fault_rate=0.2, seed=5)
    learners = queue_everyone(course)

    report = course.engine(concurrency=4).run()

    assert report.exit_code == 0, report
    assert any(request.status == 503 for request in course.requests())
    assert_all_verified(course, learners)


def test_a_service_that_never_lets_up_stops_the_run_with_everything_kept(course: Course):
    learners = queue_everyone(course)
    for user in learners:
        course.control.fail_for_user(user, "429", times=10)

    report = course.engine(max_attempts=3).run()

    assert report.stopped is StopReason.NETWORK and report.exit_code == 3
    assert report.stop_message is not None and "slow down" in report.stop_message
    assert {entry.state for entry in report.still_queued} == {CellState.QUEUED}
    assert len(report.still_queued) == len(learners)


# -- unknown outcomes: settled by reading back, never by a blind resend --------------------------


def test_a_connection_dropped_after_the_grade_applied_is_settled_by_reading_back(course: Course):
    learners = queue_everyone(course)
    user = learners[3]
    course.control.drop_connection_after_next_score(user)

    report = course.engine().run()

    assert report.exit_code == 0
    assert_all_verified(course, learners)
    assert [post.status for post in course.posts(user)] == [None]  # sent once, no answer
    assert any(request.query.get("userId") == user for request in course.requests())


@pytest.mark.parametrize("fault", ["500", "502", "504"])
def test_a_server_error_is_read_back_then_sent_again(course: Course, fault: Fault):
    learners = queue_everyone(course)
    user = learners[7]
    course.control.fail_for_user(user, fault)

    report = course.engine().run()

    assert report.exit_code == 0
    assert_all_verified(course, learners)
    assert [post.status for post in course.posts(user)] == [int(fault), 204]
    first, second = (post.json_body["timestamp"] for post in course.posts(user))
    assert second > first
    read_back = [request for request in course.requests() if request.query.get("userId") == user]
    assert len(read_back) == 1


def test_a_score_the_lms_keeps_failing_stays_queued_saying_it_was_not_applied(course: Course):
    learners = queue_everyone(course)
    user = learners[7]
    course.control.fail_for_user(user, "502", times=3)

    report = course.engine(max_attempts=3).run()

    # The read-back after each 502 proved it was not applied: kept for a later run, not failed.
    assert report.failed == () and report.stopped is None
    (kept,) = report.still_queued
    assert kept.user_id == user and kept.state is CellState.QUEUED
    assert kept.http_status == 502
    assert kept.reason == (
        "Not applied: the LMS answered HTTP 502 three times; still queued, to send again later."
    )
    assert len(course.posts(user)) == 3
    assert report.exit_code == 1  # done in part: the others are verified

    # `gradebook sync` (another run) sends it again.
    assert course.engine().run().exit_code == 0
    assert_all_verified(course, learners)


def test_an_accepted_but_ignored_grade_is_reported_ignored(course: Course):
    learners = queue_everyone(course)
    user = learners[2]
    course.control.ignore_next_score(user)

    report = course.engine().run()

    (ignored,) = report.failed
    assert ignored.user_id == user and ignored.failure_kind is FailureKind.IGNORED
    assert ignored.reason is not None and "accepted 7.25/10" in ignored.reason
    assert "still shows no grade" in ignored.reason
    assert report.exit_code == 1
    assert len(course.posts(user)) == 1


# -- final refusals ------------------------------------------------------------------------------


def test_a_422_is_final_for_that_student_in_the_lms_words_and_tried_once(course: Course):
    learners = queue_everyone(course)
    user = learners[4]
    course.control.fail_for_user(user, "422", times=3)

    report = course.engine().run()

    (refused,) = report.failed
    assert refused.user_id == user and refused.failure_kind is FailureKind.REFUSED
    assert refused.reason == "User not found in course or is not a student"
    assert refused.http_status == 422 and refused.attempts == 1
    assert len(course.posts(user)) == 1
    assert_all_verified(course, [other for other in learners if other != user])


def test_a_non_learner_is_refused_by_the_lms(course: Course):
    instructor = next(member.userId for member in course.client.members() if not member.is_learner)
    course.queue([course.edit(instructor, 5)])

    report = course.engine().run()

    (refused,) = report.failed
    assert refused.http_status == 422 and len(course.posts(instructor)) == 1


def test_a_timestamp_refusal_is_sent_once_more_with_a_later_timestamp(course: Course):
    learners = queue_everyone(course)
    user = learners[1]
    course.control.fail_for_user(user, "409")

    report = course.engine().run()

    assert report.exit_code == 0
    assert_all_verified(course, learners)
    first, second = course.posts(user)
    assert (first.status, second.status) == (409, 204)
    assert_sane_payloads([first, second])


def test_a_second_timestamp_refusal_is_final(course: Course):
    learners = queue_everyone(course)
    user = learners[1]
    course.control.fail_for_user(user, "409", times=2)

    report = course.engine().run()

    (refused,) = report.failed
    assert refused.failure_kind is FailureKind.REFUSED and refused.http_status == 409
    assert "earlier timestamp" in (refused.reason or "")
    assert len(course.posts(user)) == 2


def test_a_timestamp_refusal_after_a_change_in_the_lms_is_a_conflict(course: Course):
    learners = queue_everyone(course)
    user = learners[1]

    def change_while_sending(event: ProgressEvent) -> None:
        if event.user_id == user and event.state is CellState.SENDING:
            course.control.set_grade(course.line_item.id, user, 3.0)
            course.control.fail_for_user(user, "409")

    report = course.engine(change_while_sending).run()

    (conflict,) = report.conflicts
    assert conflict.user_id == user and "it is now 3/10" in (conflict.reason or "")
    assert course.grade(user).on_scale(10) == 3.0
    assert len(course.posts(user)) == 1


# -- stopping the whole queue ------------------------------------------------------------------


def test_expired_credentials_stop_the_queue_and_a_new_credential_finishes_it(course: Course):
    learners = queue_everyone(course)
    sent: list[str] = []

    def expire_after_three(event: ProgressEvent) -> None:
        if event.state is CellState.SENT:
            sent.append(event.user_id or "")
            if len(sent) == 3:
                course.control.expire_credentials()

    report = course.engine(expire_after_three, concurrency=2).run()

    assert report.stopped is StopReason.AUTH and report.exit_code == 3
    assert report.stop_message is not None and "Sign in again" in report.stop_message
    assert not report.failed and not report.verified
    states = {entry.state for entry in report.still_queued}
    assert states <= {CellState.QUEUED, CellState.SENT}
    assert len(report.still_queued) == len(learners)
    refused = [post for post in course.posts() if post.status == 401]
    assert 1 <= len(refused) <= 2  # the request that met the expiry, and one in flight at most

    course.renew_credentials()
    again = course.engine(concurrency=2).run()

    assert again.exit_code == 0 and len(again.verified) == len(learners)
    assert_all_verified(course, learners)


def test_cancel_finishes_what_is_in_flight_and_leaves_the_rest_queued(course: Course):
    learners = queue_everyone(course)
    cancel = threading.Event()

    def cancel_after_two(event: ProgressEvent) -> None:
        if event.state is CellState.SENT and len(course.posts()) >= 2:
            cancel.set()

    report = course.engine(cancel_after_two, concurrency=1).run(cancel)

    assert report.stopped is StopReason.CANCELLED and report.exit_code == 1
    # The request in flight when the cancel came (the next one may already have left while
    # the second was being written down) is finished and read back; nothing leaves after it.
    sent = len(course.posts())
    assert sent in (2, 3)
    assert len(report.verified) == sent
    assert {entry.state for entry in report.still_queued} == {CellState.QUEUED}
    assert len(report.still_queued) == len(learners) - sent

    assert course.engine().run().exit_code == 0
    assert_all_verified(course, learners)


def test_a_cancel_before_the_start_sends_nothing(course: Course):
    queue_everyone(course)
    cancel = threading.Event()
    cancel.set()
    report = course.engine().run(cancel)
    assert report.stopped is StopReason.CANCELLED and course.requests() == []


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_losing_the_network_stops_the_run_and_it_resumes_later(make_course: CourseFactory):
    course = make_course(port=free_port())
    learners = queue_everyone(course)
    down = threading.Event()

    def network_goes_down(event: ProgressEvent) -> None:
        if event.state is CellState.SENT and not down.is_set():
            down.set()
            course.sandbox.stop()

    report = course.engine(network_goes_down, concurrency=1).run()

    assert report.stopped is StopReason.NETWORK and report.exit_code == 3
    assert "could not be reached" in (report.stop_message or "")
    assert not report.failed and not report.verified
    assert {entry.state for entry in report.still_queued} <= {CellState.QUEUED, CellState.SENT}
    assert course.time.slept > 0  # backed off between attempts

    course.sandbox.start()
    again = course.engine().run()
    assert again.exit_code == 0
    assert_all_verified(course, learners)


def test_an_unreachable_lms_at_the_start_changes_nothing(course: Course):
    queue_everyone(course)
    before = course.outbox()
    with LtiaasClient(f"http://127.0.0.1:{free_port()}", course.client.credentials) as nowhere:
        course.client = nowhere
        report = course.engine(max_attempts=2).run()

    assert report.stopped is StopReason.NETWORK and report.exit_code == 3
    assert course.outbox() == before
