"""What the window says once grades are sent: the outcome stays on screen, readable whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import pytest
from pytestqt.qtbot import QtBot

from gradebook_gui.config import ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore

from .conftest import (
    FakeDialogs,
    activate,
    build_window,
    cell_text,
    connection_to,
    row_of,
    type_score,
    wait_ready,
    wait_settled,
)


@pytest.fixture
def window(qtbot: QtBot, sandbox: Sandbox, new_window: Callable[[], MainWindow]) -> MainWindow:
    made = new_window()
    made.resize(1280, 780)
    activate(qtbot, made)
    made.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, made)
    return made


def _send_two(qtbot: QtBot, window: MainWindow, sandbox: Sandbox | None = None) -> list[str]:
    """Two grades typed and sent; with `sandbox`, the second is changed in the LMS first."""
    grades = window.loader.grades or ()
    learners = [grade.user_id for grade in grades[:2]]
    for user_id in learners:
        type_score(qtbot, window, row_of(window, user_id), "6")
    wait_settled(qtbot, window)
    if sandbox is not None:
        line_item = window.results_model.line_item()
        assert line_item is not None
        sandbox.control.set_grade(line_item.id, learners[1], 1.0)
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, learners[0], Column.STATUS) == "✓ verified", timeout=15_000
    )
    wait_settled(qtbot, window)
    return learners


def test_after_sending_the_status_bar_keeps_the_outcome_not_the_reload(
    qtbot: QtBot, window: MainWindow
) -> None:
    _send_two(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "All 2 grades sent and verified." in message
    assert "Loaded" not in message


def test_the_outcome_fits_beside_the_permanent_labels(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    window.resize(1024, 700)  # a laptop screen, with the docks open
    _send_two(qtbot, window, sandbox)
    bar = window.statusBar()
    message = bar.currentMessage()
    assert "1 conflict" in message
    permanent = [
        widget
        for widget in bar.findChildren(type(window.status_area.connection_label))
        if widget.isVisible() and widget.parent() is bar
    ]
    used = sum(widget.width() for widget in permanent)
    # The message is drawn in what the permanent labels leave: it must fit there whole.
    assert bar.fontMetrics().horizontalAdvance(message) < bar.width() - used


class CountingStore:
    """The store, counting the window's reads of what it shows (`undo_label` is read only
    when the table's drafts and states are read again)."""

    def __init__(self, store: GradeStore) -> None:
        self._store = store
        self.reads_of_the_table = 0
        self.counting = False

    def __getattr__(self, name: str) -> Any:
        if name == "undo_label" and self.counting:
            self.reads_of_the_table += 1
        return getattr(self._store, name)


def test_rows_follow_a_run_without_reading_the_store_again_and_again(
    qtbot: QtBot,
    make_sandbox: Callable[..., Sandbox],
    store: GradeStore,
    settings: WindowSettings,
    messages: MessageChannel,
    fake_dialogs: FakeDialogs,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    slow = make_sandbox(seed=3, students=12, latency_ms=150)
    counting = CountingStore(store)
    window = build_window(
        qtbot,
        store=cast(GradeStore, counting),
        settings=settings,
        messages=messages,
        dialogs=fake_dialogs,
        profiles=profiles,
        secrets=secrets,
    )
    activate(qtbot, window)
    window.open_connection(connection_to(slow))
    wait_ready(qtbot, window)
    learners = [grade.user_id for grade in (window.loader.grades or ())[:12]]
    for user_id in learners:
        type_score(qtbot, window, row_of(window, user_id), "6")
    wait_settled(qtbot, window)

    seen: set[str] = set()
    window.submission.running_changed.connect(
        lambda running: setattr(counting, "counting", running)
    )
    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: window.submission.running, timeout=10_000)
    while window.submission.running:
        seen.update(cell_text(window, user, Column.STATUS) for user in learners)
        qtbot.wait(20)
    wait_settled(qtbot, window)
    # The rows moved on while the run went (each progress event names its learner)...
    assert {"sending…", "sent"} & seen
    # ...and the table was read from the store at most once while sending.
    assert counting.reads_of_the_table <= 1
    assert all(cell_text(window, user, Column.STATUS) == "✓ verified" for user in learners)


def test_after_sending_the_read_back_is_shown_without_loading_the_column_again(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, store: GradeStore
) -> None:
    def result_reads() -> int:
        return len(
            [
                request
                for request in sandbox.control.requests()
                if request.method == "GET" and "/scores" in request.raw_path
            ]
        )

    line_item = window.results_model.line_item()
    assert line_item is not None
    learner = window.loader.grades[0].user_id  # type: ignore[index]
    reads_when_done: list[int] = []
    window.submission.running_changed.connect(
        lambda running: None if running else reads_when_done.append(result_reads())
    )
    type_score(qtbot, window, row_of(window, learner), "6")
    wait_settled(qtbot, window)
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, learner, Column.STATUS) == "✓ verified", timeout=15_000
    )
    wait_settled(qtbot, window)
    assert result_reads() == reads_when_done[-1]  # the column was not read again
    # What the LMS holds now is the base of the next edit.
    shown = next(grade for grade in window.loader.grades or () if grade.user_id == learner)
    assert shown.result is not None and shown.result.resultScore == pytest.approx(
        6 / line_item.scoreMaximum * shown.result.resultMaximum
    )
    type_score(qtbot, window, row_of(window, learner), "7")
    wait_settled(qtbot, window)
    base = store.drafts(connection_to(sandbox).key, line_item.id)[learner].base
    assert base.on_scale(line_item.scoreMaximum) == pytest.approx(6)
