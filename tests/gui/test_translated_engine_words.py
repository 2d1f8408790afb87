"""Sentences made below the window, in the instructor's language.

Under the pseudo-translator of test_translations (every translated text comes back wrapped in
⟦…⟧), against the sandbox over real sockets: a grade changed in the LMS while the instructor
edited it conflicts on submit, and the Status cell says why in translated words, the three
grades in it being data; an export that had to replace characters says which in translated
words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from gradebook_gui.gui.export_dialog import ExportChoice, ExportFormat
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    FakeDialogs,
    RecordingPresenter,
    cell_text,
    row_of,
    type_score,
    wait_settled,
)
from .test_translated_results import data_of, opened
from .test_translations import is_translated, pseudo_locale, untranslated_texts

__all__ = ["pseudo_locale"]  # the fixture, used by name

WAIT_MS = 15_000


def test_why_a_grade_conflicts_is_told_translated(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    opened(qtbot, window, sandbox)
    window.activateWindow()
    changed = (window.loader.grades or ())[1].user_id
    type_score(qtbot, window, row_of(window, changed), "6")
    wait_settled(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    sandbox.control.set_grade(line_item.id, changed, 1.0)

    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, changed, Column.STATUS).startswith("⟦⟦conflict⟧"),
        timeout=WAIT_MS,
    )
    text = cell_text(window, changed, Column.STATUS)
    assert "⟦Changed in the LMS since it was downloaded: it was" in text
    assert "⟦6/10, the comment left as it was⟧" in text
    assert untranslated_texts(window.results_view, data_of(window)) == []


def test_characters_replaced_in_an_export_are_told_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    presenter: RecordingPresenter,
    tmp_path: Path,
):
    window = new_window()
    opened(qtbot, window, sandbox)
    line_item = window.results_model.line_item()
    assert line_item is not None
    learner = (window.loader.grades or ())[0].user_id
    sandbox.control.set_grade(line_item.id, learner, 5, comment="Bell\x07 rang")
    window.commands.refresh_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, learner, Column.COMMENT) == "Bell\x07 rang", timeout=WAIT_MS
    )
    wait_settled(qtbot, window)

    exported = tmp_path / "quiz.csv"
    fake_dialogs.export_choice = ExportChoice(exported, ExportFormat.CSV, visible_only=False)
    window.commands.export_action.trigger()
    qtbot.waitUntil(lambda: bool(presenter.shown), timeout=WAIT_MS)

    message = presenter.shown[-1]
    assert message.title == "⟦Exported, with warnings⟧"
    assert f"⟦{learner}: the comment had 1 character(s) a spreadsheet cannot hold" in message.text
    assert is_translated(message.text, {learner, str(exported)})
