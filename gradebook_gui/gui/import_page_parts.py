"""What the import wizard's pages share: their order, their labels and their wording."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.plain_text import plain_label


class PageId(IntEnum):
    FILE = 0
    MAPPING = 1
    PREVIEW = 2


def after_fixing() -> str:
    """What to do about a file the wizard cannot use."""
    return translate(
        "import_page_parts",
        "Fix it in your spreadsheet program, save it, then choose “Read the file again”.",
    )


def bold_label(text: str = "") -> QLabel:
    label = plain_label(QLabel(text))
    label.setWordWrap(True)
    # Bold rather than a hard-coded colour: readable in light and dark themes.
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def wrapped_label(text: str = "") -> QLabel:
    # Plain text: file names, cells and comments from the file are shown as they are written.
    label = plain_label(QLabel(text))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
