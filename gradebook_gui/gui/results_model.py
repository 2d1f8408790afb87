"""The results table: every learner of the roster with their grade, sorted, filtered and edited.

Sorting and filtering happen here with Python key functions over keys computed once per row,
not in a QSortFilterProxyModel (which calls back into Python for every comparison and takes tens
of seconds at 100,000 rows). Rows live in arrival order in a `RosterJoin`; `_order` lists every
row index in the current sort order and `_visible` the ones the filters let through, so a view
row is `_visible[position]`. Per row the model keeps the folded search text (which is also the
name sort key), the score on the line item's scale and the comment as text: both as the LMS holds
them and as shown, with the learner's local edit on top.

The sort order is total: ties and unsorted columns fall back to arrival order, and rows without a
value in the sort column come last in both directions. That lets rows that arrive while loading
be inserted at their place with a binary search (`beginInsertRows`) instead of a reset.

Editing never touches the network or the store: `setData` and the `request_*` methods turn what
the user typed into `GradeEdit`s and announce them with `edits_requested`; whoever saves them
(the EditController) tells the model what each learner's edit and state are with overlays.
"""

from __future__ import annotations

import bisect
import dataclasses
import html
import math
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont

from gradebook_gui.edits import (
    CellState,
    GradeEdit,
    ServerGrade,
    grade_after,
    same_comment,
    same_fraction,
)
from gradebook_gui.exchange.export import neutralise_for_csv
from gradebook_gui.grades import RosterJoin, StudentGrade
from gradebook_gui.gui.locale_numbers import TABLE_DECIMALS, number_format
from gradebook_gui.models import ActivityProgress, GradingProgress, LineItem, Member, Result
from gradebook_gui.numbers import (
    check_kept_precision,
    format_score,
    is_extra_credit,
    parse_score,
)
from gradebook_gui.statistics import ColumnStats, column_stats

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

EDITABLE_COLUMNS = frozenset({Column.SCORE, Column.COMMENT})

_COLUMNS = tuple(Column)
_NUMBER_COLUMNS = frozenset({Column.SCORE, Column.MAXIMUM, Column.PERCENT})
# Columns whose values depend on the result or the edit, so a change of either can move a row.
_VALUE_COLUMNS = frozenset({Column.SCORE, Column.PERCENT, Column.COMMENT, Column.STATUS})

_ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
_EDITABLE_FLAGS = _ITEM_FLAGS | Qt.ItemFlag.ItemIsEditable

READ_ONLY_TEXT = "Read-only mode is on: nothing can be changed (View › Read-only mode)."


@dataclass(frozen=True, slots=True)
class CellOverlay:
    """A learner's local edit and where it is, shown over what the LMS holds.

    `edit` is the draft or the outbox entry's edit and `base` what it was made on; `state` is
    EDITED for a draft, else the outbox entry's state, with its `reason` (why it failed or
    conflicts). `saving` is true from the moment an edit is requested until its commit returns.
    """

    edit: GradeEdit | None = None
    base: ServerGrade | None = None
    state: CellState | None = None
    reason: str | None = None
    saving: bool = False


class RowStatus(IntEnum):
    """What the Status column says; the values give its sort order (what needs a look first)."""

    CONFLICT = 0
    FAILED = 1
    SAVING = 2
    EDITED = 3
    QUEUED = 4
    SENDING = 5
    SENT = 6
    VERIFIED = 7
    GRADED = 8
    EXTRA_CREDIT = 9
    NO_GRADE = 10
    NOT_ON_ROSTER = 11

    @property
    def text(self) -> str:
        return _STATUS_TEXT[self]


_STATUS_TEXT = {
    RowStatus.CONFLICT: "conflict",
    RowStatus.FAILED: "failed",
    RowStatus.SAVING: "saving…",
    RowStatus.EDITED: "✎ edited",
    RowStatus.QUEUED: "queued",
    RowStatus.SENDING: "sending…",
    RowStatus.SENT: "sent",
    RowStatus.VERIFIED: "✓ verified",
    RowStatus.GRADED: "graded",
    RowStatus.EXTRA_CREDIT: "extra credit",
    RowStatus.NO_GRADE: "no grade",
    RowStatus.NOT_ON_ROSTER: "not on roster",
}

_STATUS_EXPLANATION = {
    RowStatus.CONFLICT: "The grade was changed in the LMS after this edit was made: "
    "choose which value to keep before it is sent.",
    RowStatus.FAILED: "This change did not reach the LMS.",
    RowStatus.SAVING: "Saving this change on this computer…",
    RowStatus.EDITED: "Saved on this computer, not sent yet.",
    RowStatus.QUEUED: "Waiting to be sent to the LMS.",
    RowStatus.SENDING: "Being sent to the LMS.",
    RowStatus.SENT: "Accepted; waiting for the LMS to show it.",
    RowStatus.VERIFIED: "The LMS shows this grade.",
    RowStatus.NOT_ON_ROSTER: "This student has a result but is not on the course roster.",
}

_STATE_STATUS = {
    CellState.EDITED: RowStatus.EDITED,
    CellState.QUEUED: RowStatus.QUEUED,
    CellState.SENDING: RowStatus.SENDING,
    CellState.SENT: RowStatus.SENT,
    CellState.VERIFIED: RowStatus.VERIFIED,
    CellState.CONFLICT: RowStatus.CONFLICT,
    CellState.FAILED: RowStatus.FAILED,
}


class QuickFilter(StrEnum):
    """Which learners to show; each has a label and a row test in `_QUICK_FILTERS`."""

    ALL = "all"
    NO_GRADE = "no_grade"
    EXTRA_CREDIT = "extra_credit"
    EDITED = "edited"
    CONFLICT = "conflict"
    FAILED = "failed"


def fold(text: str) -> str:
    """Text for matching and sorting regardless of case and accents ("Émile" -> "emile")."""
    if text.isascii():
        return text.lower()
    # Per string rather than with a translate table over all of Unicode, which takes half a
    # second to build on first use and would freeze the window then.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _user_id_key(user_id: str) -> str:
    """Numeric IDs sort by value ("9" before "10"), before any other ID."""
    if user_id.isdigit() and user_id.isascii():
        return "0" + user_id.rjust(40, "0")
    return "1" + fold(user_id)


def split_pasted_column(text: str) -> list[str]:
    """The cells of a column (or one row) copied from a spreadsheet, in order.

    Blank cells stay, as "" (they mean "leave unchanged"); blank lines at the end are dropped.
    Raises ValueError when the text holds several rows of several columns.
    """
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) == 1:
        return lines[0].split("\t")
    if any("\t" in line for line in lines):
        raise ValueError("Copy a single column of scores: the clipboard holds several columns.")
    return lines


def _single_line(text: str) -> str:
    """A cell shows one line; the tooltip and the details pane show the whole text."""
    return " ".join(text.split())


def _rich_text_tooltip(text: str) -> str:
    # Escaped rich text: text shows as written (never as markup) and long text wraps.
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def _learners(count: int) -> str:
    return f"{count} learner" if count == 1 else f"{count} learners"


def consecutive_runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending positions grouped into (first, last) blocks of consecutive positions."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


def _merged(existing: list[int], positions: list[int], rows: list[int]) -> list[int]:
    """`existing` with `rows` placed at their final `positions` (ascending)."""
    merged: list[int] = []
    taken = 0
    for rank, (position, row) in enumerate(zip(positions, rows, strict=True)):
        before = position - rank  # how many existing rows come before this one
        merged.extend(existing[taken:before])
        merged.append(row)
        taken = before
    merged.extend(existing[taken:])
    return merged


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
# Past this many separate blocks of changed rows, one dataChanged covers the whole table (views
# repaint only the rows they show).
_MAX_CHANGED_RUNS = 16


def _with_hint(signal: SignalInstance) -> Any:
    """The overload of a layout signal that carries a hint (PySide6 picks it by signature)."""
    overloads: Any = signal
    return overloads["QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint"]


class ResultsModel(QAbstractTableModel):
    """One line item's grades: learners in rows, with their local edits on top."""

    stats_changed = Signal()
    """Emitted after any change of the data (not of sort or filter)."""

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
        self._row_of_user: dict[str, int] = {}
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
        self._overlays: dict[str, CellOverlay] = {}
        self._order: list[int] = []
        self._visible: list[int] = []
        self._sort_column: Column | None = None
        self._sort_descending = False
        # The sort column's key and has-value functions, built on first use after a change.
        self._sort_functions: tuple[Callable[[int], Any], Callable[[int], bool]] | None = None
        self._filter_terms: tuple[str, ...] = ()
        self._quick_filter = QuickFilter.ALL
        self._stats: ColumnStats | None = None
        self._read_only = False
        self._edited_font: QFont | None = None

    # -- loading ---------------------------------------------------------------------------

    def clear(self) -> None:
        """No line item: the table is empty."""
        self._overlays = {}
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

    def finish_load(self) -> None:
        """Both streams are complete: add the results of students who are not on the roster."""
        self._add_rows(self._join.finish())

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
            row = self._row_of_user.get(user_id)
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
            and user_id in self._row_of_user
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
        rows = self._join.rows
        return [
            position for position, row in enumerate(self._visible) if rows[row].user_id in user_ids
        ]

    def stats(self) -> ColumnStats:
        """Figures over every loaded learner as shown (with edits), whatever the filters show."""
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

    def request_score_text(self, row: int, text: str) -> bool:
        """The score typed into view row `row`; False (with `edit_refused`) when not usable.

        Blank text changes nothing (clearing a grade is `request_clear`) and returns False.
        """
        if not text.strip():
            return False
        targets = self._editable([row])
        if targets is None:
            return False
        index = targets[0]
        if text.strip() == self._cell_text(index, Column.SCORE):
            return True  # what the cell shows already, perhaps rounded: nothing to change
        try:
            value = self._read_score(text)
        except ValueError as problem:
            self.edit_refused.emit(f"{self._who(index)}: {problem}")
            return False
        if self._shows_score(index, value):
            return True
        self._request([self._score_edit(index, value)], f"Edit score of {self._who(index)}")
        return True

    def request_comment(self, row: int, text: str) -> bool:
        """The comment typed into view row `row` ("" removes the comment)."""
        targets = self._editable([row])
        if targets is None:
            return False
        index = targets[0]
        if text == self._comments[index]:
            return True
        grade = self._join.rows[index]
        overlay = self._overlays.get(grade.user_id)
        if overlay is not None and overlay.edit is not None:
            # The score of the edit stays, a cleared one included: the clear was asked for.
            edit = dataclasses.replace(overlay.edit, comment=text)
        elif grade.result is not None and grade.result.resultScore is not None:
            result = grade.result
            edit = GradeEdit(grade.user_id, result.resultScore, result.resultMaximum, text)
        else:
            # A comment sent without a score would clear the grade in most LMSes.
            self.edit_refused.emit(
                f"{self._who(index)} has no score: give a score first, then the comment."
            )
            return False
        self._request([(edit, self._base(grade, overlay))], f"Edit comment of {self._who(index)}")
        return True

    def request_set_score(self, rows: Sequence[int], value: float) -> bool:
        """One score for every learner of these view rows, as one undoable edit."""
        if not math.isfinite(value) or value < 0:
            self.edit_refused.emit("A score is a number of 0 or more.")
            return False
        targets = self._editable(rows)
        if targets is None:
            return False
        edits = [
            self._score_edit(row, value) for row in targets if not self._shows_score(row, value)
        ]
        if edits:
            self._request(edits, f"Set score for {_learners(len(edits))}")
        return True

    def request_paste(self, rows: Sequence[int], texts: Sequence[str]) -> bool:
        """Pasted scores, `texts[i]` for view row `rows[i]`; blank cells leave a grade unchanged.

        Any cell that is not a score refuses the whole paste, naming its row.
        """
        if len(rows) != len(texts):
            self.edit_refused.emit(
                f"Nothing was pasted: {len(texts)} scores do not fit {_learners(len(rows))}."
            )
            return False
        targets = self._editable(rows)
        if targets is None:
            return False
        values: list[tuple[int, float]] = []
        problems: list[str] = []
        for position, row, text in zip(rows, targets, texts, strict=True):
            if not text.strip():
                continue
            try:
                values.append((row, self._read_score(text)))
            except ValueError as problem:
                problems.append(f"row {position + 1} ({self._who(row)}): {problem}")
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            self.edit_refused.emit(f"Nothing was pasted: {problems[0]}{more}.")
            return False
        changed = [
            self._score_edit(row, value)
            for row, value in values
            if not self._shows_score(row, value)
        ]
        if changed:
            self._request(changed, f"Paste {len(values)} score{'' if len(values) == 1 else 's'}")
        return True

    def request_clear(self, rows: Sequence[int]) -> bool:
        """Clear the grades of these view rows (a score without a value); one undoable edit."""
        targets = self._editable(rows)
        if targets is None:
            return False
        edits: list[tuple[GradeEdit, ServerGrade]] = []
        for row in targets:
            if self._scores[row] is None:
                continue  # no grade shown: nothing to clear
            grade = self._join.rows[row]
            overlay = self._overlays.get(grade.user_id)
            if overlay is not None and overlay.edit is not None:
                edit = dataclasses.replace(overlay.edit, score=None)
            else:
                edit = GradeEdit(grade.user_id, None, self._require_line_item().scoreMaximum)
            edits.append((edit, self._base(grade, overlay)))
        if not edits:
            self.edit_refused.emit("No grade to clear: the learners chosen have none.")
            return False
        self._request(edits, f"Clear grade of {_learners(len(edits))}")
        return True

    def request_edits(self, edits: Sequence[GradeEdit], label: str) -> bool:
        """Edits made elsewhere (a dialog) for learners of this table: their bases are added here.

        An edit made over a learner's own edit is merged with it (`comment=None` keeps the
        comment the row shows), and one that changes nothing the row shows is dropped.
        Refused, like typed edits, in read-only mode or for a learner not on the roster.
        """
        rows = []
        for edit in edits:
            row = self._row_of_user.get(edit.user_id)
            if row is None:
                self.edit_refused.emit(f"{edit.user_id} is not in this table.")
                return False
            rows.append(row)
        if not edits or not self._may_edit(rows):
            return False
        with_bases = []
        for edit, row in zip(edits, rows, strict=True):
            grade = self._join.rows[row]
            overlay = self._overlays.get(edit.user_id)
            merged = self._merged_edit(edit, grade, overlay)
            if merged is not None:
                with_bases.append((merged, self._base(grade, overlay)))
        if with_bases:
            self._request(with_bases, label)
        return True

    @staticmethod
    def _merged_edit(
        edit: GradeEdit, grade: StudentGrade, overlay: CellOverlay | None
    ) -> GradeEdit | None:
        """`edit` over what the row shows now, or None when it would change nothing there."""
        if overlay is not None and overlay.edit is not None:
            if edit.comment is None:
                edit = dataclasses.replace(edit, comment=overlay.edit.comment)
            return None if edit == overlay.edit else edit
        unchanged = (
            edit.activity_progress is ActivityProgress.Completed
            and edit.grading_progress is GradingProgress.FullyGraded
            and edit.is_shown_by(ServerGrade.from_result(grade.result))
        )
        return None if unchanged else edit

    def learners_as_shown(self, learners: Iterable[StudentGrade]) -> list[StudentGrade]:
        """These learners with the edit each row shows over the LMS's grade (`StudentGrade.edit`),
        so that a dialog starts from what the instructor sees rather than from the LMS."""
        shown = []
        for learner in learners:
            overlay = self._overlays.get(learner.user_id)
            edit = overlay.edit if overlay is not None else None
            shown.append(learner if edit is None else dataclasses.replace(learner, edit=edit))
        return shown

    def shown_values(self, row: int) -> tuple[float | None, str]:
        """The score (on the line item's scale) and comment view row `row` shows, edits included."""
        index = self._visible[row]
        return self._scores[index], self._comments[index]

    def _request(self, edits: list[tuple[GradeEdit, ServerGrade]], label: str) -> None:
        self.edits_requested.emit(edits, label)
        above = [
            edit
            for edit, _base in edits
            if edit.score is not None
            and edit.maximum > 0
            and is_extra_credit(edit.score, edit.maximum)
        ]
        if not above:
            return
        maximum = self._shown(above[0].maximum)
        if len(edits) == 1:
            score = self._shown(above[0].score or 0.0)
            self.edit_warning.emit(
                f"{self._who(self._row_of_user[above[0].user_id])}: {score} is above the "
                f"maximum of {maximum} (extra credit)."
            )
        else:
            self.edit_warning.emit(
                f"{len(above)} of the {len(edits)} scores are above the maximum of {maximum} "
                "(extra credit)."
            )

    def _editable(self, rows: Sequence[int]) -> list[int] | None:
        """The arrival indexes of these view rows when all may be edited; else None, refused."""
        if not rows or not all(0 <= position < len(self._visible) for position in rows):
            return None
        targets = [self._visible[position] for position in rows]
        return targets if self._may_edit(targets) else None

    def _may_edit(self, rows: Sequence[int]) -> bool:
        """Whether these rows (arrival indexes) may be edited now; says why not when not."""
        if self._read_only:
            self.edit_refused.emit(READ_ONLY_TEXT)
            return False
        if self._line_item is None:
            return False
        for row in rows:
            if not self._join.rows[row].on_roster:
                self.edit_refused.emit(
                    f"{self._who(row)} is not on the course roster: their grade cannot be "
                    "changed here."
                )
                return False
        return True

    def _score_edit(self, row: int, value: float) -> tuple[GradeEdit, ServerGrade]:
        """The edit giving `row` this score on the line item's scale, merged with its draft."""
        grade = self._join.rows[row]
        maximum = self._require_line_item().scoreMaximum
        overlay = self._overlays.get(grade.user_id)
        if overlay is not None and overlay.edit is not None:
            edit = dataclasses.replace(overlay.edit, score=value, maximum=maximum)
        else:
            edit = GradeEdit(grade.user_id, value, maximum)
        return edit, self._base(grade, overlay)

    @staticmethod
    def _base(grade: StudentGrade, overlay: CellOverlay | None) -> ServerGrade:
        """What a new edit of this learner is made on (the conflict check compares with it)."""
        if overlay is None or overlay.edit is None or overlay.base is None:
            return ServerGrade.from_result(grade.result)
        if overlay.state is CellState.VERIFIED:
            # The LMS took the earlier edit: that is what the new one changes.
            return grade_after(overlay.edit, overlay.base)
        return overlay.base

    def _shows_score(self, row: int, value: float) -> bool:
        shown = self._scores[row]
        return shown is not None and math.isclose(shown, value, rel_tol=1e-12, abs_tol=1e-12)

    def _who(self, row: int) -> str:
        grade = self._join.rows[row]
        return grade.name or grade.user_id

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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if (
            self._read_only
            or _COLUMNS[index.column()] not in EDITABLE_COLUMNS
            or not self._join.rows[self._visible[index.row()]].on_roster
        ):
            return _ITEM_FLAGS
        return _EDITABLE_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Roles are tested from the most frequent (each paint asks for all of them).
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._edited_mark_font() if self._shows_edit(row, column) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_NUMBER if column in _NUMBER_COLUMNS else _ALIGN_TEXT
        if role == GRADE_ROLE:
            return self._join.rows[row]
        if role == Qt.ItemDataRole.EditRole:
            return self._comments[row] if column == Column.COMMENT else self._cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(row, column)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Typed text for a score or comment cell: requests the edit, never stores it here."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = _COLUMNS[index.column()]
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
        return self._statuses[row]

    def _compute_status(self, row: int) -> RowStatus:
        grade = self._join.rows[row]
        overlay = self._overlays.get(grade.user_id)
        if overlay is not None:
            if overlay.saving:
                return RowStatus.SAVING
            if overlay.state is not None:
                return _STATE_STATUS[overlay.state]
        if not grade.on_roster:
            return RowStatus.NOT_ON_ROSTER
        score = self._scores[row]
        if score is None:
            return RowStatus.NO_GRADE
        if self._line_item is not None and is_extra_credit(score, self._line_item.scoreMaximum):
            return RowStatus.EXTRA_CREDIT
        return RowStatus.GRADED

    def _status_text(self, row: int) -> str:
        status = self._status(row)
        if status in (RowStatus.FAILED, RowStatus.CONFLICT):
            overlay = self._overlays.get(self._join.rows[row].user_id)
            if overlay is not None and overlay.reason:
                return f"{status.text}: {overlay.reason}"
        return status.text

    def _percent(self, row: int) -> float | None:
        score = self._scores[row]
        if score is None or self._line_item is None:
            return None
        return score / self._line_item.scoreMaximum * 100

    def _score_text(self, score: float | None) -> str:
        return "" if score is None else self._shown(score)

    def _shown(self, value: float) -> str:
        """A number as the table shows it: the user's locale, rounded for reading."""
        return format_score(value, self._number_format, decimals=TABLE_DECIMALS)

    def _read_score(self, text: str) -> float:
        """A score typed or pasted into the Score column, or ValueError with the reason.

        Refused too when the LMS would not keep it as it is (too many decimals).
        """
        maximum = self._require_line_item().scoreMaximum
        score = parse_score(
            text,
            self._number_format,
            fraction_advice=(
                f"type the points out of {self._shown(maximum)}, the Maximum column; "
                "Edit grade (Ctrl+E) takes another maximum"
            ),
        )
        check_kept_precision(score, maximum)
        return score

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
            return self._score_text(self._scores[row])
        if column == Column.MAXIMUM:
            return self._maximum_text
        if column == Column.PERCENT:
            percent = self._percent(row)
            if percent is None:
                return ""
            return self._shown(percent) + self._locale.percent()
        if column == Column.COMMENT:
            return _single_line(self._comments[row])
        return _single_line(self._status_text(row))

    def _pending_edit(self, row: int) -> tuple[GradeEdit, CellOverlay] | None:
        """The row's edit when it holds a change the LMS does not show yet."""
        overlay = self._overlays.get(self._join.rows[row].user_id)
        if overlay is None or overlay.edit is None or overlay.state is CellState.VERIFIED:
            return None
        return overlay.edit, overlay

    def _shows_edit(self, row: int, column: Column) -> bool:
        """Whether the cell shows a value changed by an edit not yet in the LMS (shown bold)."""
        if column == Column.SCORE:
            return self._pending_edit(row) is not None and not same_fraction(
                self._scores[row], self._lms_scores[row]
            )
        if column == Column.COMMENT:
            return self._pending_edit(row) is not None and not same_comment(
                self._comments[row], self._lms_comments[row]
            )
        return False

    def _edited_mark_font(self) -> QFont:
        if self._edited_font is None:
            self._edited_font = QFont()
            self._edited_font.setBold(True)
        return self._edited_font

    def _tooltip(self, row: int, column: Column) -> str:
        """The whole text of the cell (a comment with its line breaks), always escaped."""
        if column == Column.SCORE and self._shows_edit(row, column):
            text = self._score_change_text(row)
        elif column == Column.COMMENT and self._shows_edit(row, column):
            text = (
                f"was: {self._lms_comments[row] or '(no comment)'}\n"
                f"now: {self._comments[row] or '(no comment)'}"
            )
        elif column == Column.COMMENT:
            text = self._comments[row]
        elif column == Column.STATUS:
            text = self._status_explanation(row)
        else:
            text = self._cell_text(row, column)
        return _rich_text_tooltip(text) if text else ""

    def _score_change_text(self, row: int) -> str:
        """ "was 7, now 8", and the edit's own scale when it is not the line item's."""
        was = self._score_text(self._lms_scores[row]) or "no grade"
        now = self._score_text(self._scores[row]) or "no grade (cleared)"
        pending = self._pending_edit(row)
        if pending is not None:
            edit = pending[0]
            maximum = self._require_line_item().scoreMaximum
            if edit.score is not None and not math.isclose(edit.maximum, maximum):
                now += f" ({self._shown(edit.score)} out of {self._shown(edit.maximum)})"
        return f"was {was}, now {now}"

    def _status_explanation(self, row: int) -> str:
        status = self._status(row)
        lines = [self._status_text(row)]
        explanation = _STATUS_EXPLANATION.get(status)
        if explanation:
            lines.append(explanation)
        pending = self._pending_edit(row)
        if pending is not None:
            lines.append(self._score_change_text(row))
            base = pending[1].base
            now = ServerGrade.from_result(self._join.rows[row].result)
            if base is not None and not base.same_as(now):
                then = base.on_scale(self._require_line_item().scoreMaximum)
                lines.append(
                    "The LMS has changed since this edit was made (it showed "
                    f"{self._score_text(then) or 'no grade'} then)."
                )
        return "\n".join(lines)

    def _accessible_text(self, row: int, column: Column) -> str:
        if column == Column.SCORE:
            score = self._scores[row]
            text = (
                "no grade" if score is None else f"{self._shown(score)} out of {self._maximum_text}"
            )
            if self._shows_edit(row, column):
                was = self._score_text(self._lms_scores[row]) or "no grade"
                text += f", edited, was {was}"
            return text
        if column == Column.COMMENT:
            return self._comments[row] or "no comment"
        if column == Column.STATUS:
            return self._status_text(row).replace("✎ ", "").replace("✓ ", "")
        return self._cell_text(row, column)

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
        self._row_of_user = {}
        self._search_texts = []
        self._lms_scores = []
        self._lms_comments = []
        self._scores = []
        self._comments = []
        self._statuses = []
        self._order = []
        self._visible = []
        self._sort_functions = None
        self.endResetModel()
        self._data_changed()

    def _data_changed(self) -> None:
        self._stats = None
        self.stats_changed.emit()

    def _add_rows(self, grades: Sequence[StudentGrade]) -> None:
        self._require_line_item()
        if not grades:
            return
        first = len(self._search_texts)
        for grade in grades:
            self._row_of_user[grade.user_id] = len(self._search_texts)
            self._search_texts.append(
                fold(f"{grade.name or ''}\n{grade.user_id}\n{grade.email or ''}")
            )
            self._lms_scores.append(None)
            self._lms_comments.append("")
            self._scores.append(None)
            self._comments.append("")
            self._statuses.append(RowStatus.NO_GRADE)
            self._refresh_values(len(self._search_texts) - 1)
        new_rows = self._sorted(range(first, len(self._search_texts)))
        self._order = _merged(self._order, self._merged_positions(self._order, new_rows), new_rows)
        shown = self._filtered(new_rows)
        self._insert_visible(self._merged_positions(self._visible, shown), shown)
        self._data_changed()

    def _refresh_values(self, row: int) -> None:
        """Compute a row's values again from its grade and overlay."""
        grade = self._join.rows[row]
        maximum = self._require_line_item().scoreMaximum
        lms_score = grade.score(self._require_line_item())
        lms_comment = grade.result.comment_text if grade.result else ""
        self._lms_scores[row] = lms_score
        self._lms_comments[row] = lms_comment
        overlay = self._overlays.get(grade.user_id)
        edit = overlay.edit if overlay is not None else None
        if edit is None:
            self._scores[row] = lms_score
            self._comments[row] = lms_comment
        else:
            after = grade_after(edit, ServerGrade.from_result(grade.result))
            if after.score is None or math.isclose(after.maximum, maximum):
                self._scores[row] = after.score
            else:
                self._scores[row] = after.on_scale(maximum)
            # Shown as typed; the LMS's comment as a person reads it when the edit keeps it.
            self._comments[row] = lms_comment if edit.comment is None else edit.comment
        self._statuses[row] = self._compute_status(row)

    def _update_rows(self, rows: list[int]) -> None:
        """Rows (ascending) whose result or overlay changed: new values, places and paint."""
        if not rows:
            return
        relocate = self._sort_column in _VALUE_COLUMNS or self._quick_filter is not QuickFilter.ALL
        if relocate and len(rows) <= _MAX_SINGLE_MOVES:
            for row in rows:
                self._relocate(row)
        else:
            for row in rows:
                self._refresh_values(row)
            if relocate:
                self._order = self._sorted(range(len(self._join.rows)))
                self._show(self._filtered(self._order))
        self._repaint(rows)
        self._data_changed()

    def _repaint(self, rows: list[int]) -> None:
        """dataChanged for the shown rows among `rows`: per block, or once for many blocks."""
        if not self._visible:
            return
        if len(rows) > _MAX_CHANGED_RUNS:
            runs = [(0, len(self._visible) - 1)]
        else:
            wanted = set(rows)
            positions = [position for position, row in enumerate(self._visible) if row in wanted]
            runs = consecutive_runs(positions)
            if len(runs) > _MAX_CHANGED_RUNS:
                runs = [(0, len(self._visible) - 1)]
        last_column = len(Column) - 1
        for first, last in runs:
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column), [])

    def _relocate(self, row: int) -> None:
        """Refresh a row's values, then move, hide or show it as sort and filter now say."""
        moves = self._sort_column in _VALUE_COLUMNS
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
        """Insert rows (sorted) at their final view positions (ascending), in few notifications.

        Rows scattered over many places are appended as one block, then moved into place by
        one layout change: two notifications whatever the scatter.
        """
        runs = consecutive_runs(positions)
        if len(runs) > _MAX_INSERTED_BLOCKS:
            end = len(self._visible)
            self.beginInsertRows(_ROOT, end, end + len(rows) - 1)
            self._visible.extend(rows)
            self.endInsertRows()
            self._reorder(_merged(self._visible[:end], positions, rows))
            return
        start = 0
        for first, last in runs:
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
            return self._statuses.__getitem__, lambda row: True
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
        """After a sort, filter or value change, make the view rows `new_visible`.

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
        # The hint lets selection models remember whole selected rows instead of every cell.
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        _with_hint(self.layoutAboutToBeChanged).emit([], hint)
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
        _with_hint(self.layoutChanged).emit([], hint)

    def _is_ungraded(self, row: int) -> bool:
        return self._scores[row] is None

    def _has_extra_credit(self, row: int) -> bool:
        score = self._scores[row]
        line_item = self._line_item
        return (
            score is not None
            and line_item is not None
            and is_extra_credit(score, line_item.scoreMaximum)
        )

    def _is_edited(self, row: int) -> bool:
        return self._status(row) in (RowStatus.EDITED, RowStatus.SAVING)

    def _is_in_conflict(self, row: int) -> bool:
        return self._status(row) is RowStatus.CONFLICT

    def _has_failed(self, row: int) -> bool:
        return self._status(row) is RowStatus.FAILED


# A quick filter's label, and the test a row must pass to be shown (None: every row is).
_QUICK_FILTERS: dict[QuickFilter, tuple[str, Callable[[ResultsModel, int], bool] | None]] = {
    QuickFilter.ALL: ("All", None),
    QuickFilter.NO_GRADE: ("No grade", ResultsModel._is_ungraded),
    QuickFilter.EXTRA_CREDIT: ("Extra credit", ResultsModel._has_extra_credit),
    QuickFilter.EDITED: ("Edited, not sent", ResultsModel._is_edited),
    QuickFilter.CONFLICT: ("Conflicts", ResultsModel._is_in_conflict),
    QuickFilter.FAILED: ("Failed", ResultsModel._has_failed),
}

QUICK_FILTER_LABELS: dict[QuickFilter, str] = {
    which: label for which, (label, _test) in _QUICK_FILTERS.items()
}
