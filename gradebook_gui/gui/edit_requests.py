"""Turning what the user typed, pasted or chose into grade edits for the results table.

Nothing here touches the network or the store: each request checks that the rows may be edited,
builds `GradeEdit`s merged with the learner's own unsent edit, each with the grade it is made on,
and announces them with the table's `edits_requested`; whoever saves them (the EditController)
tells the table each learner's edit and state with overlays. A request that cannot be made says
why with `edit_refused`, and a score above the maximum earns an `edit_warning`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, SignalInstance

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade, grade_after
from gradebook_gui.grades import RosterJoin, StudentGrade
from gradebook_gui.gui.i18n import counted, reason_text, translate
from gradebook_gui.gui.results_columns import Column
from gradebook_gui.gui.row_status import CellOverlay
from gradebook_gui.models import ActivityProgress, GradingProgress, LineItem
from gradebook_gui.numbers import NumberFormat, check_kept_precision, is_extra_credit, parse_score

# Marked for translation here, translated where shown.
READ_ONLY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "edit_requests", "Read-only mode is on: nothing can be changed (View › Read-only mode)."
    )
)


class EditableTable(Protocol):
    """What edit requests read of the table: rows by arrival index, shown as `_visible` says."""

    edits_requested: SignalInstance
    edit_refused: SignalInstance
    edit_warning: SignalInstance
    _join: RosterJoin
    _visible: list[int]
    _overlays: dict[str, CellOverlay]
    _scores: list[float | None]
    _comments: list[str]
    _read_only: bool
    _line_item: LineItem | None
    _number_format: NumberFormat
    comment_expander: CommentExpander | None

    def _cell_text(self, row: int, column: Column) -> str: ...

    def _shown(self, value: float) -> str: ...

    def _require_line_item(self) -> LineItem: ...


# Turns a typed comment into the one to save for a learner: a comment bank shortcut (";good")
# becomes the saved comment, filled in for them; anything else is kept as typed. ValueError says
# why a shortcut cannot be used (an unknown placeholder, a placeholder needing a score).
CommentExpander = Callable[[str, StudentGrade], str]


class CommentWithoutScore(ValueError):
    """A comment for a learner with no score: sent alone it would clear the grade in most LMSes."""


def comment_edit(
    learner: StudentGrade, typed: str, shown: str, expander: CommentExpander | None = None
) -> GradeEdit | None:
    """The edit giving `learner` the comment `typed` ("" removes it), or None when the comment
    they are shown (`shown`) is that one already.

    `learner.edit` is the edit shown over the LMS's grade: the comment joins it and its score
    stays, a cleared one included (the clear was asked for). Without one the LMS's score goes
    with the comment. A comment bank shortcut is first filled in for the learner as shown by
    `expander`, whose ValueError says why it cannot be. CommentWithoutScore when the learner has
    no score at all: a comment sent alone would clear the grade in most LMSes.
    """
    text = typed if expander is None else expander(typed, learner)
    if text == shown:
        return None
    if learner.edit is not None:
        return dataclasses.replace(learner.edit, comment=text)
    result = learner.result
    if result is not None and result.resultScore is not None:
        return GradeEdit(learner.user_id, result.resultScore, result.resultMaximum, text)
    raise CommentWithoutScore(learner.user_id)


class GradeEditRequests:
    """The edit requests of the results table; view rows are positions in the shown rows."""

    comment_expander: CommentExpander | None = None

    def request_score_text(self: EditableTable, row: int, text: str) -> bool:
        """The score typed into view row `row`; False (with `edit_refused`) when not usable.

        Blank text changes nothing (clearing a grade is `request_clear`) and returns False.
        """
        if not text.strip():
            return False
        targets = _editable(self, [row])
        if targets is None:
            return False
        index = targets[0]
        if text.strip() == self._cell_text(index, Column.SCORE):
            return True  # what the cell shows already, perhaps rounded: nothing to change
        try:
            value = _read_score(self, text)
        except ValueError as problem:
            self.edit_refused.emit(_learner_problem(self, index, problem))
            return False
        if _shows_score(self, index, value):
            return True
        label = translate("GradeEditRequests", "Edit score of {learner}").format(
            learner=_who(self, index)
        )
        _request(self, [_score_edit(self, index, value)], label)
        return True

    def request_comment(self: EditableTable, row: int, text: str) -> bool:
        """The comment typed into view row `row` ("" removes the comment)."""
        targets = _editable(self, [row])
        if targets is None:
            return False
        index = targets[0]
        grade = self._join.rows[index]
        overlay = self._overlays.get(grade.user_id)
        shown = dataclasses.replace(grade, edit=overlay.edit if overlay is not None else None)
        try:
            edit = comment_edit(shown, text, self._comments[index], self.comment_expander)
        except CommentWithoutScore:
            self.edit_refused.emit(
                translate(
                    "GradeEditRequests",
                    "{learner} has no score: give a score first, then the comment.",
                ).format(learner=_who(self, index))
            )
            return False
        except ValueError as problem:
            self.edit_refused.emit(_learner_problem(self, index, problem))
            return False
        if edit is None:
            return True
        label = translate("GradeEditRequests", "Edit comment of {learner}").format(
            learner=_who(self, index)
        )
        _request(self, [(edit, _base(grade, overlay))], label)
        return True

    def request_set_score(self: EditableTable, rows: Sequence[int], value: float) -> bool:
        """One score for every learner of these view rows, as one undoable edit."""
        if not math.isfinite(value) or value < 0:
            self.edit_refused.emit(
                translate("GradeEditRequests", "A score is a number of 0 or more.")
            )
            return False
        targets = _editable(self, rows)
        if targets is None:
            return False
        edits = [
            _score_edit(self, row, value) for row in targets if not _shows_score(self, row, value)
        ]
        if edits:
            label = counted(
                translate("GradeEditRequests", "Set score for {count} learner"),
                translate("GradeEditRequests", "Set score for {count} learners", None, len(edits)),
                len(edits),
            )
            _request(self, edits, label)
        return True

    def request_paste(self: EditableTable, rows: Sequence[int], texts: Sequence[str]) -> bool:
        """Pasted scores, `texts[i]` for view row `rows[i]`; blank cells leave a grade unchanged.

        Any cell that is not a score refuses the whole paste, naming its row.
        """
        if len(rows) != len(texts):
            refusal = counted(
                translate(
                    "GradeEditRequests",
                    "Nothing was pasted: {scores} scores do not fit {count} learner.",
                ),
                translate(
                    "GradeEditRequests",
                    "Nothing was pasted: {scores} scores do not fit {count} learners.",
                    None,
                    len(rows),
                ),
                len(rows),
                scores=len(texts),
            )
            self.edit_refused.emit(refusal)
            return False
        targets = _editable(self, rows)
        if targets is None:
            return False
        values: list[tuple[int, float]] = []
        problems: list[str] = []
        for position, row, text in zip(rows, targets, texts, strict=True):
            if not text.strip():
                continue
            try:
                values.append((row, _read_score(self, text)))
            except ValueError as problem:
                problems.append(
                    translate("GradeEditRequests", "row {row} ({learner}): {problem}").format(
                        row=position + 1, learner=_who(self, row), problem=reason_text(problem)
                    )
                )
        if len(problems) == 1:
            self.edit_refused.emit(
                translate("GradeEditRequests", "Nothing was pasted: {problem}.").format(
                    problem=problems[0]
                )
            )
            return False
        if problems:
            self.edit_refused.emit(
                translate(
                    "GradeEditRequests",
                    "Nothing was pasted: {problem} (and {count} more).",
                    None,
                    len(problems) - 1,
                ).format(problem=problems[0], count=len(problems) - 1)
            )
            return False
        changed = [
            _score_edit(self, row, value)
            for row, value in values
            if not _shows_score(self, row, value)
        ]
        if changed:
            label = counted(
                translate("GradeEditRequests", "Paste {count} score"),
                translate("GradeEditRequests", "Paste {count} scores", None, len(values)),
                len(values),
            )
            _request(self, changed, label)
        return True

    def request_clear(self: EditableTable, rows: Sequence[int]) -> bool:
        """Clear the grades of these view rows (a score without a value); one undoable edit."""
        targets = _editable(self, rows)
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
            edits.append((edit, _base(grade, overlay)))
        if not edits:
            self.edit_refused.emit(
                translate("GradeEditRequests", "No grade to clear: the learners chosen have none.")
            )
            return False
        label = counted(
            translate("GradeEditRequests", "Clear grade of {count} learner"),
            translate("GradeEditRequests", "Clear grade of {count} learners", None, len(edits)),
            len(edits),
        )
        _request(self, edits, label)
        return True

    def request_edits(self: EditableTable, edits: Sequence[GradeEdit], label: str) -> bool:
        """Edits made elsewhere (a dialog) for learners of this table: their bases are added here.

        An edit made over a learner's own edit is merged with it (`comment=None` keeps the
        comment the row shows), and one that changes nothing the row shows is dropped.
        Refused, like typed edits, in read-only mode or for a learner not on the roster.
        """
        rows = []
        for edit in edits:
            row = self._join.row_of_user.get(edit.user_id)
            if row is None:
                self.edit_refused.emit(
                    translate("GradeEditRequests", "{user_id} is not in this table.").format(
                        user_id=edit.user_id
                    )
                )
                return False
            rows.append(row)
        if not edits or not _may_edit(self, rows):
            return False
        with_bases = []
        for edit, row in zip(edits, rows, strict=True):
            grade = self._join.rows[row]
            overlay = self._overlays.get(edit.user_id)
            merged = _merged_edit(edit, grade, overlay)
            if merged is not None:
                with_bases.append((merged, _base(grade, overlay)))
        if with_bases:
            _request(self, with_bases, label)
        return True

    def learners_as_shown(
        self: EditableTable, learners: Iterable[StudentGrade]
    ) -> list[StudentGrade]:
        """These learners with the edit each row shows over the LMS's grade (`StudentGrade.edit`),
        so that a dialog starts from what the instructor sees rather than from the LMS."""
        shown = []
        for learner in learners:
            overlay = self._overlays.get(learner.user_id)
            edit = overlay.edit if overlay is not None else None
            shown.append(learner if edit is None else dataclasses.replace(learner, edit=edit))
        return shown


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


def _request(table: EditableTable, edits: list[tuple[GradeEdit, ServerGrade]], label: str) -> None:
    table.edits_requested.emit(edits, label)
    above = [
        edit
        for edit, _base in edits
        if edit.score is not None and edit.maximum > 0 and is_extra_credit(edit.score, edit.maximum)
    ]
    if not above:
        return
    maximum = table._shown(above[0].maximum)
    if len(edits) == 1:
        score = table._shown(above[0].score or 0.0)
        who = _who(table, table._join.row_of_user[above[0].user_id])
        table.edit_warning.emit(
            translate(
                "edit_requests",
                "{learner}: {score} is above the maximum of {maximum} (extra credit).",
            ).format(learner=who, score=score, maximum=maximum)
        )
    else:
        table.edit_warning.emit(
            translate(
                "edit_requests",
                "{count} of the {total} scores are above the maximum of {maximum} (extra credit).",
                None,
                len(above),
            ).format(count=len(above), total=len(edits), maximum=maximum)
        )


def _editable(table: EditableTable, rows: Sequence[int]) -> list[int] | None:
    """The arrival indexes of these view rows when all may be edited; else None, refused."""
    visible = table._visible
    if not rows or not all(0 <= position < len(visible) for position in rows):
        return None
    targets = [visible[position] for position in rows]
    return targets if _may_edit(table, targets) else None


def _may_edit(table: EditableTable, rows: Sequence[int]) -> bool:
    """Whether these rows (arrival indexes) may be edited now; says why not when not."""
    if table._read_only:
        table.edit_refused.emit(translate("edit_requests", READ_ONLY_TEXT))
        return False
    if table._line_item is None:
        return False
    for row in rows:
        if not table._join.rows[row].on_roster:
            table.edit_refused.emit(
                translate(
                    "edit_requests",
                    "{learner} is not on the course roster: their grade cannot be changed here.",
                ).format(learner=_who(table, row))
            )
            return False
    return True


def _score_edit(table: EditableTable, row: int, value: float) -> tuple[GradeEdit, ServerGrade]:
    """The edit giving `row` this score on the line item's scale, merged with its draft."""
    grade = table._join.rows[row]
    maximum = table._require_line_item().scoreMaximum
    overlay = table._overlays.get(grade.user_id)
    if overlay is not None and overlay.edit is not None:
        edit = dataclasses.replace(overlay.edit, score=value, maximum=maximum)
    else:
        edit = GradeEdit(grade.user_id, value, maximum)
    return edit, _base(grade, overlay)


def _base(grade: StudentGrade, overlay: CellOverlay | None) -> ServerGrade:
    """What a new edit of this learner is made on (the conflict check compares with it)."""
    if overlay is None or overlay.edit is None or overlay.base is None:
        return ServerGrade.from_result(grade.result)
    if overlay.state is CellState.VERIFIED:
        # The LMS took the earlier edit: that is what the new one changes.
        return grade_after(overlay.edit, overlay.base)
    return overlay.base


def _read_score(table: EditableTable, text: str) -> float:
    """A score typed or pasted into the Score column, or ValueError with the reason.

    Refused too when the LMS would not keep it as it is (too many decimals).
    """
    maximum = table._require_line_item().scoreMaximum
    score = parse_score(
        text,
        table._number_format,
        fraction_advice=translate(
            "edit_requests",
            "type the points out of {maximum}, the Maximum column; Edit grade (Ctrl+E) takes "
            "another maximum",
        ).format(maximum=table._shown(maximum)),
    )
    check_kept_precision(score, maximum, table._number_format)
    return score


def _shows_score(table: EditableTable, row: int, value: float) -> bool:
    shown = table._scores[row]
    return shown is not None and math.isclose(shown, value, rel_tol=1e-12, abs_tol=1e-12)


def _who(table: EditableTable, row: int) -> str:
    grade = table._join.rows[row]
    return grade.name or grade.user_id


def _learner_problem(table: EditableTable, row: int, problem: ValueError) -> str:
    return translate("edit_requests", "{learner}: {problem}").format(
        learner=_who(table, row), problem=reason_text(problem)
    )
