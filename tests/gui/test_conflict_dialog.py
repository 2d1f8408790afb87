"""Conflicts: the three values side by side, a choice per row, and the choices recorded in a real
store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from gradebook_gui.api import Credentials, LtiaasClient
from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui.conflict_dialog import ConflictDialog
from gradebook_gui.models import LineItem
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.submitting import (
    AppliedResolutions,
    Resolution,
    apply_resolutions,
    fetch_current_grades,
)
from gradebook_gui.store import GradeStore, OutboxEntry

from .test_accessibility import tab_chain, tab_order_problems

KEY = "https://school.ltiaas.com demo"
LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)
ENGLISH = QLocale(QLocale.Language.English)
NAMES = {"1": "Ann Bell", "2": "Bo Diaz", "3": "Cy Lane"}

# What each edit was made on, what the LMS shows now, and the edit.
BASES = {"1": ServerGrade(7, 10, "Good start"), "2": ServerGrade(6, 10), "3": ServerGrade()}
NOW = {"1": ServerGrade(18, 20, "Regraded"), "2": ServerGrade(None, 1)}
EDITS = [GradeEdit("1", 8.5, 10), GradeEdit("2", 9, 10, "Much better"), GradeEdit("3", 4, 10)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GradeStore]:
    with GradeStore.open(tmp_path / "gradebook.sqlite3") as opened:
        yield opened


@pytest.fixture
def conflicts(store: GradeStore) -> list[OutboxEntry]:
    """Three queued edits that a submission found changed in the LMS."""
    store.apply_edits(KEY, LINE_ITEM.id, [(edit, BASES[edit.user_id]) for edit in EDITS], "Edits")
    queued = store.queue_drafts(KEY, LINE_ITEM.id)
    return [
        store.update_entry(entry.id, CellState.CONFLICT, reason="Changed in the LMS")
        for entry in queued
    ]


def open_dialog(qtbot: QtBot, conflicts: list[OutboxEntry]) -> ConflictDialog:
    dialog = ConflictDialog(conflicts, NAMES, LINE_ITEM, NOW, ENGLISH)
    qtbot.addWidget(dialog)
    return dialog


def cells(dialog: ConflictDialog, row: int) -> list[str]:
    texts = []
    for column in range(5):
        cell = dialog.table.item(row, column)
        assert cell is not None
        texts.append(cell.text())
    return texts


def test_each_conflict_shows_base_lms_now_and_mine(qtbot: QtBot, conflicts: list[OutboxEntry]):
    dialog = open_dialog(qtbot, conflicts)
    assert dialog.table.rowCount() == 3
    # The LMS's 18/20 is shown on the column's scale; an edit that left the comment alone never
    # shows the LMS's comment as the instructor's.
    assert cells(dialog, 0) == [
        "Ann Bell",
        "1",
        "7, “Good start”",
        "9, “Regraded”",
        "8.5, comment left as it was",
    ]
    assert cells(dialog, 1) == [
        "Bo Diaz",
        "2",
        "6, no comment",
        "no grade, no comment",
        "9, “Much better”",
    ]
    assert cells(dialog, 2) == [
        "Cy Lane",
        "3",
        "no grade, no comment",
        "no grade, no comment",
        "4, comment left as it was",
    ]
    assert [combo.currentText() for combo in dialog.choice_combos] == ["Decide later"] * 3
    assert dialog.resolutions() == {}


def test_learners_with_the_same_name_are_told_apart(qtbot: QtBot, conflicts: list[OutboxEntry]):
    # Ann Bell twice: one with an email, the other told apart by her user ID.
    names = {"1": "Ann Bell", "2": "Ann Bell", "3": "Cy Lane"}
    emails = {"1": "ann.bell@school.example"}
    dialog = ConflictDialog(conflicts, names, LINE_ITEM, NOW, ENGLISH, emails=emails)
    qtbot.addWidget(dialog)
    assert [cells(dialog, row)[:2] for row in range(3)] == [
        ["Ann Bell", "ann.bell@school.example"],
        ["Ann Bell", "2"],
        ["Cy Lane", "3"],
    ]
    assert [combo.accessibleName() for combo in dialog.choice_combos[:2]] == [
        "Decision for Ann Bell (ann.bell@school.example)",
        "Decision for Ann Bell (2)",
    ]


def test_choices_per_row_and_for_all(qtbot: QtBot, conflicts: list[OutboxEntry]):
    dialog = open_dialog(qtbot, conflicts)
    ids = [entry.id for entry in conflicts]
    dialog.choice_combos[1].setCurrentIndex(2)
    assert dialog.resolutions() == {ids[1]: Resolution.TAKE_THEIRS}

    dialog.all_mine_button.click()
    assert dialog.resolutions() == dict.fromkeys(ids, Resolution.KEEP_MINE)
    dialog.all_theirs_button.click()
    assert dialog.resolutions() == dict.fromkeys(ids, Resolution.TAKE_THEIRS)
    assert dialog.choice_combos[0].accessibleName() == "Decision for Ann Bell (1)"


def test_one_conflict_is_explained_for_one_grade(qtbot: QtBot, conflicts: list[OutboxEntry]):
    dialog = open_dialog(qtbot, conflicts[:1])
    [explanation] = [
        label for label in dialog.findChildren(QLabel) if "changed in the LMS" in label.text()
    ]
    assert explanation.text().startswith("This grade in “Quiz 1” changed in the LMS")
    assert "For each" not in explanation.text()
    assert "Keep yours (it is sent" in explanation.text()


def test_tab_goes_through_the_buttons_in_the_order_they_are_shown(
    qtbot: QtBot, conflicts: list[OutboxEntry]
):
    dialog = open_dialog(qtbot, conflicts)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = [button for button in tab_chain(dialog) if button in dialog.buttons.buttons()]
    assert [button.text() for button in buttons] == [
        button.text() for button in sorted(buttons, key=lambda button: button.x())
    ]
    assert tab_order_problems(dialog) == []


def test_ask_returns_the_choices_or_none(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, conflicts: list[OutboxEntry]
):
    def keep_all(self: ConflictDialog) -> int:
        qtbot.addWidget(self)
        self.keep_all_mine()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", keep_all)
    chosen = ConflictDialog.ask(
        None, conflicts=conflicts, names=NAMES, line_item=LINE_ITEM, current=NOW
    )
    assert chosen == {entry.id: Resolution.KEEP_MINE for entry in conflicts}

    def cancel(self: ConflictDialog) -> int:
        qtbot.addWidget(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", cancel)
    assert (
        ConflictDialog.ask(None, conflicts=conflicts, names=NAMES, line_item=LINE_ITEM, current=NOW)
        is None
    )


def test_keep_mine_requeues_on_the_lms_value_and_take_theirs_drops(
    store: GradeStore, conflicts: list[OutboxEntry]
):
    ann, bo, _ = conflicts
    applied = apply_resolutions(
        store,
        {ann.id: Resolution.KEEP_MINE, bo.id: Resolution.TAKE_THEIRS},
        NOW,
        line_item=LINE_ITEM,
        profile="demo",
    )

    outbox = {entry.user_id: entry for entry in store.outbox(KEY, LINE_ITEM.id)}
    assert set(outbox) == {"1", "3"}  # Bo's edit is gone
    assert outbox["1"].state is CellState.QUEUED and outbox["1"].base == NOW["1"]
    assert outbox["1"].edit == ann.edit and outbox["1"].reason is None
    assert outbox["3"].state is CellState.CONFLICT  # left to decide later
    assert [entry.user_id for entry in applied.requeued] == ["1"]
    assert [entry.user_id for entry in applied.discarded] == ["2"]

    [journaled] = store.journal(KEY)
    assert (journaled.user_id, journaled.outcome, journaled.profile) == ("2", "theirs", "demo")
    assert (journaled.old_score, journaled.new_score, journaled.new_comment) == (
        6,
        9,
        "Much better",
    )
    assert "kept the LMS's grade" in (journaled.reason or "")


def test_only_entries_still_in_conflict_are_touched(
    store: GradeStore, conflicts: list[OutboxEntry]
):
    ann, bo, _ = conflicts
    store.requeue([ann.id])  # resolved elsewhere meanwhile
    store.discard([bo.id])
    applied = apply_resolutions(
        store,
        {ann.id: Resolution.TAKE_THEIRS, bo.id: Resolution.KEEP_MINE},
        NOW,
        line_item=LINE_ITEM,
    )
    assert applied == AppliedResolutions()
    outbox = {entry.user_id: entry for entry in store.outbox(KEY, LINE_ITEM.id)}
    assert outbox["1"].state is CellState.QUEUED and outbox["1"].base == BASES["1"]
    assert store.journal(KEY) == []


def test_the_current_grades_are_read_from_the_lms(make_sandbox: Callable[..., Sandbox]):
    sandbox = make_sandbox(students=6, seed=3)
    issued = sandbox.credentials
    credentials = Credentials(api_key=issued.api_key, ltik=issued.ltik)
    line_item_id = sandbox.line_item_ids()[0]
    with LtiaasClient(sandbox.base_url, credentials) as client:
        current = fetch_current_grades(client, line_item_id)
    stored = sandbox.control.results(line_item_id)
    assert stored and set(current) == set(stored)
    for user_id, result in stored.items():
        assert current[user_id].score == result.get("resultScore")
