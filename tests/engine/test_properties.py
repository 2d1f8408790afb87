"""Random edit sets and fault patterns: whatever happens, no lost write, no stale overwrite, no
comment wiped or duplicated, and every report matches what the LMS really holds."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gradebook_gui.edits import CellState, FailureKind, GradeEdit, ServerGrade
from gradebook_gui.engine import ConflictPolicy
from gradebook_gui.sandbox import FailureKind as Fault

from .helpers import Course, FakeTime, assert_sane_payloads, open_course

STUDENTS = 10
# Faults injected through the sandbox's control handle; "lms_change" is a grade changed in the
# LMS between download and submit.
FAULTS = (
    None,
    "drop",
    "ignore",
    "429",
    "rate_limit_403",
    "500",
    "502",
    "504",
    "409",
    "422",
    "lms_change",
)
THEIRS = ServerGrade(0.1, 10.0, "Changed in the LMS")


@dataclass(frozen=True)
class Change:
    score: float | None
    comment: str | None
    fault: str | None


scores = st.one_of(st.none(), st.integers(0, 48).map(lambda quarter: quarter / 4))


def changes(platform: str) -> st.SearchStrategy[Change]:
    # Canvas cannot remove a comment, so a "" there would rightly end IGNORED: left out here.
    texts = ["Well done.", "Redo question 2", "<b>Bravo</b> &amp; merci"]
    comments = st.sampled_from([None, *texts] + ([] if platform == "canvas" else [""]))
    return st.builds(Change, scores, comments, st.sampled_from(FAULTS))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[str, int, ConflictPolicy, dict[int, Change]]:
    platform = draw(st.sampled_from(["generic", "canvas", "moodle"]))
    concurrency = draw(st.integers(1, 4))
    policy = draw(st.sampled_from(list(ConflictPolicy)))
    edited = draw(st.dictionaries(st.integers(0, STUDENTS - 1), changes(platform), min_size=1))
    return platform, concurrency, policy, edited


def arm(course: Course, user: str, fault: str | None) -> None:
    control = course.control
    if fault == "drop":
        control.drop_connection_after_next_score(user)
    elif fault == "ignore":
        control.ignore_next_score(user)
    elif fault == "lms_change":
        control.set_grade(course.line_item.id, user, THEIRS.score, 10.0, THEIRS.comment)
    elif fault is not None:
        control.fail_for_user(user, cast(Fault, fault))


def expected_state(
    edit: GradeEdit, base: ServerGrade, fault: str | None, policy: ConflictPolicy
) -> CellState | None:
    """None: the entry is gone (the LMS's grade kept)."""
    if fault == "lms_change":
        if edit.is_shown_by(THEIRS):
            return CellState.VERIFIED
        return {
            ConflictPolicy.SKIP: CellState.CONFLICT,
            ConflictPolicy.MINE: CellState.VERIFIED,
            ConflictPolicy.THEIRS: None,
        }[policy]
    if edit.is_shown_by(base) or fault not in ("422", "ignore"):
        return CellState.VERIFIED
    return CellState.FAILED


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(scenario=scenarios())
def test_the_outcome_always_matches_what_the_lms_holds(scenario) -> None:
    platform, concurrency, policy, edited = scenario
    time = FakeTime()
    with (
        tempfile.TemporaryDirectory() as folder,
        open_course(Path(folder), time, platform=platform, students=STUDENTS) as course,
    ):
        learners = course.learners()
        before = course.server()
        edits = {
            learners[index]: course.edit(learners[index], change.score, change.comment)
            for index, change in edited.items()
        }
        faults = {learners[index]: change.fault for index, change in edited.items()}
        course.queue(edits.values())
        bases = {user: entry.base for user, entry in course.outbox().items()}
        course.control.clear_requests()
        for user, fault in faults.items():
            arm(course, user, fault)
        histories = {
            user: course.control.comment_history(course.line_item.id, user) for user in learners
        }

        report = course.engine(concurrency=concurrency, on_conflict=policy).run()

        assert report.stopped is None, report.stop_message
        outbox = course.outbox()
        after = course.server()
        for user, edit in edits.items():
            expected = expected_state(edit, bases[user], faults[user], policy)
            entry = outbox.get(user)
            assert (entry.state if entry else None) is expected, (user, faults[user], entry)
            now = after.get(user, ServerGrade())
            if expected is CellState.VERIFIED:
                assert edit.is_shown_by(now), "verified means the LMS shows it"
            elif faults[user] == "lms_change":
                assert now.same_as(THEIRS), "no stale overwrite"
            else:
                assert now.same_as(bases[user]), "a refused or ignored grade changed nothing"
                kind = FailureKind.REFUSED if faults[user] == "422" else FailureKind.IGNORED
                assert entry is not None and entry.failure_kind is kind
            applied = course.applied_posts(user)
            assert len(applied) <= 1, "never applied twice"
            if faults[user] == "422":
                assert len(course.posts(user)) <= 1, "a final refusal is tried once"
            new_comments = course.control.comment_history(course.line_item.id, user)[
                len(histories[user]) :
            ]
            assert len(new_comments) <= 1, "no comment duplicated"
            if edit.comment is None and bases[user].comment and now.score is not None:
                assert now.comment, "no comment wiped"
        for user in set(learners) - set(edits):
            assert course.posts(user) == [] and after.get(user) == before.get(user)
        assert course.control.max_in_flight() <= concurrency
        assert course.control.max_in_flight_per_user() <= 1
        assert_sane_payloads(course.requests())
        failed_or_conflict = bool(report.failed or report.conflicts)
        assert report.exit_code == (1 if failed_or_conflict else 0)
