"""Keeping rows in a total order: sorting, and placing new or changed rows with binary searches;
and the one order of learners' names every list of the window follows.

Rows are arrival indexes. The order is total: ties and unsorted columns fall back to arrival
order, and rows without a value in the sort column come last in both directions, so any row's
place in a sorted list can be found without sorting again.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.results_columns import Column
from gradebook_gui.gui.row_status import RowStatus
from gradebook_gui.gui.search_text import fold, picked, user_id_sort_key


def name_collator(locale: QLocale | None = None) -> QCollator:
    """Names compared the way the instructor's language orders them ("Łukasz" among the L's),
    ignoring case, with numbers by value ("Group 2" before "Group 10")."""
    chosen = QLocale(locale) if locale is not None else QLocale()
    if chosen.language() == QLocale.Language.C:
        # The C locale orders by code point ("Łukasz" after "Zoë"): no one's language does.
        chosen = QLocale(QLocale.Language.English)
    collator = QCollator(chosen)
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def family_first(shown: str, given: str | None, family: str | None) -> str:
    """What a learner's name sorts by: "family, given" when the roster gives a family name,
    else the name as shown."""
    family = (family or "").strip()
    if not family:
        return shown
    given = (given or "").strip()
    return f"{family}, {given}" if given else family


def name_sort_key(collator: QCollator) -> Callable[[str], Any]:
    """A `sort(key=...)` function ordering texts (from `family_first`) by `collator`."""
    return cmp_to_key(collator.compare)


@dataclass(frozen=True, slots=True)
class SortKey:
    """A sort column as functions of a row: its key, and whether it has a value there."""

    key: Callable[[int], Any]
    has_value: Callable[[int], bool]
    descending: bool = False


def column_sort_key(
    column: Column,
    descending: bool,
    grades: list[StudentGrade],
    search_texts: list[str],
    scores: list[float | None],
    comments: list[str],
    statuses: list[RowStatus],
) -> SortKey:
    """The sort key of a column of the results table other than the name (the table ranks
    names by their collation keys itself), over its values by arrival index.

    Rows without an email, score or comment come last.
    """
    if column == Column.USER_ID:
        return SortKey(
            lambda row: user_id_sort_key(grades[row].user_id), lambda row: True, descending
        )
    if column == Column.EMAIL:
        return SortKey(
            lambda row: fold(grades[row].email or ""),
            lambda row: bool(grades[row].email),
            descending,
        )
    if column in (Column.SCORE, Column.PERCENT):
        return SortKey(scores.__getitem__, lambda row: scores[row] is not None, descending)
    if column == Column.COMMENT:
        return SortKey(lambda row: fold(comments[row]), lambda row: bool(comments[row]), descending)
    if column == Column.STATUS:
        return SortKey(statuses.__getitem__, lambda row: True, descending)
    # Every row has the same maximum: sorting by it keeps the roster order.
    return SortKey(lambda row: 0, lambda row: True, descending)


def sorted_rows(rows: Iterable[int], sort: SortKey | None) -> list[int]:
    """`rows` (ascending) in display order: valued rows by key, then the rest.

    Ties keep arrival order, in both directions, since Python's sort is stable.
    """
    if sort is None:
        return list(rows)
    has_value = sort.has_value
    valued: list[int] = []
    empty: list[int] = []
    for row in rows:
        (valued if has_value(row) else empty).append(row)
    valued.sort(key=sort.key, reverse=sort.descending)
    return valued + empty


def merged_positions(existing: list[int], rows: list[int], sort: SortKey | None) -> list[int]:
    """Final positions of `rows` (in display order) once merged into `existing` (too)."""
    if sort is None:
        return [bisect.bisect_left(existing, row) + rank for rank, row in enumerate(rows)]
    has_value = sort.has_value
    # Rows with a value in the sort column come first, the others after in arrival order.
    valued_end = bisect.bisect_left(existing, True, key=lambda other: not has_value(other))
    positions = []
    for rank, row in enumerate(rows):
        if has_value(row):
            position = _valued_position(existing, valued_end, sort, row)
        else:
            position = bisect.bisect_left(existing, row, lo=valued_end)
        positions.append(position + rank)
    return positions


def position_of(rows: list[int], row: int, sort: SortKey | None) -> int:
    """How many of `rows` (in display order) come before `row`: its place there."""
    return merged_positions(rows, [row], sort)[0]


def _valued_position(rows: list[int], valued_end: int, sort: SortKey, row: int) -> int:
    """How many of the valued `rows[:valued_end]` come before `row`: a binary search."""
    key = sort.key
    target = key(row)
    descending = sort.descending
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


def merged(existing: list[int], positions: list[int], rows: list[int]) -> list[int]:
    """`existing` with `rows` placed at their final `positions` (ascending)."""
    merged_rows: list[int] = []
    taken = 0
    for rank, (position, row) in enumerate(zip(positions, rows, strict=True)):
        before = position - rank  # how many existing rows come before this one
        merged_rows.extend(existing[taken:before])
        merged_rows.append(row)
        taken = before
    merged_rows.extend(existing[taken:])
    return merged_rows


def consecutive_runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending positions grouped into (first, last) blocks of consecutive positions."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


def held_by(rows: list[int], others: list[int], size: int) -> bytes:
    """For each of `rows` (indexes below `size`), 1 if `others` holds it, else 0.

    The lookups run in C: a view's rows are compared at every filter keystroke.
    """
    marks = bytearray(size)
    for row in others:  # a plain loop: faster than mapping bytearray.__setitem__
        marks[row] = 1
    return picked(marks, rows)


def unflagged_run_count(flags: bytes) -> int:
    """How many separate blocks of 0s `flags` holds."""
    return flags.count(b"\x01\x00") + (flags[:1] == b"\x00")


def unflagged_runs(flags: bytes) -> list[tuple[int, int]]:
    """The (first, last) positions of each block of 0s in `flags`, in order."""
    runs = []
    first = flags.find(0)
    while first >= 0:
        end = flags.find(1, first)
        if end < 0:
            end = len(flags)
        runs.append((first, end - 1))
        first = flags.find(0, end)
    return runs
