"""The Course view's controller: saving its edits, undo, the cells' states, and the tab beside the
column view.

Loading is `CourseLoading`'s and submitting `CourseSubmit`'s. An edit, even a block pasted over
several line items, is saved as drafts per line item on the store thread, and its cells show
"saving" until the commit returns. The store keeps undo per line item, so this controller
remembers which line items each of its operations touched and undoes each.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget

from gradebook_gui.edits import CellState
from gradebook_gui.exchange.grid_file import CourseGrid
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui import course_tasks
from gradebook_gui.gui.course_commands import CourseCommands
from gradebook_gui.gui.course_edits import EditsByLineItem
from gradebook_gui.gui.course_loading import CourseLoading
from gradebook_gui.gui.course_model import CourseModel
from gradebook_gui.gui.course_submit import CourseSubmit
from gradebook_gui.gui.course_tasks import Operation, UndoRefused
from gradebook_gui.gui.course_view import CourseView
from gradebook_gui.gui.edit_controller import StoredEdits
from gradebook_gui.gui.i18n import reason_text, translate
from gradebook_gui.gui.learner_view import LearnerView, LineItemCommentExpander
from gradebook_gui.gui.messages import UserMessage
from gradebook_gui.gui.row_status import CellOverlay
from gradebook_gui.gui.submit_controller import SubmitController
from gradebook_gui.gui.workspace import Workspace, read_only_notice
from gradebook_gui.services.grid import DEFAULT_READERS
from gradebook_gui.store import StoreUnavailable

log = logging.getLogger(__name__)

# While a run sends, the cells' states are read again at most this often.
STATE_REFRESH_MS = 300


@dataclass
class _Saving:
    job_id: int
    overlays: dict[tuple[str, str], CellOverlay]


class CourseController(QObject):
    """Loads, edits and submits the Course view's model; signals arrive on the main thread."""

    undo_state_changed = Signal(object, object)
    """(label of the step Undo would take back or None, label Redo would make or None)."""

    pending_count_changed = Signal(int)
    """Cells with a change not yet verified in the LMS."""

    conflicts_changed = Signal(int)
    """Cells changed in the LMS after they were edited, waiting for a decision."""

    def __init__(
        self,
        workspace: Workspace,
        submitter: SubmitController,
        model: CourseModel,
        readers: int = DEFAULT_READERS,
    ) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        self._submitter = submitter
        self.model = model
        self.loading_part = CourseLoading(workspace, model, readers)
        self.submitting = CourseSubmit(
            workspace, submitter, model, lambda: (self._key, self._generation), self.refresh_states
        )
        self._key: str | None = None
        self._generation = 0
        self._undo: list[Operation] = []
        self._redo: list[Operation] = []
        self._saving: list[_Saving] = []
        self._pending = 0
        self._conflicts = 0
        self._shown_undo: tuple[str | None, str | None] = (None, None)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(STATE_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_states)
        self.loading_part.columns_shown.connect(self.refresh_states)
        model.edits_requested.connect(self.save_edits)
        model.edit_refused.connect(self._on_edit_refused)
        submission = submitter.submission
        submission.progress.connect(self._on_sending_progress)
        submission.finished.connect(self._on_sending_ended)
        submission.failed.connect(self._on_sending_ended)

    # -- loading -----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loading_part.loading

    @property
    def loaded_key(self) -> str | None:
        return self._key

    @property
    def grid(self) -> CourseGrid | None:
        """The course once loaded (or the downloads kept here, shown offline)."""
        return self.loading_part.grid

    @property
    def kept_at(self) -> dict[str, datetime] | None:
        """When each line item shown offline was downloaded; None when online."""
        return self.loading_part.kept_at

    def load(self) -> None:
        """Read the whole course again; the table empties and fills as the lists arrive."""
        key = self._ws.session.key
        if self._ws.session.client is None or key is None:
            self._ws.messages.inform(
                translate("CourseController", "Open a connection first."), 5000
            )
            return
        self._generation += 1
        self._key = key
        self._undo.clear()
        self._redo.clear()
        self._saving.clear()
        self.loading_part.load(key)
        self._announce()

    @Slot()
    def stop(self) -> None:
        self.loading_part.stop()

    def submit(self) -> None:
        self.submitting.submit()

    # -- editing -----------------------------------------------------------------------------

    @Slot(object, str)
    def save_edits(self, edits: EditsByLineItem, label: str) -> None:
        """Save one operation's drafts, per line item; its cells show "saving" until then."""
        key = self._key
        if key is None or not edits or self._ws.runner.closed:
            return
        if self._ws.is_read_only():
            self._ws.messages.inform(read_only_notice(), 5000)
            return
        # Drafts are made on these downloads: they are kept first, whatever happens next.
        self.loading_part.keep_downloads_now()
        job_id = self._ws.runner.submit_store(
            partial(course_tasks.apply, self._ws.store, key, edits, label),
            on_success=lambda stored: self._on_saved(generation, job_id, operation, stored),
            on_failure=lambda error: self._on_store_failed(generation, job_id, label, error),
            description=f"save “{label}”",
        )
        generation = self._generation
        operation = Operation(label, tuple(edits))
        marks: dict[tuple[str, str], CellOverlay] = {}
        for line_item_id, changes in edits.items():
            shown: dict[str, CellOverlay | None] = {}
            for edit, base in changes:
                overlay = CellOverlay(edit, base, CellState.EDITED, saving=True)
                marks[(line_item_id, edit.user_id)] = overlay
                shown[edit.user_id] = overlay
            self.model.update_overlays(line_item_id, shown)
        self._saving.append(_Saving(job_id, marks))
        self._announce()

    @Slot(str)
    def _on_edit_refused(self, text: str) -> None:
        self._ws.messages.inform(text, 8000)

    def _on_saved(
        self, generation: int, job_id: int, operation: Operation, stored: dict[str, StoredEdits]
    ) -> None:
        if generation != self._generation:
            return
        self._undo.append(operation)
        self._redo.clear()
        self._forget_saving_up_to(job_id)
        self._show_stored(stored)
        self._column_view_follows(operation.line_item_ids)

    def _on_store_failed(
        self, generation: int, job_id: int, action: str, error: BaseException
    ) -> None:
        log.error("%s failed", action, exc_info=error)
        if generation == self._generation:
            self._forget_saving_up_to(job_id)
            self.refresh_states()  # show what the store really holds
        if isinstance(error, StoreUnavailable):
            self._ws.edits.storage_refused.emit(error)
            return
        self._ws.messages.show(
            UserMessage(
                translate("CourseController", "The change was not saved"),
                translate(
                    "CourseController",
                    "{action} failed on this computer: {reason}. The table shows what is saved; "
                    "nothing was sent to the LMS.",
                ).format(action=action, reason=reason_text(error)),
            )
        )

    def _forget_saving_up_to(self, job_id: int) -> None:
        """Store jobs run in order: every save queued up to `job_id` has finished."""
        self._saving = [saving for saving in self._saving if saving.job_id > job_id]

    def undo(self) -> None:
        self._take_step(undo=True)

    def redo(self) -> None:
        self._take_step(undo=False)

    def _take_step(self, *, undo: bool) -> None:
        stack = self._undo if undo else self._redo
        key = self._key
        if key is None or not stack or self._ws.is_read_only():
            return
        if self._saving:
            self._ws.messages.inform(
                translate("CourseController", "Wait a moment: the last change is being saved."),
                3000,
            )
            return
        operation = stack.pop()
        generation = self._generation

        def done(stored: dict[str, StoredEdits]) -> None:
            if generation != self._generation:
                return
            (self._redo if undo else self._undo).append(operation)
            self._show_stored(stored)
            self._column_view_follows(operation.line_item_ids)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(error, UndoRefused):
                # Another step came after it in that line item (the column view, an import):
                # undoing this one there would take back the wrong change.
                self._undo.clear()
                self._redo.clear()
                label = self._label_of(str(error))
                self._ws.messages.inform(
                    translate(
                        "CourseController",
                        "“{operation}” cannot be undone here: “{item}” was changed in the "
                        "column view since. Undo it there.",
                    ).format(operation=operation.label, item=label),
                    8000,
                )
                self._announce()
            else:
                action = (
                    translate("CourseController", "Undo")
                    if undo
                    else translate("CourseController", "Redo")
                )
                self._on_store_failed(generation, 0, action, error)

        self._ws.runner.submit_store(
            partial(course_tasks.step, self._ws.store, key, operation, undo),
            on_success=done,
            on_failure=failed,
            description="undo" if undo else "redo",
        )
        self._announce()

    def _label_of(self, line_item_id: str) -> str:
        column = self.model.column_of(line_item_id)
        item = self.model.line_item_at(column) if column is not None else None
        return item.label if item is not None else line_item_id

    def _column_view_follows(self, line_item_ids: Sequence[str]) -> None:
        """The column view shows one of these line items: it reads their drafts again."""
        shown = self._ws.results_model.line_item()
        if shown is not None and shown.id in line_item_ids:
            self._ws.edits.refresh_states()

    # -- states ------------------------------------------------------------------------------

    @Slot()
    def refresh_states(self) -> None:
        """Read every line item's drafts and outbox states again."""
        key = self._key
        ids = [item.id for item in self.model.line_items()]
        if key is None or not ids or self._ws.runner.closed:
            return
        generation = self._generation
        self._ws.runner.submit_store(
            partial(course_tasks.read_states, self._ws.store, key, ids),
            on_success=lambda stored: (
                self._show_stored(stored) if generation == self._generation else None
            ),
            on_failure=partial(
                self._ws.messages.report_failure,
                translate("CourseController", "Reading the saved changes"),
            ),
            description="read the course's saved changes",
        )

    def _show_stored(self, stored: dict[str, StoredEdits]) -> None:
        still_saving: dict[tuple[str, str], CellOverlay] = {}
        for saving in self._saving:
            still_saving.update(saving.overlays)
        for line_item_id, edits in stored.items():
            overlays = dict(edits.overlays)
            for (item_id, user_id), overlay in still_saving.items():
                if item_id == line_item_id:
                    overlays[user_id] = overlay
            self.model.set_overlays(line_item_id, overlays)
        self._announce()

    def _announce(self) -> None:
        undo_state = (
            self._undo[-1].label if self._undo else None,
            self._redo[-1].label if self._redo else None,
        )
        if self._saving:
            undo_state = (undo_state[0], None)
        if undo_state != self._shown_undo:
            self._shown_undo = undo_state
            self.undo_state_changed.emit(*undo_state)
        pending = conflicts = 0
        for item in self.model.line_items():
            for overlay in self.model.overlays(item.id).values():
                if overlay.saving or overlay.state is not CellState.VERIFIED:
                    pending += 1
                if overlay.state is CellState.CONFLICT and not overlay.saving:
                    conflicts += 1
        if pending != self._pending:
            self._pending = pending
            self.pending_count_changed.emit(pending)
        if conflicts != self._conflicts:
            self._conflicts = conflicts
            self.conflicts_changed.emit(conflicts)

    @property
    def pending_count(self) -> int:
        return self._pending

    @property
    def conflict_count(self) -> int:
        return self._conflicts

    @property
    def undo_state(self) -> tuple[str | None, str | None]:
        return self._shown_undo

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @Slot(object)
    def _on_sending_progress(self, event: object) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @Slot(object)
    def _on_sending_ended(self, outcome: object) -> None:
        self._refresh_timer.stop()
        self.refresh_states()


class ViewSwitch(QObject):
    """The column view and the Course view as tabs of the window's central area.

    The window's Undo, Redo, Submit and Filter act on the view shown; the Course view loads the
    course the first time it is shown for a connection.
    """

    undo_state_changed = Signal(object, object)
    """(undo label or None, redo label or None) of the view shown."""

    conflicts_changed = Signal(int)
    """Grades in conflict in the view shown (`conflicts`)."""

    details_changed = Signal(object)
    """The learner the view shown has current (`shown_grade`), for the Details panel."""

    def __init__(
        self,
        workspace: Workspace,
        submitter: SubmitController,
        tabs: QTabWidget,
        readers: int = DEFAULT_READERS,
    ) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        self._submitter = submitter
        self.tabs = tabs
        self.course_model = CourseModel(locale=workspace.results_model.locale())
        self.course_view = CourseView(self.course_model)
        self.course = CourseController(workspace, submitter, self.course_model, readers)
        # Fills in a comment bank shortcut typed in the learner view (set by the window).
        self.comment_expander: LineItemCommentExpander | None = None
        tabs.addTab(workspace.results_view, translate("ViewSwitch", "Col&umn"))
        tabs.addTab(self.course_view, translate("ViewSwitch", "C&ourse"))
        tabs.setTabToolTip(
            0, translate("ViewSwitch", "One line item: every learner's score, comment and status")
        )
        tabs.setTabToolTip(
            1, translate("ViewSwitch", "Every learner's grade in every line item (Ctrl+Shift+G)")
        )
        self.commands = CourseCommands(workspace, submitter, self.course_view, self.course)
        view, course = self.course_view, self.course
        view.load_requested.connect(course.load)
        view.stop_requested.connect(course.stop)
        loading = course.loading_part
        loading.loading_changed.connect(view.set_loading)
        loading.progress.connect(view.show_progress)
        loading.offline_shown.connect(self._on_offline_shown)
        loading.online_shown.connect(view.show_online)
        course.undo_state_changed.connect(self._on_course_undo_state)
        course.conflicts_changed.connect(self._on_course_conflicts)
        submitter.conflicts_changed.connect(self._on_column_conflicts)
        workspace.edits.undo_state_changed.connect(self._on_column_undo_state)
        tabs.currentChanged.connect(self._on_tab_changed)
        workspace.results_view.selection_changed.connect(self._on_column_selection)
        view.table.selectionModel().currentChanged.connect(self._on_course_current)
        self.course_model.modelReset.connect(self._on_course_current)
        self.learner_view: LearnerView | None = None
        view.learner_view_requested.connect(self.open_learner_view)
        workspace.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._ws.window and event.type() == QEvent.Type.Close:
            # Before the window stops its threads: the downloads not kept yet are kept now.
            self.course.loading_part.keep_downloads_now()
        return False

    @Slot(str)
    def open_learner_view(self, user_id: str) -> None:
        """One learner's grades in every line item; its edits are the Course view's."""
        view = self.learner_view
        if view is None:
            view = self.learner_view = LearnerView(self.course_model, self._ws.window)
            view.comment_expander = self.comment_expander
            view.edits_requested.connect(self.course.save_edits)
            view.edit_refused.connect(partial(self._ws.messages.inform, timeout_ms=8000))
            view.undo_requested.connect(self.course.undo)
            self.course.undo_state_changed.connect(view.show_undo_state)
            view.set_read_only(self._ws.is_read_only())
        view.show_undo_state(*self.course.undo_state)
        view.show_learner(user_id)
        view.show()
        view.raise_()
        view.activateWindow()

    @Slot(object)
    def _on_offline_shown(self, kept_at: object) -> None:
        assert isinstance(kept_at, dict)
        self.course_view.show_offline(kept_at, self._ws.clock)

    @property
    def course_shown(self) -> bool:
        return self.tabs.currentWidget() is self.course_view

    @Slot()
    def show_course(self) -> None:
        self.tabs.setCurrentWidget(self.course_view)
        self.course_view.table.setFocus()

    def shown_grade(self) -> StudentGrade | None:
        """The current learner of the view shown: in the Course view, with the result of the
        line item whose cell is current (none on the name column); None when there is none."""
        if not self.course_shown:
            return self._ws.results_view.selected_grade()
        index = self.course_view.table.currentIndex()
        if not index.isValid():
            return None
        learner = self.course_model.learner_at(index.row())
        item = self.course_model.line_item_at(index.column())
        if item is None:
            return StudentGrade(learner.user_id, learner.member, None)
        overlay = self.course_model.overlay(item.id, learner.user_id)
        return StudentGrade(
            learner.user_id,
            learner.member,
            self.course_model.result(item.id, learner.user_id),
            overlay.edit if overlay is not None else None,
        )

    @Slot(object)
    def _on_column_selection(self, grade: StudentGrade | None) -> None:
        if not self.course_shown:
            self.details_changed.emit(grade)

    @Slot()
    def _on_course_current(self) -> None:
        if self.course_shown:
            self.details_changed.emit(self.shown_grade())

    @Slot(int)
    def _on_tab_changed(self, _: int) -> None:
        self.details_changed.emit(self.shown_grade())
        if self.course_shown:
            key = self._ws.session.key
            if key is not None and key != self.course.loaded_key and not self.course.loading:
                self.course.load()
            else:
                # The column view may have changed drafts meanwhile.
                self.course.refresh_states()
        else:
            self._ws.edits.refresh_states()
        self.undo_state_changed.emit(*self._undo_state())
        self.conflicts_changed.emit(self.conflicts)

    def _undo_state(self) -> tuple[str | None, str | None]:
        if self.course_shown:
            return self.course.undo_state
        edits = self._ws.edits
        return edits.undo_label, edits.redo_label

    @Slot(object, object)
    def _on_course_undo_state(self, undo: object, redo: object) -> None:
        if self.course_shown:
            self.undo_state_changed.emit(undo, redo)

    @Slot(object, object)
    def _on_column_undo_state(self, undo: object, redo: object) -> None:
        if not self.course_shown:
            self.undo_state_changed.emit(undo, redo)

    @property
    def conflicts(self) -> int:
        """Grades in conflict that Resolve conflicts… would decide about in the view shown."""
        return self.course.conflict_count if self.course_shown else self._submitter.conflicts

    @Slot(int)
    def _on_course_conflicts(self, count: int) -> None:
        if self.course_shown:
            self.conflicts_changed.emit(count)

    @Slot(int)
    def _on_column_conflicts(self, count: int) -> None:
        if not self.course_shown:
            self.conflicts_changed.emit(count)

    @property
    def can_undo(self) -> bool:
        return self.course.can_undo if self.course_shown else self._ws.edits.can_undo

    @property
    def can_redo(self) -> bool:
        return self.course.can_redo if self.course_shown else self._ws.edits.can_redo

    def loaded(self) -> bool:
        if self.course_shown:
            return self.course.loaded_key is not None
        return self._ws.results_model.line_item() is not None

    @Slot()
    def undo(self) -> None:
        (self.course.undo if self.course_shown else self._ws.edits.undo)()

    @Slot()
    def redo(self) -> None:
        (self.course.redo if self.course_shown else self._ws.edits.redo)()

    @Slot()
    def submit(self) -> None:
        if not self.course_shown:
            self._submitter.submit()
        elif self.course_view.table.commit_open_editor():
            self.course.submit()

    @Slot()
    def focus_filter(self) -> None:
        if self.course_shown:
            self.course_view.focus_filter()
        else:
            self._ws.results_view.focus_filter()

    def set_read_only(self, read_only: bool) -> None:
        self.course_view.set_read_only(read_only)
        if self.learner_view is not None:
            self.learner_view.set_read_only(read_only)
