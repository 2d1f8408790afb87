"""A rate-limit refusal among several senders, over real sockets on the shared fake clock: once
requests are spaced and getting through, only the refused request waits its Retry-After."""

from __future__ import annotations

from .helpers import CourseFactory, assert_sane_payloads


def test_a_later_refusal_holds_back_only_the_refused_request(make_course: CourseFactory):
    course = make_course(students=40)
    learners = course.learners()
    course.queue(course.edit(user, 4.5) for user in learners)
    first, later = learners[0], learners[8:32:4]
    course.control.fail_for_user(first, "429")  # the first refusal: everyone pauses
    for user in later:
        course.control.fail_for_user(user, "429")

    report = course.engine(concurrency=4).run()

    assert report.exit_code == 0
    assert len(report.verified) == len(learners)
    refusals = sorted(
        (
            post
            for post in course.posts()
            if post.status == 429 and post.json_body["userId"] in later
        ),
        key=lambda post: post.started,
    )
    assert refusals
    refused = refusals[0]
    assert refused.ended is not None
    user = refused.json_body["userId"]
    resent = course.posts(user)[1]
    # The sandbox answered Retry-After: 1; the refused request waited it, the others did not.
    assert resent.status == 204
    assert resent.started >= refused.ended + 1.0
    others = [
        post.started
        for post in course.posts()
        if post.json_body["userId"] != user and post.started > refused.ended
    ]
    assert others and min(others) < refused.ended + 1.0
    assert_sane_payloads(course.requests())
