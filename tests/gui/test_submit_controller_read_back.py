"""After sending, the table takes what the run read back as row updates: no reset, so the
instructor keeps their place (scroll, selection) and the window does not rebuild every row."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.sandbox import Sandbox

from .conftest import cell_text, row_of, type_score, wait_settled
from .test_after_sending import window

__all__ = ["window"]  # the fixture: a window with the sandbox's column loaded, used by name


def test_the_read_back_updates_rows_without_a_reset(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    model = window.results_model
    line_item = model.line_item()
    assert line_item is not None
    learners = [grade.user_id for grade in (window.loader.grades or ())[:2]]
    for user_id in learners:
        type_score(qtbot, window, row_of(window, user_id), "6")
    wait_settled(qtbot, window)
    # Someone else grades a third learner in the LMS meanwhile: the read-back shows it too.
    other = (window.loader.grades or ())[5].user_id
    sandbox.control.set_grade(line_item.id, other, 0.25 * line_item.scoreMaximum)
    table = window.results_view.table
    table.selectRow(row_of(window, learners[1]))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, learners[0], Column.STATUS) == "✓ verified", timeout=15_000
    )
    wait_settled(qtbot, window)
    assert resets == []
    assert all(cell_text(window, user, Column.STATUS) == "✓ verified" for user in learners)
    assert cell_text(window, other, Column.PERCENT) == "25%"
    assert window.results_view.selected_grade() is not None
    assert window.results_view.selected_grade().user_id == learners[1]  # type: ignore[union-attr]
    shown = {grade.user_id: grade for grade in window.loader.grades or ()}
    assert shown[other].result is not None


def test_a_run_that_reloads_the_column_reads_the_rows_states_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run that did not read every page back loads the column again, which reads the drafts
    # and states with it: reading them a second time only repeats the store's work.
    line_item = window.results_model.line_item()
    assert line_item is not None
    reads: list[bool] = []
    refresh = window.edits.refresh_states
    monkeypatch.setattr(window.edits, "refresh_states", lambda: (reads.append(True), refresh()))
    window.submitter._after_sending(line_item, reload=True)
    wait_settled(qtbot, window)
    assert window.loader.grades is not None
    assert len(reads) == 1
