"""A rate-limit refusal among several senders, over real sockets on the shared fake clock: every
refusal, the first or a later one, pauses every sender for its whole Retry-After."""

from __future__ import annotations

import pytest

from gradebook_gui.api import Pacing
from gradebook_gui.api.errors import RateLimitedError

from .helpers import CourseFactory, assert_sane_payloads


def test_no_grade_leaves_while_a_retry_after_runs(
    make_course: CourseFactory, monkeypatch: pytest.MonkeyPatch
):
    course = make_course(students=40)
    learners = course.learners()
    course.queue(course.edit(user, 4.5) for user in learners)
    first, later = learners[0], learners[8:32:4]
    for user in (first, *later):
        course.control.fail_for_user(user, "429")
    # When the engine heard of each refusal: a grade that left between the sandbox's answer
    # and that moment was already on its way.
    heard: list[float] = []
    hear = Pacing.rate_limited

    def record(pacing: Pacing, ticket: int, error: RateLimitedError) -> int:
        heard.append(course.time.clock())
        return hear(pacing, ticket, error)

    monkeypatch.setattr(Pacing, "rate_limited", record)

    report = course.engine(concurrency=4).run()

    assert report.exit_code == 0
    assert len(report.verified) == len(learners)
    refusals = [post for post in course.posts() if post.status == 429]
    refused_users = {post.json_body["userId"] for post in refusals}
    assert first in refused_users and len(refused_users & set(later)) >= 3
    for refused in refusals:
        # The sandbox answered Retry-After: 1; nothing else left within that second.
        assert refused.ended is not None
        known = min(moment for moment in heard if moment >= refused.ended)
        during = [post for post in course.posts() if known < post.started < refused.ended + 1.0]
        assert during == []
        user = refused.json_body["userId"]
        resent = course.posts(user)[1]
        assert resent.status == 204
        assert resent.started >= refused.ended + 1.0
    assert_sane_payloads(course.requests())
