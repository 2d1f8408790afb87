"""A data folder that cannot be written stops editing with a message, never a fake "saved"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore, StoreProblem, StoreUnavailable

from .conftest import (
    RecordingPresenter,
    activate,
    cell_text,
    connection_to,
    wait_ready,
    wait_settled,
)


@pytest.mark.parametrize("problem", [StoreProblem.READ_ONLY, StoreProblem.DISK_FULL])
def test_a_save_the_disk_refuses_turns_editing_off_and_says_why(
    qtbot: QtBot,
    sandbox: Sandbox,
    store: GradeStore,
    presenter: RecordingPresenter,
    new_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    problem: StoreProblem,
) -> None:
    window = new_window()
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox))
    wait_ready(qtbot, window)

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise StoreUnavailable(problem, Path("/data/gradebook"), "database or disk is full")

    monkeypatch.setattr(store, "apply_edits", refuse)
    learner = window.results_model.grade_at(0)
    before = cell_text(window, learner.user_id, Column.SCORE)
    typed = "3.25" if before != "3.25" else "2.5"
    window.results_model.setData(window.results_model.index(0, Column.SCORE), typed)
    qtbot.waitUntil(lambda: bool(presenter.shown), timeout=10_000)
    wait_settled(qtbot, window)

    assert cell_text(window, learner.user_id, Column.SCORE) == before
    assert window.read_only
    [shown] = presenter.shown
    assert shown.title == "Editing is off: changes cannot be saved"
    assert "/data/gradebook" in shown.text
    assert store.drafts(connection_to(sandbox).key, window.results_model.line_item().id) == {}  # type: ignore[union-attr]
    # Typing again is refused up front instead of showing "saving…".
    window.results_model.setData(window.results_model.index(0, Column.SCORE), typed)
    assert cell_text(window, learner.user_id, Column.SCORE) == before
