"""Reads overlap the sends: sending starts with the first page of the conflict check, and the
grades are read back page by page behind the sends, within the same bound on requests in flight.
"""

from __future__ import annotations

from gradebook_gui.api import LtiaasClient
from gradebook_gui.edits import CellState, FailureKind

from .helpers import Course, CourseFactory

PAGE = 10


def paged_course(make_course: CourseFactory) -> Course:
    """60 learners listed 10 to a page; every answer takes 10 ms, so requests overlap."""
    course = make_course(students=60, latency_ms=10)
    paged = LtiaasClient(course.sandbox.base_url, course.client.credentials, page_limit=PAGE)
    paged.learn_platform()
    course.client.close()
    course.client = paged
    return course


def stream_starts(course: Course) -> list[int]:
    """Where each reading of the whole list starts in the request log (a first page)."""
    return [
        index
        for index, request in enumerate(course.requests())
        if request.method == "GET" and not {"url", "userId"} & set(request.query)
    ]


def test_sending_starts_with_the_first_page_and_reading_back_goes_on_behind_it(
    make_course: CourseFactory,
):
    course = paged_course(make_course)
    learners = course.learners()
    course.queue(course.edit(user, 7.25) for user in learners)
    course.control.clear_requests()

    report = course.engine(concurrency=2).run()

    assert report.exit_code == 0 and len(report.verified) == len(learners)
    assert {user: grade.on_scale(10) for user, grade in course.server().items()} == dict.fromkeys(
        learners, 7.25
    )
    requests = course.requests()
    posts = [index for index, request in enumerate(requests) if request.method == "POST"]
    pre_read, read_back = stream_starts(course)[:2]
    pre_read_pages = [
        index for index in range(pre_read, read_back) if requests[index].method == "GET"
    ]
    assert len(pre_read_pages) >= 5
    assert posts[0] < pre_read_pages[-1]  # sent before the conflict check read its last page
    assert read_back < posts[-1]  # read back while the last scores were still being sent
    assert course.control.max_in_flight() <= 2  # reads and sends together
    assert course.control.max_in_flight_per_user() <= 1
    assert len(posts) == len(learners)


def test_what_the_reads_behind_the_sends_did_not_verify_is_read_again_student_by_student(
    make_course: CourseFactory,
):
    course = paged_course(make_course)
    learners = course.learners()
    ignored = learners[3]
    course.queue(course.edit(user, 7.25) for user in learners)
    course.control.ignore_next_score(ignored)  # answered 204, not applied
    course.control.clear_requests()

    report = course.engine(concurrency=2).run()

    (failed,) = report.failed
    assert failed.user_id == ignored and failed.failure_kind is FailureKind.IGNORED
    assert len(report.verified) == len(learners) - 1
    own_reads = [
        request
        for request in course.requests()
        if request.method == "GET" and request.query.get("userId") == ignored
    ]
    assert len(own_reads) == 1  # not the whole list a third time
    assert len(stream_starts(course)) == 2


def test_the_report_carries_what_the_lms_showed(make_course: CourseFactory):
    course = paged_course(make_course)
    learners = course.learners()
    course.queue(course.edit(user, 3) for user in learners[:15])

    report = course.engine(concurrency=4).run()

    assert report.read_back_complete
    assert {user: grade for user, grade in report.read_back.items()} == course.server()


def test_the_next_score_is_written_down_while_a_request_is_in_flight(make_course: CourseFactory):
    course = make_course(latency_ms=50)
    first, second = course.learners()[:2]
    course.queue(course.edit(user, 7.25) for user in (first, second))

    report = course.engine(concurrency=1).run()

    assert report.exit_code == 0
    steps = [(event.user_id, event.state) for event in course.events if event.user_id]
    # The second score was marked as being sent (on disk) before the first one's answer came.
    assert steps.index((second, CellState.SENDING)) < steps.index((first, CellState.SENT))
    assert course.control.max_in_flight() == 1
