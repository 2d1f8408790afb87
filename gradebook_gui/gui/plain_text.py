"""Text from outside the app (comments, names, the LMS's reasons) shown as it is written.

Qt guesses that a label's or a tooltip's text is rich text when it starts like HTML, and would
then draw a comment such as "<b>late</b>" in bold and hide its markup. Labels are set to plain
text where they are made; tooltips cannot be, so their text is escaped when Qt would guess.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly, markup included."""
    return GuiQt.convertFromPlainText(text) if GuiQt.mightBeRichText(text) else text


def plain_label(label: QLabel) -> QLabel:
    """`label` drawing its text as written, never as rich text."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
