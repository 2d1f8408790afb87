"""Why a run stopped, as a sentence the window translates; the English text stays as it was."""

from __future__ import annotations

import threading

from gradebook_gui.engine import StopReason
from gradebook_gui.engine.options import SubmissionReport

from .helpers import Course, CourseFactory
from .test_failures import free_port, queue_everyone
from .test_waits import retry_after_on_refused_posts, tampered


def assert_told(report: SubmissionReport) -> str:
    """The sentence of `report`'s stop, checked to be the English message word for word."""
    wording = report.stop_wording
    assert wording is not None and wording.context == "engine"
    assert report.stop_message == str(wording)
    return report.stop_message


def test_a_cancel_is_told_as_a_sentence(course: Course):
    queue_everyone(course)
    cancel = threading.Event()
    cancel.set()
    report = course.engine().run(cancel)
    assert report.stopped is StopReason.CANCELLED
    assert assert_told(report) == "Cancelled before anything was sent."


def test_a_network_stop_is_told_as_a_sentence_with_the_problem_in_it(
    make_course: CourseFactory,
):
    course = make_course(port=free_port())
    queue_everyone(course)
    course.sandbox.stop()
    report = course.engine().run()
    assert report.stopped is StopReason.NETWORK
    assert report.stop_wording is not None and "problem" in report.stop_wording.values
    assert assert_told(report).endswith("The grades not yet verified stay queued.")


def test_a_wait_too_long_is_told_with_the_grades_kept_counted(course: Course):
    learners = queue_everyone(course)
    for user in learners:
        course.control.fail_for_user(user, "429")
    with tampered(course, retry_after_on_refused_posts("3600")):
        report = course.engine(concurrency=2).run()
    assert report.stopped is StopReason.WAIT
    assert report.stop_wording is not None and report.stop_wording.count == len(learners)
    assert assert_told(report) == (
        "The LMS asked us to wait 1 hour, longer than the 5 minutes this app waits at most; "
        f"{len(learners)} grades are kept queued to send later."
    )
