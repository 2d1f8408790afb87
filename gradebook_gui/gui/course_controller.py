"""The Course view's work: loading the whole course, saving its edits, undo, and submitting.

Loading reads the roster and every line item's results on the pool (`services.grid`), and the
table fills as each list arrives, so it can be browsed while the rest loads; Stop ends it. An
edit, even a block pasted over several line items, is saved as drafts per line item on the store
thread, and its cells show "saving" until the commit returns. The store keeps undo per line item,
so this controller remembers which line items each of its operations touched and undoes each.
Submitting reviews each line item's drafts with the column view's review, queues the confirmed
ones and sends them line item by line item through the column view's `SubmitController`: every
single-column rule (conflict check, read-back, outbox, one sender) holds unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget

from gradebook_gui.api import LtiaasClient
from gradebook_gui.edits import CellState
from gradebook_gui.exchange.grid_file import CourseGrid
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.course_model import CourseModel, EditsByLineItem
from gradebook_gui.gui.course_view import CourseView
from gradebook_gui.gui.edit_controller import StoredEdits, read_stored_edits
from gradebook_gui.gui.learner_view import LearnerView
from gradebook_gui.gui.messages import UserMessage
from gradebook_gui.gui.review_dialog import ReviewItem
from gradebook_gui.gui.row_status import CellOverlay, not_active_student
from gradebook_gui.gui.submit_controller import SubmitController
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.gui.workspace import READ_ONLY_NOTICE, Workspace
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.services import submitting
from gradebook_gui.services.grid import DEFAULT_READERS, load_course_grid
from gradebook_gui.services.submitting import plural
from gradebook_gui.store import GradeStore, StoreUnavailable

log = logging.getLogger(__name__)

# While a run sends, the cells' states are read again at most this often.
STATE_REFRESH_MS = 300


@dataclass(frozen=True, slots=True)
class Operation:
    """One undoable step of the Course view: its label and the line items it changed."""

    label: str
    line_item_ids: tuple[str, ...]


class UndoRefused(Exception):
    """A line item's newest step is not the Course view's (it was edited elsewhere since)."""


# -- work for the task runner (plain functions: they run off the main thread) -------------------


def _load(client: LtiaasClient, readers: int, context: TaskContext) -> tuple[CourseGrid, datetime]:
    items = tuple(client.line_items())
    context.report(("line items", items))

    def on_roster(members: tuple[Member, ...]) -> None:
        context.report(("roster", members))

    def on_results(item: LineItem, results: tuple[Result, ...]) -> None:
        context.report(("results", item.id, results))

    def on_progress(done: int, total: int) -> None:
        context.report(("progress", done, total))

    grid = load_course_grid(
        client,
        items,
        readers=readers,
        on_progress=on_progress,
        stopping=lambda: context.cancelled,
        on_roster=on_roster,
        on_results=on_results,
    )
    return grid, datetime.now(UTC)


def _read_states(
    store: GradeStore, key: str, line_item_ids: Sequence[str], _: TaskContext
) -> dict[str, StoredEdits]:
    return {item_id: read_stored_edits(store, key, item_id) for item_id in line_item_ids}


def _apply(
    store: GradeStore, key: str, edits: EditsByLineItem, label: str, context: TaskContext
) -> dict[str, StoredEdits]:
    for line_item_id, changes in edits.items():
        store.apply_edits(key, line_item_id, changes, label)
    return _read_states(store, key, list(edits), context)


def _step(
    store: GradeStore, key: str, operation: Operation, undo: bool, context: TaskContext
) -> dict[str, StoredEdits]:
    """Undo (or redo) `operation` in every line item it touched, when it is still the newest
    step of each: otherwise nothing is changed (UndoRefused)."""
    label_of = store.undo_label if undo else store.redo_label
    for line_item_id in operation.line_item_ids:
        if label_of(key, line_item_id) != operation.label:
            raise UndoRefused(line_item_id)
    for line_item_id in operation.line_item_ids:
        (store.undo if undo else store.redo)(key, line_item_id)
    return _read_states(store, key, operation.line_item_ids, context)


def _save_snapshot(
    store: GradeStore, key: str, grid: CourseGrid, item: LineItem, at: datetime, _: object
) -> None:
    # The roster join is made here, off the window's thread: 40 of them would stall it.
    store.save_snapshot(key, item, grid.column(item.id), at)


def _read_to_submit(
    store: GradeStore, key: str, line_item_ids: Sequence[str], _: TaskContext
) -> dict[str, submitting.ToSubmit]:
    return {item_id: submitting.read_to_submit(store, key, item_id) for item_id in line_item_ids}


def _queue(
    store: GradeStore, key: str, confirmed: dict[str, list[str]], _: TaskContext
) -> list[str]:
    for line_item_id, user_ids in confirmed.items():
        label = f"Submit {plural(len(user_ids), 'grade', 'grades')}"
        submitting.queue_drafts(store, key, line_item_id, user_ids, label)
    return list(confirmed)


@dataclass
class _Saving:
    job_id: int
    overlays: dict[tuple[str, str], CellOverlay]


class CourseController(QObject):
    """Loads, edits and submits the Course view's model; signals arrive on the main thread."""

    loading_changed = Signal(bool)
    progress = Signal(int, int)
    """(lists read, lists in all): the roster counts as one."""

    undo_state_changed = Signal(object, object)
    """(label of the step Undo would take back or None, label Redo would make or None)."""

    pending_count_changed = Signal(int)
    """Cells with a change not yet verified in the LMS."""

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
        self._readers = readers
        self._key: str | None = None
        self._load_task: int | None = None
        self._generation = 0
        self._grid: CourseGrid | None = None
        self._undo: list[Operation] = []
        self._redo: list[Operation] = []
        self._saving: list[_Saving] = []
        self._pending = 0
        self._shown_undo: tuple[str | None, str | None] = (None, None)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(STATE_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_states)
        model.edits_requested.connect(self.save_edits)
        model.edit_refused.connect(self._on_edit_refused)
        submission = submitter.submission
        submission.progress.connect(self._on_sending_progress)
        submission.finished.connect(self._on_sending_ended)
        submission.failed.connect(self._on_sending_ended)

    # -- loading -----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._load_task is not None

    @property
    def loaded_key(self) -> str | None:
        return self._key

    def load(self) -> None:
        """Read the whole course again; the table empties and fills as the lists arrive."""
        session = self._ws.session
        client, key = session.client, session.key
        if client is None or key is None:
            self._ws.messages.inform("Open a connection first.", 5000)
            return
        self.stop()
        self._generation += 1
        generation = self._generation
        self._key = key
        self._grid = None
        self._undo.clear()
        self._redo.clear()
        self._saving.clear()
        self.model.clear()
        self._announce()
        self._load_task = self._ws.runner.submit(
            partial(_load, client, self._readers),
            on_success=partial(self._on_loaded, generation),
            on_failure=partial(self._on_load_failed, generation),
            on_progress=partial(self._on_load_progress, generation),
            description="load the whole course",
        )
        self.loading_changed.emit(True)

    @Slot()
    def stop(self) -> None:
        """Stop loading: the lists already shown stay, the others stay "…"."""
        if self._load_task is not None:
            self._ws.runner.cancel(self._load_task)
            self._load_task = None
            self.loading_changed.emit(False)

    def _on_load_progress(self, generation: int, event: object) -> None:
        if generation != self._generation or not isinstance(event, tuple):
            return
        kind = event[0]
        if kind == "line items":
            items: tuple[LineItem, ...] = event[1]
            self.model.set_line_items(items)
            self.progress.emit(0, len(items) + 1)
            self.refresh_states()
        elif kind == "roster":
            self.model.set_roster(event[1])
        elif kind == "results":
            self.model.add_results(event[1], event[2])
        elif kind == "progress":
            self.progress.emit(event[1], event[2])

    def _on_loaded(self, generation: int, loaded: tuple[CourseGrid, datetime]) -> None:
        if generation != self._generation:
            return
        self._load_task = None
        self.loading_changed.emit(False)
        grid, taken_at = loaded
        self._grid = grid
        key = self._key
        assert key is not None
        # Each line item's download is kept: the base of offline work, and what the app lists
        # as waiting when it is closed with drafts. One store job per line item, so the store
        # thread takes the window's saves between them.
        for item in grid.line_items:
            self._ws.runner.submit_store(
                partial(_save_snapshot, self._ws.store, key, grid, item, taken_at),
                on_success=lambda _: None,
                on_failure=partial(log.warning, "a course snapshot was not saved: %s"),
                description=f"keep the download of {item.label}",
            )
        learners = plural(self.model.learner_count(), "learner", "learners")
        columns = plural(len(grid.line_items), "line item", "line items")
        self._ws.messages.inform(f"The course is loaded: {learners}, {columns}.", 5000)

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._load_task = None
        self.loading_changed.emit(False)
        self._ws.messages.report_failure("Loading the course", error)

    # -- editing -----------------------------------------------------------------------------

    @Slot(object, str)
    def save_edits(self, edits: EditsByLineItem, label: str) -> None:
        """Save one operation's drafts, per line item; its cells show "saving" until then."""
        key = self._key
        if key is None or not edits or self._ws.runner.closed:
            return
        if self._ws.is_read_only():
            self._ws.messages.inform(READ_ONLY_NOTICE, 5000)
            return
        job_id = self._ws.runner.submit_store(
            partial(_apply, self._ws.store, key, edits, label),
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
                "The change was not saved",
                f"{action} failed on this computer: {error}. The table shows what is saved; "
                "nothing was sent to the LMS.",
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
            self._ws.messages.inform("Wait a moment: the last change is being saved.", 3000)
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
                    f"“{operation.label}” cannot be undone here: “{label}” was changed in the "
                    "column view since. Undo it there.",
                    8000,
                )
                self._announce()
            else:
                self._on_store_failed(generation, 0, "Undo" if undo else "Redo", error)

        self._ws.runner.submit_store(
            partial(_step, self._ws.store, key, operation, undo),
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
            partial(_read_states, self._ws.store, key, ids),
            on_success=lambda stored: (
                self._show_stored(stored) if generation == self._generation else None
            ),
            on_failure=partial(self._ws.messages.report_failure, "Reading the saved changes"),
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
        pending = sum(
            1
            for item in self.model.line_items()
            for overlay in self.model.overlays(item.id).values()
            if overlay.saving or overlay.state is not CellState.VERIFIED
        )
        if pending != self._pending:
            self._pending = pending
            self.pending_count_changed.emit(pending)

    @property
    def pending_count(self) -> int:
        return self._pending

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

    # -- submitting --------------------------------------------------------------------------

    def submit(self) -> None:
        """Review each line item's drafts, then queue the confirmed ones and send them."""
        ws = self._ws
        key = self._key
        if ws.is_read_only():
            ws.messages.inform(READ_ONLY_NOTICE, 5000)
            return
        if key is None or key != ws.session.key:
            ws.messages.inform("Load the course first.", 5000)
            return
        if self._submitter.running:
            ws.messages.inform("Grades are being sent: wait for the current run.", 5000)
            return
        items = [item for item in self.model.line_items() if self.model.is_loaded(item.id)]
        ws.runner.submit_store(
            partial(_read_to_submit, ws.store, key, [item.id for item in items]),
            on_success=partial(self._review, key, self._generation, items),
            on_failure=partial(ws.messages.report_failure, "Reading the changes to send"),
            description="read the course's changes to send",
        )

    def _review(
        self,
        key: str,
        generation: int,
        items: list[LineItem],
        to_submit: dict[str, submitting.ToSubmit],
    ) -> None:
        ws = self._ws
        if generation != self._generation or key != ws.session.key:
            return
        # One review for every line item's changes, in a section each.
        reviewed: list[ReviewItem] = []
        already_queued: list[LineItem] = []
        for item in items:
            waiting = to_submit[item.id]
            if not waiting.drafts and waiting.queued:
                already_queued.append(item)
            section = []
            for user_id, draft in waiting.drafts.items():
                grade = self._grade_of(item.id, user_id)
                section.append(ReviewItem(grade, draft, item, not_active_student(grade.member)))
            section.sort(key=lambda each: (each.name.casefold(), each.user_id))
            reviewed.extend(section)
        confirmed: dict[str, list[str]] = {}
        reviewed_to_send = (
            ws.dialogs.review_submission(
                ws.window,
                line_item=reviewed[0].line_item or items[0],
                items=reviewed,
                platform=ws.session.platform,
                locale=self.model.locale(),
            )
            if reviewed
            else None
        )
        if reviewed_to_send is not None:
            for each in reviewed_to_send:
                assert each.line_item is not None
                confirmed.setdefault(each.line_item.id, []).append(each.user_id)
            ws.inform_held_back(len(reviewed), len(reviewed_to_send))
        if not confirmed and not already_queued:
            if not any(waiting.drafts for waiting in to_submit.values()):
                ws.messages.inform("Nothing to send: there are no unsent changes.", 5000)
            return
        by_id = {item.id: item for item in items}
        to_send = [by_id[item_id] for item_id in confirmed] + already_queued
        if not confirmed:
            self._send(to_send)
            return
        ws.runner.submit_store(
            partial(_queue, ws.store, key, confirmed),
            on_success=lambda _: self._send(to_send),
            on_failure=self._on_queue_failed,
            description="queue the course's grades",
        )

    def _grade_of(self, line_item_id: str, user_id: str) -> StudentGrade:
        learner = self.model.learner_by_id(user_id)
        member = learner.member if learner is not None else None
        return StudentGrade(user_id, member, self.model.result(line_item_id, user_id))

    def _on_queue_failed(self, error: BaseException) -> None:
        self.refresh_states()
        self._ws.messages.report_failure("Queueing the grades", error)

    def _send(self, line_items: list[LineItem]) -> None:
        self.refresh_states()
        for item in line_items:
            self._submitter.send(item)


class ViewSwitch(QObject):
    """The column view and the Course view as tabs of the window's central area.

    The window's Undo, Redo, Submit and Filter act on the view shown; the Course view loads the
    course the first time it is shown for a connection.
    """

    undo_state_changed = Signal(object, object)
    """(undo label or None, redo label or None) of the view shown."""

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
        tabs.addTab(workspace.results_view, "&Column")
        tabs.addTab(self.course_view, "C&ourse")
        tabs.setTabToolTip(0, "One line item: every learner's score, comment and status")
        tabs.setTabToolTip(1, "Every learner's grade in every line item (Ctrl+Shift+G)")
        view, course = self.course_view, self.course
        view.load_requested.connect(course.load)
        view.stop_requested.connect(course.stop)
        course.loading_changed.connect(view.set_loading)
        course.progress.connect(view.show_progress)
        course.undo_state_changed.connect(self._on_course_undo_state)
        workspace.edits.undo_state_changed.connect(self._on_column_undo_state)
        tabs.currentChanged.connect(self._on_tab_changed)
        self.learner_view: LearnerView | None = None
        view.learner_view_requested.connect(self.open_learner_view)

    @Slot(str)
    def open_learner_view(self, user_id: str) -> None:
        """One learner's grades in every line item; its edits are the Course view's."""
        view = self.learner_view
        if view is None:
            view = self.learner_view = LearnerView(self.course_model, self._ws.window)
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

    @property
    def course_shown(self) -> bool:
        return self.tabs.currentWidget() is self.course_view

    @Slot()
    def show_course(self) -> None:
        self.tabs.setCurrentWidget(self.course_view)
        self.course_view.table.setFocus()

    @Slot(int)
    def _on_tab_changed(self, _: int) -> None:
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
