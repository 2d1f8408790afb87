"""Removing local data, the journal retention, and the prompt for grades left queued.

Dialogs are driven without exec(); the store is a real database in the test's data folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.local_data_dialog import (
    RETENTION_KEY,
    LocalDataDialog,
    journal_retention,
    set_journal_retention,
)
from gradebook_gui.gui.outbox_prompt import OutboxPrompt, outbox_question
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.models import LineItem, Member
from gradebook_gui.services.local_data import (
    ForgetScope,
    KeptData,
    LocalDataChoice,
    apply_local_data_choice,
    apply_retention,
    summarize_local_data,
)
from gradebook_gui.services.submitting import Waiting, waiting_per_line_item
from gradebook_gui.store import GradeStore, JournalEntry

KEY = "https://school.ltiaas.example#Bio 101"
OTHER_KEY = "https://other.ltiaas.example"
QUIZ = LineItem(id="https://lms.example/li/31", label="Quiz 3", scoreMaximum=20)
ESSAY = LineItem(id="https://lms.example/li/32", label="Essay 2", scoreMaximum=20)
NOW = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def learners() -> list[StudentGrade]:
    return [
        StudentGrade(user_id, Member(userId=user_id, roles=("Learner",), name=user_id), None)
        for user_id in ("007", "1234", "5003")
    ]


def draft(user_id: str, score: float) -> tuple[GradeEdit, ServerGrade]:
    return GradeEdit(user_id, score, 20.0), ServerGrade(None, 20.0, None)


def journal_entry(key: str, line_item: LineItem, days_ago: int) -> JournalEntry:
    return JournalEntry(
        at=NOW - timedelta(days=days_ago),
        key=key,
        profile="Bio 101",
        line_item_id=line_item.id,
        line_item_label=line_item.label,
        user_id="007",
        old_score=None,
        old_comment=None,
        new_score=12.0,
        new_comment=None,
        outcome="verified",
        http_status=200,
        reason=None,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GradeStore]:
    with GradeStore.open(tmp_path / "grades.sqlite3") as opened:
        for key in (KEY, OTHER_KEY):
            for item in (QUIZ, ESSAY):
                opened.save_snapshot(key, item, learners(), NOW)
        # Quiz 3: two drafts, one of them queued, one queued grade that failed.
        opened.apply_edits(KEY, QUIZ.id, [draft("007", 15), draft("1234", 9)], "Edit")
        opened.apply_edits(KEY, QUIZ.id, [draft("5003", 11)], "Edit")
        opened.queue_drafts(KEY, QUIZ.id, ["5003", "1234"])
        (failed,) = [e for e in opened.outbox(KEY, QUIZ.id) if e.user_id == "1234"]
        opened.update_entry(failed.id, CellState.FAILED, reason="refused")
        # Essay 2: one draft, one queued grade.
        opened.apply_edits(KEY, ESSAY.id, [draft("007", 18), draft("5003", 17)], "Edit")
        opened.queue_drafts(KEY, ESSAY.id, ["5003"])
        opened.apply_edits(OTHER_KEY, QUIZ.id, [draft("007", 1)], "Edit")
        opened.queue_drafts(OTHER_KEY, QUIZ.id)
        for key, item, days_ago in (
            (KEY, QUIZ, 400),
            (KEY, QUIZ, 100),
            (KEY, ESSAY, 40),
            (KEY, QUIZ, 1),
            (OTHER_KEY, QUIZ, 200),
        ):
            opened.record(journal_entry(key, item, days_ago))
        yield opened


class FakeConfirm:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent: QWidget | None, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.answer


def make_dialog(
    qtbot: QtBot, store: GradeStore, settings: WindowSettings, confirm: FakeConfirm
) -> LocalDataDialog:
    summary = summarize_local_data(store, KEY, "Bio 101", QUIZ)
    dialog = LocalDataDialog(summary=summary, settings=settings, confirm=confirm, locale=ENGLISH)
    qtbot.addWidget(dialog)
    return dialog


def test_the_summary_counts_what_is_kept(store: GradeStore) -> None:
    summary = summarize_local_data(store, KEY, "Bio 101", QUIZ)
    assert summary.in_line_item == KeptData(line_items=1, drafts=1, unsent=2, journal_entries=3)
    assert summary.in_connection == KeptData(line_items=2, drafts=2, unsent=3, journal_entries=4)
    without_line_item = summarize_local_data(store, KEY, "Bio 101", None)
    assert without_line_item.in_line_item is None


def test_removing_a_line_item_asks_first_and_says_what_is_lost(
    qtbot: QtBot, store: GradeStore, settings: WindowSettings
) -> None:
    confirm = FakeConfirm(answer=False)
    dialog = make_dialog(qtbot, store, settings, confirm)
    assert dialog.line_item_radio.isChecked()
    assert dialog.line_item_radio.text() == ("Only “Quiz 3”: 1 draft, 2 grades not sent yet")

    dialog.remove_button.click()
    (question,) = confirm.asked
    assert question.startswith("Remove everything kept on this computer for “Quiz 3”?")
    assert "• 2 grades not yet confirmed by the LMS: they will never be sent" in question
    assert "• 1 draft not yet submitted" in question
    assert "• 3 entries of the history of what was sent" in question
    assert "The grades in the LMS are not changed." in question
    # Not confirmed: the dialog stays open and nothing is to be removed.
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.choice().forget is None

    confirm.answer = True
    dialog.remove_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    choice = dialog.choice()
    assert choice == LocalDataChoice(KEY, QUIZ.id, ForgetScope.LINE_ITEM, None)

    apply_local_data_choice(store, choice, now=NOW)
    assert store.load_snapshot(KEY, QUIZ.id) is None
    assert store.drafts(KEY, QUIZ.id) == {}
    assert store.outbox(KEY, QUIZ.id) == []
    # Only that line item of that connection went.
    assert store.load_snapshot(KEY, ESSAY.id) is not None
    assert len(store.drafts(KEY, ESSAY.id)) == 1
    assert store.load_snapshot(OTHER_KEY, QUIZ.id) is not None
    assert len(store.outbox(OTHER_KEY)) == 1


def test_removing_the_whole_connection(
    qtbot: QtBot, store: GradeStore, settings: WindowSettings
) -> None:
    confirm = FakeConfirm(answer=True)
    dialog = make_dialog(qtbot, store, settings, confirm)
    assert dialog.connection_radio.text() == (
        "All of Bio 101 (2 grade columns): 2 drafts, 3 grades not sent yet"
    )
    dialog.connection_radio.setChecked(True)
    dialog.remove_button.click()
    (question,) = confirm.asked
    assert question.startswith(
        "Remove everything kept on this computer for every grade column of Bio 101?"
    )
    assert "• the downloaded grades of 2 grade columns" in question
    choice = dialog.choice()
    assert choice.forget is ForgetScope.CONNECTION

    apply_local_data_choice(store, choice, now=NOW)
    assert store.snapshot_list(KEY) == []
    assert store.outbox(KEY) == []
    assert store.journal(KEY) == []
    assert len(store.snapshot_list(OTHER_KEY)) == 2
    assert KEY not in store.connection_keys()


def test_without_an_open_line_item_only_the_connection_can_be_removed(
    qtbot: QtBot, store: GradeStore, settings: WindowSettings
) -> None:
    summary = summarize_local_data(store, KEY, "Bio 101", None)
    dialog = LocalDataDialog(summary=summary, settings=settings, confirm=FakeConfirm(True))
    qtbot.addWidget(dialog)
    assert not dialog.line_item_radio.isEnabled()
    assert dialog.connection_radio.isChecked()


def test_saving_keeps_the_retention_and_removes_nothing(
    qtbot: QtBot, store: GradeStore, settings: WindowSettings
) -> None:
    dialog = make_dialog(qtbot, store, settings, FakeConfirm(True))
    assert dialog.retention_combo.currentText() == "Forever"
    assert [dialog.retention_combo.itemText(i) for i in range(4)] == [
        "Forever",
        "30 days",
        "90 days",
        "365 days",
    ]
    dialog.retention_combo.setCurrentIndex(dialog.retention_combo.findData(90))
    dialog.accept()
    assert journal_retention(settings) == 90
    choice = dialog.choice()
    assert choice == LocalDataChoice(KEY, QUIZ.id, None, 90)

    pruned = apply_local_data_choice(store, choice, now=NOW)
    assert pruned == 3  # 400, 100 and 200 days old, of both connections
    assert sorted((e.at for e in store.journal()), reverse=True) == [
        NOW - timedelta(days=1),
        NOW - timedelta(days=40),
    ]
    assert store.load_snapshot(KEY, QUIZ.id) is not None

    again = make_dialog(qtbot, store, settings, FakeConfirm(True))
    assert again.retention_combo.currentData() == 90


def test_cancelling_changes_nothing(
    qtbot: QtBot, store: GradeStore, settings: WindowSettings
) -> None:
    dialog = make_dialog(qtbot, store, settings, FakeConfirm(True))
    dialog.retention_combo.setCurrentIndex(dialog.retention_combo.findData(30))
    dialog.reject()
    assert journal_retention(settings) is None


def test_retention_is_kept_forever_by_default(store: GradeStore, tmp_path: Path) -> None:
    raw = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert journal_retention(raw) is None
    assert apply_retention(store, None, now=NOW) == 0
    assert len(store.journal()) == 5
    assert apply_retention(store, 30, now=NOW) == 4
    assert len(store.journal()) == 1

    set_journal_retention(raw, 365)
    assert journal_retention(raw) == 365
    raw.setValue(RETENTION_KEY, "12")  # not a choice the app offers: keep everything
    assert journal_retention(raw) is None
    set_journal_retention(raw, None)
    assert not raw.contains(RETENTION_KEY)
    with pytest.raises(ValueError):
        set_journal_retention(raw, 7)


# -- the outbox after a restart -----------------------------------------------------------------


def test_queued_grades_are_counted_per_line_item(store: GradeStore) -> None:
    # Quiz 3's failed grade waits for the user's decision, not for "send now".
    assert waiting_per_line_item(store, KEY) == [
        Waiting(QUIZ.id, "Quiz 3", 1),
        Waiting(ESSAY.id, "Essay 2", 1),
    ]
    assert waiting_per_line_item(store, OTHER_KEY) == [Waiting(QUIZ.id, "Quiz 3", 1)]
    assert waiting_per_line_item(store, "https://nothing.example") == []


def test_the_question_names_each_line_item() -> None:
    assert (
        outbox_question([("Quiz 3", 12)], ENGLISH) == "12 grades queued for Quiz 3. Send them now?"
    )
    assert outbox_question([("Quiz 3", 1)], ENGLISH) == "1 grade queued for Quiz 3. Send it now?"
    assert outbox_question([("Quiz 3", 12), ("Essay 2", 1)], ENGLISH) == (
        "Grades are queued from your last session:\n"
        "• 12 grades for Quiz 3\n"
        "• 1 grade for Essay 2\n\n"
        "Send them now?"
    )


def test_the_prompt_sends_only_when_asked_to(qtbot: QtBot) -> None:
    prompt = OutboxPrompt([("Quiz 3", 1234)], ENGLISH)
    qtbot.addWidget(prompt)
    assert prompt.text() == "1,234 grades queued for Quiz 3. Send them now?"
    assert "Nothing is sent until you say so" in prompt.informativeText()
    # Enter and Escape both keep the grades queued.
    assert prompt.defaultButton() is prompt.later_button
    assert prompt.escapeButton() is prompt.later_button
    assert not prompt.send_chosen()

    prompt.later_button.click()
    assert not prompt.send_chosen()
    prompt.send_button.click()
    assert prompt.send_chosen()


def test_nothing_queued_asks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dialog(self: QMessageBox) -> int:
        raise AssertionError("the prompt must not open")

    monkeypatch.setattr(OutboxPrompt, "exec", no_dialog)
    assert OutboxPrompt.ask(None, waiting=[]) is False
