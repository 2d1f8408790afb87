"""Issue 4 and 5 scenarios through the whole window, against sandboxes over real sockets.

Only the modal questions are answered by `FakeDialogs` (each records what it was given); the
keyboard, the store, the submission engine and the HTTP traffic are all real.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from gradebook_gui.cli.main import ExitCode
from gradebook_gui.cli.main import main as gradebook
from gradebook_gui.config import ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.gui.app import StartOptions, compose
from gradebook_gui.gui.credential_prompt import CredentialRenewal
from gradebook_gui.gui.export_dialog import ExportChoice, ExportFormat
from gradebook_gui.gui.locale_numbers import table_text
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.review_dialog import ReviewItem
from gradebook_gui.gui.score_delegate import CellEditor
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.services.local_data import ForgetScope, LocalDataChoice
from gradebook_gui.services.submitting import Resolution
from gradebook_gui.store import GradeStore

from .conftest import (
    FakeDialogs,
    RecordingPresenter,
    activate,
    cell_text,
    connection_to,
    row_of,
    type_score,
    wait_ready,
    wait_settled,
)

VERIFIED = "✓ verified"
EDITED = "✎ edited"

WindowMaker = Callable[[], MainWindow]


@pytest.fixture
def make_window(new_window: WindowMaker) -> WindowMaker:
    return new_window


def opened(qtbot: QtBot, make_window: WindowMaker, sandbox: Sandbox) -> MainWindow:
    window = make_window()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    return window


def lms_grades(sandbox: Sandbox, line_item_id: str) -> dict[str, tuple[float | None, str | None]]:
    """Each student's score (on a 0-1 scale) and comment as the LMS holds them."""
    return {
        user_id: (
            held["resultScore"] / held["resultMaximum"]
            if held.get("resultScore") is not None
            else None,
            held.get("comment"),
        )
        for user_id, held in sandbox.control.results(line_item_id).items()
    }


def score_posts(sandbox: Sandbox) -> list[str]:
    return [r.raw_path for r in sandbox.control.requests() if r.method == "POST"]


def test_grading_ten_learners_from_the_keyboard_ends_as_the_command_line_would(
    qtbot: QtBot,
    presenter: RecordingPresenter,
    fake_dialogs: FakeDialogs,
    profiles: ProfileStore,
    secrets: SecretStorage,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    app = compose(
        StartOptions(demo=True),
        presenter=presenter,
        dialogs=fake_dialogs.bundle(),
        profiles=profiles,
        secrets=secrets,
    )
    window = app.window
    qtbot.addWidget(window)
    try:
        sandbox = app.sandbox
        assert sandbox is not None
        activate(qtbot, window)
        app.start()
        wait_ready(qtbot, window)
        line_item = window.results_model.line_item()
        assert line_item is not None
        before = {grade.user_id: grade for grade in window.loader.grades or ()}

        locale = window.results_model.locale()
        # Quarter points: the seeded course holds none, so every one is a change.
        wanted = [7.25, 8.75, 9.25, 6.25, 9.75, 5.25, 8.25, 7.75, 4.75, 3.25]
        graded = [window.results_model.grade_at(row).user_id for row in range(len(wanted))]
        for row, score in enumerate(wanted):
            type_score(qtbot, window, row, table_text(locale, score))
            # Enter saved the score and moved down to the next learner.
            assert window.results_view.table.currentIndex().row() == row + 1
        wait_settled(qtbot, window)
        assert window.status_area.pending_label.text() == "10 unsent changes"
        assert [cell_text(window, user, Column.STATUS) for user in graded] == [EDITED] * 10
        last = window.results_model.grade_at(9)
        assert window.commands.undo_action.text() == f"&Undo “Edit score of {last.name}”"

        qtbot.keyClick(window.results_view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        wait_settled(qtbot, window)
        assert window.status_area.pending_label.text() == "9 unsent changes"
        undone = graded.pop()
        wanted.pop()
        assert cell_text(window, undone, Column.STATUS) != EDITED

        qtbot.keyClick(window.results_view.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: all(cell_text(window, user, Column.STATUS) == VERIFIED for user in graded),
            timeout=15_000,
        )
        wait_settled(qtbot, window)
        assert window.status_area.pending_label.text() == "No unsent changes"
        # Every grade sent is in the history, for support staff.
        assert window.history_view.model.rowCount() == 0  # not read while the dock is closed
        window.history_dock.show()
        qtbot.waitUntil(lambda: window.history_view.model.rowCount() == 9, timeout=5000)
        assert fake_dialogs.questions() == ["review"]
        items: list[ReviewItem] = fake_dialogs.answer_of("review")
        assert sorted(item.user_id for item in items) == sorted(graded)
        for item in items:
            assert item.edit.score == wanted[graded.index(item.user_id)]
            assert item.draft.base == ServerGrade.from_result(before[item.user_id].result)
        assert presenter.shown == []

        # The same grades from a spreadsheet through `gradebook submit`, on an identical LMS.
        with Sandbox(SandboxOptions(seed=sandbox.options.seed)) as twin:
            sheet = tmp_path / "grades.csv"
            with sheet.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["userId", "score"])
                writer.writerows(zip(graded, wanted, strict=True))
            monkeypatch.setenv("GRADEBOOK_BASE_URL", twin.base_url)
            monkeypatch.setenv("GRADEBOOK_API_KEY", twin.credentials.api_key)
            monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", twin.credentials.service_key)
            assert gradebook(["submit", line_item.id, str(sheet), "--yes"]) == ExitCode.OK
            assert twin.control.results(line_item.id) == sandbox.control.results(line_item.id)
        assert lms_grades(sandbox, line_item.id)[graded[0]][0] == pytest.approx(0.725)
    finally:
        app.shutdown()


def test_a_grade_changed_in_the_lms_waits_as_a_conflict_until_mine_is_kept(
    qtbot: QtBot, make_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = opened(qtbot, make_window, sandbox)
    line_item = window.results_model.line_item()
    assert line_item is not None
    learner = next(g for g in window.loader.grades or () if g.result and g.result.comment)
    window.results_view.table.selectRow(row_of(window, learner.user_id))
    fake_dialogs.score_edits = [GradeEdit(learner.user_id, 9.0, 10.0, "Well argued")]
    window.commands.edit_score_action.trigger()
    wait_settled(qtbot, window)
    assert fake_dialogs.answer_of("score") == [learner]
    assert cell_text(window, learner.user_id, Column.STATUS) == EDITED

    # Meanwhile a colleague changes the grade in the LMS's own gradebook.
    sandbox.control.set_grade(line_item.id, learner.user_id, 3.0)
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, learner.user_id, Column.STATUS).startswith("conflict"),
        timeout=15_000,
    )
    wait_settled(qtbot, window)
    assert window.commands.resolve_action.isEnabled()
    assert window.status_area.pending_label.text() == "1 unsent change (1 conflict)"
    assert lms_grades(sandbox, line_item.id)[learner.user_id][0] == pytest.approx(0.3)
    assert score_posts(sandbox) == []
    # The row shows the three values: what the edit was made on, the LMS now, and mine.
    explanation = window.results_model.data(
        window.results_model.index(row_of(window, learner.user_id), Column.STATUS),
        Qt.ItemDataRole.ToolTipRole,
    )
    original = learner.score(line_item)
    assert original is not None
    for value in (original, 3, 9):
        assert table_text(window.results_model.locale(), value) in explanation

    fake_dialogs.resolution = Resolution.KEEP_MINE
    window.commands.resolve_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, learner.user_id, Column.STATUS) == VERIFIED, timeout=15_000
    )
    wait_settled(qtbot, window)
    conflicts, current = fake_dialogs.answer_of("conflicts")
    assert [entry.user_id for entry in conflicts] == [learner.user_id]
    assert fake_dialogs.conflict_emails[learner.user_id] == learner.email
    assert current[learner.user_id].score == 3.0
    assert lms_grades(sandbox, line_item.id)[learner.user_id] == (0.9, "Well argued")
    assert not window.commands.resolve_action.isEnabled()
    assert window.status_area.pending_label.text() == "No unsent changes"


def test_a_spreadsheet_exported_then_filled_in_comes_back_through_the_import(
    qtbot: QtBot,
    make_window: WindowMaker,
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    settings: WindowSettings,
    tmp_path: Path,
) -> None:
    window = opened(qtbot, make_window, sandbox)
    line_item = window.results_model.line_item()
    assert line_item is not None
    exported = tmp_path / "sheets" / "quiz.csv"
    exported.parent.mkdir()
    fake_dialogs.export_choice = ExportChoice(exported, ExportFormat.CSV, visible_only=False)
    window.commands.export_action.trigger()
    qtbot.waitUntil(exported.exists, timeout=5000)
    wait_settled(qtbot, window)
    assert settings.export_folder == str(exported.parent)

    # An assistant fills in three scores in a spreadsheet program and saves the file.
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames or ()), list(reader)
    learners = [row for row in rows if row["name"]][:3]
    changed = {}
    for row, score in zip(learners, ("6.5", "9", "10"), strict=True):
        row["score"] = score
        changed[row["userId"].removeprefix("'")] = float(score) / line_item.scoreMaximum
    with exported.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)

    fake_dialogs.import_file = exported
    window.commands.import_action.trigger()
    wait_settled(qtbot, window)
    assert fake_dialogs.answer_of("import") == exported.parent
    assert window.status_area.pending_label.text() == "3 unsent changes"
    assert {user: cell_text(window, user, Column.STATUS) for user in changed} == dict.fromkeys(
        changed, EDITED
    )
    assert window.commands.undo_action.text() == "&Undo “Import 3 grades”"

    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: all(cell_text(window, user, Column.STATUS) == VERIFIED for user in changed),
        timeout=15_000,
    )
    held = lms_grades(sandbox, line_item.id)
    for user, fraction in changed.items():
        assert held[user][0] == pytest.approx(fraction)
    assert len(score_posts(sandbox)) == 3


def test_grades_queued_by_an_earlier_session_are_sent_only_when_the_user_says_so(
    qtbot: QtBot,
    make_window: WindowMaker,
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    store: GradeStore,
) -> None:
    window = opened(qtbot, make_window, sandbox)
    line_item = window.results_model.line_item()
    assert line_item is not None
    activate(qtbot, window)
    users = [window.results_model.grade_at(row).user_id for row in range(2)]
    for row in range(2):
        type_score(qtbot, window, row, "1")
    wait_settled(qtbot, window)
    # The session ends with them queued (a submission cancelled, the app killed while sending).
    key = connection_to(sandbox).key
    store.queue_drafts(key, line_item.id)
    window.close()

    later = opened(qtbot, make_window, sandbox)
    assert fake_dialogs.answer_of("send queued") == [(line_item.label, 2)]
    assert score_posts(sandbox) == []
    assert [cell_text(later, user, Column.STATUS) for user in users] == ["queued"] * 2
    assert later.status_area.pending_label.text() == "2 unsent changes"
    later.close()

    fake_dialogs.send_queued = True
    again = opened(qtbot, make_window, sandbox)
    qtbot.waitUntil(
        lambda: all(cell_text(again, user, Column.STATUS) == VERIFIED for user in users),
        timeout=15_000,
    )
    assert fake_dialogs.questions().count("send queued") == 2
    assert len(score_posts(sandbox)) == 2
    assert all(lms_grades(sandbox, line_item.id)[user][0] == pytest.approx(0.1) for user in users)


def test_clear_revert_and_read_only_mode(
    qtbot: QtBot, make_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = opened(qtbot, make_window, sandbox)
    graded = next(g for g in window.loader.grades or () if g.result and g.on_roster)
    window.results_view.table.selectRow(row_of(window, graded.user_id))

    window.commands.clear_grade_action.trigger()  # the question is declined: nothing changes
    assert fake_dialogs.answer_of("clear") == [graded]
    assert window.status_area.pending_label.text() == "No unsent changes"

    fake_dialogs.clear_grades = True
    window.commands.clear_grade_action.trigger()
    wait_settled(qtbot, window)
    assert cell_text(window, graded.user_id, Column.SCORE) == ""
    assert window.status_area.pending_label.text() == "1 unsent change"

    window.commands.revert_action.trigger()
    wait_settled(qtbot, window)
    assert cell_text(window, graded.user_id, Column.SCORE) != ""
    assert window.status_area.pending_label.text() == "No unsent changes"
    assert window.commands.undo_action.text() == "&Undo “Revert 1 edit”"

    window.set_read_only(True)
    changing = (
        window.commands.undo_action,
        window.commands.redo_action,
        window.commands.edit_in_table_action,
        window.commands.edit_score_action,
        window.commands.clear_grade_action,
        window.commands.revert_action,
        window.commands.submit_action,
        window.commands.resolve_action,
        window.commands.import_action,
        window.commands.local_data_action,
        window.results_view.paste_action,
    )
    assert not any(action.isEnabled() for action in changing)
    assert window.commands.export_action.isEnabled()  # looking and exporting change nothing
    assert window.results_model.read_only()
    window.submit()  # a shortcut reaching it anyway is refused
    window.commands.undo_action.trigger()
    wait_settled(qtbot, window)
    assert "review" not in fake_dialogs.questions()
    assert window.status_area.pending_label.text() == "No unsent changes"
    window.set_read_only(False)
    assert window.commands.submit_action.isEnabled() and window.commands.undo_action.isEnabled()


def test_removing_a_line_items_local_data_drops_its_drafts(
    qtbot: QtBot,
    make_window: WindowMaker,
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    store: GradeStore,
) -> None:
    window = opened(qtbot, make_window, sandbox)
    line_item = window.results_model.line_item()
    assert line_item is not None
    activate(qtbot, window)
    type_score(qtbot, window, 0, "2")
    wait_settled(qtbot, window)
    key = connection_to(sandbox).key
    fake_dialogs.local_data_choice = LocalDataChoice(key, line_item.id, ForgetScope.LINE_ITEM, None)
    window.commands.local_data_action.trigger()
    wait_settled(qtbot, window)
    summary = fake_dialogs.answer_of("local data")
    assert summary.in_line_item.drafts == 1
    assert store.drafts(key, line_item.id) == {}
    assert store.load_snapshot(key, line_item.id) is None
    assert window.status_area.pending_label.text() == "No unsent changes"


def test_scores_are_read_in_the_users_locale(
    qtbot: QtBot, make_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        window = opened(qtbot, make_window, sandbox)
    finally:
        QLocale.setDefault(previous)
    line_item = window.results_model.line_item()
    assert line_item is not None
    activate(qtbot, window)
    user = window.results_model.grade_at(0).user_id
    type_score(qtbot, window, 0, "6,25")
    wait_settled(qtbot, window)
    assert cell_text(window, user, Column.SCORE) == "6,25"
    drafts = store.drafts(connection_to(sandbox).key, line_item.id)
    assert drafts[user].edit.score == 6.25


def test_enter_or_f2_opens_the_score_cell_of_the_current_learner(
    qtbot: QtBot, make_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = opened(qtbot, make_window, sandbox)
    activate(qtbot, window)
    table = window.results_view.table
    for key, row in ((Qt.Key.Key_Return, 0), (Qt.Key.Key_F2, 1)):
        table.setCurrentIndex(window.results_model.index(row, Column.EMAIL))
        qtbot.keyClick(table, key)
        editor = table.focusWidget()
        assert isinstance(editor, CellEditor)
        assert editor.index.column() == Column.SCORE and editor.index.row() == row
        editor.selectAll()
        qtbot.keyClicks(editor, "1")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert table.currentIndex().row() == row + 1
    wait_settled(qtbot, window)
    assert window.status_area.pending_label.text() == "2 unsent changes"


def test_refused_credentials_keep_the_grades_queued_until_submitted_again(
    qtbot: QtBot, make_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = opened(qtbot, make_window, sandbox)
    activate(qtbot, window)
    user = window.results_model.grade_at(0).user_id
    type_score(qtbot, window, 0, "1")
    wait_settled(qtbot, window)
    sandbox.control.expire_credentials()
    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: "credential" in fake_dialogs.questions(), timeout=15_000)
    wait_settled(qtbot, window)
    assert cell_text(window, user, Column.STATUS) == "queued"
    assert score_posts(sandbox) == []

    fresh = sandbox.control.issue_new_credentials()
    fake_dialogs.renewal = CredentialRenewal(service_key=fresh.service_key)
    window.commands.submit_action.trigger()  # refused again: this time a new credential is given
    qtbot.waitUntil(
        lambda: "Signed in again" in window.statusBar().currentMessage(), timeout=15_000
    )
    assert cell_text(window, user, Column.STATUS) == "queued"
    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: cell_text(window, user, Column.STATUS) == VERIFIED, timeout=15_000)
    assert fake_dialogs.questions().count("review") == 1  # queued grades are not reviewed twice
    assert len(score_posts(sandbox)) == 1


def test_another_program_sending_is_said_plainly(
    qtbot: QtBot,
    make_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    presenter: RecordingPresenter,
) -> None:
    window = opened(qtbot, make_window, sandbox)
    activate(qtbot, window)
    type_score(qtbot, window, 0, "1")
    wait_settled(qtbot, window)
    with store.sender_lock(connection_to(sandbox).key, "gradebook sync"):
        window.commands.submit_action.trigger()
        qtbot.waitUntil(lambda: bool(presenter.shown), timeout=15_000)
    assert presenter.shown[0].title == "Grades are already being sent"
    assert "gradebook sync" in presenter.shown[0].text
    assert score_posts(sandbox) == []
    wait_settled(qtbot, window)
    assert window.commands.submit_action.isEnabled()
    # Refused before anything was queued: the other program's run cannot send this edit, and
    # it waits in the table as an unsent change.
    assert store.outbox(connection_to(sandbox).key) == []
    assert cell_text(window, window.results_model.grade_at(0).user_id, Column.STATUS) == EDITED
