"""The EditController: edits saved as drafts on the store thread, undo, redo, revert, restart.

Each test uses a real store file. The main thread waits for the store thread with
`qtbot.waitUntil`, never by blocking on it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui.edit_controller import EditController
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_model import Column, QuickFilter, ResultsModel
from gradebook_gui.gui.results_view import ResultsView
from gradebook_gui.gui.score_delegate import CellEditor
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.store import GradeStore

from .conftest import RecordingPresenter

KEY = "https://ltiaas.example|course"
LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)
OTHER_LINE_ITEM = LineItem(id="https://lms.example/li/2", label="Quiz 2", scoreMaximum=10)
ANN, BO, CY = 0, 1, 2


def member(user_id: str, name: str) -> Member:
    return Member(userId=user_id, roles=("Learner",), name=name)


def result(user_id: str, score: float | None, comment: str | None = None) -> Result:
    return Result(
        id=f"r-{user_id}",
        scoreOf=LINE_ITEM.id,
        userId=user_id,
        resultScore=score,
        resultMaximum=10,
        comment=comment,
    )


def loaded_model(line_item: LineItem = LINE_ITEM) -> ResultsModel:
    model = ResultsModel(locale=QLocale(QLocale.Language.English))
    model.sort(Column.NAME)
    model.begin_load(line_item)
    model.add_members([member("a", "Ann Bell"), member("b", "Bo Diaz"), member("c", "Cy Lane")])
    model.add_results([result("a", 7, "Good"), result("c", 9)])
    model.finish_load()
    return model


class ThreadRecordingStore:
    """The store, remembering on which thread each of its methods was called."""

    def __init__(self, store: GradeStore) -> None:
        self._store = store
        self.thread_ids: set[int] = set()
        self.calls: list[str] = []
        self.fail_with: BaseException | None = None

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if not callable(attribute):
            return attribute

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.thread_ids.add(threading.get_ident())
            self.calls.append(name)
            if self.fail_with is not None and name == "apply_edits":
                raise self.fail_with
            return attribute(*args, **kwargs)

        return recorded


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "gradebook.sqlite3"


@pytest.fixture
def store(store_path: Path) -> Iterator[ThreadRecordingStore]:
    opened = GradeStore.open(store_path)
    yield ThreadRecordingStore(opened)
    opened.close()


class Harness:
    """A model and its controller, each on its own task runner, shut down after the test."""

    def __init__(self, qtbot: QtBot, messages: MessageChannel) -> None:
        self.qtbot = qtbot
        self.messages = messages
        self.runners: dict[EditController, TaskRunner] = {}

    def start(
        self, store: Any, model: ResultsModel | None = None, line_item: LineItem = LINE_ITEM
    ) -> tuple[ResultsModel, EditController]:
        model = model if model is not None else loaded_model(line_item)
        runner = TaskRunner()
        controller = EditController(store, model, self.messages, runner)
        self.runners[controller] = runner
        controller.load(KEY, line_item.id)
        self.wait(controller)
        return model, controller

    def wait(self, controller: EditController) -> None:
        self.qtbot.waitUntil(lambda: not controller.is_busy, timeout=5000)


@pytest.fixture
def harness(qtbot: QtBot, messages: MessageChannel) -> Iterator[Harness]:
    made = Harness(qtbot, messages)
    yield made
    for runner in made.runners.values():
        assert runner.shutdown()


def cell(model: ResultsModel, row: int, column: Column) -> Any:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def scores(model: ResultsModel) -> list[Any]:
    return [cell(model, row, Column.SCORE) for row in range(model.rowCount())]


def test_an_edit_shows_saving_then_saved(harness: Harness, store: ThreadRecordingStore) -> None:
    model, controller = harness.start(store)
    saved: list[str] = []
    controller.saved.connect(saved.append)
    assert model.setData(model.index(ANN, Column.SCORE), "8")
    # Shown at once, marked as not yet on disk.
    assert cell(model, ANN, Column.SCORE) == "8"
    assert cell(model, ANN, Column.STATUS) == "saving…"
    assert controller.is_busy
    harness.wait(controller)
    assert cell(model, ANN, Column.STATUS) == "✎ edited"
    assert saved == ["Edit score of Ann Bell"]
    drafts = store.drafts(KEY, LINE_ITEM.id)
    assert drafts["a"].edit == GradeEdit("a", 8, 10)
    assert drafts["a"].base == ServerGrade(7, 10, "Good")


def test_every_store_call_runs_off_the_main_thread(
    harness: Harness, store: ThreadRecordingStore
) -> None:
    model, controller = harness.start(store)
    model.setData(model.index(ANN, Column.SCORE), "8")
    model.request_paste([BO, CY], ["4", "5"])
    controller.undo()
    controller.redo()
    controller.revert([ANN])
    controller.refresh_states()
    harness.wait(controller)
    assert {"apply_edits", "undo", "redo", "revert_drafts", "drafts", "outbox"} <= set(store.calls)
    assert store.thread_ids and threading.get_ident() not in store.thread_ids


def test_undo_and_redo_restore_values_exactly(
    harness: Harness, store: ThreadRecordingStore
) -> None:
    model, controller = harness.start(store)
    states: list[tuple[str | None, str | None]] = []
    controller.undo_state_changed.connect(lambda undo, redo: states.append((undo, redo)))
    model.setData(model.index(ANN, Column.SCORE), "8.25")
    model.setData(model.index(ANN, Column.COMMENT), "Better")
    model.request_set_score([BO, CY], 6)
    harness.wait(controller)
    after = (scores(model), cell(model, ANN, Column.COMMENT), store.drafts(KEY, LINE_ITEM.id))
    assert after[0] == ["8.25", "6", "6"] and after[1] == "Better"
    assert controller.undo_label == "Set score for 2 learners"

    controller.undo()
    harness.wait(controller)
    assert scores(model) == ["8.25", "", "9"]
    assert controller.undo_label == "Edit comment of Ann Bell"
    assert controller.redo_label == "Set score for 2 learners"
    controller.undo()
    controller.undo()
    harness.wait(controller)
    assert scores(model) == ["7", "", "9"] and cell(model, ANN, Column.COMMENT) == "Good"
    assert [cell(model, row, Column.STATUS) for row in range(3)] == ["graded", "no grade", "graded"]
    assert store.drafts(KEY, LINE_ITEM.id) == {}
    assert not controller.can_undo and controller.can_redo

    for _ in range(3):
        controller.redo()
    harness.wait(controller)
    assert (scores(model), cell(model, ANN, Column.COMMENT)) == after[:2]
    # The drafts come back exactly, base and timestamps included.
    assert store.drafts(KEY, LINE_ITEM.id) == after[2]
    assert not controller.can_redo
    assert states[-1] == ("Set score for 2 learners", None)


def test_undo_waits_for_the_edit_still_being_saved(
    harness: Harness, store: ThreadRecordingStore
) -> None:
    model, controller = harness.start(store)
    model.setData(model.index(BO, Column.SCORE), "3")
    # Offered at once, before the commit returned.
    assert controller.undo_label == "Edit score of Bo Diaz"
    controller.undo()
    harness.wait(controller)
    assert cell(model, BO, Column.SCORE) == ""
    assert store.drafts(KEY, LINE_ITEM.id) == {}


def test_quick_edits_in_a_row_never_flicker_back(
    harness: Harness, store: ThreadRecordingStore
) -> None:
    model, controller = harness.start(store)
    shown: list[str] = []
    model.dataChanged.connect(lambda *args: shown.append(cell(model, BO, Column.SCORE)))
    for text in ("1", "2", "3", "4"):
        model.setData(model.index(BO, Column.SCORE), text)
    harness.wait(controller)
    # Once 4 is typed, the row never shows an older value again while saves finish.
    assert shown[shown.index("4") :] == ["4"] * len(shown[shown.index("4") :])
    assert store.drafts(KEY, LINE_ITEM.id)["b"].edit.score == 4


def test_revert_is_undoable(harness: Harness, store: ThreadRecordingStore) -> None:
    model, controller = harness.start(store)
    model.request_set_score([ANN, BO], 5)
    harness.wait(controller)
    controller.revert([ANN, CY])  # Cy has no draft: only Ann's goes
    harness.wait(controller)
    assert scores(model) == ["7", "5", "9"]
    assert controller.undo_label == "Revert 1 edit"
    controller.undo()
    harness.wait(controller)
    assert scores(model) == ["5", "5", "9"]


def test_pending_count_counts_drafts_and_unfinished_sends(
    harness: Harness, store: ThreadRecordingStore
) -> None:
    model, controller = harness.start(store)
    counts: list[int] = []
    controller.pending_count_changed.connect(counts.append)
    model.request_set_score([ANN, BO, CY], 2)
    assert controller.pending_count == 3  # counted while saving, too
    harness.wait(controller)
    entries = store.queue_drafts(KEY, LINE_ITEM.id, ["a", "b"])
    store.update_entry(entries[0].id, CellState.VERIFIED)
    controller.refresh_states()
    harness.wait(controller)
    assert controller.pending_count == 2
    assert counts == [3, 2]


def test_refresh_shows_the_outbox_states(harness: Harness, store: ThreadRecordingStore) -> None:
    model, controller = harness.start(store)
    model.request_set_score([ANN, BO, CY], 4)
    harness.wait(controller)
    entries = {entry.user_id: entry for entry in store.queue_drafts(KEY, LINE_ITEM.id)}
    store.update_entry(entries["a"].id, CellState.FAILED, reason="the LMS refused: locked")
    store.update_entry(entries["b"].id, CellState.CONFLICT, reason="changed in the LMS")
    controller.refresh_states()
    harness.wait(controller)
    assert [cell(model, row, Column.STATUS) for row in range(3)] == [
        "failed: the LMS refused: locked",
        "conflict: changed in the LMS",
        "queued",
    ]
    # Submitted edits cannot be undone.
    assert not controller.can_undo
    model.set_quick_filter(QuickFilter.FAILED)
    assert model.rowCount() == 1 and model.grade_at(0).user_id == "a"


def test_a_restart_shows_everything_exactly_as_before(harness: Harness, store_path: Path) -> None:
    first_store = GradeStore.open(store_path)
    model, controller = harness.start(first_store)
    model.setData(model.index(ANN, Column.COMMENT), "Line one\nline two")
    model.request_set_score([BO], 6.5)
    model.request_set_score([CY], 1)
    harness.wait(controller)
    first_store.queue_drafts(KEY, LINE_ITEM.id, ["c"])
    controller.refresh_states()
    harness.wait(controller)
    before = [[model.data(model.index(row, column)) for column in Column] for row in range(3)]
    undo_before = controller.undo_label
    assert harness.runners[controller].shutdown()
    first_store.close()

    second_store = GradeStore.open(store_path)
    try:
        restarted, again = harness.start(second_store)
        after = [
            [restarted.data(restarted.index(row, column)) for column in Column] for row in range(3)
        ]
        assert after == before
        assert [row[Column.STATUS] for row in after] == ["✎ edited", "✎ edited", "queued"]
        assert again.undo_label == undo_before == "Set score for 1 learner"
        assert again.pending_count == 3
        again.undo()
        harness.wait(again)
        assert cell(restarted, BO, Column.SCORE) == ""
        assert harness.runners[again].shutdown()
    finally:
        second_store.close()


def test_shutdown_finishes_the_saves_in_progress(
    harness: Harness, store_path: Path, qtbot: QtBot, messages: MessageChannel
) -> None:
    store = GradeStore.open(store_path)
    try:
        model = loaded_model()
        runner = TaskRunner()
        controller = EditController(store, model, messages, runner)
        controller.load(KEY, LINE_ITEM.id)
        model.request_paste([ANN, BO, CY], ["1", "2", "3"])
        assert runner.shutdown()
        assert {
            user: draft.edit.score for user, draft in store.drafts(KEY, LINE_ITEM.id).items()
        } == {
            "a": 1,
            "b": 2,
            "c": 3,
        }
        # Nothing more is started once shut down, nor shown as if it were being saved.
        model.setData(model.index(ANN, Column.SCORE), "9")
        assert cell(model, ANN, Column.SCORE) == "1"
        assert store.drafts(KEY, LINE_ITEM.id)["a"].edit.score == 1
    finally:
        store.close()


def test_a_failed_save_says_so_and_shows_what_is_saved(
    harness: Harness, store: ThreadRecordingStore, presenter: RecordingPresenter
) -> None:
    model, controller = harness.start(store)
    store.fail_with = sqlite3.OperationalError("disk I/O error")
    model.setData(model.index(ANN, Column.SCORE), "8")
    harness.wait(controller)
    assert cell(model, ANN, Column.SCORE) == "7"
    assert cell(model, ANN, Column.STATUS) == "graded"
    assert controller.pending_count == 0 and not controller.can_undo
    assert [message.title for message in presenter.shown] == ["The change was not saved"]
    assert "disk I/O error" in presenter.shown[0].text
    assert "“Edit score of Ann Bell”" in presenter.shown[0].text


def test_replies_about_a_line_item_left_are_dropped(
    harness: Harness, store: ThreadRecordingStore
) -> None:
    model, controller = harness.start(store)
    model.setData(model.index(ANN, Column.SCORE), "8")
    # The user opens another line item before the save returns.
    model.begin_load(OTHER_LINE_ITEM)
    model.add_members([member("a", "Ann Bell")])
    controller.load(KEY, OTHER_LINE_ITEM.id)
    harness.wait(controller)
    assert cell(model, 0, Column.SCORE) == "" and cell(model, 0, Column.STATUS) == "no grade"
    assert not controller.can_undo
    # The edit was still saved, on the line item it was made on.
    assert store.drafts(KEY, LINE_ITEM.id)["a"].edit.score == 8


def test_read_only_mode_undoes_nothing(harness: Harness, store: ThreadRecordingStore) -> None:
    model, controller = harness.start(store)
    model.setData(model.index(ANN, Column.SCORE), "8")
    harness.wait(controller)
    model.set_read_only(True)
    calls = len(store.calls)
    controller.undo()
    controller.revert([ANN])
    harness.wait(controller)
    assert len(store.calls) == calls
    assert cell(model, ANN, Column.SCORE) == "8"


def test_unload_forgets_the_line_item(harness: Harness, store: ThreadRecordingStore) -> None:
    model, controller = harness.start(store)
    model.setData(model.index(ANN, Column.SCORE), "8")
    harness.wait(controller)
    states: list[tuple[Any, Any]] = []
    controller.undo_state_changed.connect(lambda *state: states.append(state))
    controller.unload()
    assert states == [(None, None)] and controller.pending_count == 0
    calls = len(store.calls)
    controller.undo()
    assert not controller.is_busy and len(store.calls) == calls


def test_grading_from_the_keyboard_end_to_end(
    qtbot: QtBot, harness: Harness, store: ThreadRecordingStore
) -> None:
    model, controller = harness.start(store)
    view = ResultsView(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(ANN, Column.NAME))
    for score in ("8", "6", "10"):
        qtbot.keyClick(view.table, score[0])
        editor = view.table.focusWidget()
        assert isinstance(editor, CellEditor)
        for character in score[1:]:
            qtbot.keyClick(editor, character)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert scores(model) == ["8", "6", "10"]
    assert cell(model, CY, Column.STATUS) == "saving…"
    harness.wait(controller)
    assert [cell(model, row, Column.STATUS) for row in range(3)] == ["✎ edited"] * 3
    assert {user: draft.edit.score for user, draft in store.drafts(KEY, LINE_ITEM.id).items()} == {
        "a": 8,
        "b": 6,
        "c": 10,
    }
    assert controller.undo_label == "Edit score of Cy Lane"
