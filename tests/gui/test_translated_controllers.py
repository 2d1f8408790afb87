"""What the window's controllers say reaches the instructor translated, and every accelerator of
a dialog is its own.

The controllers' sentences go to the status bar, to the grade column list and to the undo menu:
they are checked under the pseudo-translator of test_translations (every translated text comes
back wrapped in ⟦…⟧), with the window driven against the sandbox over real sockets. An
accelerator letter used twice in one window makes Alt+letter reach only one of the two controls,
in English and in every language a translator picks the letters for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gradebook_gui.config import ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.conflict_dialog import ConflictDialog
from gradebook_gui.gui.connection_dialog import ConnectionDialog
from gradebook_gui.gui.export_dialog import ExportChoice, ExportDialog, ExportFormat
from gradebook_gui.gui.history_view import HistoryView
from gradebook_gui.gui.line_item_picker import LineItemPicker
from gradebook_gui.gui.local_data_dialog import LocalDataDialog
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.review_dialog import ReviewDialog, ReviewItem
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.local_data import ForgetScope, LocalDataChoice, summarize_local_data
from gradebook_gui.store import Draft, GradeStore

from .conftest import FakeDialogs, connection_to, wait_ready, wait_settled
from .translated import StatusTexts, untranslated

KEY = "https://school.ltiaas.com demo"
QUIZ = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=20)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
EDITED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


# -- accelerators ------------------------------------------------------------------------------


def accelerators(text: str) -> list[str]:
    """The letters `text` marks with "&" ("&&" is an ampersand, not a mark)."""
    found, at = [], 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            found.append(text[at + 1].lower())
        at += 2
    return found


def _marked_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(index) for index in range(widget.count())]
    return []


def duplicate_accelerators(window: QWidget) -> list[str]:
    """Each accelerator letter that two controls of `window` share, with their texts; hidden
    controls count too (a form shows different rows as it is filled in)."""
    users: dict[str, list[str]] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        for text in _marked_texts(widget):
            for letter in accelerators(text):
                users.setdefault(letter, []).append(text)
    return [f"{letter}: {texts}" for letter, texts in users.items() if len(texts) > 1]


def test_the_accelerator_check_finds_a_letter_used_twice(qtbot: QtBot):
    window = QWidget()
    qtbot.addWidget(window)
    QPushButton("&New", window)
    QPushButton("Re&name", window)
    QPushButton("Save && &close", window)
    assert accelerators("Save && &close") == ["c"]
    assert duplicate_accelerators(window) == ["n: ['&New', 'Re&name']"]


def learner(user_id: str, name: str, score: float | None) -> StudentGrade:
    member = Member(userId=user_id, roles=("Learner",), name=name)
    result = (
        None
        if score is None
        else Result(
            id=f"r{user_id}", scoreOf=QUIZ.id, userId=user_id, resultScore=score, resultMaximum=20
        )
    )
    return StudentGrade(user_id, member, result)


LEARNERS = [learner("1", "Ann Bell", 14), learner("2", "Bo Diaz", None)]


def _review(store: GradeStore, tmp_path: Path) -> QWidget:
    items = [
        ReviewItem(grade, Draft(GradeEdit(grade.user_id, None, 20, ""), ServerGrade(), EDITED_AT))
        for grade in LEARNERS
    ]
    held = ReviewItem(
        LEARNERS[0],
        Draft(GradeEdit("1", 15, 20), ServerGrade(), EDITED_AT),
        not_active="not an active student",
    )
    return ReviewDialog(QUIZ, [*items, held], locale=ENGLISH)


def _conflicts(store: GradeStore, tmp_path: Path) -> QWidget:
    edits = [(GradeEdit(grade.user_id, 12, 20), ServerGrade(10, 20)) for grade in LEARNERS]
    store.apply_edits(KEY, QUIZ.id, edits, "Edits")
    conflicts = [
        store.update_entry(entry.id, CellState.CONFLICT, reason="Changed in the LMS")
        for entry in store.queue_drafts(KEY, QUIZ.id)
    ]
    names = {grade.user_id: grade.name or "" for grade in LEARNERS}
    return ConflictDialog(conflicts, names, QUIZ, {}, ENGLISH)


def _export(store: GradeStore, tmp_path: Path) -> QWidget:
    return ExportDialog(
        line_item=QUIZ, all_count=3, visible_count=2, default_folder=tmp_path, locale=ENGLISH
    )


def _local_data(store: GradeStore, tmp_path: Path) -> QWidget:
    summary = summarize_local_data(store, KEY, "Bio 101", QUIZ)
    return LocalDataDialog(summary=summary, settings=WindowSettings(), locale=ENGLISH)


DIALOGS: dict[str, Callable[[GradeStore, Path], QWidget]] = {
    "review": _review,
    "conflicts": _conflicts,
    "export": _export,
    "local data": _local_data,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_accelerator_of_a_dialog_is_its_own(
    qtbot: QtBot, store: GradeStore, tmp_path: Path, name: str
):
    dialog = DIALOGS[name](store, tmp_path)
    qtbot.addWidget(dialog)
    assert duplicate_accelerators(dialog) == []


def test_every_accelerator_of_the_connections_dialog_is_its_own(
    qtbot: QtBot, profiles: ProfileStore, secrets: SecretStorage, runner: TaskRunner
):
    dialog = ConnectionDialog(profiles, secrets, runner)
    qtbot.addWidget(dialog)
    assert duplicate_accelerators(dialog) == []


def test_every_accelerator_of_the_history_is_its_own(
    qtbot: QtBot, store: GradeStore, runner: TaskRunner
):
    view = HistoryView(runner, store, locale=ENGLISH)
    qtbot.addWidget(view)
    assert duplicate_accelerators(view) == []


def test_every_accelerator_of_the_grade_column_list_is_its_own(
    qtbot: QtBot,
    session: Session,
    runner: TaskRunner,
    messages: MessageChannel,
    fake_dialogs: FakeDialogs,
):
    picker = LineItemPicker(session, runner, messages, fake_dialogs.bundle())
    qtbot.addWidget(picker)
    assert duplicate_accelerators(picker) == []


# -- what the controllers say ------------------------------------------------------------------


def test_importing_and_exporting_say_everything_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    messages: MessageChannel,
    tmp_path: Path,
):
    window = new_window()
    status = StatusTexts(messages)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    status.taken()

    exported = tmp_path / "quiz.csv"
    fake_dialogs.export_choice = ExportChoice(exported, ExportFormat.CSV, visible_only=False)
    window.commands.export_action.trigger()
    qtbot.waitUntil(exported.exists, timeout=5000)
    wait_settled(qtbot, window)
    said = status.taken()
    assert any("Exported" in text for text in said)
    # The file's path is data.
    assert untranslated(said, {str(exported), exported.name}) == []

    # Unchanged, the file changes no grade.
    fake_dialogs.import_file = exported
    window.commands.import_action.trigger()
    wait_settled(qtbot, window)
    said = status.taken()
    assert any("Nothing to import" in text for text in said)
    assert untranslated(said) == []

    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    first = lines[1].split(",")
    first[header.index("score")] = "1"
    exported.write_text("\n".join([lines[0], ",".join(first)]) + "\n", encoding="utf-8")
    window.commands.import_action.trigger()
    wait_settled(qtbot, window)
    said = status.taken()
    assert any("imported as an unsent change" in text for text in said)
    assert untranslated(said) == []
    # The undo menu names the import in the instructor's language too.
    assert "⟦Import 1 grade⟧" in window.commands.undo_action.text()


def test_removing_local_data_and_guards_say_everything_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    messages: MessageChannel,
):
    window = new_window()
    status = StatusTexts(messages)
    # Before a connection: the guards say what to do first.
    window.commands.export_action.trigger()
    window.commands.local_data_action.trigger()
    assert window.workspace.editable_line_item() is None
    assert untranslated(status.taken()) == []

    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    status.taken()
    assert window.workspace.selected_learners() == []
    window.workspace.inform_held_back(3, 1)
    fake_dialogs.local_data_choice = LocalDataChoice(
        connection_to(sandbox).key, line_item.id, ForgetScope.LINE_ITEM, None
    )
    window.commands.local_data_action.trigger()
    wait_settled(qtbot, window)
    said = status.taken()
    assert any("Removed what was kept" in text for text in said)
    assert any("stay unsent" in text for text in said)
    assert untranslated(said) == []


def test_opening_a_connection_says_everything_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    new_window: Callable[[], MainWindow],
    messages: MessageChannel,
):
    window = new_window()
    status = StatusTexts(messages)
    window.start("Biology 101")
    # No such connection: the list says how to connect, the status bar which name was missing.
    assert untranslated([window.picker.status_label.text()]) == []
    said = status.taken()
    assert any("Biology 101" in text for text in said)
    assert untranslated(said, {"Biology 101"}) == []


def test_a_failed_history_export_is_named_translated(
    qtbot: QtBot, pseudo_locale: None, store: GradeStore, runner: TaskRunner, tmp_path: Path
):
    view = HistoryView(runner, store, locale=ENGLISH)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.failed, timeout=5000) as failed:
        view.export_to(tmp_path / "no such folder" / "history.csv")
    action, _error = failed.args
    # The action titles the message ("… failed").
    assert untranslated([action]) == []
