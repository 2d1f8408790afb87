"""What is sent for one student, and what the LMS showing afterwards means."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradebook_gui.edits import CellState, FailureKind, GradeEdit, ServerGrade
from gradebook_gui.engine.plan import (
    ALREADY_SHOWN,
    SendPlan,
    comment_to_send,
    conflict_wording,
    describe_number,
    failures_wording,
    queued_wording,
    stored_reason_wording,
    theirs_reason,
    theirs_wording,
    verdict_for,
)
from gradebook_gui.models import GradingProgress, PlatformFamily
from gradebook_gui.wording import Wording

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SPEC_PLATFORMS = [p for p in PlatformFamily if not p.appends_comments]


def conflict_text(base: ServerGrade, server_now: ServerGrade, edit: GradeEdit) -> str:
    """The conflict's sentence in English, as the outbox keeps it."""
    return str(conflict_wording(base, server_now, edit))


def plan(edit: GradeEdit, server: ServerGrade, platform=PlatformFamily.unknown) -> SendPlan:
    return SendPlan.build(edit, server, platform, NOW)


@pytest.mark.parametrize("platform", SPEC_PLATFORMS)
def test_spec_platforms_resend_the_current_comment_when_only_the_score_changes(platform):
    server = ServerGrade(7, 10, "Well argued")
    assert comment_to_send(GradeEdit("u", 8, 10), server, platform) == "Well argued"
    assert comment_to_send(GradeEdit("u", 8, 10, "New"), server, platform) == "New"


@pytest.mark.parametrize("platform", SPEC_PLATFORMS)
def test_spec_platforms_send_no_comment_to_clear_one(platform):
    server = ServerGrade(7, 10, "Well argued")
    assert comment_to_send(GradeEdit("u", 8, 10, ""), server, platform) is None
    assert comment_to_send(GradeEdit("u", 8, 10), ServerGrade(7, 10), platform) is None


def test_canvas_leaves_an_unchanged_comment_out_and_sends_a_new_one():
    canvas = PlatformFamily.canvas
    server = ServerGrade(7, 10, "<p>Good work &amp; effort</p>")
    assert comment_to_send(GradeEdit("u", 8, 10), server, canvas) is None
    assert comment_to_send(GradeEdit("u", 8, 10, "Good work & effort"), server, canvas) is None
    assert comment_to_send(GradeEdit("u", 8, 10, "Better"), server, canvas) == "Better"


def test_a_score_always_carries_its_maximum_and_progress():
    score = plan(GradeEdit("u", 12, 10), ServerGrade()).stamped(NOW).to_payload()
    assert score["scoreGiven"] == 12 and score["scoreMaximum"] == 10
    assert score["gradingProgress"] == "FullyGraded" and score["activityProgress"] == "Completed"
    assert score["timestamp"] == "2026-03-02T09:00:00.000Z"


def test_a_grade_clear_sends_neither_score_nor_maximum():
    payload = plan(GradeEdit("u", None, 10), ServerGrade(7, 10)).stamped(NOW).to_payload()
    assert "scoreGiven" not in payload and "scoreMaximum" not in payload


def test_an_invalid_edit_cannot_make_a_plan():
    with pytest.raises(ValueError):
        plan(GradeEdit("u", -1, 10), ServerGrade())


def test_stamping_changes_only_the_timestamp():
    first = plan(GradeEdit("u", 8, 10, "Hi"), ServerGrade())
    later = datetime(2026, 3, 2, 9, 0, 1, 500_000, tzinfo=UTC)
    assert first.stamped(later).to_payload() == first.score.to_payload() | {
        "timestamp": "2026-03-02T09:00:01.500Z"
    }


@given(
    score=st.floats(0, 1000, allow_nan=False),
    maximum=st.floats(0.5, 1000, allow_nan=False),
    scale=st.floats(0.5, 1000, allow_nan=False),
)
def test_a_grade_shown_on_another_scale_is_verified(score, maximum, scale):
    edit = GradeEdit("u", score, maximum)
    shown = ServerGrade(score / maximum * scale, scale)
    assert verdict_for(edit, None, shown).state is CellState.VERIFIED


def test_fractions_are_compared_within_one_millionth():
    edit = GradeEdit("u", 1, 3)
    assert verdict_for(edit, None, ServerGrade(0.333333, 1)).state is CellState.VERIFIED
    assert verdict_for(edit, None, ServerGrade(0.3333, 1)).state is CellState.FAILED


def test_a_comment_must_match_after_html_is_reduced_to_text():
    edit = GradeEdit("u", 5, 10, "Good work & effort")
    shown = ServerGrade(5, 10, "<p>Good work &amp; effort</p>")
    assert verdict_for(edit, "Good work & effort", shown).state is CellState.VERIFIED
    other = verdict_for(edit, "Good work & effort", ServerGrade(5, 10, "Other"))
    assert other.failure_kind is FailureKind.IGNORED


def test_extra_credit_lowered_to_the_maximum_is_reported_capped():
    verdict = verdict_for(GradeEdit("u", 12, 10), None, ServerGrade(10, 10))
    assert verdict.failure_kind is FailureKind.CAPPED
    assert verdict.reason == "The LMS capped 12 at the maximum 10."
    assert verdict.applied  # the LMS took it: sending again would change nothing


def test_a_score_the_lms_did_not_take_is_reported_ignored():
    verdict = verdict_for(GradeEdit("u", 9, 10), None, ServerGrade(7, 10, "Hi"))
    assert verdict.state is CellState.FAILED and verdict.failure_kind is FailureKind.IGNORED
    assert not verdict.applied
    assert verdict.reason == (
        "The LMS accepted 9/10 without a comment but still shows 7/10 with the comment “Hi”."
    )


def test_a_grade_clear_is_verified_when_no_score_is_shown():
    clear = GradeEdit("u", None, 10)
    assert verdict_for(clear, None, ServerGrade()).state is CellState.VERIFIED
    assert verdict_for(clear, None, ServerGrade(3, 10)).failure_kind is FailureKind.IGNORED
    pending = GradeEdit("u", 8, 10, grading_progress=GradingProgress.Pending)
    assert verdict_for(pending, None, ServerGrade()).state is CellState.VERIFIED


def test_a_conflict_names_the_three_values():
    reason = conflict_text(
        ServerGrade(7, 10, "Ok"), ServerGrade(4, 5), GradeEdit("u", 9.5, 10, "Great")
    )
    assert reason == (
        "Changed in the LMS since it was downloaded: it was 7/10 with the comment “Ok”, "
        "it is now 8/10 without a comment; yours is 9.5/10 with the comment “Great”."
    )


def test_a_conflict_never_tells_the_lms_comment_as_the_instructors():
    # The edit changed only the score: the comment the LMS has now is someone else's.
    reason = conflict_text(
        ServerGrade(7, 10, "Ok"), ServerGrade(8, 10, "Regraded by the TA"), GradeEdit("u", 9, 10)
    )
    assert reason == (
        "Changed in the LMS since it was downloaded: it was 7/10 with the comment “Ok”, "
        "it is now 8/10 with the comment “Regraded by the TA”; "
        "yours is 9/10, the comment left as it was."
    )


def test_keeping_theirs_names_the_grade_and_comment_kept_as_the_lms():
    base, now = ServerGrade(7, 10, "Ok"), ServerGrade(8, 10, "<p>Regraded &amp; fair</p>")
    assert theirs_reason(base, now, GradeEdit("u", 9, 10)) == (
        "You kept the LMS's grade and comment: 8/10 with the comment “Regraded & fair” "
        "(it was 7/10 with the comment “Ok” when downloaded). "
        "Your edit, 9/10, the comment left as it was, was dropped and not sent."
    )
    assert theirs_reason(base, now, GradeEdit("u", 9, 10, "")).endswith(
        "Your edit, 9/10, the comment removed, was dropped and not sent."
    )


@pytest.mark.parametrize(
    ("value", "text"), [(10.0, "10"), (8.5, "8.5"), (1 / 3, "0.3333"), (0.0, "0"), (-0.0, "0")]
)
def test_numbers_read_as_people_write_them(value, text):
    assert describe_number(value) == text


def test_a_kept_conflict_reason_reads_back_as_the_sentence_the_window_translates():
    base, edit = ServerGrade(7, 10, "Ok"), GradeEdit("u", 9.5, 10, "Great")
    now = ServerGrade(4, 5, "Regraded, it is now fair; yours is “late”")
    reason = conflict_text(base, now, edit)
    wording = stored_reason_wording(reason, base, edit)
    assert wording == conflict_wording(base, now, edit)
    assert isinstance(wording, Wording) and wording.context == "plan"
    assert str(wording) == reason


@pytest.mark.parametrize(
    ("edit", "wanted", "server"),
    [
        (GradeEdit("u", 12, 10), None, ServerGrade(10, 10)),  # capped
        (GradeEdit("u", 9, 10), None, ServerGrade(7, 10, "Hi")),  # ignored
        (GradeEdit("u", None, 10), "Kept", ServerGrade(3, 10, "x" * 80)),  # ignored, cut comment
    ],
)
def test_a_kept_failure_reason_reads_back_as_the_sentence_the_window_translates(
    edit, wanted, server
):
    reason = verdict_for(edit, wanted, server).reason
    assert reason is not None
    wording = stored_reason_wording(reason, ServerGrade(), edit)
    assert isinstance(wording, Wording) and wording.context == "plan"
    assert str(wording) == reason


def test_the_lms_own_words_and_unknown_reasons_are_shown_as_they_are():
    edit = GradeEdit("u", 9, 10)
    for reason in (
        "scoreGiven must not exceed 100",
        "Changed in the LMS since it was downloaded",
        "The LMS capped twelve at the maximum 10.",
        "The LMS accepted 9/10 but still shows 7/10.",
    ):
        assert stored_reason_wording(reason, ServerGrade(7, 10), edit) == reason


def test_a_journal_line_reads_back_from_its_text_alone():
    base, now = ServerGrade(7, 10, "Ok"), ServerGrade(8, 10, "<p>Regraded &amp; fair</p>")
    for edit in (GradeEdit("u", 9, 10), GradeEdit("u", 9, 10, ""), GradeEdit("u", None, 10, "x")):
        for reason, wording in (
            (theirs_reason(base, now, edit), theirs_wording(base, now, edit)),
            (conflict_text(base, now, edit), conflict_wording(base, now, edit)),
        ):
            assert stored_reason_wording(reason) == wording
    assert theirs_wording(base, now, edit).context == "plan"


@pytest.mark.parametrize(
    ("status", "attempts", "sent", "english"),
    [
        (
            500,
            1,
            True,
            "Not applied: the LMS answered HTTP 500 once; still queued, to send again later.",
        ),
        (
            502,
            2,
            False,
            "Not sent: the LMS answered HTTP 502 twice; still queued, to send again later.",
        ),
        (
            503,
            11,
            True,
            "Not applied: the LMS answered HTTP 503 11 times; still queued, to send again later.",
        ),
        (
            None,
            1,
            False,
            "Not sent: the connection failed once; still queued, to send again later.",
        ),
        (
            None,
            2,
            True,
            "Not applied: the connection failed twice; still queued, to send again later.",
        ),
        (
            None,
            6,
            False,
            "Not sent: the connection failed six times; still queued, to send again later.",
        ),
        (
            None,
            12,
            False,
            "Not sent: the connection failed 12 times; still queued, to send again later.",
        ),
    ],
)
def test_a_grade_kept_queued_after_failures_reads_back_with_nothing_english_left(
    status, attempts, sent, english
):
    wording = queued_wording(failures_wording(status, attempts), sent=sent)
    assert str(wording) == english  # the outbox keeps this text, as before
    rebuilt = stored_reason_wording(english, ServerGrade(7, 10), GradeEdit("u", 9, 10))
    assert rebuilt == wording
    assert stored_reason_wording(english) == wording
    assert _only_words_and_numbers(rebuilt)


def _only_words_and_numbers(wording: Wording) -> bool:
    """True when every value in `wording`, however deep, is a sentence to translate or digits."""
    return all(
        _only_words_and_numbers(value) if isinstance(value, Wording) else str(value).isdigit()
        for value in wording.values.values()
    )


def test_a_queued_reason_that_is_not_quite_the_sentence_is_shown_as_it_is():
    for reason in (
        "Not applied: the LMS answered HTTP 500 thrice; still queued, to send again later.",
        "Not sent: the LMS answered HTTP five hundred once; still queued, to send again later.",
        "Not sent: the connection broke once; still queued, to send again later.",
        "Not applied: the connection failed once; queued.",
    ):
        assert stored_reason_wording(reason) == reason


def test_a_grade_found_already_in_the_lms_reads_back_as_its_sentence():
    assert ALREADY_SHOWN == "The LMS already shows this grade."  # as the outbox keeps it
    assert stored_reason_wording(ALREADY_SHOWN) == Wording("plan", ALREADY_SHOWN)
