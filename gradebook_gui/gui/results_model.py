"""The results table: every learner of the roster with their grade, sorted and filtered in place.

Sorting and filtering happen here with Python key functions over keys computed once per row,
not in a QSortFilterProxyModel (which calls back into Python for every comparison and takes tens
of seconds at 100,000 rows). Rows live in arrival order in a `RosterJoin`; `_order` lists every
row index in the current sort order and `_visible` the ones the filters let through, so a view
row is `_visible[position]`. Per row the model keeps only the grade, one folded search text
(which is also the name sort key), the score on the line item's scale and the comment as text.

The sort order is total: ties and unsorted columns fall back to arrival order, and rows without a
value in the sort column come last in both directions. That lets rows that arrive while loading
be inserted at their place with a binary search (`beginInsertRows`) instead of a reset.
"""

from __future__ import annotations

import bisect
import functools
import html
import sys
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from gradebook_gui.exchange.export import neutralise_for_csv
from gradebook_gui.grades import RosterJoin, StudentGrade
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.statistics import ColumnStats, column_stats, exceeds_maximum

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

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
    Column.NAME: "Name",
    Column.USER_ID: "User ID",
    Column.EMAIL: "Email",
    Column.SCORE: "Score",
    Column.MAXIMUM: "Maximum",
    Column.PERCENT: "Percent",
    Column.COMMENT: "Comment",
    Column.STATUS: "Status",
}

_COLUMNS = tuple(Column)
_NUMBER_COLUMNS = frozenset({Column.SCORE, Column.MAXIMUM, Column.PERCENT})
# Columns whose values depend on the result, so a result arriving can move a row.
_RESULT_COLUMNS = frozenset({Column.SCORE, Column.PERCENT, Column.COMMENT, Column.STATUS})

_ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


class RowStatus(IntEnum):
    """What the Status column says; the values give its sort order."""

    GRADED = 0
    EXTRA_CREDIT = 1
    NO_GRADE = 2
    NOT_ON_ROSTER = 3

    @property
    def text(self) -> str:
        return _STATUS_TEXT[self]


_STATUS_TEXT = {
    RowStatus.GRADED: "graded",
    RowStatus.EXTRA_CREDIT: "extra credit",
    RowStatus.NO_GRADE: "no grade",
    RowStatus.NOT_ON_ROSTER: "not on roster",
}


class QuickFilter(StrEnum):
    """Which learners to show; each has a label and a row test in `_QUICK_FILTERS`."""

    ALL = "all"
    NO_GRADE = "no_grade"
    EXTRA_CREDIT = "extra_credit"


@functools.cache
def _combining_marks() -> dict[int, None]:
    """A str.translate table deleting every combining mark (built once, on first use)."""
    return {code: None for code in range(sys.maxunicode + 1) if unicodedata.combining(chr(code))}


def fold(text: str) -> str:
    """Text for matching and sorting regardless of case and accents ("Émile" -> "emile")."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_combining_marks()).casefold()


def _user_id_key(user_id: str) -> str:
    """Numeric IDs sort by value ("9" before "10"), before any other ID."""
    if user_id.isdigit() and user_id.isascii():
        return "0" + user_id.rjust(40, "0")
    return "1" + fold(user_id)


def format_number(locale: QLocale, value: float) -> str:
    """A score in the user's locale with up to two decimals ("8.5", "8,5", "10")."""
    # Adding 0.0 turns a rounded -0.0 into 0.0, which would otherwise show as "-0".
    return locale.toString(round(value, 2) + 0.0, "f", _SHORTEST)


_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest


def _single_line(text: str) -> str:
    """A cell shows one line; the tooltip and the details pane show the whole text."""
    return " ".join(text.split())


def _rich_text_tooltip(text: str) -> str:
    # Escaped rich text: text shows as written (never as markup) and long text wraps.
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def consecutive_runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending positions grouped into (first, last) blocks of consecutive positions."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


# Past this many separate blocks of rows appearing or disappearing, a filter change resets the
# model: one reset costs views less than hundreds of insert and remove notifications.
_MAX_INCREMENTAL_RUNS = 100


class ResultsModel(QAbstractTableModel):
    """One line item's grades: learners in rows, read-only (edits arrive with the editing work)."""

    stats_changed = Signal()
    """Emitted after any change of the data (not of sort or filter)."""

    def __init__(self, parent: QObject | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(locale) if locale is not None else QLocale()
        # Copied cells go back into spreadsheets: no digit grouping that would read as a decimal.
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self._line_item: LineItem | None = None
        self._maximum_text = ""
        self._join = RosterJoin()
        # Per row, by arrival index: folded "name\nid\nemail" (filter text and name sort key),
        # score on the line item's scale, comment as text.
        self._search_texts: list[str] = []
        self._scores: list[float | None] = []
        self._comments: list[str] = []
        self._order: list[int] = []
        self._visible: list[int] = []
        self._sort_column: Column | None = None
        self._sort_descending = False
        # The sort column's key and has-value functions, built on first use after a change.
        self._sort_functions: tuple[Callable[[int], Any], Callable[[int], bool]] | None = None
        self._filter_terms: tuple[str, ...] = ()
        self._quick_filter = QuickFilter.ALL
        self._stats: ColumnStats | None = None

    # -- loading ---------------------------------------------------------------------------

    def clear(self) -> None:
        """No line item: the table is empty."""
        self._reset(None)

    def begin_load(self, line_item: LineItem) -> None:
        """Start showing `line_item`: empty rows, its scale; sort and filters are kept."""
        self._reset(line_item)

    def add_members(self, members: Sequence[Member]) -> None:
        """A roster page: learners appear (with their result if it came first)."""
        self._add_rows(self._join.add_members(members))

    def add_results(self, results: Sequence[Result]) -> None:
        """A results page: the rows of those learners fill in."""
        line_item = self._require_line_item()
        changed = sorted(set(self._join.add_results(results)))
        if not changed:
            return
        relocate = self._sort_column in _RESULT_COLUMNS or self._quick_filter is not QuickFilter.ALL
        for row in changed:
            if relocate:
                self._relocate(row, line_item)
            else:
                self._refresh_values(row, line_item)
        if self._visible:
            # Views repaint only the rows they show, so one notification covers the page.
            last = self.index(len(self._visible) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self._data_changed()

    def finish_load(self) -> None:
        """Both streams are complete: add the results of students who are not on the roster."""
        self._add_rows(self._join.finish())

    def line_item(self) -> LineItem | None:
        return self._line_item

    # -- reading ---------------------------------------------------------------------------

    def grade_at(self, row: int) -> StudentGrade:
        """The grade shown at `row` of the current (sorted, filtered) view."""
        return self._join.rows[self._visible[row]]

    def rows_count_total(self) -> int:
        return len(self._join.rows)

    def rows_count_visible(self) -> int:
        return len(self._visible)

    def rows_of_users(self, user_ids: Collection[str]) -> list[int]:
        """The view rows, ascending, of the learners with these IDs that are shown now."""
        if not user_ids:
            return []
        rows = self._join.rows
        return [
            position for position, row in enumerate(self._visible) if rows[row].user_id in user_ids
        ]

    def stats(self) -> ColumnStats:
        """Figures over every loaded learner, whatever the filters show."""
        if self._stats is None:
            maximum = self._line_item.scoreMaximum if self._line_item else 1.0
            self._stats = column_stats(self._scores, maximum)
        return self._stats

    def tab_separated(self, rows: Iterable[int]) -> str:
        """A header line and the given view rows in view order, for pasting into a spreadsheet."""
        lines = ["\t".join(HEADERS[column] for column in Column)]
        for position in sorted(set(rows)):
            row = self._visible[position]
            cells = []
            for column in Column:
                text = self._cell_text(row, column)
                if column not in _NUMBER_COLUMNS:
                    text = neutralise_for_csv(text)
                cells.append(text)
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    # -- sort and filter -------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`; -1 (a cleared sort indicator) restores the roster order."""
        self._sort_column = Column(column) if 0 <= column < len(Column) else None
        self._sort_functions = None
        self._sort_descending = order == Qt.SortOrder.DescendingOrder
        self._order = self._sorted(range(len(self._join.rows)))
        self._show(self._filtered(self._order))

    def set_text_filter(self, text: str) -> None:
        """Show learners whose name, user ID or email contains every word of `text`."""
        terms = tuple(fold(text).split())
        if terms != self._filter_terms:
            self._filter_terms = terms
            self._show(self._filtered(self._order))

    def set_quick_filter(self, which: QuickFilter) -> None:
        if which != self._quick_filter:
            self._quick_filter = which
            self._show(self._filtered(self._order))

    def quick_filter(self) -> QuickFilter:
        return self._quick_filter

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Roles are tested from the most frequent (each paint asks for all of them).
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_NUMBER if column in _NUMBER_COLUMNS else _ALIGN_TEXT
        if role == GRADE_ROLE:
            return self._join.rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(row, column)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            column = _COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[column]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN_NUMBER if column in _NUMBER_COLUMNS else _ALIGN_TEXT
            if role == Qt.ItemDataRole.ToolTipRole and column == Column.SCORE:
                return "Score on the line item's scale"
            return None
        return super().headerData(section, orientation, role)

    # -- cell contents ---------------------------------------------------------------------

    def _status(self, row: int) -> RowStatus:
        if not self._join.rows[row].on_roster:
            return RowStatus.NOT_ON_ROSTER
        score = self._scores[row]
        if score is None:
            return RowStatus.NO_GRADE
        if self._line_item is not None and exceeds_maximum(score, self._line_item.scoreMaximum):
            return RowStatus.EXTRA_CREDIT
        return RowStatus.GRADED

    def _percent(self, row: int) -> float | None:
        score = self._scores[row]
        if score is None or self._line_item is None:
            return None
        return score / self._line_item.scoreMaximum * 100

    def _cell_text(self, row: int, column: Column) -> str:
        """What a cell shows, and what copying it puts on the clipboard (always one line)."""
        grade = self._join.rows[row]
        if column == Column.NAME:
            return grade.name or ""
        if column == Column.USER_ID:
            return grade.user_id
        if column == Column.EMAIL:
            return grade.email or ""
        if column == Column.SCORE:
            score = self._scores[row]
            return "" if score is None else format_number(self._locale, score)
        if column == Column.MAXIMUM:
            return self._maximum_text
        if column == Column.PERCENT:
            percent = self._percent(row)
            if percent is None:
                return ""
            return format_number(self._locale, percent) + self._locale.percent()
        if column == Column.COMMENT:
            return _single_line(self._comments[row])
        return self._status(row).text

    def _tooltip(self, row: int, column: Column) -> str:
        """The whole text of the cell (a comment with its line breaks), always escaped."""
        if column == Column.COMMENT:
            text = self._comments[row]
        elif column == Column.STATUS and self._status(row) is RowStatus.NOT_ON_ROSTER:
            text = "This student has a result but is not on the course roster."
        else:
            text = self._cell_text(row, column)
        return _rich_text_tooltip(text) if text else ""

    def _accessible_text(self, row: int, column: Column) -> str:
        if column == Column.SCORE:
            score = self._scores[row]
            if score is None:
                return "no grade"
            return f"{format_number(self._locale, score)} out of {self._maximum_text}"
        if column == Column.COMMENT:
            return self._comments[row] or "no comment"
        return self._cell_text(row, column)

    # -- keeping order, filter and views in step -------------------------------------------

    def _require_line_item(self) -> LineItem:
        if self._line_item is None:
            raise RuntimeError("begin_load() must name the line item before rows arrive.")
        return self._line_item

    def _reset(self, line_item: LineItem | None) -> None:
        self.beginResetModel()
        self._line_item = line_item
        self._maximum_text = (
            format_number(self._locale, line_item.scoreMaximum) if line_item else ""
        )
        self._join = RosterJoin()
        self._search_texts = []
        self._scores = []
        self._comments = []
        self._order = []
        self._visible = []
        self._sort_functions = None
        self.endResetModel()
        self._data_changed()

    def _data_changed(self) -> None:
        self._stats = None
        self.stats_changed.emit()

    def _add_rows(self, grades: Sequence[StudentGrade]) -> None:
        line_item = self._require_line_item()
        if not grades:
            return
        first = len(self._search_texts)
        for grade in grades:
            self._search_texts.append(
                fold(f"{grade.name or ''}\n{grade.user_id}\n{grade.email or ''}")
            )
            self._scores.append(grade.score(line_item))
            self._comments.append(grade.result.comment_text if grade.result else "")
        new_rows = self._sorted(range(first, len(self._search_texts)))
        self._merge_into(self._order, new_rows)
        shown = self._filtered(new_rows)
        self._insert_visible(self._merged_positions(self._visible, shown), shown)
        self._data_changed()

    def _refresh_values(self, row: int, line_item: LineItem) -> None:
        grade = self._join.rows[row]
        self._scores[row] = grade.score(line_item)
        self._comments[row] = grade.result.comment_text if grade.result else ""

    def _relocate(self, row: int, line_item: LineItem) -> None:
        """Refresh a row's values, then move, hide or show it as sort and filter now say."""
        moves = self._sort_column in _RESULT_COLUMNS
        # Positions are found with the old values, while the lists are sorted by them.
        old_order_position = self._position(self._order, row) if moves else -1
        was_shown = self._passes(row)
        old_position = self._position(self._visible, row) if was_shown else -1
        self._refresh_values(row, line_item)
        if moves:
            del self._order[old_order_position]
            self._order.insert(self._position(self._order, row), row)
        if not self._passes(row):
            if was_shown:
                self.beginRemoveRows(_ROOT, old_position, old_position)
                del self._visible[old_position]
                self.endRemoveRows()
            return
        if not was_shown:
            self._insert_visible([self._position(self._visible, row)], [row])
            return
        # Look for the new place without the row, then put it back until the views are told.
        del self._visible[old_position]
        new_position = self._position(self._visible, row)
        self._visible.insert(old_position, row)
        if new_position != old_position:
            # Qt counts the destination in the rows as they are before the move.
            destination = new_position + 1 if new_position > old_position else new_position
            self.beginMoveRows(_ROOT, old_position, old_position, _ROOT, destination)
            del self._visible[old_position]
            self._visible.insert(new_position, row)
            self.endMoveRows()

    def _passes(self, row: int) -> bool:
        return bool(self._filtered([row]))

    def _insert_visible(self, positions: list[int], rows: list[int]) -> None:
        """Insert rows (sorted) at their final view positions, one notification per block."""
        start = 0
        for first, last in consecutive_runs(positions):
            count = last - first + 1
            self.beginInsertRows(_ROOT, first, last)
            self._visible[first:first] = rows[start : start + count]
            self.endInsertRows()
            start += count

    def _merged_positions(self, existing: list[int], rows: list[int]) -> list[int]:
        """Final positions of `rows` (in display order) once merged into `existing` (too)."""
        if self._sort_column is None:
            return [bisect.bisect_left(existing, row) + rank for rank, row in enumerate(rows)]
        key, has_value = self._sort_key()
        # Rows with a value in the sort column come first, the others after in arrival order.
        valued_end = bisect.bisect_left(existing, True, key=lambda other: not has_value(other))
        positions = []
        for rank, row in enumerate(rows):
            if has_value(row):
                position = self._valued_position(existing, valued_end, key, row)
            else:
                position = bisect.bisect_left(existing, row, lo=valued_end)
            positions.append(position + rank)
        return positions

    def _merge_into(self, existing: list[int], rows: list[int]) -> list[int]:
        """Insert `rows` into `existing`, both in display order; returns `existing`."""
        # In ascending final positions, every row that goes before a row is already in place.
        for position, row in zip(self._merged_positions(existing, rows), rows, strict=True):
            existing.insert(position, row)
        return existing

    def _position(self, rows: list[int], row: int) -> int:
        """How many of `rows` (in display order) come before `row`: its place there."""
        return self._merged_positions(rows, [row])[0]

    def _valued_position(
        self, rows: list[int], valued_end: int, key: Callable[[int], Any], row: int
    ) -> int:
        """How many of the valued `rows[:valued_end]` come before `row`: a binary search."""
        target = key(row)
        descending = self._sort_descending
        low, high = 0, valued_end
        while low < high:
            middle = (low + high) // 2
            other = rows[middle]
            other_key = key(other)
            if other_key == target:
                before = other < row
            elif descending:
                before = other_key > target
            else:
                before = other_key < target
            if before:
                low = middle + 1
            else:
                high = middle
        return low

    def _sort_key(self) -> tuple[Callable[[int], Any], Callable[[int], bool]]:
        """The key of a row in the sort column and whether the row has a value there."""
        if self._sort_functions is None:
            self._sort_functions = self._sort_functions_for(self._sort_column)
        return self._sort_functions

    def _sort_functions_for(
        self, column: Column | None
    ) -> tuple[Callable[[int], Any], Callable[[int], bool]]:
        rows = self._join.rows
        scores = self._scores
        if column == Column.NAME:
            return self._search_texts.__getitem__, lambda row: rows[row].on_roster
        if column == Column.USER_ID:
            return lambda row: _user_id_key(rows[row].user_id), lambda row: True
        if column == Column.EMAIL:
            return lambda row: fold(rows[row].email or ""), lambda row: bool(rows[row].email)
        if column in (Column.SCORE, Column.PERCENT):
            return scores.__getitem__, lambda row: scores[row] is not None
        if column == Column.COMMENT:
            comments = self._comments
            return lambda row: fold(comments[row]), lambda row: bool(comments[row])
        if column == Column.STATUS:
            return self._status, lambda row: True
        # Every row has the same maximum: sorting by it, or by nothing, keeps the roster order.
        return lambda row: 0, lambda row: True

    def _sorted(self, rows: Iterable[int]) -> list[int]:
        """`rows` (ascending) in display order: valued rows by key, then the rest.

        Ties keep arrival order, in both directions, since Python's sort is stable.
        """
        if self._sort_column is None:
            return list(rows)
        key, has_value = self._sort_key()
        valued: list[int] = []
        empty: list[int] = []
        for row in rows:
            (valued if has_value(row) else empty).append(row)
        valued.sort(key=key, reverse=self._sort_descending)
        return valued + empty

    def _filtered(self, rows: list[int]) -> list[int]:
        texts = self._search_texts
        for term in self._filter_terms:
            rows = [row for row in rows if term in texts[row]]
        test = _QUICK_FILTERS[self._quick_filter][1]
        if test is not None:
            rows = [row for row in rows if test(self, row)]
        return rows

    def _show(self, new_visible: list[int]) -> None:
        """After a sort or filter change, make the view rows `new_visible`.

        Removals, then a reorder, then insertions; or one reset when the change is scattered.
        """
        old_visible = self._visible
        size = len(self._search_texts)
        in_new = bytearray(size)
        for row in new_visible:
            in_new[row] = 1
        in_old = bytearray(size)
        for row in old_visible:
            in_old[row] = 1
        removed = [position for position, row in enumerate(old_visible) if not in_new[row]]
        inserted = [position for position, row in enumerate(new_visible) if not in_old[row]]
        removal_runs, insertion_runs = consecutive_runs(removed), consecutive_runs(inserted)
        if len(removal_runs) + len(insertion_runs) > _MAX_INCREMENTAL_RUNS:
            self.beginResetModel()
            self._visible = new_visible
            self.endResetModel()
            return
        for first, last in reversed(removal_runs):
            self.beginRemoveRows(_ROOT, first, last)
            del self._visible[first : last + 1]
            self.endRemoveRows()
        kept = [row for row in new_visible if in_old[row]]
        if kept != self._visible:
            self._reorder(kept)
        self._insert_visible(inserted, [new_visible[position] for position in inserted])

    def _reorder(self, new_visible: list[int]) -> None:
        """Same rows, new order: a layout change that keeps selections on their learners."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_visible = self._visible
        self._visible = new_visible
        if persistent:
            position_of = {row: position for position, row in enumerate(new_visible)}
            moved = [
                self.index(position_of[old_visible[index.row()]], index.column())
                for index in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _is_ungraded(self, row: int) -> bool:
        return self._scores[row] is None

    def _has_extra_credit(self, row: int) -> bool:
        return self._status(row) is RowStatus.EXTRA_CREDIT


# A quick filter's label, and the test a row must pass to be shown (None: every row is).
_QUICK_FILTERS: dict[QuickFilter, tuple[str, Callable[[ResultsModel, int], bool] | None]] = {
    QuickFilter.ALL: ("All", None),
    QuickFilter.NO_GRADE: ("No grade", ResultsModel._is_ungraded),
    QuickFilter.EXTRA_CREDIT: ("Extra credit", ResultsModel._has_extra_credit),
}

QUICK_FILTER_LABELS: dict[QuickFilter, str] = {
    which: label for which, (label, _test) in _QUICK_FILTERS.items()
}
