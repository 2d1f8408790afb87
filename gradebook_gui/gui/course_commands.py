"""The window's Edit grade…, Clear grade… and Resolve conflicts… when the Course tab is shown.

Each acts on the current cell's line item: Edit grade and Clear grade on the selected cells of
that column (the current cell when none is selected), Resolve on that line item's conflicts (or
on the first line item that has any, from a learner's name). The edits end as drafts like a
typed cell: one undo step, reviewed before anything is sent.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gradebook_gui.edits import CellState
from gradebook_gui.gui import course_tasks
from gradebook_gui.gui.bulk_dialog import undo_label
from gradebook_gui.gui.course_edits import grade_as_shown, request_clear, request_edits
from gradebook_gui.gui.course_view import CourseView
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.submit_controller import SubmitController
from gradebook_gui.gui.workspace import Workspace, read_only_notice
from gradebook_gui.models import LineItem
from gradebook_gui.services.submitting import AppliedResolutions
from gradebook_gui.store.comment_bank import CommentBankStore

if TYPE_CHECKING:
    from gradebook_gui.gui.course_controller import CourseController


class CourseCommands(QObject):
    def __init__(
        self,
        workspace: Workspace,
        submitter: SubmitController,
        view: CourseView,
        course: CourseController,
    ) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        self._submitter = submitter
        self._view = view
        self._course = course

    def _chosen(self) -> tuple[LineItem, list[str]] | None:
        """The current cell's line item and the learners of the cells chosen in its column
        (says what to do first when no grade cell is current)."""
        ws = self._ws
        if ws.is_read_only():
            ws.messages.inform(read_only_notice(), 5000)
            return None
        model = self._course.model
        table = self._view.table
        current = table.currentIndex()
        item = model.line_item_at(current.column()) if current.isValid() else None
        if item is None or self._course.loaded_key != ws.session.key:
            ws.messages.inform(
                translate("CourseCommands", "Choose a grade cell of the Course view first."), 5000
            )
            return None
        rows = sorted(
            {
                index.row()
                for index in table.selectionModel().selectedIndexes()
                if index.column() == current.column()
            }
            or {current.row()}
        )
        return item, [model.learner_at(row).user_id for row in rows]

    def edit_score(self) -> None:
        """Ctrl+E: the score dialog for the chosen cells of the current line item."""
        chosen = self._chosen()
        if chosen is None:
            return
        item, user_ids = chosen
        ws, model = self._ws, self._course.model
        edits = ws.dialogs.ask_score(
            ws.window,
            learners=[grade_as_shown(model, item.id, user_id) for user_id in user_ids],
            line_item=item,
            locale=model.locale(),
        )
        if not edits:
            return
        if len(edits) == 1:
            learner = model.learner_by_id(edits[0].user_id)
            label = translate("CourseCommands", "Edit {item} of {name}").format(
                item=item.label, name=learner.name if learner else edits[0].user_id
            )
        else:
            label = counted(
                translate("CourseCommands", "Edit {count} grade of {item}"),
                translate("CourseCommands", "Edit {count} grades of {item}", None, len(edits)),
                len(edits),
                item=item.label,
            )
        request_edits(model, item, edits, label)

    def clear_grade(self) -> None:
        """Clear the chosen cells' grades in the LMS, once the instructor confirms."""
        chosen = self._chosen()
        if chosen is None:
            return
        item, user_ids = chosen
        ws, model = self._ws, self._course.model
        learners = [grade_as_shown(model, item.id, user_id) for user_id in user_ids]
        if ws.dialogs.confirm_clear(ws.window, learners):
            request_clear(model, item, user_ids)

    def bulk_change(self) -> None:
        """A bulk change of the cells chosen in the current column, or of the whole column when
        no more than one cell is chosen there."""
        chosen = self._chosen()
        if chosen is None:
            return
        item, user_ids = chosen
        ws, model = self._ws, self._course.model
        whole_column = len(user_ids) < 2
        if whole_column:
            user_ids = [learner.user_id for learner in model.learners() if learner.member]
        plan = ws.dialogs.ask_bulk_change(
            ws.window,
            learners=[grade_as_shown(model, item.id, user_id) for user_id in user_ids],
            line_item=item,
            whole_column=whole_column,
            locale=model.locale(),
        )
        if plan is not None and plan.edits:
            request_edits(model, item, list(plan.edits), undo_label(plan, model.locale()))

    def comment_bank(self) -> None:
        """The comment bank; a comment picked there goes to the cells chosen in the current
        column (from a learner's name, the bank is only managed)."""
        ws, model = self._ws, self._course.model
        key = ws.session.key
        if key is None:
            ws.messages.inform(
                translate(
                    "CourseCommands", "Open a connection first: comments are kept per course."
                ),
                5000,
            )
            return
        current = self._view.table.currentIndex()
        on_grade = current.isValid() and model.line_item_at(current.column()) is not None
        chosen = self._chosen() if on_grade and not ws.is_read_only() else None
        item, user_ids = chosen if chosen is not None else (None, [])
        edits = ws.dialogs.use_comment_bank(
            ws.window,
            bank=CommentBankStore(ws.store),
            course=key,
            learners=[
                grade_as_shown(model, item.id, user_id) for user_id in user_ids if item is not None
            ],
            line_item=item,
            locale=model.locale(),
        )
        if edits and item is not None:
            if len(edits) == 1:
                learner = model.learner_by_id(edits[0].user_id)
                label = translate("CourseCommands", "Comment for {name}").format(
                    name=learner.name if learner else edits[0].user_id
                )
            else:
                label = counted(
                    translate("CourseCommands", "Comment for {count} learner"),
                    translate("CourseCommands", "Comment for {count} learners", None, len(edits)),
                    len(edits),
                )
            request_edits(model, item, edits, label)

    # -- conflicts ---------------------------------------------------------------------------

    def resolve_conflicts(self) -> None:
        """Keep yours or take theirs, for the grades of a line item changed in the LMS after
        they were edited."""
        ws = self._ws
        client, key = ws.session.client, ws.session.key
        if ws.is_read_only():
            ws.messages.inform(read_only_notice(), 5000)
            return
        item = self._line_item_in_conflict()
        if item is None or client is None or key is None or key != self._course.loaded_key:
            ws.messages.inform(translate("CourseCommands", "No grade is in conflict."), 5000)
            return
        ws.messages.inform(translate("CourseCommands", "Reading the current grades…"), 0)
        ws.runner.submit(
            partial(course_tasks.read_conflicts, ws.store, client, key, item.id),
            on_success=partial(self._ask_resolutions, key, item),
            on_failure=partial(
                ws.messages.report_failure,
                translate("CourseCommands", "Reading the conflicting grades"),
            ),
            description="read the conflicting grades",
        )

    def _line_item_in_conflict(self) -> LineItem | None:
        """The current cell's line item when it has a conflict, else the first that has one."""
        model = self._course.model
        current = self._view.table.currentIndex()
        shown = model.line_item_at(current.column()) if current.isValid() else None
        items = model.line_items()
        if shown is not None:
            items.sort(key=lambda item: item.id != shown.id)
        for item in items:
            if any(
                overlay.state is CellState.CONFLICT for overlay in model.overlays(item.id).values()
            ):
                return item
        return None

    def _ask_resolutions(
        self, key: str, item: LineItem, conflicts: course_tasks.CourseConflicts
    ) -> None:
        ws, model = self._ws, self._course.model
        ws.messages.inform("")
        if key != ws.session.key or key != self._course.loaded_key:
            return
        if not conflicts.entries:
            ws.messages.inform(translate("CourseCommands", "No grade is in conflict."), 5000)
            self._course.refresh_states()
            return
        learners = [model.learner_by_id(entry.user_id) for entry in conflicts.entries]
        current = conflicts.current
        resolutions = ws.dialogs.resolve_conflicts(
            ws.window,
            conflicts=conflicts.entries,
            names={each.user_id: each.name for each in learners if each is not None},
            line_item=item,
            current=current,
            locale=model.locale(),
            # Two learners of the same name are told apart by their email.
            emails={each.user_id: each.email for each in learners if each and each.email},
        )
        if not resolutions:
            return
        self._submitter.record_resolutions(
            resolutions, current, item, partial(self._on_resolved, key, item, conflicts)
        )

    def _on_resolved(
        self,
        key: str,
        item: LineItem,
        conflicts: course_tasks.CourseConflicts,
        applied: AppliedResolutions,
    ) -> None:
        if key != self._course.loaded_key:
            return
        # The column shows what the LMS holds now: "take theirs" leaves exactly that.
        self._course.model.add_results(item.id, conflicts.results)
        self._course.refresh_states()
        self._submitter.history_changed.emit()
        if applied.requeued:
            # "Keep mine" was the decision to send: the LMS is checked once more first.
            self._submitter.send(item)
