"""The results table: every learner of the roster with their grade, sorted, filtered and edited.

Sorting and filtering happen here with Python key functions over keys computed once per row,
not in a QSortFilterProxyModel (which calls back into Python for every comparison and takes tens
of seconds at 100,000 rows). Rows live in arrival order in a `RosterJoin`; `_order` lists every
row index in the current sort order (`row_order`) and `_visible` the ones the filters let
through, so a view row is `_visible[position]`. A filter keystroke that only adds to the text
searches the rows shown, not the whole table. Per row the model keeps the folded search text,
the Name column's sort key, whether the learner is an active student, the score on the line
item's scale and the comment as text: both as the LMS holds them and as shown, with the
learner's local edit on top.

Rows that arrive while loading are inserted at their place with a binary search
(`beginInsertRows`) instead of a reset, since the order is total. A change of some rows' values
finds their view positions through an index (arrival row to view position, built once after the
view rows change) and repaints each stretch of them with one `dataChanged`, whatever the
table's size.

Editing never touches the network or the store: `setData` and the `request_*` methods
(`GradeEditRequests`) turn what the user typed into `GradeEdit`s and announce them with
`edits_requested`; whoever saves them (the EditController) tells the model what each learner's
edit and state are with overlays (`CellOverlay`).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import chain, compress
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont

from gradebook_gui.edits import CellState, ServerGrade, grade_after
from gradebook_gui.grades import RosterJoin, StudentGrade, same_rows
from gradebook_gui.gui.cell_texts import CellTexts
from gradebook_gui.gui.edit_requests import READ_ONLY_TEXT, GradeEditRequests
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.locale_numbers import TABLE_DECIMALS, number_format
from gradebook_gui.gui.pasted_column import split_pasted_column
from gradebook_gui.gui.results_columns import (
    COLUMNS,
    EDITABLE_COLUMNS,
    EDITABLE_FLAGS,
    GRADE_ROLE,
    HEADERS,
    ITEM_FLAGS,
    VALUE_COLUMNS,
    Column,
    alignment,
    header_text,
)
from gradebook_gui.gui.row_order import (
    SortKey,
    column_sort_key,
    consecutive_runs,
    family_first,
    held_by,
    merged,
    merged_positions,
    position_of,
    sorted_rows,
    unflagged_run_count,
    unflagged_runs,
)
from gradebook_gui.gui.row_status import (
    QUICK_FILTER_LABELS,
    QUICK_FILTER_TESTS,
    CellOverlay,
    QuickFilter,
    RowStatus,
    is_active_student,
    row_status,
)
from gradebook_gui.gui.search_text import fold, holding_all, learner_search_text
from gradebook_gui.models import LineItem, Member, Result, visible_text
from gradebook_gui.numbers import format_score
from gradebook_gui.statistics import ColumnStats, column_stats

__all__ = [  # what the window, its controllers and views take from here
    "EDITABLE_COLUMNS",
    "GRADE_ROLE",
    "HEADERS",
    "QUICK_FILTER_LABELS",
    "READ_ONLY_TEXT",
    "CellOverlay",
    "Column",
    "QuickFilter",
    "ReadBackChanges",
    "ResultsModel",
    "consecutive_runs",
    "header_text",
    "read_back_changes",
    "split_pasted_column",
]

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# Views do work in proportion to the whole table for every insertion, removal or move they are
# told about, so rows arriving in more separate blocks than this are appended as one block and
# then moved into place by one layout change.
_MAX_INSERTED_BLOCKS = 4
# Past this many changed rows under a sort or filter that they affect, the order is computed
# again in one go instead of moving the rows one by one.
_MAX_SINGLE_MOVES = 32
# Past this many separate blocks of rows appearing or disappearing, a filter change resets the
# model: one reset costs views less than hundreds of insert and remove notifications.
_MAX_INCREMENTAL_RUNS = 100
# Painted rows whose cells are kept ready: a screenful is a few dozen rows, so past this many the
# kept ones are dropped rather than growing with every row scrolled past.
_MAX_PAINTED_ROWS = 2048
# Changed rows closer than a screenful are repainted in one stretch, and past this many
# stretches in one change, in one span from the first to the last.
_REPAINT_GAP = 50
_MAX_REPAINT_SPANS = 128
# Distinct comments kept read (HTML taken out); past this many they are read again.
_MAX_KEPT_COMMENTS = 4096

_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_FONT_ROLE = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_GRADE_ROLE = int(GRADE_ROLE)
_EDIT_ROLE = int(Qt.ItemDataRole.EditRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE_ROLE = int(Qt.ItemDataRole.AccessibleTextRole)
# Asked for rarely (hovering, copying, screen readers): computed when asked, never kept.
_COMPUTED_ROLES = frozenset({_GRADE_ROLE, _EDIT_ROLE, _TOOLTIP_ROLE, _ACCESSIBLE_ROLE})
_ALIGNMENTS = tuple(alignment(column) for column in COLUMNS)
# As plain numbers for painting: a flag is converted through Python's enum machinery each time.
_ALIGNMENT_NUMBERS = tuple(int(flag.value) for flag in _ALIGNMENTS)
_EDITABLE_BY_COLUMN = tuple(column in EDITABLE_COLUMNS for column in COLUMNS)
_COLUMN_COUNT = len(COLUMNS)


def _is_active(grade: StudentGrade) -> bool:
    """An active student of the course (a learner the LMS accepts grades for)."""
    return grade.member is None or is_active_student(grade.member)


ReadBackChanges = list[tuple[int, Result | None]]
"""Rows (arrival indexes, ascending) whose result the LMS changed, each with its new result
(None: no grade any more)."""


def read_back_changes(
    rows: Sequence[StudentGrade], results: Mapping[str, Result]
) -> ReadBackChanges:
    """Which of `rows` (a table's `grades()`) hold another result than the LMS's `results` now.

    It only reads, so it runs off the window's thread: a read-back compares every learner of
    the column.
    """
    changes: ReadBackChanges = []
    get = results.get
    for row, grade in enumerate(rows):
        new, old = get(grade.user_id), grade.result
        # Pydantic's equality (fields and extra fields) at the cost of two dictionary
        # comparisons.
        if new is old or (
            new is not None
            and old is not None
            and new.__dict__ == old.__dict__
            and new.__pydantic_extra__ == old.__pydantic_extra__
        ):
            continue
        changes.append((row, new))
    return changes


def _provisional_name_key(grade: StudentGrade) -> str:
    """What the Name column sorts by until the roster's names are ranked: "family, given",
    folded, which the ranks mostly agree with."""
    member = grade.member
    if member is None:
        return ""
    return fold(family_first(grade.name or "", member.givenName, member.familyName))


def _with_hint(signal: SignalInstance) -> Any:
    """The overload of a layout signal that carries a hint (PySide6 picks it by signature)."""
    overloads: Any = signal
    return overloads["QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint"]


class ResultsModel(GradeEditRequests, CellTexts, QAbstractTableModel):
    """One line item's grades: learners in rows, with their local edits on top."""

    stats_changed = Signal()
    """Emitted when rows come or go or a shown score changes (not for a sort, a filter, or a
    row's state alone)."""

    edits_requested = Signal(object, str)
    """(list[tuple[GradeEdit, ServerGrade]], label): the user asked for these edits (and bases)."""

    edit_refused = Signal(str)
    """An edit was not made; the text says why, in words for the user."""

    edit_warning = Signal(str)
    """An edit was requested that deserves a second look (a score above the maximum)."""

    def __init__(self, parent: QObject | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(locale) if locale is not None else QLocale()
        # Scores are read and shown in the user's locale, never with digit grouping (copied
        # cells go back into spreadsheets, where grouping would read as a decimal sign).
        self._number_format = number_format(self._locale)
        self._line_item: LineItem | None = None
        self._maximum_text = ""
        self._join = RosterJoin()
        # Per row, by arrival index: folded "name\nid\nemail" (filter text and name sort key);
        # score on the line item's scale and comment as text, as the LMS holds them and as shown.
        self._search_texts: list[str] = []
        self._lms_scores: list[float | None] = []
        self._lms_comments: list[str] = []
        self._scores: list[float | None] = []
        self._comments: list[str] = []
        # Kept rather than computed when asked: positions are looked up by the old status while
        # a row's overlay changes.
        self._statuses: list[RowStatus] = []
        # Whether the LMS takes grades for the row's learner (an active student): it depends on
        # the roster entry only, which a row keeps for life, and is asked for on every refresh.
        self._active: list[bool] = []
        # Per row, what the Name column sorts by: the learner's place in the roster's order of
        # names ("family, given" by the locale's collation, ranked once per roster off the
        # window's thread: `set_name_ranks`), or until those ranks come, the folded
        # "family, given" text, close to it. All rows hold the same kind of key.
        self._name_keys: list[Any] = []
        self._name_ranks: Mapping[str, int] | None = None
        self._names_ranked = False
        self._overlays: dict[str, CellOverlay] = {}
        self._order: list[int] = []
        self._visible: list[int] = []
        # Each row's view position by arrival index (-1: hidden); None until asked for again
        # after the view rows changed.
        self._positions: list[int] | None = None
        self._sort_column: Column | None = None
        self._sort_descending = False
        # The sort column's key and has-value functions, built on first use after a change.
        self._sort_functions: SortKey | None = None
        self._filter_terms: tuple[str, ...] = ()
        self._quick_filter = QuickFilter.ALL
        self._stats: ColumnStats | None = None
        self._read_only = False
        self._edited_font: QFont | None = None
        # Each painted row's cell texts and fonts, by arrival index: views ask for every cell
        # of the screen on each repaint, and a running submission repaints every 40 ms. A row
        # is dropped when its values change (`_refresh_values`) and all with the rows.
        self._painted: dict[int, tuple[tuple[str, ...], tuple[QFont | None, ...]]] = {}
        # Comments as the LMS wrote them, as a person reads them (`_comment_text`).
        self._comment_texts: dict[str, str] = {}

    # -- loading ---------------------------------------------------------------------------

    def clear(self) -> None:
        """No line item: the table is empty."""
        self._overlays = {}
        self._name_ranks = None
        self._reset(None)

    def begin_load(self, line_item: LineItem) -> None:
        """Start showing `line_item`: empty rows, its scale; sort and filters are kept.

        Overlays stay when the same line item is loaded again, and go with another one.
        """
        if self._line_item is not None and self._line_item.id != line_item.id:
            self._overlays = {}
        self._reset(line_item)

    def add_members(self, members: Sequence[Member]) -> None:
        """A roster page: learners appear (with their result if it came first)."""
        self._add_rows(self._join.add_members(members))

    def add_results(self, results: Sequence[Result]) -> None:
        """A results page: the rows of those learners fill in."""
        self._require_line_item()
        self._update_rows(sorted(set(self._join.add_results(results))))

    def replace_results(self, results: Mapping[str, Result]) -> bool:
        """The LMS's results now, by user ID, for every loaded learner (one missing has none).

        When they leave the same learners in the same rows, only the rows whose result changed
        are refreshed, moved and repainted: no reset, so the view keeps its scroll position,
        selection and editor. Returns False, changing nothing, when the rows would differ (a
        result of a student who is not on the roster came or went): the caller loads them
        anew. `read_back_fits`, `read_back_changes` and `apply_read_back` do the same in steps,
        the comparison off the window's thread.
        """
        if not self.read_back_fits(results):
            return False
        self._apply_read_back(read_back_changes(self._join.rows, results))
        return True

    def read_back_fits(self, results: Mapping[str, Result]) -> bool:
        """Whether `results` (the LMS's now, by user ID) leave the same learners in the same rows:
        a student off the roster has a row exactly when the LMS holds a result for them."""
        self._require_line_item()
        row_of_user, roster_ids = self._join.row_of_user, self._join.roster_ids
        return (results.keys() - row_of_user.keys()) <= roster_ids and (
            row_of_user.keys() - roster_ids
        ) <= results.keys()

    def apply_read_back(self, rows: Sequence[StudentGrade], changes: ReadBackChanges) -> bool:
        """Show `read_back_changes(rows, ...)` when the table still holds `rows` (`grades()` when
        they were compared); returns False, changing nothing, when its rows changed since."""
        self._require_line_item()
        if not same_rows(rows, self._join.rows):
            return False
        self._apply_read_back(changes)
        return True

    def _apply_read_back(self, changes: ReadBackChanges) -> None:
        rows = self._join.rows
        arrived = []
        for row, new in changes:
            if new is None:
                # No result any more: the join only ever adds them, so the row is set here.
                grade = rows[row]
                rows[row] = StudentGrade(grade.user_id, grade.member, None)
            else:
                arrived.append(new)
        self._join.add_results(arrived)
        self._update_rows([row for row, _ in changes])

    def finish_load(self) -> None:
        """Both streams are complete: add the results of students who are not on the roster."""
        self._add_rows(self._join.finish())

    def set_name_ranks(self, ranks: Mapping[str, int]) -> None:
        """Each roster member's place in the order of names, by user ID (from `name_ranks`):
        the Name column sorts by it from now on, for this roster and the next loads of it.

        Ranks that leave out a learner shown are kept for later loads, and the Name column
        keeps its provisional order until ranks name every learner.
        """
        if self._names_ranked and ranks == self._name_ranks:
            return  # the rows are sorted by these very ranks: a reload of an unchanged roster
        # Shared with the loader, not copied: a large roster's ranks take memory.
        self._name_ranks = ranks
        self._rank_names()

    def name_ranks(self) -> Mapping[str, int]:
        """The ranks the Name column sorts by (from `set_name_ranks`); empty before any."""
        return self._name_ranks or {}

    def name_rank(self, user_id: str) -> int | None:
        """The learner's place in the order of names, once ranked; None before or off roster."""
        return None if self._name_ranks is None else self._name_ranks.get(user_id)

    def line_item(self) -> LineItem | None:
        return self._line_item

    def locale(self) -> QLocale:
        """The locale numbers are shown and read in."""
        return QLocale(self._locale)

    # -- overlays --------------------------------------------------------------------------

    def set_overlays(self, overlays: Mapping[str, CellOverlay]) -> None:
        """Every learner's edit and state, by user ID; learners not named have none."""
        changes: dict[str, CellOverlay | None] = dict.fromkeys(self._overlays.keys() - overlays)
        changes.update(overlays)
        self.update_overlays(changes)

    def update_overlays(self, changes: Mapping[str, CellOverlay | None]) -> None:
        """Replace these learners' overlays (None removes one); other learners keep theirs."""
        changed_rows = []
        for user_id, overlay in changes.items():
            old = self._overlays.get(user_id)
            if overlay is None:
                self._overlays.pop(user_id, None)
            else:
                self._overlays[user_id] = overlay
            row = self._join.row_of_user.get(user_id)
            if old != overlay and row is not None:
                changed_rows.append(row)
        self._update_rows(sorted(changed_rows))

    def overlay(self, user_id: str) -> CellOverlay | None:
        return self._overlays.get(user_id)

    def unsent_count(self) -> int:
        """Loaded learners whose shown grade holds a change the LMS does not show yet."""
        return sum(
            1
            for user_id, overlay in self._overlays.items()
            if overlay.edit is not None
            and overlay.state is not CellState.VERIFIED
            and user_id in self._join.row_of_user
        )

    # -- reading ---------------------------------------------------------------------------

    def grade_at(self, row: int) -> StudentGrade:
        """The grade shown at `row` of the current (sorted, filtered) view."""
        return self._join.rows[self._visible[row]]

    def rows_count_total(self) -> int:
        return len(self._join.rows)

    def grades(self) -> tuple[StudentGrade, ...]:
        """Every loaded learner as the LMS holds them (no edits), in arrival order."""
        return tuple(self._join.rows)

    def rows_count_visible(self) -> int:
        return len(self._visible)

    def rows_of_users(self, user_ids: Collection[str]) -> list[int]:
        """The view rows, ascending, of the learners with these IDs that are shown now."""
        if not user_ids:
            return []
        row_of_user = self._join.row_of_user
        return self._view_positions_of(
            [row for user_id in user_ids if (row := row_of_user.get(user_id)) is not None]
        )

    def stats(self) -> ColumnStats:
        """Figures over every loaded learner as shown (with edits), whatever the filters show."""
        if self._stats is None:
            maximum = self._line_item.scoreMaximum if self._line_item else 1.0
            self._stats = column_stats(self._scores, maximum)
        return self._stats

    # -- editing ---------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """In read-only mode no cell is editable and every edit request is refused."""
        if read_only == self._read_only:
            return
        self._read_only = read_only
        if self._visible:
            last = self.index(len(self._visible) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [])

    def read_only(self) -> bool:
        return self._read_only

    def shown_values(self, row: int) -> tuple[float | None, str]:
        """The score (on the line item's scale) and comment view row `row` shows, edits included."""
        index = self._visible[row]
        return self._scores[index], self._comments[index]

    # -- sort and filter -------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`; -1 (a cleared sort indicator) restores the roster order."""
        self._sort_column = Column(column) if 0 <= column < len(Column) else None
        self._sort_functions = None
        self._sort_descending = order == Qt.SortOrder.DescendingOrder
        self._order = sorted_rows(range(len(self._join.rows)), self._sort_key())
        self._show(self._filtered(self._order))

    def set_text_filter(self, text: str) -> None:
        """Show learners whose name, user ID or email contains every word of `text`."""
        terms = tuple(fold(text).split())
        if terms == self._filter_terms:
            return
        # Text that only adds to the words typed (another letter) shows fewer of the rows shown
        # now: only those are searched.
        narrower = all(any(old in new for new in terms) for old in self._filter_terms)
        self._filter_terms = terms
        if narrower:
            self._hide_unflagged(holding_all(self._search_texts, self._visible, terms))
        else:
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
        return 0 if parent.isValid() else _COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Asked for every cell of every repaint: plain tuple lookups, no enum hashing.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if (
            self._read_only
            or not _EDITABLE_BY_COLUMN[index.column()]
            or not self._join.rows[self._visible[index.row()]].on_roster
        ):
            return ITEM_FLAGS
        return EDITABLE_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY_ROLE:
            return self._painted_cells(self._visible[index.row()])[0][index.column()]
        if role == _FONT_ROLE:
            return self._painted_cells(self._visible[index.row()])[1][index.column()]
        if role == _ALIGNMENT_ROLE:
            return _ALIGNMENTS[index.column()]
        if role not in _COMPUTED_ROLES:
            return None
        row = self._visible[index.row()]
        column = COLUMNS[index.column()]
        if role == _GRADE_ROLE:
            return self._join.rows[row]
        if role == _EDIT_ROLE:
            return self._comments[row] if column == Column.COMMENT else self._cell_text(row, column)
        if role == _TOOLTIP_ROLE:
            return self._tooltip(row, column)
        return self._accessible_text(row, column)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks for to paint a cell, in one call instead of one each."""
        # PySide6 iterates a span (its stubs do not say so); a type test costs less than
        # isinstance on a Qt class, once per cell painted.
        asked = cast(
            Iterable[QModelRoleData],
            roleDataSpan if type(roleDataSpan) is QModelRoleDataSpan else (roleDataSpan,),
        )
        if not index.isValid():
            for role_data in asked:
                role_data.clearData()
            return
        column = index.column()
        texts, fonts = self._painted_cells(self._visible[index.row()])
        for role_data in asked:
            role = role_data.role()
            if role == _DISPLAY_ROLE:
                role_data.setData(texts[column])
            elif role == _FONT_ROLE and fonts[column] is not None:
                role_data.setData(fonts[column])
            elif role == _ALIGNMENT_ROLE:
                role_data.setData(_ALIGNMENT_NUMBERS[column])
            elif role in _COMPUTED_ROLES:
                role_data.setData(self.data(index, role))
            else:
                role_data.clearData()

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Typed text for a score or comment cell: requests the edit, never stores it here."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if column == Column.SCORE:
            return self.request_score_text(index.row(), str(value))
        if column == Column.COMMENT:
            return self.request_comment(index.row(), str(value))
        return False

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            column = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return header_text(column)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return alignment(column)
            if role == Qt.ItemDataRole.ToolTipRole and column == Column.SCORE:
                return translate("ResultsModel", "Score on the line item's scale")
            return None
        return super().headerData(section, orientation, role)

    # -- cell contents ---------------------------------------------------------------------

    def _shown(self, value: float) -> str:
        """A number as the table shows it: the user's locale, rounded for reading."""
        return format_score(value, self._number_format, decimals=TABLE_DECIMALS)

    def _painted_cells(self, row: int) -> tuple[tuple[str, ...], tuple[QFont | None, ...]]:
        """A row's cell texts and fonts (bold where a value shows an unsent edit), by column."""
        cells = self._painted.get(row)
        if cells is None:
            cell_text, shows_edit, edited = self._cell_text, self._shows_edit, None
            if shows_edit(row, Column.SCORE) or shows_edit(row, Column.COMMENT):
                edited = self._edited_mark_font()
            fonts = tuple(
                edited if edited is not None and shows_edit(row, column) else None
                for column in COLUMNS
            )
            cells = (tuple(cell_text(row, column) for column in COLUMNS), fonts)
            if len(self._painted) >= _MAX_PAINTED_ROWS:
                self._painted.clear()
            self._painted[row] = cells
        return cells

    def _edited_mark_font(self) -> QFont:
        if self._edited_font is None:
            self._edited_font = QFont()
            self._edited_font.setBold(True)
        return self._edited_font

    # -- keeping order, filter and views in step -------------------------------------------

    def _require_line_item(self) -> LineItem:
        if self._line_item is None:
            raise RuntimeError("begin_load() must name the line item before rows arrive.")
        return self._line_item

    def _reset(self, line_item: LineItem | None) -> None:
        self.beginResetModel()
        self._line_item = line_item
        self._maximum_text = self._shown(line_item.scoreMaximum) if line_item else ""
        self._join = RosterJoin()
        self._search_texts = []
        self._lms_scores = []
        self._lms_comments = []
        self._scores = []
        self._comments = []
        self._statuses = []
        self._active = []
        self._name_keys = []
        # The ranks of an earlier load of the roster hold until a learner without one comes.
        self._names_ranked = self._name_ranks is not None
        self._order = []
        self._visible = []
        self._positions = None
        self._sort_functions = None
        self._painted = {}
        self.endResetModel()
        self._data_changed()

    def _data_changed(self) -> None:
        self._stats = None
        self.stats_changed.emit()

    def _add_rows(self, grades: Sequence[StudentGrade]) -> None:
        maximum = self._require_line_item().scoreMaximum
        if not grades:
            return
        first = len(self._search_texts)
        search_texts = self._search_texts
        lms_scores, lms_comments = self._lms_scores, self._lms_comments
        scores, comments, statuses = self._scores, self._comments, self._statuses
        values_of, active_rows = self._values, self._active
        self._add_name_keys(grades)
        for grade in grades:
            search_texts.append(learner_search_text(grade.name, grade.user_id, grade.email))
            active = _is_active(grade)
            active_rows.append(active)
            lms_score, lms_comment, score, comment, status = values_of(grade, maximum, active)
            lms_scores.append(lms_score)
            lms_comments.append(lms_comment)
            scores.append(score)
            comments.append(comment)
            statuses.append(status)
        sort = self._sort_key()
        new_rows = sorted_rows(range(first, len(search_texts)), sort)
        positions = merged_positions(self._order, new_rows, sort)
        if positions[0] == len(self._order):  # all after the rows there: no copy of them
            self._order.extend(new_rows)
        else:
            self._order = merged(self._order, positions, new_rows)
        shown = self._filtered(new_rows)
        self._insert_visible(consecutive_runs(merged_positions(self._visible, shown, sort)), shown)
        self._data_changed()

    def _add_name_keys(self, grades: Sequence[StudentGrade]) -> None:
        """The Name column's keys of rows about to be added, ranks while every learner has one."""
        ranks = self._name_ranks
        if self._names_ranked and ranks is not None:
            if all(grade.member is None or grade.user_id in ranks for grade in grades):
                self._name_keys.extend(ranks.get(grade.user_id, -1) for grade in grades)
                return
            # A learner the ranks do not know: every row goes back to the provisional key.
            self._names_ranked = False
            self._name_keys = [
                _provisional_name_key(grade) for grade in self._join.rows[: len(self._name_keys)]
            ]
            self._sort_functions = None
        self._name_keys.extend(_provisional_name_key(grade) for grade in grades)

    def _rank_names(self) -> None:
        """Sort names by their ranks when the ranks name every learner shown."""
        ranks = self._name_ranks
        rows = self._join.rows[: len(self._name_keys)]
        if ranks is None or any(
            grade.member is not None and grade.user_id not in ranks for grade in rows
        ):
            return
        self._name_keys = [ranks.get(grade.user_id, -1) for grade in rows]
        self._names_ranked = True
        if self._sort_column == Column.NAME:
            self._sort_functions = None
            self._order = sorted_rows(range(len(rows)), self._sort_key())
            self._show(self._filtered(self._order))

    def _refresh_values(self, row: int) -> None:
        """Compute a row's values again from its grade and overlay."""
        self._painted.pop(row, None)
        values = self._values(
            self._join.rows[row], self._require_line_item().scoreMaximum, self._active[row]
        )
        (
            self._lms_scores[row],
            self._lms_comments[row],
            self._scores[row],
            self._comments[row],
            self._statuses[row],
        ) = values

    def _values(
        self, grade: StudentGrade, maximum: float, active: bool
    ) -> tuple[float | None, str, float | None, str, RowStatus]:
        """A row's score and comment as the LMS holds them, as shown (edit on top), its status;
        `active`: the LMS takes grades for the learner (`_is_active`)."""
        result = grade.result
        if result is None:
            lms_score, lms_comment = None, ""
        else:
            lms_score = result.score_on_scale(maximum)
            lms_comment = self._comment_text(result.comment)
        overlay = self._overlays.get(grade.user_id)
        if overlay is None:
            status = row_status(None, grade.on_roster, lms_score, maximum, active=active)
            return lms_score, lms_comment, lms_score, lms_comment, status
        score, comment = lms_score, lms_comment
        edit = overlay.edit
        if edit is not None:
            after = grade_after(edit, ServerGrade.from_result(result))
            if after.score is None or math.isclose(after.maximum, maximum):
                score = after.score
            else:
                score = after.on_scale(maximum)
            # Shown as typed; the LMS's comment as a person reads it when the edit keeps it.
            comment = lms_comment if edit.comment is None else edit.comment
        return (
            lms_score,
            lms_comment,
            score,
            comment,
            row_status(overlay, grade.on_roster, score, maximum, active=active),
        )

    def _comment_text(self, comment: str | None) -> str:
        """A comment as a person reads it (`Result.comment_text`), worked out once per text:
        many learners share a comment, and a read-back brings every comment again."""
        if not comment:
            return ""
        text = self._comment_texts.get(comment)
        if text is None:
            if len(self._comment_texts) >= _MAX_KEPT_COMMENTS:
                self._comment_texts.clear()
            text = self._comment_texts[comment] = visible_text(comment)
        return text

    def _update_rows(self, rows: list[int]) -> None:
        """Rows (ascending) whose result or overlay changed: new values, places and paint."""
        if not rows:
            return
        scores = self._scores
        scores_before = [scores[row] for row in rows]
        relocate = self._sort_column in VALUE_COLUMNS or self._quick_filter is not QuickFilter.ALL
        if relocate and len(rows) <= _MAX_SINGLE_MOVES:
            for row in rows:
                self._relocate(row)
        else:
            for row in rows:
                self._refresh_values(row)
            if relocate:
                self._order = sorted_rows(range(len(self._join.rows)), self._sort_key())
                self._show(self._filtered(self._order))
        self._repaint(rows)
        # Statistics are over the scores shown: a state moving on (sending, sent, verified)
        # leaves them as they are, and figuring them again over a large table takes a while.
        if scores_before != [scores[row] for row in rows]:
            self._data_changed()

    def _repaint(self, rows: list[int]) -> None:
        """A dataChanged over each stretch of view rows that show any of `rows`.

        Rows far apart are told apart: a view repaints what a change covers on screen, and one
        span from the first changed row to the last would cover the screen whenever changes lie
        on both sides of it (a run moving learners on all over a large table, every 40 ms).
        """
        positions = self._view_positions_of(rows)
        if not positions:
            return
        spans = []
        first = last = positions[0]
        for position in positions[1:]:
            if position - last > _REPAINT_GAP:
                spans.append((first, last))
                first = position
            last = position
        spans.append((first, last))
        if len(spans) > _MAX_REPAINT_SPANS:
            spans = [(positions[0], positions[-1])]
        last_column = len(COLUMNS) - 1
        for first, last in spans:
            self.dataChanged.emit(self.createIndex(first, 0), self.createIndex(last, last_column))

    def _view_positions_of(self, rows: list[int]) -> list[int]:
        """The view positions, ascending, of those of `rows` (arrival indexes) that are shown."""
        positions = self._positions
        if positions is None:
            # Built once per change of the view rows, not once per update: a large table
            # takes many updates (a run's progress, pages of results) between two changes.
            positions = [-1] * len(self._search_texts)
            for position, row in enumerate(self._visible):
                positions[row] = position
            self._positions = positions
        return sorted(position for row in rows if (position := positions[row]) >= 0)

    def _relocate(self, row: int) -> None:
        """Refresh a row's values, then move, hide or show it as sort and filter now say."""
        moves = self._sort_column in VALUE_COLUMNS
        self._positions = None
        # Positions are found with the old values, while the lists are sorted by them.
        old_order_position = self._position(self._order, row) if moves else -1
        was_shown = self._passes(row)
        old_position = self._position(self._visible, row) if was_shown else -1
        self._refresh_values(row)
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
            position = self._position(self._visible, row)
            self._insert_visible([(position, position)], [row])
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

    def _insert_visible(
        self, runs: list[tuple[int, int]], rows: list[int], result: list[int] | None = None
    ) -> None:
        """Insert rows (sorted) at their final view positions, given as ascending (first, last)
        blocks, in few notifications; `result`: the view rows after, when the caller has them.

        Rows scattered over many places are appended as one block, then moved into place by
        one layout change: two notifications whatever the scatter.
        """
        self._positions = None
        if len(runs) > _MAX_INSERTED_BLOCKS:
            end = len(self._visible)
            self.beginInsertRows(_ROOT, end, end + len(rows) - 1)
            self._visible.extend(rows)
            self.endInsertRows()
            if result is None:
                positions = chain.from_iterable(range(first, last + 1) for first, last in runs)
                result = merged(self._visible[:end], list(positions), rows)
            self._reorder(result)
            return
        start = 0
        for first, last in runs:
            count = last - first + 1
            self.beginInsertRows(_ROOT, first, last)
            self._visible[first:first] = rows[start : start + count]
            self.endInsertRows()
            start += count

    def _position(self, rows: list[int], row: int) -> int:
        """How many of `rows` (in display order) come before `row`: its place there."""
        return position_of(rows, row, self._sort_key())

    def _sort_key(self) -> SortKey | None:
        """The sort column's key functions, or None when the rows keep the roster order."""
        if self._sort_column is None:
            return None
        if self._sort_functions is None and self._sort_column == Column.NAME:
            # Learners not on the roster have no name: they come last.
            grades = self._join.rows
            self._sort_functions = SortKey(
                self._name_keys.__getitem__,
                lambda row: grades[row].on_roster,
                self._sort_descending,
            )
        elif self._sort_functions is None:
            self._sort_functions = column_sort_key(
                self._sort_column,
                self._sort_descending,
                self._join.rows,
                self._search_texts,
                self._scores,
                self._comments,
                self._statuses,
            )
        return self._sort_functions

    def _filtered(self, rows: list[int]) -> list[int]:
        if self._filter_terms:
            rows = list(compress(rows, holding_all(self._search_texts, rows, self._filter_terms)))
        test = QUICK_FILTER_TESTS[self._quick_filter]
        if test is not None and self._line_item is not None:
            statuses, scores, grades = self._statuses, self._scores, self._join.rows
            maximum = self._line_item.scoreMaximum
            rows = [row for row in rows if test(statuses[row], scores[row], maximum, grades[row])]
        return rows

    def _show(self, new_visible: list[int]) -> None:
        """After a sort, filter or value change, make the view rows `new_visible`.

        Removals, then a reorder, then insertions; or one reset when the change is scattered.
        """
        self._positions = None
        old_visible = self._visible
        size = len(self._search_texts)
        # Per view position, whether the row stays (old rows) or was shown before (new rows).
        stays, was_shown = (
            held_by(old_visible, new_visible, size),
            held_by(new_visible, old_visible, size),
        )
        if unflagged_run_count(stays) + unflagged_run_count(was_shown) > _MAX_INCREMENTAL_RUNS:
            self.beginResetModel()
            # A list of its own: `new_visible` may be `_order`, which moves rows in place.
            self._visible = list(new_visible)
            self.endResetModel()
            return
        self._remove_unflagged_runs(stays)
        kept = list(compress(new_visible, was_shown))
        if kept != self._visible:
            self._reorder(kept)
        insertion_runs = unflagged_runs(was_shown)
        inserted = chain.from_iterable(
            new_visible[first : last + 1] for first, last in insertion_runs
        )
        # A list of its own: `new_visible` may be `_order`, which moves rows in place.
        self._insert_visible(insertion_runs, list(inserted), list(new_visible))

    def _hide_unflagged(self, stays: bytes) -> None:
        """Hide the view rows whose flag in `stays` is 0; the others keep their order."""
        self._positions = None
        if unflagged_run_count(stays) > _MAX_INCREMENTAL_RUNS:
            self.beginResetModel()
            self._visible = list(compress(self._visible, stays))
            self.endResetModel()
            return
        self._remove_unflagged_runs(stays)

    def _remove_unflagged_runs(self, stays: bytes) -> None:
        """Remove the view rows whose flag in `stays` is 0, a block of rows at a time."""
        for first, last in reversed(unflagged_runs(stays)):
            self.beginRemoveRows(_ROOT, first, last)
            del self._visible[first : last + 1]
            self.endRemoveRows()

    def _reorder(self, new_visible: list[int]) -> None:
        """Same rows, new order: a layout change that keeps selections on their learners."""
        # The hint lets selection models remember whole selected rows instead of every cell.
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        _with_hint(self.layoutAboutToBeChanged).emit([], hint)
        persistent = self.persistentIndexList()
        old_visible = self._visible
        self._visible = new_visible
        self._positions = None
        if persistent:
            # The new places of the rows persistent indexes are on only, found in C: the
            # table may hold 100,000 rows and a selection a few.
            held = {old_visible[index.row()] for index in persistent}
            places = compress(range(len(new_visible)), map(held.__contains__, new_visible))
            position_of = {new_visible[place]: place for place in places}
            moved = [
                self.index(position_of[old_visible[index.row()]], index.column())
                for index in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        _with_hint(self.layoutChanged).emit([], hint)
