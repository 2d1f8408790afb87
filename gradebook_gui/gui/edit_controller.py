"""Saves the edits the results table asks for, off the window's thread, and shows where each is.

Every store call runs, in order, on the task runner's store thread: an edit is acknowledged only
once its commit returns (what the table shows as saved is on disk), and SQLite never blocks the
window. Until then the row
shows "saving…"; afterwards the model's overlays are rebuilt from the store (drafts, then outbox
states), so what the table shows after a restart is exactly what it showed before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal, Slot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui.i18n import counted, reason_text, translate
from gradebook_gui.gui.messages import MessageChannel, UserMessage, describe_error
from gradebook_gui.gui.results_model import CellOverlay, ResultsModel
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.store import GradeStore, StoreUnavailable

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoredEdits:
    """What the store holds for one line item, read in one go on the store thread."""

    overlays: dict[str, CellOverlay]
    unfinished: frozenset[str]  # students with a draft or an outbox entry not yet verified
    undo_label: str | None
    redo_label: str | None


def read_stored_edits(store: GradeStore, key: str, line_item_id: str) -> StoredEdits:
    """Drafts over outbox entries: a draft is what the user wants now, the entry what was sent."""
    overlays: dict[str, CellOverlay] = {}
    unfinished: set[str] = set()
    # Oldest first, so a student's newest entry is the one that stays.
    for entry in store.outbox(key, line_item_id):
        overlays[entry.user_id] = CellOverlay(entry.edit, entry.base, entry.state, entry.reason)
        if entry.state is not CellState.VERIFIED:
            unfinished.add(entry.user_id)
    for user_id, draft in store.drafts(key, line_item_id).items():
        overlays[user_id] = CellOverlay(draft.edit, draft.base, CellState.EDITED)
        unfinished.add(user_id)
    return StoredEdits(
        overlays,
        frozenset(unfinished),
        store.undo_label(key, line_item_id),
        store.redo_label(key, line_item_id),
    )


@dataclass(frozen=True, slots=True)
class _Saving:
    """An edit requested and not yet committed: the job saving it and what the row shows."""

    job_id: int
    overlay: CellOverlay
    label: str


class EditController(QObject):
    """The results model's edits, saved as drafts in the store, with undo and redo.

    `load` names the connection and line item shown; every operation applies to it. Signals are
    emitted on the main thread.
    """

    undo_state_changed = Signal(object, object)
    """(undo label or None, redo label or None): for the window's Undo and Redo actions."""

    pending_count_changed = Signal(int)
    """Students of the shown line item with a change not yet verified in the LMS."""

    busy_changed = Signal(bool)
    """True while store work is queued or running (submitting should wait for False)."""

    saved = Signal(str)
    """An edit's label once its commit returned: the change is on disk."""

    storage_refused = Signal(object)
    """The local data cannot be written (StoreUnavailable): editing must stop, not pretend."""

    def __init__(
        self,
        store: GradeStore,
        model: ResultsModel,
        messages: MessageChannel,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._model = model
        self._messages = messages
        self._key: str | None = None
        self._line_item_id: str | None = None
        # Bumped by load(): replies about a line item no longer shown are dropped.
        self._generation = 0
        self._jobs: set[int] = set()
        self._saving: dict[str, _Saving] = {}
        self._stored_undo: str | None = None
        self._stored_redo: str | None = None
        self._unfinished: frozenset[str] = frozenset()
        self._shown_undo_state: tuple[str | None, str | None] = (None, None)
        self._shown_pending = 0
        model.edits_requested.connect(self.save_edits)

    # -- what is shown -----------------------------------------------------------------------

    def load(self, key: str, line_item_id: str) -> None:
        """Show the drafts and outbox states of this connection's line item."""
        self._generation += 1
        self._key, self._line_item_id = key, line_item_id
        self._saving.clear()
        self._stored_undo = self._stored_redo = None
        self._unfinished = frozenset()
        self._announce()
        self.refresh_states()

    def unload(self) -> None:
        """No line item is shown: nothing to undo, nothing pending."""
        self._generation += 1
        self._key = self._line_item_id = None
        self._saving.clear()
        self._stored_undo = self._stored_redo = None
        self._unfinished = frozenset()
        self._announce()

    def show_states(self, states: Mapping[str, CellState]) -> None:
        """A running submission moved these learners' grades on: show it at once, in one
        update of the table, without reading the store (the reasons of failures and
        conflicts come with the next `refresh_states`)."""
        changes: dict[str, CellOverlay | None] = {}
        for user_id, state in states.items():
            overlay = self._model.overlay(user_id)
            if overlay is None or overlay.state in (None, CellState.EDITED) or overlay.saving:
                continue  # a newer draft is what the row shows; it is not the one being sent
            changes[user_id] = replace(overlay, state=state, reason=None)
        if changes:
            self._model.update_overlays(changes)

    def refresh_states(self) -> None:
        """Read drafts and outbox states again (the submission changed them)."""
        self._with_current(None, translate("EditController", "Reading the saved changes"))

    # -- changing ----------------------------------------------------------------------------

    @Slot(object, str)
    def save_edits(self, edits: Sequence[tuple[GradeEdit, ServerGrade]], label: str) -> None:
        """Save edits as drafts in one undoable operation; the rows show "saving…" until then."""
        if self._key is None or self._line_item_id is None or not edits:
            return
        job_id = self._with_current(
            lambda key, line_item_id: self._store.apply_edits(key, line_item_id, edits, label),
            translate("EditController", "Saving “{operation}”").format(operation=label),
            on_saved=label,
        )
        if not job_id:
            return  # shut down: the edit is not saved, so it is not shown either
        marks: dict[str, CellOverlay | None] = {}
        for edit, base in edits:
            overlay = CellOverlay(edit, base, CellState.EDITED, saving=True)
            self._saving[edit.user_id] = _Saving(job_id, overlay, label)
            marks[edit.user_id] = overlay
        self._model.update_overlays(marks)
        self._announce()

    def undo(self) -> None:
        """Undo the newest edit of the shown line item (after the edits still being saved)."""
        if not self._model.read_only():
            self._with_current(self._store.undo, translate("EditController", "Undo"))

    def redo(self) -> None:
        if not self._model.read_only():
            self._with_current(self._store.redo, translate("EditController", "Redo"))

    def revert(self, rows: Sequence[int]) -> None:
        """Drop the drafts of these view rows, as one undoable operation."""
        if self._model.read_only():
            return
        user_ids = []
        for row in rows:
            user_id = self._model.grade_at(row).user_id
            overlay = self._model.overlay(user_id)
            if overlay is not None and overlay.state is CellState.EDITED:
                user_ids.append(user_id)
        if not user_ids:
            return
        label = counted(
            translate("EditController", "Revert {count} edit"),
            translate("EditController", "Revert {count} edits", None, len(user_ids)),
            len(user_ids),
        )
        self._with_current(
            lambda key, line_item_id: self._store.revert_drafts(key, line_item_id, user_ids, label),
            label,
        )

    # -- state for the window ----------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return self._shown_undo_state[0] is not None

    @property
    def can_redo(self) -> bool:
        return self._shown_undo_state[1] is not None

    @property
    def undo_label(self) -> str | None:
        return self._shown_undo_state[0]

    @property
    def redo_label(self) -> str | None:
        return self._shown_undo_state[1]

    @property
    def pending_count(self) -> int:
        return self._shown_pending

    @property
    def is_busy(self) -> bool:
        return bool(self._jobs)

    # -- running jobs on the store thread ----------------------------------------------------

    def _with_current(
        self,
        operation: Callable[[str, str], object] | None,
        action: str,
        on_saved: str | None = None,
    ) -> int:
        """Run `operation(key, line_item_id)` then read the stored edits, on the store thread.

        Returns the job's id (jobs run in the order of their ids), 0 when nothing was started.
        """
        key, line_item_id = self._key, self._line_item_id
        if key is None or line_item_id is None or self._runner.closed:
            return 0
        store = self._store

        def job(_: TaskContext) -> StoredEdits:
            if operation is not None:
                operation(key, line_item_id)
            return read_stored_edits(store, key, line_item_id)

        generation = self._generation
        was_busy = bool(self._jobs)
        job_id = 0

        def done(stored: StoredEdits) -> None:
            self._jobs.discard(job_id)
            self._on_stored(generation, job_id, on_saved, stored)
            self._announce_idle()

        def failed(error: BaseException) -> None:
            self._jobs.discard(job_id)
            self._on_store_failed(generation, job_id, action, operation is not None, error)
            self._announce_idle()

        job_id = self._runner.submit_store(
            job, on_success=done, on_failure=failed, description=action
        )
        self._jobs.add(job_id)
        if not was_busy:
            self.busy_changed.emit(True)
        return job_id

    def _announce_idle(self) -> None:
        if not self._jobs:
            self.busy_changed.emit(False)

    def _on_stored(
        self, generation: int, job_id: int, saved_label: str | None, stored: StoredEdits
    ) -> None:
        if generation != self._generation:
            return  # about a line item no longer shown
        self._forget_saving_up_to(job_id)
        overlays = dict(stored.overlays)
        for user_id, saving in self._saving.items():
            overlays[user_id] = saving.overlay
        self._stored_undo, self._stored_redo = stored.undo_label, stored.redo_label
        self._unfinished = stored.unfinished
        self._model.set_overlays(overlays)
        self._announce()
        if saved_label is not None:
            self.saved.emit(saved_label)

    def _on_store_failed(
        self, generation: int, job_id: int, action: str, changed: bool, error: BaseException
    ) -> None:
        if generation == self._generation:
            self._forget_saving_up_to(job_id)
            self._announce()
            if changed:
                # Show what the store really holds again, without the change that failed.
                self.refresh_states()
        log.error("%s failed", action, exc_info=error)
        if isinstance(error, StoreUnavailable):
            self.storage_refused.emit(error)
            return
        self._messages.show(
            UserMessage(
                translate("EditController", "The change was not saved"),
                translate(
                    "EditController",
                    "{action} failed on this computer: {reason}. The table shows what is saved; "
                    "nothing was sent to the LMS.",
                ).format(action=action, reason=reason_text(error)),
                describe_error(action, error),
            )
        )

    def _forget_saving_up_to(self, job_id: int) -> None:
        """Jobs run in order: every save sent up to `job_id` has finished."""
        self._saving = {
            user_id: saving for user_id, saving in self._saving.items() if saving.job_id > job_id
        }

    def _announce(self) -> None:
        """Emit the undo state and pending count when they changed."""
        if self._saving:
            # A save still running is the newest operation, and it empties the redo list.
            newest = max(self._saving.values(), key=lambda saving: saving.job_id)
            undo_state: tuple[str | None, str | None] = (newest.label, None)
        else:
            undo_state = (self._stored_undo, self._stored_redo)
        if undo_state != self._shown_undo_state:
            self._shown_undo_state = undo_state
            self.undo_state_changed.emit(*undo_state)
        pending = len(self._unfinished | self._saving.keys())
        if pending != self._shown_pending:
            self._shown_pending = pending
            self.pending_count_changed.emit(pending)
