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

from .conftest import FakeDialogs, RecordingPresenter, cell_text
from .test_translations import is_translated, untranslated_texts
from .translated import data_of, exported_with_a_comment, in_conflict


def test_why_a_grade_conflicts_is_told_translated(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    changed = in_conflict(qtbot, window, sandbox)
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
    exported = tmp_path / "quiz.csv"
    learner, message = exported_with_a_comment(
        qtbot,
        window,
        sandbox,
        fake_dialogs,
        presenter,
        ExportChoice(exported, ExportFormat.CSV, visible_only=False),
        "Bell\x07 rang",
    )
    assert message.title == "⟦Exported, with warnings⟧"
    assert f"⟦{learner}: the comment had 1 character a spreadsheet cannot hold" in message.text
    assert is_translated(message.text, {learner, str(exported)})
