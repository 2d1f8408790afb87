"""The course's grade columns (line items) as a searchable table model, and the words that
describe one column: its maximum, tag and dates."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.locale_numbers import table_text
from gradebook_gui.gui.moments import format_date, format_moment
from gradebook_gui.gui.plain_text import plain_tooltip
from gradebook_gui.models import LineItem

ModelIndex = QModelIndex | QPersistentModelIndex
LINE_ITEM_ROLE = Qt.ItemDataRole.UserRole
# The second line under a column's name: maximum, tag and dates.
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


class LineItemColumn(IntEnum):
    LABEL = 0
    MAXIMUM = 1
    TAG = 2
    OPENS = 3
    DUE = 4


def _header(column: LineItemColumn) -> str:
    return {
        LineItemColumn.LABEL: translate("LineItemsModel", "Column"),
        LineItemColumn.MAXIMUM: translate("LineItemsModel", "Max"),
        LineItemColumn.TAG: translate("LineItemsModel", "Tag"),
        LineItemColumn.OPENS: translate("LineItemsModel", "Opens"),
        LineItemColumn.DUE: translate("LineItemsModel", "Due"),
    }[column]


def _search_key(text: str) -> str:
    """Case- and accent-insensitive form for matching what the user types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def format_maximum(value: float, locale: QLocale | None = None) -> str:
    """A maximum as the grades table writes scores: the user's decimal sign, never grouped."""
    return table_text(locale or QLocale(), value)


class LineItemsModel(QAbstractTableModel):
    """Every line item of the course; the search text narrows the rows shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[LineItem] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._search = ""

    # -- contents ----------------------------------------------------------------------------

    def set_items(self, items: Sequence[LineItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._keys = [self._key_of(item) for item in self._items]
        self._visible = self._matching()
        self.endResetModel()

    def items(self) -> list[LineItem]:
        return list(self._items)

    def add(self, item: LineItem) -> None:
        self.beginResetModel()
        self._items.append(item)
        self._keys.append(self._key_of(item))
        self._visible = self._matching()
        self.endResetModel()

    def replace(self, item: LineItem) -> None:
        for position, existing in enumerate(self._items):
            if existing.id == item.id:
                self._items[position] = item
                self._keys[position] = self._key_of(item)
        self.set_search(self._search, force=True)

    def remove(self, line_item_id: str) -> None:
        self.beginResetModel()
        kept = [
            (i, k) for i, k in zip(self._items, self._keys, strict=True) if i.id != line_item_id
        ]
        self._items = [item for item, _ in kept]
        self._keys = [key for _, key in kept]
        self._visible = self._matching()
        self.endResetModel()

    def set_search(self, text: str, *, force: bool = False) -> None:
        key = _search_key(text.strip())
        if key == self._search and not force:
            return
        self.beginResetModel()
        self._search = key
        self._visible = self._matching()
        self.endResetModel()

    def item_at(self, row: int) -> LineItem:
        return self._items[self._visible[row]]

    def row_of(self, line_item_id: str) -> int | None:
        for row, position in enumerate(self._visible):
            if self._items[position].id == line_item_id:
                return row
        return None

    def find(self, line_item_id: str) -> LineItem | None:
        return next((item for item in self._items if item.id == line_item_id), None)

    def total_count(self) -> int:
        return len(self._items)

    @staticmethod
    def _key_of(item: LineItem) -> str:
        return _search_key(" ".join(part for part in (item.label, item.tag or "", item.id)))

    def _matching(self) -> list[int]:
        return [i for i, key in enumerate(self._keys) if self._search in key]

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineItemColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(LineItemColumn(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[self._visible[index.row()]]
        column = LineItemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is LineItemColumn.MAXIMUM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LINE_ITEM_ROLE:
            return item
        if role == SUMMARY_ROLE:
            return summary(item)
        if role == Qt.ItemDataRole.AccessibleTextRole and column is LineItemColumn.LABEL:
            return translate("LineItemsModel", "{label}, {summary}").format(
                label=item.label, summary=summary(item)
            )
        return None

    @staticmethod
    def _tooltip(item: LineItem) -> str:
        lines = [
            item.label,
            translate("LineItemsModel", "Maximum: {maximum}").format(
                maximum=format_maximum(item.scoreMaximum)
            ),
        ]
        if item.tag:
            lines.append(translate("LineItemsModel", "Tag: {tag}").format(tag=item.tag))
        if item.startDateTime:
            lines.append(
                translate("LineItemsModel", "Opens: {moment}").format(
                    moment=format_moment(item.startDateTime)
                )
            )
        if item.endDateTime:
            lines.append(
                translate("LineItemsModel", "Due: {moment}").format(
                    moment=format_moment(item.endDateTime)
                )
            )
        lines.append(translate("LineItemsModel", "ID: {id}").format(id=item.id))
        return plain_tooltip("\n".join(lines))

    @staticmethod
    def _display(item: LineItem, column: LineItemColumn) -> str:
        if column is LineItemColumn.LABEL:
            return item.label
        if column is LineItemColumn.MAXIMUM:
            return format_maximum(item.scoreMaximum)
        if column is LineItemColumn.TAG:
            return item.tag or ""
        if column is LineItemColumn.OPENS:
            return format_date(item.startDateTime)
        return format_date(item.endDateTime)


def summary(item: LineItem) -> str:
    """Maximum, tag and dates on one line, e.g. "out of 50 · exam · due 20/10/2025"."""
    parts = [
        translate("line_item_model", "out of {maximum}").format(
            maximum=format_maximum(item.scoreMaximum)
        )
    ]
    if item.tag:
        parts.append(item.tag)
    if item.startDateTime:
        parts.append(
            translate("line_item_model", "opens {date}").format(
                date=format_date(item.startDateTime)
            )
        )
    if item.endDateTime:
        parts.append(
            translate("line_item_model", "due {date}").format(date=format_date(item.endDateTime))
        )
    return " · ".join(parts)
