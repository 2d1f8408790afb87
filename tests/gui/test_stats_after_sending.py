"""The Statistics panel in the window: its mention of unsent changes follows a run's outcome."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    activate,
    cell_text,
    connection_to,
    row_of,
    type_score,
    wait_ready,
    wait_settled,
)


def test_statistics_stop_mentioning_a_change_once_it_is_sent_and_verified(
    qtbot: QtBot, sandbox: Sandbox, new_window: Callable[[], MainWindow]
) -> None:
    window = new_window()
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    grades = window.loader.grades or ()
    learner = grades[0].user_id
    type_score(qtbot, window, row_of(window, learner), "7.5")
    wait_settled(qtbot, window)
    qtbot.waitUntil(lambda: "1 unsent change" in window.stats_pane.scale_text(), timeout=2000)

    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, learner, Column.STATUS) == "✓ verified", timeout=15_000
    )
    wait_settled(qtbot, window)
    qtbot.waitUntil(lambda: "unsent" not in window.stats_pane.scale_text(), timeout=2000)
    assert window.stats_pane.scale_text().startswith("Scores out of ")
