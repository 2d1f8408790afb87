"""The grade column dialog keeps its shape while problems come and go under its fields."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.line_item_dialog import LineItemDialog

from .translated import CatalogueWords, installed


def test_the_form_does_not_jump_when_a_problem_appears_or_goes(qtbot: QtBot) -> None:
    dialog = LineItemDialog()
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("Quiz 4")
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    height, tag_at = dialog.height(), dialog.tag_edit.y()
    assert not dialog.maximum_problem.has_problem()

    dialog.maximum_spin.setValue(0)
    QApplication.processEvents()
    assert "greater than 0" in dialog.maximum_problem.text()
    assert (dialog.height(), dialog.tag_edit.y()) == (height, tag_at)

    dialog.maximum_spin.setValue(10)
    dialog.label_edit.setText("")
    QApplication.processEvents()
    assert dialog.label_problem.has_problem() and not dialog.maximum_problem.has_problem()
    assert (dialog.height(), dialog.tag_edit.y()) == (height, tag_at)
    assert dialog.label_problem.accessibleName() == "Column name problem"


# A German catalogue of the grade column model's message.
GERMAN_WORDS = {("models", "A grade column needs a name."): "Eine Notenspalte braucht einen Namen."}


@pytest.fixture
def german_words(qapp: QApplication) -> Iterator[None]:
    with installed(qapp, CatalogueWords(GERMAN_WORDS)):
        yield


def test_a_column_without_a_name_is_refused_in_the_instructors_language(
    qtbot: QtBot, german_words: None
) -> None:
    dialog = LineItemDialog()
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("Quiz 4")
    dialog.label_edit.setText("  ")
    assert dialog.label_problem.text() == "Eine Notenspalte braucht einen Namen."
    assert not dialog.ok_button.isEnabled()
