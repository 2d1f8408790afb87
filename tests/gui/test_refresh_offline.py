"""Refreshing (F5) while the LMS cannot be reached, through a whole window over real sockets:
the rows stay on screen through the failing reload, a score typed meanwhile is kept as a draft,
and the rows become the offline copy without going blank."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.score_delegate import CellEditor
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    READY_TIMEOUT_MS,
    FakeDialogs,
    activate,
    cell_text,
    connection_to,
    settled,
    type_score,
    wait_ready,
)


@pytest.fixture
def window(fake_clock_window: MainWindow) -> MainWindow:
    return fake_clock_window


def open_column(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    window.open_connection(connection_to(sandbox))
    wait_ready(qtbot, window)
    activate(qtbot, window)


def test_a_refresh_that_cannot_reach_the_lms_keeps_the_rows_and_what_is_typed_in_them(
    qtbot: QtBot, sandbox: Sandbox, window: MainWindow
) -> None:
    open_column(qtbot, window, sandbox)
    model = window.results_model
    line_item = model.line_item()
    learners = model.rows_count_total()
    assert line_item is not None and learners > 0
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rows_count_total()))
    learner = model.grade_at(0)
    sandbox.stop()

    window.refresh()
    assert window.loader.loading
    assert model.line_item() == line_item
    assert model.rows_count_total() == learners  # not blank while the LMS is asked
    assert window.commands.export_action.isEnabled()
    type_score(qtbot, window, 0, "7")
    assert window.loader.loading  # typed while the reload was still waiting for the LMS

    qtbot.waitUntil(
        lambda: window.loader.snapshot_taken_at is not None and settled(window),
        timeout=READY_TIMEOUT_MS,
    )
    assert resets == []  # the rows were never emptied, not even for a moment
    assert not window.offline_banner.isHidden()
    assert "Offline" in window.statusBar().currentMessage()
    assert model.rows_count_total() == learners
    assert window.loader.grades is not None and len(window.loader.grades) == learners
    assert cell_text(window, learner.user_id, Column.SCORE) == "7"
    assert window.status_area.pending_label.text() == "1 unsent change"
    assert window.commands.submit_action.isEnabled()


def test_submit_pressed_during_a_refresh_that_cannot_reach_the_lms_goes_on_to_the_review(
    qtbot: QtBot, sandbox: Sandbox, window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    open_column(qtbot, window, sandbox)
    sandbox.stop()
    window.refresh()
    type_score(qtbot, window, 0, "7")
    window.commands.submit_action.trigger()
    assert window.loader.loading  # pressed while the reload was still waiting for the LMS

    qtbot.waitUntil(lambda: "review" in fake_dialogs.questions(), timeout=READY_TIMEOUT_MS)
    [reviewed] = fake_dialogs.answer_of("review")
    assert reviewed.user_id == window.results_model.grade_at(0).user_id


def test_a_score_being_typed_when_the_new_rows_arrive_is_saved_before_they_replace_it(
    qtbot: QtBot, sandbox: Sandbox, window: MainWindow
) -> None:
    open_column(qtbot, window, sandbox)
    model = window.results_model
    learner = model.grade_at(0)
    table = window.results_view.table
    table.setCurrentIndex(model.index(0, Column.NAME))
    qtbot.keyClicks(table, "6")
    assert isinstance(table.focusWidget(), CellEditor)

    window.refresh()
    qtbot.waitUntil(
        lambda: window.loader.grades is not None and settled(window), timeout=READY_TIMEOUT_MS
    )
    assert cell_text(window, learner.user_id, Column.SCORE) == "6"
    assert window.status_area.pending_label.text() == "1 unsent change"


def test_a_refresh_stopped_before_any_page_leaves_the_rows_from_before_complete(
    qtbot: QtBot, sandbox: Sandbox, window: MainWindow
) -> None:
    open_column(qtbot, window, sandbox)
    learners = window.results_model.rows_count_total()
    sandbox.stop()
    window.refresh()
    window.status_area.cancel_button.click()

    assert not window.loader.loading
    said = window.statusBar().currentMessage()
    assert "incomplete" not in said and "those loaded before" in said
    assert window.status_area.learners_label.text() == f"{learners} learners"
    qtbot.waitUntil(lambda: settled(window), timeout=READY_TIMEOUT_MS)
    assert window.results_model.rows_count_total() == learners
    assert window.loader.grades is not None and len(window.loader.grades) == learners
    assert window.offline_banner.isHidden()  # the reload was stopped, not failed
