"""Bulk changes: each operation's scores, the floor at 0, extra credit, and LMS precision."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradebook_gui.edits import GradeEdit
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.numbers import check_kept_precision, is_extra_credit
from gradebook_gui.services.bulk import BulkOperation, plan_bulk, shown_score
from gradebook_gui.wording import Wording, reason_of

ITEM = LineItem(id="https://lms.example.edu/items/1", label="Quiz 3", scoreMaximum=10)


def learner(
    user_id: str,
    score: float | None,
    *,
    maximum: float = 10,
    edit: GradeEdit | None = None,
    on_roster: bool = True,
    comment: str | None = None,
) -> StudentGrade:
    member = Member(userId=user_id, roles=("Learner",), name=f"Learner {user_id}")
    result = (
        None
        if score is None and comment is None
        else Result(
            id=f"r{user_id}",
            scoreOf=ITEM.id,
            userId=user_id,
            resultScore=score,
            resultMaximum=maximum,
            comment=comment,
        )
    )
    return StudentGrade(user_id, member if on_roster else None, result, edit)


def scores_of(plan_edits: tuple[GradeEdit, ...]) -> dict[str, float | None]:
    return {edit.user_id: edit.score for edit in plan_edits}


def test_fill_empty_gives_only_the_learners_without_a_grade_the_value() -> None:
    learners = [learner("a", 7), learner("b", None), learner("c", 0), learner("d", None)]
    plan = plan_bulk(ITEM, learners, BulkOperation.FILL_EMPTY, 0)
    assert scores_of(plan.edits) == {"b": 0.0, "d": 0.0}
    assert plan.after_scores == [7, 0, 0, 0]
    assert plan.label == "Fill empty grades with 0 (2 learners)"


def test_subtracting_stops_at_zero_and_says_so() -> None:
    learners = [learner("a", 7), learner("b", 1.5), learner("c", 0), learner("d", None)]
    plan = plan_bulk(ITEM, learners, BulkOperation.ADD, -2)
    assert scores_of(plan.edits) == {"a": 5.0, "b": 0.0}
    assert [row.stopped_at_zero for row in plan.rows] == [False, True, True, False]
    assert plan.stopped_at_zero == 2
    assert plan.label == "Subtract 2 points (2 learners)"


def test_adding_above_the_maximum_is_extra_credit_flagged() -> None:
    plan = plan_bulk(ITEM, [learner("a", 9), learner("b", 5)], BulkOperation.ADD, 1.5)
    assert scores_of(plan.edits) == {"a": 10.5, "b": 6.5}
    assert [row.extra_credit for row in plan.rows] == [True, False]
    assert plan.extra_credit == 1


def test_multiply_rounds_to_what_an_lms_keeps() -> None:
    plan = plan_bulk(ITEM, [learner("a", 7.3)], BulkOperation.MULTIPLY, 1.1)
    # 7.3 * 1.1 is 8.030000000000001 in floating point: sent as the LMS will keep it.
    assert scores_of(plan.edits) == {"a": 8.03}


def test_rescaling_keeps_each_percentage_on_the_columns_maximum() -> None:
    learners = [learner("a", 20, maximum=10), learner("b", 12.5, maximum=10)]
    # The table shows 20 and 12.5 out of 10: the scores were typed out of 25.
    plan = plan_bulk(ITEM, learners, BulkOperation.NEW_MAXIMUM, 25)
    assert scores_of(plan.edits) == {"a": 8.0, "b": 5.0}
    assert all(edit.maximum == 10 for edit in plan.edits)
    assert plan.label == "Rescale from 25 to 10 (2 learners)"


def test_curving_the_mean_shifts_every_graded_learner_by_one_amount() -> None:
    learners = [learner("a", 4), learner("b", 6), learner("c", None), learner("d", 8)]
    plan = plan_bulk(ITEM, learners, BulkOperation.CURVE_MEAN, 7)
    assert plan.shift == pytest.approx(1)
    assert scores_of(plan.edits) == {"a": 5.0, "b": 7.0, "d": 9.0}
    assert plan.before_scores == [4, 6, None, 8]
    assert plan.after_scores == [5, 7, None, 9]


def test_curving_the_top_score_reaches_the_target() -> None:
    learners = [learner("a", 4), learner("b", 8.5)]
    plan = plan_bulk(ITEM, learners, BulkOperation.CURVE_TOP, 10)
    assert scores_of(plan.edits) == {"a": 5.5, "b": 10.0}
    assert not any(row.extra_credit for row in plan.rows)


def test_clear_removes_only_grades_that_are_there() -> None:
    plan = plan_bulk(ITEM, [learner("a", 4), learner("b", None)], BulkOperation.CLEAR)
    assert plan.edits == (GradeEdit("a", None, 10),)
    assert plan.after_scores == [None, None]


def test_an_unsent_edit_is_the_score_changed_and_its_comment_stays() -> None:
    draft = GradeEdit("a", 15.0, 20.0, "Well argued")
    plan = plan_bulk(ITEM, [learner("a", 2, edit=draft)], BulkOperation.ADD, 1)
    assert shown_score(learner("a", 2, edit=draft), ITEM) == 7.5
    assert plan.edits == (GradeEdit("a", 8.5, 10, "Well argued"),)


def test_a_draft_that_clears_the_grade_counts_as_no_grade() -> None:
    cleared = learner("a", 6, edit=GradeEdit("a", None, 10))
    assert plan_bulk(ITEM, [cleared], BulkOperation.ADD, 1).edits == ()
    assert scores_of(plan_bulk(ITEM, [cleared], BulkOperation.FILL_EMPTY, 3).edits) == {"a": 3}


def test_learners_whose_score_stays_get_no_edit() -> None:
    plan = plan_bulk(ITEM, [learner("a", 0), learner("b", 5)], BulkOperation.MULTIPLY, 1)
    assert plan.edits == ()
    plan = plan_bulk(ITEM, [learner("a", 0)], BulkOperation.MULTIPLY, 3)
    assert plan.edits == ()


def test_a_learner_not_on_the_roster_is_listed_with_the_reason_and_not_edited() -> None:
    plan = plan_bulk(ITEM, [learner("a", 4, on_roster=False)], BulkOperation.ADD, 1)
    assert plan.edits == ()
    assert "not on the course roster" in (plan.problems[0].problem or "")


def test_a_score_the_lms_would_round_to_zero_is_not_sent() -> None:
    tiny = LineItem(id="https://lms.example.edu/items/2", label="Tiny", scoreMaximum=0.0001)
    plan = plan_bulk(tiny, [learner("a", 0.00004, maximum=0.0001)], BulkOperation.MULTIPLY, 0.1)
    assert plan.edits == ()
    assert "more decimals than an LMS keeps" in (plan.problems[0].problem or "")


@pytest.mark.parametrize(
    ("operation", "value", "reason"),
    [
        (BulkOperation.MULTIPLY, -1, "0 or more"),
        (BulkOperation.NEW_MAXIMUM, 0, "more than 0"),
        (BulkOperation.ADD, None, "Give a number"),
        (BulkOperation.ADD, float("nan"), "finite"),
        (BulkOperation.FILL_EMPTY, 0.0000001, "more decimals"),
    ],
)
def test_unsuitable_values_are_refused_with_a_reason(
    operation: BulkOperation, value: float | None, reason: str
) -> None:
    with pytest.raises(ValueError, match=reason) as refused:
        plan_bulk(ITEM, [learner("a", 4)], operation, value)
    # The window shows the reason translated: the refusal carries it as a sentence.
    wording = reason_of(refused.value)
    assert isinstance(wording, Wording)
    assert str(wording) == str(refused.value)


def test_why_a_learner_is_not_changed_is_a_sentence_the_window_translates() -> None:
    plan = plan_bulk(ITEM, [learner("a", 4, on_roster=False)], BulkOperation.ADD, 1)
    tiny = LineItem(id="https://lms.example.edu/items/2", label="Tiny", scoreMaximum=0.0001)
    rounded = plan_bulk(tiny, [learner("a", 0.00004, maximum=0.0001)], BulkOperation.MULTIPLY, 0.1)
    for row in (plan.problems[0], rounded.problems[0]):
        wording = row.shown_problem()
        assert isinstance(wording, Wording) and wording.context == "bulk"
        assert str(wording) == row.problem  # the same sentence in English


# -- properties over varying scores -----------------------------------------------------------

maxima = st.sampled_from([1.0, 10.0, 20.0, 37.5, 100.0])
quarter_points = st.integers(min_value=0, max_value=800).map(lambda quarters: quarters / 4)
score_lists = st.lists(st.one_of(st.none(), quarter_points), min_size=1, max_size=30)


def column(maximum: float, scores: list[float | None]) -> tuple[LineItem, list[StudentGrade]]:
    item = LineItem(id="https://lms.example.edu/items/9", label="Essay", scoreMaximum=maximum)
    graded = [
        learner(str(index), score, maximum=maximum)
        if score is not None
        else learner(str(index), None)
        for index, score in enumerate(scores)
    ]
    return item, graded


def assert_sendable(plan_edits: tuple[GradeEdit, ...], maximum: float) -> None:
    for edit in plan_edits:
        assert edit.maximum == maximum
        if edit.score is not None:
            assert edit.score >= 0
            check_kept_precision(edit.score, maximum)


@settings(max_examples=150, deadline=None)
@given(maximum=maxima, scores=score_lists, points=st.floats(-300, 300, allow_nan=False))
def test_adding_points_never_goes_below_zero_and_flags_extra_credit(
    maximum: float, scores: list[float | None], points: float
) -> None:
    item, learners = column(maximum, scores)
    plan = plan_bulk(item, learners, BulkOperation.ADD, points)
    assert_sendable(plan.edits, maximum)
    for row, before in zip(plan.rows, scores, strict=True):
        if before is None:
            assert row.after is None
            continue
        assert row.after is not None
        assert row.after == pytest.approx(max(before + points, 0.0), abs=1e-5)
        assert row.stopped_at_zero == (before + points < 0)
        assert row.extra_credit == is_extra_credit(row.after, maximum)
    assert len(plan.edits) == sum(1 for row in plan.rows if row.changes)


@settings(max_examples=150, deadline=None)
@given(maximum=maxima, scores=score_lists, factor=st.floats(0, 5, allow_nan=False))
def test_multiplying_keeps_the_order_of_the_learners(
    maximum: float, scores: list[float | None], factor: float
) -> None:
    item, learners = column(maximum, scores)
    plan = plan_bulk(item, learners, BulkOperation.MULTIPLY, factor)
    assert_sendable(plan.edits, maximum)
    pairs = sorted((b, a) for b, a in zip(scores, plan.after_scores, strict=True) if b is not None)
    afters = [after for _, after in pairs]
    assert all(after is not None for after in afters)
    assert afters == sorted(afters)  # type: ignore[type-var]


@settings(max_examples=150, deadline=None)
@given(maximum=maxima, scores=score_lists, target=st.integers(0, 400).map(lambda t: t / 4))
def test_a_curve_reaches_its_target_unless_a_score_stops_at_zero(
    maximum: float, scores: list[float | None], target: float
) -> None:
    item, learners = column(maximum, scores)
    graded = [score for score in scores if score is not None]
    for operation, figure in (
        (BulkOperation.CURVE_MEAN, statistics.fmean),
        (BulkOperation.CURVE_TOP, max),
    ):
        plan = plan_bulk(item, learners, operation, target)
        assert_sendable(plan.edits, maximum)
        after = [score for score in plan.after_scores if score is not None]
        assert len(after) == len(graded)
        if graded and not any(row.stopped_at_zero for row in plan.rows):
            assert figure(after) == pytest.approx(target, abs=1e-4)
            # One shift for everyone: the gaps between learners stay.
            assert max(after) - min(after) == pytest.approx(max(graded) - min(graded), abs=1e-4)


@settings(max_examples=100, deadline=None)
@given(maximum=maxima, scores=score_lists, old=st.integers(1, 400).map(lambda m: m / 4))
def test_rescaling_keeps_every_percentage(
    maximum: float, scores: list[float | None], old: float
) -> None:
    item, learners = column(maximum, scores)
    plan = plan_bulk(item, learners, BulkOperation.NEW_MAXIMUM, old)
    assert_sendable(plan.edits, maximum)
    for before, after in zip(scores, plan.after_scores, strict=True):
        if before is None:
            assert after is None
        else:
            assert after is not None
            # Rounded to the 5 decimals an LMS keeps, no more.
            assert after == pytest.approx(before / old * maximum, abs=0.5e-5 + 1e-12)
