"""The column view's editing commands: type in a cell, Edit grade, Clear grade, Revert, a bulk
change, and comments from the comment bank (also typed as a shortcut, ";good", in a comment
cell). Each one ends in ordinary drafts through the results model: one undo step, reviewed
before anything is sent."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, Slot

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.bulk_dialog import undo_label
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.locale_numbers import number_format
from gradebook_gui.gui.results_model import EDITABLE_COLUMNS, Column
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.gui.workspace import Workspace
from gradebook_gui.models import LineItem
from gradebook_gui.services.comment_bank import expand_shortcut, render
from gradebook_gui.store import GradeStore
from gradebook_gui.store.comment_bank import BankComment, CommentBankStore


def _bank_comments(store: GradeStore, course: str, _: TaskContext) -> list[BankComment]:
    return CommentBankStore(store).comments(course)


class EditingCommands(QObject):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        # The course's bank, read on the store thread when a connection opens and after the bank
        # changes, so that a shortcut typed in a comment cell is expanded without waiting.
        self._bank: tuple[str | None, list[BankComment]] = (None, [])
        workspace.results_model.comment_expander = self._expand_shortcut

    def read_bank(self) -> None:
        course = self._ws.session.key
        if course is None:
            return
        self._ws.runner.submit_store(
            partial(_bank_comments, self._ws.store, course),
            on_success=partial(self._on_bank_read, course),
            on_failure=partial(
                self._ws.messages.report_failure,
                translate("EditingCommands", "Reading the comment bank"),
            ),
            description="read the comment bank",
        )

    def _on_bank_read(self, course: str, comments: list[BankComment]) -> None:
        self._bank = (course, comments)

    def _expand_shortcut(self, typed: str, learner: StudentGrade) -> str:
        line_item = self._ws.results_model.line_item()
        return typed if line_item is None else self.expand_shortcut(typed, learner, line_item)

    def expand_shortcut(self, typed: str, learner: StudentGrade, line_item: LineItem) -> str:
        """A comment bank shortcut typed for `learner` in `line_item`, filled in from the open
        course's bank; any other text as typed."""
        course, comments = self._bank
        if course != self._ws.session.key:
            return typed
        found = expand_shortcut(typed, comments)
        if found is None:
            return typed
        locale_format = number_format(self._ws.results_model.locale())
        return render(found.text, learner, line_item, locale_format)

    @Slot()
    def edit_in_table(self) -> None:
        """Enter or F2: type in the current learner's score (or comment) cell."""
        ws = self._ws
        if ws.editable_line_item() is None:
            return
        table = ws.results_view.table
        current = table.currentIndex()
        if not current.isValid():
            return
        if current.column() not in EDITABLE_COLUMNS:
            current = current.siblingAtColumn(Column.SCORE)
        if not current.flags() & Qt.ItemFlag.ItemIsEditable:
            ws.messages.inform(
                translate(
                    "EditingCommands",
                    "This learner is not on the course roster: their grade cannot be changed here.",
                ),
                5000,
            )
            return
        table.setCurrentIndex(current)
        table.edit(current)

    @Slot()
    def edit_score(self) -> None:
        """Ctrl+E: the score dialog for the selected learners."""
        ws = self._ws
        line_item = ws.editable_line_item()
        learners = ws.selected_learners() if line_item else []
        if line_item is None or not learners:
            return
        # The dialog starts from what the rows show: an unsent edit, not the LMS's grade under it.
        edits = ws.dialogs.ask_score(
            ws.window,
            learners=ws.results_model.learners_as_shown(learners),
            line_item=line_item,
            locale=ws.results_model.locale(),
        )
        if not edits:
            return
        if len(edits) == 1:
            label = translate("EditingCommands", "Edit grade of {name}").format(
                name=learners[0].name or learners[0].user_id
            )
        else:
            label = counted(
                translate("EditingCommands", "Edit grades of {count} learner"),
                translate("EditingCommands", "Edit grades of {count} learners", None, len(edits)),
                len(edits),
            )
        ws.results_model.request_edits(edits, label)

    @Slot()
    def clear_grade(self) -> None:
        ws = self._ws
        line_item = ws.editable_line_item()
        learners = ws.selected_learners() if line_item else []
        if line_item is None or not learners:
            return
        if ws.dialogs.confirm_clear(ws.window, learners):
            rows = ws.results_model.rows_of_users({learner.user_id for learner in learners})
            ws.results_model.request_clear(rows)

    @Slot()
    def revert_selection(self) -> None:
        ws = self._ws
        if ws.editable_line_item() is None:
            return
        rows = ws.results_view.selected_rows()
        if rows:
            ws.edits.revert(rows)
        else:
            ws.messages.inform(
                translate("EditingCommands", "Select the learners whose changes to drop first."),
                5000,
            )

    @Slot()
    def bulk_change(self) -> None:
        """A bulk change of the selected learners, or of the whole column when none is."""
        ws = self._ws
        line_item = ws.editable_line_item()
        if line_item is None:
            return
        rows = ws.results_view.selected_rows()
        learners = [ws.results_model.grade_at(row) for row in rows]
        if not learners:
            learners = list(ws.ready_grades() or ())
        if not learners:
            return
        plan = ws.dialogs.ask_bulk_change(
            ws.window,
            learners=ws.results_model.learners_as_shown(learners),
            line_item=line_item,
            whole_column=not rows,
            locale=ws.results_model.locale(),
        )
        if plan is not None and plan.edits:
            ws.results_model.request_edits(
                list(plan.edits), undo_label(plan, ws.results_model.locale())
            )

    @Slot()
    def comment_bank(self) -> None:
        """The comment bank; a comment picked there goes to the selected learners."""
        ws = self._ws
        key = ws.session.key
        if key is None:
            ws.messages.inform(
                translate(
                    "EditingCommands", "Open a connection first: comments are kept per course."
                ),
                5000,
            )
            return
        line_item = None if ws.is_read_only() else ws.results_model.line_item()
        rows = ws.results_view.selected_rows() if line_item else []
        learners = [ws.results_model.grade_at(row) for row in rows]
        edits = ws.dialogs.use_comment_bank(
            ws.window,
            bank=CommentBankStore(ws.store),
            course=key,
            learners=ws.results_model.learners_as_shown(learners),
            line_item=line_item,
            locale=ws.results_model.locale(),
        )
        self.read_bank()  # the bank may have changed in the dialog
        if edits:
            label = counted(
                translate("EditingCommands", "Comment for {count} learner"),
                translate("EditingCommands", "Comment for {count} learners", None, len(edits)),
                len(edits),
            )
            ws.results_model.request_edits(edits, label)
