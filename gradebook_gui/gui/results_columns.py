"""The columns of the results table: their order, headers, alignment and which take edits."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, translate

GRADE_ROLE = Qt.ItemDataRole.UserRole
"""data() with this role returns the row's StudentGrade."""


class Column(IntEnum):
    NAME = 0
    USER_ID = 1
    EMAIL = 2
    SCORE = 3
    MAXIMUM = 4
    PERCENT = 5
    COMMENT = 6
    STATUS = 7


HEADERS: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("results_columns", "Name"),
    Column.USER_ID: QT_TRANSLATE_NOOP("results_columns", "User ID"),
    Column.EMAIL: QT_TRANSLATE_NOOP("results_columns", "Email"),
    Column.SCORE: QT_TRANSLATE_NOOP("results_columns", "Score"),
    Column.MAXIMUM: QT_TRANSLATE_NOOP("results_columns", "Maximum"),
    Column.PERCENT: QT_TRANSLATE_NOOP("results_columns", "Percent"),
    Column.COMMENT: QT_TRANSLATE_NOOP("results_columns", "Comment"),
    Column.STATUS: QT_TRANSLATE_NOOP("results_columns", "Status"),
}
"""The headers in English; `header_text` gives them in the window's language."""


def header_text(column: Column) -> str:
    """A column's header in the window's language."""
    return translate("results_columns", HEADERS[column])


EDITABLE_COLUMNS = frozenset({Column.SCORE, Column.COMMENT})

COLUMNS = tuple(Column)
"""The columns by index, for lookups faster than calling Column()."""

NUMBER_COLUMNS = frozenset({Column.SCORE, Column.MAXIMUM, Column.PERCENT})
# Columns whose values depend on the result or the edit, so a change of either can move a row.
VALUE_COLUMNS = frozenset({Column.SCORE, Column.PERCENT, Column.COMMENT, Column.STATUS})

ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
EDITABLE_FLAGS = ITEM_FLAGS | Qt.ItemFlag.ItemIsEditable


def alignment(column: Column) -> Qt.AlignmentFlag:
    """Numbers line up on the right, text on the left."""
    return ALIGN_NUMBER if column in NUMBER_COLUMNS else ALIGN_TEXT
