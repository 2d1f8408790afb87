"""The Course view's table: every learner down the side, every line item across the top.

Column 0 is the learner's name; column 1 + i is line item i, each cell the learner's grade on
that line item's scale, or the unsent edit over it, with a mark saying where the edit is
(`CELL_MARK_ROLE`). Sorting and filtering happen here, on plain Python keys (a proxy model would
call `data()` through Python for every comparison). Edits are only announced
(`edits_requested`): the Course controller saves them as drafts per line item.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from gradebook_gui.edits import CellState, ServerGrade, grade_after
from gradebook_gui.gui.course_edits import request_block
from gradebook_gui.gui.course_learners import CourseLearner, NameOrder
from gradebook_gui.gui.course_marks import (
    MARK_BACKGROUNDS,
    NOT_ACTIVE_BACKGROUND,
    CellMark,
    cell_mark,
)
from gradebook_gui.gui.course_order import sorted_rows
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.locale_numbers import TABLE_DECIMALS, number_format, table_text
from gradebook_gui.gui.moments import moment_text
from gradebook_gui.gui.row_order import name_collator
from gradebook_gui.gui.row_status import CellOverlay
from gradebook_gui.gui.search_text import fold, learner_search_text
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.numbers import format_score

AnyIndex = QModelIndex | QPersistentModelIndex
NAME_COLUMN = 0
CELL_MARK_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's `CellMark`, or None when it shows the LMS's grade as it is."""

# Columns that filled are shown together at most this often: one repaint for a burst of them.
ARRIVALS_SHOWN_EVERY_MS = 200
# A longer label is cut in the header (its tooltip holds all of it), so columns stay narrow.
HEADER_CHARS = 12


_ROLES_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        CELL_MARK_ROLE,
    }
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SHOWN | Qt.ItemFlag.ItemIsEditable


class CourseModel(QAbstractTableModel):
    edits_requested = Signal(object, str)
    """({line item id: [(edit, base)]}, label): one operation, possibly over several columns."""

    edit_refused = Signal(str)
    """Why an edit was not made, in words for the user."""

    def __init__(self, parent: QObject | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._number_format = number_format(self._locale)
        # The one name order of the window's lists ("Łukasz" among the L's).
        self._collator = name_collator(self._locale)
        self._line_items: list[LineItem] = []
        self._learners: list[CourseLearner] = []
        self._row_of_user: dict[str, int] = {}
        self._search: list[str] = []
        # Per line item id: each learner's result, the learners' shown scores, their texts.
        self._results: dict[str, dict[str, Result]] = {}
        self._texts: dict[str, dict[str, str]] = {}  # the LMS's scores as shown, once formatted
        self._overlays: dict[str, dict[str, CellOverlay]] = {}
        self._visible: list[int] = []
        self._order: list[int] = []  # every row, sorted
        self._filter = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._name_order = NameOrder.FAMILY
        self._read_only = False
        self._kept_at: dict[str, datetime] | None = None
        self._roster_coming = False
        # Columns filled since the views were last told.
        self._arrived: set[int] = set()
        self._arrivals_timer = QTimer(self)
        self._arrivals_timer.setSingleShot(True)
        self._arrivals_timer.setInterval(ARRIVALS_SHOWN_EVERY_MS)
        self._arrivals_timer.timeout.connect(self.show_arrivals)

    # -- filling -----------------------------------------------------------------------------

    def clear(self) -> None:
        self._arrived.clear()
        self.beginResetModel()
        self._line_items = []
        self._learners = []
        self._row_of_user = {}
        self._search = []
        self._results = {}
        self._texts = {}
        self._overlays = {}
        self._order = []
        self._visible = []
        self.endResetModel()

    def set_line_items(
        self, line_items: Sequence[LineItem], *, roster_coming: bool = False
    ) -> None:
        """The columns, before their results arrive (their cells are blank until then).

        With `roster_coming`, students known only from results wait for the roster (or for
        `stop_waiting_for_roster`): the rows are then filled once, names first."""
        self._roster_coming = roster_coming
        self._arrived.clear()
        self.beginResetModel()
        self._line_items = list(line_items)
        self._results = {}
        self._texts = {}
        self._overlays = {}
        self.endResetModel()

    def set_roster(self, members: Iterable[Member]) -> None:
        """The roster's learners become the rows (students with results only stay after them).

        Rows shown so far stay where they are and the new ones are inserted, so the table keeps
        its current cell and scroll position instead of starting again."""
        known = {
            learner.user_id: position
            for position, learner in enumerate(self._learners)
            if learner.member is None
        }
        fresh = [
            member
            for member in members
            if member.is_learner
            and (member.userId not in self._row_of_user or member.userId in known)
        ]
        taken = [member for member in fresh if member.userId in known]
        for member in taken:
            # Known from its results until now: the roster says who they are.
            position = known[member.userId]
            learner = CourseLearner(member.userId, member)
            self._learners[position] = learner
            self._search[position] = self._search_text(learner)
        added = [member for member in fresh if member.userId not in known]
        seen: set[str] = set()
        unique = []
        for member in added:
            if member.userId not in seen:
                seen.add(member.userId)
                unique.append(member)
        self._insert([CourseLearner(member.userId, member) for member in unique])
        if taken:
            self._sort_in_place()
        self.stop_waiting_for_roster()

    def stop_waiting_for_roster(self) -> None:
        """Show the students known only from results (the roster came, or will not)."""
        if not self._roster_coming:
            return
        self._roster_coming = False
        new: dict[str, None] = {}
        for held in self._results.values():
            for user_id in held:
                if user_id not in self._row_of_user:
                    new[user_id] = None
        self._insert([CourseLearner(user_id, None) for user_id in new])

    def _insert(self, learners: Sequence[CourseLearner]) -> None:
        """New rows, inserted at the end of the view, then put in order in one layout change."""
        if not learners:
            return
        shown = len(self._visible)
        start = len(self._learners)
        for learner in learners:
            self._append(learner)
        rows = range(start, len(self._learners))
        needle = self._filter
        matching = [row for row in rows if not needle or needle in self._search[row]]
        if matching:
            self.beginInsertRows(QModelIndex(), shown, shown + len(matching) - 1)
            self._visible.extend(matching)
            self._order.extend(rows)
            self.endInsertRows()
        else:
            self._order.extend(rows)
        if shown or self._sort_column >= 0 or any(learner.not_active for learner in learners):
            self._sort_in_place()

    def add_results(self, line_item_id: str, results: Iterable[Result]) -> None:
        """A line item's results arrived: its column fills; students not on the roster are
        added at the end. The views hear of it with the next columns to arrive, in one
        `dataChanged` (`ARRIVALS_SHOWN_EVERY_MS`); scores are formatted once shown."""
        column = self.column_of(line_item_id)
        if column is None:
            return
        held = {result.userId: result for result in results}
        self._results[line_item_id] = held
        self._texts.pop(line_item_id, None)
        if not self._roster_coming:
            new = [user_id for user_id in held if user_id not in self._row_of_user]
            self._insert([CourseLearner(user_id, None) for user_id in new])
        if self._sort_column == column:
            self._sort_in_place()
        elif self._learners:
            self._arrived.add(column)
            if not self._arrivals_timer.isActive():
                self._arrivals_timer.start()

    @Slot()
    def show_arrivals(self) -> None:
        """Tell the views about the columns filled since they were last told, at once."""
        self._arrivals_timer.stop()
        columns, self._arrived = sorted(self._arrived), set()
        if not columns or not self._visible:
            return
        # One notice per run of adjacent columns: columns out of sight repaint nothing, even
        # when columns in sight filled in the same burst.
        bottom = len(self._visible) - 1
        first = last = columns[0]
        for column in [*columns[1:], None]:
            if column is not None and column == last + 1:
                last = column
                continue
            self.dataChanged.emit(self.index(0, first), self.index(bottom, last))
            if column is not None:
                first = last = column

    def _append(self, learner: CourseLearner) -> None:
        self._row_of_user[learner.user_id] = len(self._learners)
        self._learners.append(learner)
        self._search.append(self._search_text(learner))

    @staticmethod
    def _search_text(learner: CourseLearner) -> str:
        email = learner.member.email if learner.member else None
        return learner_search_text(learner.name, learner.user_id, email)

    def set_overlays(self, line_item_id: str, overlays: Mapping[str, CellOverlay]) -> None:
        """The stored edits of one line item (drafts over outbox states) replace its old ones."""
        if not overlays and not self._overlays.get(line_item_id):
            return  # nothing was shown over its grades, nothing is: no repaint
        self._overlays[line_item_id] = dict(overlays)
        self._column_changed(line_item_id)

    def update_overlays(self, line_item_id: str, marks: Mapping[str, CellOverlay | None]) -> None:
        """Change some learners' overlays of one line item (None removes)."""
        held = self._overlays.setdefault(line_item_id, {})
        for user_id, overlay in marks.items():
            if overlay is None:
                held.pop(user_id, None)
            else:
                held[user_id] = overlay
        self._column_changed(line_item_id)

    def _column_changed(self, line_item_id: str) -> None:
        column = self.column_of(line_item_id)
        if column is None or not self._visible:
            return
        if self._sort_column == column:
            self._sort_in_place()
        else:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._visible) - 1, column))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def set_kept_at(self, kept_at: Mapping[str, datetime] | None) -> None:
        """When each line item shown was downloaded, when the table shows the downloads kept on
        this computer (None: what the LMS holds now)."""
        self._kept_at = dict(kept_at) if kept_at is not None else None
        if self._line_items:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(self._line_items))

    @property
    def read_only(self) -> bool:
        return self._read_only

    # -- what is held ------------------------------------------------------------------------

    def line_items(self) -> list[LineItem]:
        return list(self._line_items)

    def line_item_at(self, column: int) -> LineItem | None:
        if 1 <= column <= len(self._line_items):
            return self._line_items[column - 1]
        return None

    def column_of(self, line_item_id: str) -> int | None:
        for position, item in enumerate(self._line_items):
            if item.id == line_item_id:
                return position + 1
        return None

    def is_loaded(self, line_item_id: str) -> bool:
        return line_item_id in self._results

    def learner_at(self, row: int) -> CourseLearner:
        return self._learners[self._visible[row]]

    def learner_by_id(self, user_id: str) -> CourseLearner | None:
        row = self._row_of_user.get(user_id)
        return self._learners[row] if row is not None else None

    def view_row_of(self, user_id: str) -> int | None:
        row = self._row_of_user.get(user_id)
        if row is None or row not in self._visible:
            return None
        return self._visible.index(row)

    def learner_count(self) -> int:
        return len(self._learners)

    def learners(self) -> list[CourseLearner]:
        """Every learner of the course, shown or filtered out, in the order shown."""
        return [self._learners[row] for row in self._order]

    def result(self, line_item_id: str, user_id: str) -> Result | None:
        return self._results.get(line_item_id, {}).get(user_id)

    def overlay(self, line_item_id: str, user_id: str) -> CellOverlay | None:
        return self._overlays.get(line_item_id, {}).get(user_id)

    def overlays(self, line_item_id: str) -> dict[str, CellOverlay]:
        return dict(self._overlays.get(line_item_id, {}))

    def shown_score(self, line_item: LineItem, user_id: str) -> float | None:
        """The score the cell shows: the edit's on the line item's scale, else the LMS's."""
        overlay = self.overlay(line_item.id, user_id)
        if overlay is not None and overlay.edit is not None:
            edit = overlay.edit
            if edit.clears_grade or edit.score is None:
                return None
            if edit.maximum == line_item.scoreMaximum:
                return edit.score
            return edit.score / edit.maximum * line_item.scoreMaximum if edit.maximum else None
        result = self.result(line_item.id, user_id)
        return result.score_on_scale(line_item.scoreMaximum) if result is not None else None

    def locale(self) -> QLocale:
        return QLocale(self._locale)

    # -- Qt's table --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._line_items)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == NAME_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("CourseModel", "Learner")
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "CourseModel",
                    "Sorted by family name or given name (the menu beside the filter)",
                )
            return None
        item = self.line_item_at(section)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = item.label
            if len(label) > HEADER_CHARS:
                label = label[: HEADER_CHARS - 1].rstrip() + "…"
            return f"{label}\n/ {table_text(self._locale, item.scoreMaximum)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            maximum = table_text(self._locale, item.scoreMaximum)
            if self.is_loaded(item.id):
                tip = translate("CourseModel", "{label}: out of {maximum}")
            else:
                tip = translate("CourseModel", "{label}: out of {maximum} (loading…)")
            tip = tip.format(label=item.label, maximum=maximum)
            taken_at = self._kept_at.get(item.id) if self._kept_at is not None else None
            if taken_at is not None:
                kept = translate("CourseModel", "Offline: downloaded {when}").format(
                    when=moment_text(taken_at, self._locale)
                )
                tip = f"{tip}\n{kept}"
            return tip
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Asked for every cell painted: the answers are made once (enum arithmetic is slow).
        if not index.isValid():
            return _NO_FLAGS
        column = index.column()
        if (
            column == NAME_COLUMN
            or self._read_only
            or self._line_items[column - 1].id not in self._results
            or self._learners[self._visible[index.row()]].member is None
        ):
            return _SHOWN
        return _EDITABLE

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks a dozen roles per cell: the ones not answered leave at once.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        learner = self._learners[self._visible[index.row()]]
        column = index.column()
        if column == NAME_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                if learner.not_active:
                    return translate("CourseModel", "{name} (not active)").format(
                        name=self._name_text(learner)
                    )
                return self._name_text(learner)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._name_tip(learner)
            if role == Qt.ItemDataRole.BackgroundRole and learner.not_active:
                return NOT_ACTIVE_BACKGROUND
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        item = self._line_items[column - 1]
        overlay = self._overlays.get(item.id, {}).get(learner.user_id)
        mark = cell_mark(overlay)
        if role == Qt.ItemDataRole.DisplayRole:
            if item.id not in self._results:
                return "…"
            text = self._score_text(item, learner.user_id, overlay)
            if mark is not None and mark is not CellMark.VERIFIED:
                return f"{mark.glyph} {text}" if text else mark.glyph
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return MARK_BACKGROUNDS.get(mark) if mark is not None else None
        if role == Qt.ItemDataRole.EditRole:
            return self._score_text(item, learner.user_id, overlay)
        if role == CELL_MARK_ROLE:
            return mark
        return self._cell_tip(item, learner, overlay, mark)

    def _score_text(self, item: LineItem, user_id: str, overlay: CellOverlay | None) -> str:
        """The shown score as text; the LMS's are formatted once and kept."""
        if overlay is not None and overlay.edit is not None:
            score = self.shown_score(item, user_id)
            return "" if score is None else self._format(score)
        texts = self._texts.setdefault(item.id, {})
        text = texts.get(user_id)
        if text is None:
            score = self.shown_score(item, user_id)
            text = texts[user_id] = "" if score is None else self._format(score)
        return text

    def _format(self, score: float) -> str:
        return format_score(score, self._number_format, decimals=TABLE_DECIMALS)

    def _name_text(self, learner: CourseLearner) -> str:
        if self._name_order is NameOrder.FAMILY:
            return learner.family_first()
        return learner.given_first()

    def _cell_tip(
        self,
        item: LineItem,
        learner: CourseLearner,
        overlay: CellOverlay | None,
        mark: CellMark | None,
    ) -> str:
        lines = [
            translate("CourseModel", "{name} — {item}").format(name=learner.name, item=item.label)
        ]
        result = self.result(item.id, learner.user_id)
        lms = result.score_on_scale(item.scoreMaximum) if result is not None else None
        if lms is None:
            lines.append(translate("CourseModel", "In the LMS: no grade"))
        else:
            lines.append(
                translate("CourseModel", "In the LMS: {score}").format(
                    score=table_text(self._locale, lms)
                )
            )
        if mark is not None:
            if overlay is not None and overlay.reason:
                yours = translate("CourseModel", "Yours: {mark} ({reason})").format(
                    mark=mark.words, reason=overlay.shown_reason()
                )
            else:
                yours = translate("CourseModel", "Yours: {mark}").format(mark=mark.words)
            lines.append(yours)
        if learner.member is None:
            lines.append(
                translate(
                    "CourseModel", "Not on the course roster: this grade cannot be changed here."
                )
            )
        return "\n".join(lines)

    @staticmethod
    def _name_tip(learner: CourseLearner) -> str:
        lines = [
            learner.name,
            translate("CourseModel", "LMS user ID: {user_id}").format(user_id=learner.user_id),
        ]
        if learner.email:
            lines.append(learner.email)
        if learner.member is None:
            lines.append(translate("CourseModel", "Not on the course roster"))
        reason = learner.not_active
        if reason:
            lines.append(
                translate("CourseModel", "{reason}: grades are not sent").format(
                    reason=f"{reason[0].upper()}{reason[1:]}"
                )
            )
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.request_block(index.row(), index.column(), [[str(value)]], typed=True)

    # -- editing -----------------------------------------------------------------------------

    def request_block(
        self, top: int, left: int, block: Sequence[Sequence[str]], *, typed: bool = False
    ) -> bool:
        """Scores for the view cells from (`top`, `left`) on (see `course_edits.request_block`)."""
        return request_block(self, top, left, block, typed=typed)

    def refusal(self, item: LineItem, learner: CourseLearner) -> str | None:
        """Why this cell cannot be changed now, or None."""
        if not self.is_loaded(item.id):
            return translate("CourseModel", "“{item}” is still loading").format(item=item.label)
        if learner.member is None:
            return translate(
                "CourseModel",
                "{name} is not on the course roster: their grade cannot be changed here",
            ).format(name=learner.name)
        return None

    def base_of(self, line_item_id: str, user_id: str) -> ServerGrade:
        """What a new edit of this cell is made on (the conflict check compares with it)."""
        overlay = self.overlay(line_item_id, user_id)
        current = ServerGrade.from_result(self.result(line_item_id, user_id))
        if overlay is None or overlay.edit is None or overlay.base is None:
            return current
        if overlay.state is CellState.VERIFIED:
            return grade_after(overlay.edit, overlay.base)
        return overlay.base

    # -- sorting and filtering ---------------------------------------------------------------

    def set_name_order(self, order: NameOrder) -> None:
        self._name_order = order
        if self._sort_column == NAME_COLUMN:
            self._sort_in_place()
        elif self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, 0))

    def name_order(self) -> NameOrder:
        return self._name_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._sort_in_place()

    def set_filter_text(self, text: str) -> None:
        folded = fold(text.strip())
        if folded == self._filter:
            return
        self.beginResetModel()
        self._filter = folded
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        needle = self._filter
        self._visible = (
            [row for row in self._order if needle in self._search[row]]
            if needle
            else list(self._order)
        )

    def _sort_in_place(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old_visible = self._visible
        persistent = self.persistentIndexList()
        rows_of = [(old_visible[index.row()], index.column()) for index in persistent]
        self._order = self._sorted(list(range(len(self._learners))))
        self._apply_filter()
        position = {row: place for place, row in enumerate(self._visible)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(position[row], column) if row in position else QModelIndex()
                for row, column in rows_of
            ],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[int]) -> list[int]:
        column = self._sort_column
        item = self._line_items[column - 1] if column > NAME_COLUMN else None
        return sorted_rows(
            self._learners,
            rows,
            by_name=column == NAME_COLUMN,
            name_order=self._name_order,
            collator=self._collator,
            scores=(
                [self.shown_score(item, learner.user_id) for learner in self._learners]
                if item is not None
                else None
            ),
            descending=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
