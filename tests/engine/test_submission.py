"""Submitting to the sandbox over real sockets: what is sent, verified, journaled, reported."""

from __future__ import annotations

import pytest

from gradebook_gui.edits import CellState, FailureKind, GradeEdit, ServerGrade, grade_after
from gradebook_gui.engine import (
    ConflictPolicy,
    EngineOptions,
    ProgressEvent,
    StopReason,
    SubmissionReport,
)
from gradebook_gui.sandbox.data import HTML_COMMENT
from gradebook_gui.store import SenderBusy

from .helpers import FIXED_NOW, KEY, Course, CourseFactory, assert_sane_payloads


def test_every_change_is_sent_once_and_verified(course: Course):
    learners = course.learners()
    edits = [course.edit(user, index % 10 + 0.5) for index, user in enumerate(learners)]
    course.queue(edits)

    report = course.engine(concurrency=4).run()

    assert report.exit_code == 0 and report.stopped is None
    assert {entry.user_id for entry in report.verified} == set(learners)
    assert not (report.failed or report.conflicts or report.still_queued)
    server = course.server()
    for edit in edits:
        assert server[edit.user_id].on_scale(10) == pytest.approx(edit.score)
        assert len(course.posts(edit.user_id)) == 1
    assert course.control.max_in_flight() <= 4
    assert course.control.max_in_flight_per_user() <= 1
    assert_sane_payloads(course.requests())


def test_the_configured_concurrency_is_used_and_never_exceeded(make_course: CourseFactory):
    # Real latency, so that requests overlap.
    course = make_course(students=16, latency_ms=40)
    course.queue(course.edit(user, 5) for user in course.learners())

    report = course.engine(concurrency=3).run()

    assert len(report.verified) == 16
    assert course.control.max_in_flight() == 3
    assert course.control.max_in_flight_per_user() == 1


def test_only_the_current_grades_are_read_before_and_after(course: Course):
    course.queue(course.edit(user, 4) for user in course.learners())
    course.engine().run()
    reads = [
        request
        for request in course.requests()
        if request.method == "GET" and request.raw_path.endswith("/scores")
    ]
    # One listing before sending, one after (12 students fit in one page of 100).
    assert len(reads) == 2 and all("userId" not in read.query for read in reads)


def test_a_grade_already_shown_is_verified_without_sending(course: Course):
    user = course.learners()[1]
    shown = course.grade(user)
    course.queue([course.edit(user, shown.on_scale(10))])

    report = course.engine().run()

    assert [entry.user_id for entry in report.verified] == [user]
    assert course.posts() == []
    assert course.store.journal(KEY)[0].reason == "The LMS already shows this grade."


def test_journal_records_every_outcome(course: Course):
    ok_user, refused_user, changed_user = course.learners()[3:6]
    course.queue(
        [
            course.edit(ok_user, 9, "Nice"),
            course.edit(refused_user, 5),
            course.edit(changed_user, 6),
        ]
    )
    base = course.outbox()[ok_user].base
    course.control.fail_for_user(refused_user, "422")
    course.control.set_grade(course.line_item.id, changed_user, 1.0)

    course.engine().run()

    journal = {entry.user_id: entry for entry in course.store.journal(KEY)}
    ok = journal[ok_user]
    assert (ok.outcome, ok.profile, ok.line_item_label) == ("verified", "sandbox", "Quiz 1: Limits")
    assert (ok.old_score, ok.old_comment) == (base.on_scale(10), base.comment)
    assert (ok.new_score, ok.new_comment, ok.at) == (9, "Nice", FIXED_NOW)
    refused = journal[refused_user]
    assert (refused.outcome, refused.http_status) == ("failed:refused", 422)
    assert refused.reason == "User not found in course or is not a student"
    assert journal[changed_user].outcome == "conflict"


def test_progress_counts_every_entry_of_the_run(course: Course):
    learners = course.learners()[:5]
    course.queue(course.edit(user, 3) for user in learners)

    course.engine().run()

    assert all(sum(event.counts.values()) == 5 for event in course.events)
    assert course.events[-1].counts == {CellState.VERIFIED: 5}
    states = {(event.user_id, event.state) for event in course.events if event.user_id}
    for user in learners:
        assert {(user, CellState.SENDING), (user, CellState.SENT), (user, CellState.VERIFIED)} <= (
            states
        )


def test_nothing_queued_is_nothing_to_do(course: Course):
    assert course.engine().run() == SubmissionReport()
    assert course.requests() == []


def test_only_one_program_sends_for_a_connection(course: Course):
    course.queue([course.edit(course.learners()[0], 5)])
    with course.store.sender_lock(KEY), pytest.raises(SenderBusy):
        course.engine().run()
    assert course.posts() == []


def test_an_edit_that_cannot_make_a_valid_score_fails_without_sending(course: Course):
    user = course.learners()[0]
    course.queue([GradeEdit(user, 5, float("inf"))])
    report = course.engine().run()
    (failed,) = report.failed
    assert failed.failure_kind is FailureKind.ERROR and "cannot be sent" in (failed.reason or "")
    assert course.posts() == []


# -- conflicts: the LMS changed since the edit's base ---------------------------------------------


def change_in_the_lms(course: Course, user: str) -> ServerGrade:
    course.control.set_grade(course.line_item.id, user, 2.5, comment="Regraded by the TA")
    return course.grade(user)


def test_a_grade_changed_in_the_lms_is_a_conflict_and_is_not_sent(course: Course):
    user, other = course.learners()[4:6]
    course.queue([course.edit(user, 9), course.edit(other, 8)])
    entry = course.outbox()[user]
    theirs = change_in_the_lms(course, user)

    report = course.engine().run()

    (conflict,) = report.conflicts
    assert conflict.user_id == user and report.exit_code == 1
    assert course.posts(user) == []
    assert course.grade(user) == theirs  # no stale overwrite
    assert conflict.reason is not None
    assert "it is now 2.5/10 with the comment “Regraded by the TA”" in conflict.reason
    assert "yours is 9/10" in conflict.reason
    assert f"it was {entry.base.on_scale(10):g}/10" in conflict.reason
    assert [entry.user_id for entry in report.verified] == [other]


def test_keep_mine_rebases_the_edit_and_sends_it(course: Course):
    user = course.learners()[4]
    course.queue([course.edit(user, 9)])
    theirs = change_in_the_lms(course, user)

    report = course.engine(on_conflict=ConflictPolicy.MINE).run()

    (verified,) = report.verified
    assert verified.base == theirs
    assert course.grade(user).on_scale(10) == 9
    # Only the score changed: their comment is sent along and kept (spec platform).
    assert course.posts(user)[0].json_body["comment"] == "Regraded by the TA"
    assert course.grade(user).comment == "Regraded by the TA"


def test_take_theirs_drops_the_edit(course: Course):
    user = course.learners()[4]
    course.queue([course.edit(user, 9)])
    theirs = change_in_the_lms(course, user)

    report = course.engine(on_conflict=ConflictPolicy.THEIRS).run()

    assert [entry.user_id for entry in report.theirs_kept] == [user]
    assert report.exit_code == 0
    assert course.posts(user) == [] and course.grade(user) == theirs
    assert course.outbox() == {}
    [journaled] = course.store.journal(KEY)
    assert journaled.outcome == "theirs"
    # The edit did not touch the comment: the comment kept is the LMS's, said as theirs.
    assert journaled.new_comment is None and journaled.new_score == 9
    assert journaled.reason is not None
    assert journaled.reason.startswith(
        "You kept the LMS's grade and comment: 2.5/10 with the comment “Regraded by the TA”"
    )


def test_a_conflict_journals_what_the_instructor_asked_for_not_the_lms_comment(course: Course):
    user, commenter = course.learners()[4:6]
    course.queue([course.edit(user, 9), course.edit(commenter, 8, "Mine")])
    change_in_the_lms(course, user)
    change_in_the_lms(course, commenter)

    course.engine().run()

    journal = {entry.user_id: entry for entry in course.store.journal(KEY)}
    assert journal[user].outcome == "conflict" and journal[user].new_comment is None
    assert journal[commenter].new_comment == "Mine"


# -- an interrupted run (crash, kill) left entries SENDING or SENT -------------------------------


def test_a_send_that_applied_before_a_crash_is_verified_by_reading(course: Course):
    user = course.learners()[6]
    (entry,) = course.queue([course.edit(user, 7.5)])
    course.store.update_entry(entry.id, CellState.SENDING, count_attempt=True)
    course.control.set_grade(course.line_item.id, user, 7.5, comment=course.grade(user).comment)

    report = course.engine().run()

    assert [verified.user_id for verified in report.verified] == [user]
    assert course.posts() == []


def test_a_send_that_did_not_apply_before_a_crash_is_sent_once(course: Course):
    user = course.learners()[6]
    (entry,) = course.queue([course.edit(user, 7.5)])
    course.store.update_entry(entry.id, CellState.SENT)

    report = course.engine().run()

    assert [verified.user_id for verified in report.verified] == [user]
    assert len(course.posts(user)) == 1


def test_extra_credit_capped_before_a_crash_is_reported_capped(course: Course):
    user = course.learners()[6]
    (entry,) = course.queue([course.edit(user, 12)])
    course.store.update_entry(entry.id, CellState.SENDING, count_attempt=True)
    course.control.set_grade(course.line_item.id, user, 10.0)

    report = course.engine().run()

    (capped,) = report.failed
    assert capped.failure_kind is FailureKind.CAPPED
    assert capped.reason == "The LMS capped 12 at the maximum 10."
    assert course.posts() == []


@pytest.mark.parametrize("fault", [None, "422"])
def test_a_newer_value_queued_during_a_send_is_sent_by_the_next_run(
    course: Course, fault: str | None
):
    user = course.learners()[7]
    course.control.set_grade(course.line_item.id, user, 3, comment="Kept with the score")
    before = course.grade(user)
    course.queue([course.edit(user, 4.5)])
    if fault == "422":
        course.control.fail_for_user(user, "422")

    def type_again_while_sending(event: ProgressEvent) -> None:
        if event.user_id == user and event.state is CellState.SENDING:
            course.queue([course.edit(user, 8.5)])

    report = course.engine(type_again_while_sending).run()

    (waiting,) = report.still_queued
    assert waiting.state is CellState.QUEUED and waiting.edit.score == 8.5
    if fault is None:  # the older value applied: the newer one is based on it
        assert waiting.base == grade_after(course.edit(user, 4.5), before)
        assert waiting.base.on_scale(10) == 4.5 and waiting.base.comment == before.comment
        assert course.store.journal(KEY)[0].outcome == "superseded"

    again = course.engine().run()

    assert again.exit_code == 0 and course.grade(user).on_scale(10) == 8.5


# -- each platform's habits with comments ---------------------------------------------------------


def commented_learner(course: Course) -> str:
    return next(user for user, grade in course.server().items() if grade.comment)


@pytest.mark.parametrize("platform", ["generic", "moodle"])
def test_spec_platforms_resend_the_comment_when_only_the_score_changes(
    make_course: CourseFactory, platform: str
):
    course = make_course(platform=platform)
    user = commented_learner(course)
    comment = course.grade(user).comment
    course.queue([course.edit(user, 6)])

    report = course.engine().run()

    assert report.exit_code == 0
    (post,) = course.posts(user)
    assert post.json_body["comment"] == comment
    assert course.grade(user).comment == comment  # not wiped


def test_an_html_comment_comes_back_unchanged(course: Course):
    user = course.learners()[0]
    assert course.grade(user).comment == HTML_COMMENT
    course.queue([course.edit(user, 6)])
    assert course.engine().run().exit_code == 0
    assert course.grade(user).comment == HTML_COMMENT


def test_clearing_a_comment_on_a_spec_platform_sends_none(course: Course):
    user = commented_learner(course)
    course.queue([course.edit(user, 6, "")])

    report = course.engine().run()

    assert report.exit_code == 0
    assert "comment" not in course.posts(user)[0].json_body
    assert course.grade(user).comment is None


def test_canvas_does_not_resend_an_unchanged_comment(make_course: CourseFactory):
    course = make_course(platform="canvas")
    user = commented_learner(course)
    history = course.control.comment_history(course.line_item.id, user)
    course.queue([course.edit(user, 6)])

    report = course.engine().run()

    assert report.exit_code == 0
    assert "comment" not in course.posts(user)[0].json_body
    assert course.control.comment_history(course.line_item.id, user) == history


def test_canvas_sends_a_new_comment_once(make_course: CourseFactory):
    course = make_course(platform="canvas")
    user = commented_learner(course)
    history = course.control.comment_history(course.line_item.id, user)
    course.queue([course.edit(user, 6, "See me after class")])

    assert course.engine().run().exit_code == 0

    assert course.control.comment_history(course.line_item.id, user) == [
        *history,
        "See me after class",
    ]


def test_moodle_never_gets_a_page_limit_nor_two_scores_in_one_second(make_course: CourseFactory):
    course = make_course(platform="moodle")
    user = course.learners()[1]
    for score in (1.25, 2.25, 3.25):
        course.queue([course.edit(user, score)])
        report = course.engine().run()
        assert report.exit_code == 0, report.failed
    assert course.grade(user).on_scale(10) == 3.25
    assert len(course.posts(user)) == 3
    assert all("limit" not in request.query for request in course.requests())
    assert_sane_payloads(course.requests())


def test_a_grade_clear_is_sent_and_verified(course: Course):
    user = next(user for user, grade in course.server().items() if grade.score is not None)
    course.queue([GradeEdit(user, None, 10)])

    report = course.engine().run()

    assert report.exit_code == 0
    assert "scoreGiven" not in course.posts(user)[0].json_body
    assert course.grade(user).score is None


def test_options_are_checked():
    with pytest.raises(ValueError, match="concurrency"):
        EngineOptions(concurrency=17)
    with pytest.raises(ValueError, match="concurrency"):
        EngineOptions(concurrency=0)
    with pytest.raises(ValueError, match="max_attempts"):
        EngineOptions(max_attempts=0)
    with pytest.raises(ValueError, match="backoff_cap"):
        EngineOptions(backoff_base=2, backoff_cap=1)


def test_exit_codes_follow_the_outcome(course: Course):
    course.queue([course.edit(course.learners()[0], 5)])
    (entry,) = course.store.outbox()
    assert SubmissionReport(verified=(entry,)).exit_code == 0
    assert SubmissionReport(failed=(entry,)).exit_code == 1
    assert SubmissionReport(conflicts=(entry,)).exit_code == 1
    assert SubmissionReport(still_queued=(entry,), stopped=StopReason.CANCELLED).exit_code == 1
    assert SubmissionReport(stopped=StopReason.AUTH).exit_code == 3
    assert SubmissionReport(stopped=StopReason.NETWORK).exit_code == 3
