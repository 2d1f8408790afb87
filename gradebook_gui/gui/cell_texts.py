"""What the results table's cells say: their one-line text, tooltips, what screen readers say,
and rows copied as tab-separated text.

A cell shows one line; its tooltip is the whole text (a comment with its line breaks) and, for a
value changed by an unsent edit, what it was and what it is now; the Status cell's tooltip
explains the status.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QLocale

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade, same_comment, same_fraction
from gradebook_gui.exchange.export import neutralise_for_csv
from gradebook_gui.grades import RosterJoin
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.results_columns import NUMBER_COLUMNS, Column, header_text
from gradebook_gui.gui.row_status import CellOverlay, RowStatus, status_text
from gradebook_gui.models import LineItem


class TextTable(Protocol):
    """What the texts are made of: the table's values by arrival index."""

    _join: RosterJoin
    _visible: list[int]
    _overlays: dict[str, CellOverlay]
    _scores: list[float | None]
    _lms_scores: list[float | None]
    _comments: list[str]
    _lms_comments: list[str]
    _statuses: list[RowStatus]
    _maximum_text: str
    _locale: QLocale

    def _shown(self, value: float) -> str: ...

    def _require_line_item(self) -> LineItem: ...


class CellTexts:
    """The texts of the results table's cells; rows are arrival indexes."""

    def _cell_text(self: TextTable, row: int, column: Column) -> str:
        """What a cell shows, and what copying it puts on the clipboard (always one line)."""
        return _cell_text(self, row, column)

    def _shows_edit(self: TextTable, row: int, column: Column) -> bool:
        """Whether the cell shows a value changed by an edit not yet in the LMS (shown bold)."""
        return _shows_edit(self, row, column)

    def _tooltip(self: TextTable, row: int, column: Column) -> str:
        """The whole text of the cell (a comment with its line breaks), always escaped."""
        if column == Column.SCORE and _shows_edit(self, row, column):
            text = _score_change_text(self, row)
        elif column == Column.COMMENT and _shows_edit(self, row, column):
            no_comment = translate("CellTexts", "(no comment)")
            text = translate("CellTexts", "was: {was}\nnow: {now}").format(
                was=self._lms_comments[row] or no_comment, now=self._comments[row] or no_comment
            )
        elif column == Column.COMMENT:
            text = self._comments[row]
        elif column == Column.STATUS:
            text = _status_explanation(self, row)
        else:
            text = _cell_text(self, row, column)
        return _rich_text_tooltip(text) if text else ""

    def _accessible_text(self: TextTable, row: int, column: Column) -> str:
        if column == Column.SCORE:
            score = self._scores[row]
            if score is None:
                text = translate("CellTexts", "no grade")
            else:
                text = translate("CellTexts", "{score} out of {maximum}").format(
                    score=self._shown(score), maximum=self._maximum_text
                )
            if _shows_edit(self, row, column):
                was = _score_text(self, self._lms_scores[row]) or translate("CellTexts", "no grade")
                text = translate("CellTexts", "{now}, edited, was {was}").format(now=text, was=was)
            return text
        if column == Column.COMMENT:
            return self._comments[row] or translate("CellTexts", "no comment")
        if column == Column.STATUS:
            return _status_text(self, row).replace("✎ ", "").replace("✓ ", "")
        return _cell_text(self, row, column)

    def tab_separated(self: TextTable, rows: Iterable[int]) -> str:
        """A header line and the given view rows in view order, for pasting into a spreadsheet."""
        lines = ["\t".join(header_text(column) for column in Column)]
        for position in sorted(set(rows)):
            row = self._visible[position]
            cells = []
            for column in Column:
                text = _cell_text(self, row, column)
                if column not in NUMBER_COLUMNS:
                    text = neutralise_for_csv(text)
                cells.append(text)
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"


def _cell_text(table: TextTable, row: int, column: Column) -> str:
    grade = table._join.rows[row]
    if column == Column.NAME:
        return grade.name or ""
    if column == Column.USER_ID:
        return grade.user_id
    if column == Column.EMAIL:
        return grade.email or ""
    if column == Column.SCORE:
        return _score_text(table, table._scores[row])
    if column == Column.MAXIMUM:
        return table._maximum_text
    if column == Column.PERCENT:
        score = table._scores[row]
        if score is None:
            return ""
        percent = score / table._require_line_item().scoreMaximum * 100
        return table._shown(percent) + table._locale.percent()
    if column == Column.COMMENT:
        return _single_line(table._comments[row])
    return _single_line(_status_text(table, row))


def _score_text(table: TextTable, score: float | None) -> str:
    return "" if score is None else table._shown(score)


def _status_text(table: TextTable, row: int) -> str:
    overlay = table._overlays.get(table._join.rows[row].user_id)
    return status_text(table._statuses[row], overlay)


def _pending_edit(table: TextTable, row: int) -> tuple[GradeEdit, CellOverlay] | None:
    """The row's edit when it holds a change the LMS does not show yet."""
    overlay = table._overlays.get(table._join.rows[row].user_id)
    if overlay is None or overlay.edit is None or overlay.state is CellState.VERIFIED:
        return None
    return overlay.edit, overlay


def _shows_edit(table: TextTable, row: int, column: Column) -> bool:
    if column == Column.SCORE:
        return _pending_edit(table, row) is not None and not same_fraction(
            table._scores[row], table._lms_scores[row]
        )
    if column == Column.COMMENT:
        return _pending_edit(table, row) is not None and not same_comment(
            table._comments[row], table._lms_comments[row]
        )
    return False


def _score_change_text(table: TextTable, row: int) -> str:
    """ "was 7, now 8", and the edit's own scale when it is not the line item's."""
    was = _score_text(table, table._lms_scores[row]) or translate("cell_texts", "no grade")
    now = _score_text(table, table._scores[row]) or translate("cell_texts", "no grade (cleared)")
    pending = _pending_edit(table, row)
    if pending is not None:
        edit = pending[0]
        maximum = table._require_line_item().scoreMaximum
        if edit.score is not None and not math.isclose(edit.maximum, maximum):
            now = translate("cell_texts", "{score} ({edited} out of {maximum})").format(
                score=now, edited=table._shown(edit.score), maximum=table._shown(edit.maximum)
            )
    return translate("cell_texts", "was {was}, now {now}").format(was=was, now=now)


def _status_explanation(table: TextTable, row: int) -> str:
    lines = [_status_text(table, row)]
    explanation = table._statuses[row].explanation
    if explanation:
        lines.append(explanation)
    pending = _pending_edit(table, row)
    if pending is not None:
        lines.append(_score_change_text(table, row))
        base = pending[1].base
        now = ServerGrade.from_result(table._join.rows[row].result)
        if base is not None and not base.same_as(now):
            then = base.on_scale(table._require_line_item().scoreMaximum)
            lines.append(
                translate(
                    "cell_texts",
                    "The LMS has changed since this edit was made (it showed {then} then).",
                ).format(then=_score_text(table, then) or translate("cell_texts", "no grade"))
            )
    return "\n".join(lines)


def _single_line(text: str) -> str:
    """A cell shows one line; the tooltip and the details pane show the whole text."""
    return " ".join(text.split())


def _rich_text_tooltip(text: str) -> str:
    # Escaped rich text: text shows as written (never as markup) and long text wraps.
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
