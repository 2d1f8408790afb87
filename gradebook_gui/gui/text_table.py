"""A read-only table of text rows, copyable as tab-separated text: the request log, the history."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

ModelIndex = QModelIndex | QPersistentModelIndex

# One row: its cells' texts, and their tooltips ("" for none).
TextRow = tuple[tuple[str, ...], tuple[str, ...]]


class TextTableModel(QAbstractTableModel):
    """Rows of text under fixed headers; subclasses fill `_rows` with the begin/end calls Qt
    needs. Numbers in `right_aligned` columns are aligned right."""

    def __init__(
        self,
        headers: Sequence[str],
        right_aligned: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._right_aligned = frozenset(right_aligned)
        self._rows: list[TextRow] = []

    def as_text(self, rows: Iterable[int] | None = None) -> str:
        """Tab-separated, with a header line: pastes into a ticket or a spreadsheet."""
        chosen = range(len(self._rows)) if rows is None else sorted(set(rows))
        lines = ["\t".join(self._headers)]
        lines.extend("\t".join(self._rows[row][0]) for row in chosen)
        return "\n".join(lines) + "\n"

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        texts, tips = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tips[index.column()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
