"""The details pane shows the LMS's data as written: raw JSON, and a name never read as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.details_pane import DetailsPane
from gradebook_gui.models import Member, Result


def test_a_name_and_a_comment_that_look_like_markup_are_shown_as_written(qtbot: QtBot) -> None:
    pane = DetailsPane()
    qtbot.addWidget(pane)
    member = Member(userId="7", roles=["Learner"], name="<b>Zoë</b> Ng")
    result = Result(
        id="r7", scoreOf="li", userId="7", resultScore=3, resultMaximum=5, comment="<p>Bien</p>"
    )
    pane.show_grade(StudentGrade("7", member, result))
    (title,) = [label for label in pane.findChildren(QLabel) if "Zoë" in label.text()]
    assert title.text() == "<b>Zoë</b> Ng" and title.textFormat() is Qt.TextFormat.PlainText
    # The raw data for support keeps the LMS's own text, in a widget that never reads markup.
    assert '"comment": "<p>Bien</p>"' in pane.text()
    assert pane.findChildren(QPlainTextEdit)
