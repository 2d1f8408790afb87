"""Journal lines: one wording for "take theirs", whether the engine or the user decided."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.engine.journal import journal_entry, theirs_kept
from gradebook_gui.models import LineItem
from gradebook_gui.services.submitting import Resolution, apply_resolutions
from gradebook_gui.store import GradeStore, OutboxEntry

KEY = "https://school.ltiaas.com demo"
QUIZ = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BASE = ServerGrade(6, 10, "Good start")
NOW = ServerGrade(16, 20, "<p>Regraded &amp; fair</p>")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GradeStore]:
    with GradeStore.open(tmp_path / "gradebook.sqlite3") as opened:
        yield opened


def in_conflict(store: GradeStore, edit: GradeEdit) -> OutboxEntry:
    store.apply_edits(KEY, QUIZ.id, [(edit, BASE)], "Edits")
    (entry,) = store.queue_drafts(KEY, QUIZ.id)
    return store.update_entry(entry.id, CellState.CONFLICT, reason="Changed in the LMS")


def test_a_kept_lms_grade_is_journaled_as_the_lms_and_the_edit_as_the_instructors(
    store: GradeStore,
):
    entry = in_conflict(store, GradeEdit("1", 4.5, 5))  # on another scale, comment untouched
    line = theirs_kept(entry, NOW, QUIZ, at=AT, profile="demo")
    assert (line.outcome, line.old_score, line.old_comment) == ("theirs", 6, "Good start")
    assert (line.new_score, line.new_comment) == (9, None)
    assert line.reason == (
        # One scale in the sentence: the edit's.
        "You kept the LMS's grade and comment: 4/5 with the comment “Regraded & fair” "
        "(it was 3/5 with the comment “Good start” when downloaded). "
        "Your edit, 4.5/5, the comment left as it was, was dropped and not sent."
    )


def test_take_theirs_in_the_conflict_dialog_journals_the_engines_line(store: GradeStore):
    entry = in_conflict(store, GradeEdit("1", 9, 10, "Mine"))
    apply_resolutions(
        store, {entry.id: Resolution.TAKE_THEIRS}, {"1": NOW}, line_item=QUIZ, profile="demo"
    )
    [journaled] = store.journal(KEY)
    expected = theirs_kept(entry, NOW, QUIZ, at=journaled.at, profile="demo")
    assert journaled == expected
    assert journaled.new_comment == "Mine"
    assert store.outbox(KEY, QUIZ.id) == []


def test_scores_are_journaled_on_the_line_items_scale(store: GradeStore):
    entry = in_conflict(store, GradeEdit("1", 3, 4))
    line = journal_entry(entry, QUIZ, "verified", at=AT, profile=None, new_comment="x")
    assert (line.old_score, line.new_score, line.line_item_label) == (6, 7.5, "Quiz 1")
    cleared = dataclasses.replace(entry, edit=GradeEdit("1", None, 10))
    line = journal_entry(cleared, QUIZ, "verified", at=AT, profile=None, new_comment=None)
    assert line.new_score is None
