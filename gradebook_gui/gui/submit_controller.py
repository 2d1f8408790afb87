"""Submitting from the window: review the drafts, queue them, send them, resolve conflicts, and
resume what an earlier session left queued.

The use cases are the submitting service's; this controller runs them on the task runner (store
work on its store thread, network on its pool), asks the user through `Dialogs`, and says where
every grade ended through the message channel.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gradebook_gui.api import LtiaasClient
from gradebook_gui.edits import CellState, ServerGrade
from gradebook_gui.engine import ProgressEvent, StopReason, SubmissionReport
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui import course_tasks
from gradebook_gui.gui.i18n import counted, translate, translated
from gradebook_gui.gui.review_dialog import ReviewItem
from gradebook_gui.gui.submission import (
    CredentialsRefused,
    SubmissionController,
    sending_action,
)
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.gui.workspace import Workspace
from gradebook_gui.models import LineItem
from gradebook_gui.services import submitting
from gradebook_gui.services.submitting import (
    AppliedResolutions,
    Resolution,
    not_active_wording,
    outcome_wording,
    stop_cause,
)
from gradebook_gui.store import GradeStore, OutboxEntry

# Rows follow a run's progress at most this often.
STATES_SHOWN_EVERY_MS = 40

# -- work for the task runner (plain functions: they run off the main thread) -------------------


def _read_to_submit(
    store: GradeStore, key: str, line_item_id: str, _: TaskContext
) -> submitting.ToSubmit:
    return submitting.read_to_submit(store, key, line_item_id)


def _queue(
    store: GradeStore,
    key: str,
    line_item_id: str,
    user_ids: list[str],
    label: str,
    _: TaskContext,
) -> list[OutboxEntry]:
    return submitting.queue_drafts(store, key, line_item_id, user_ids, label)


def _count_conflicts(store: GradeStore, key: str, line_item_id: str, _: TaskContext) -> int:
    return submitting.count_conflicts(store, key, line_item_id)


def _read_conflicts(
    store: GradeStore, client: LtiaasClient, key: str, line_item_id: str, _: TaskContext
) -> submitting.Conflicts:
    return submitting.read_conflicts(store, client, key, line_item_id)


def _read_waiting(store: GradeStore, key: str, _: TaskContext) -> list[submitting.Waiting]:
    return submitting.waiting_per_line_item(store, key)


def _line_items_of(
    store: GradeStore, client: LtiaasClient, key: str, line_item_ids: list[str], _: TaskContext
) -> list[LineItem]:
    return [
        submitting.line_item_to_send(store, client, key, line_item_id)
        for line_item_id in line_item_ids
    ]


def _name_order(rank: int | None, name: str, user_id: str) -> tuple[bool, int, str, str]:
    """Learners as the table orders their names (its rank of each), the unranked after them."""
    return (rank is None, rank or 0, name.casefold(), user_id)


class SubmitController(QObject):
    conflicts_changed = Signal(int)
    """Grades of the shown line item in conflict (0 when none, or no line item shown)."""

    history_changed = Signal()
    """Something was journaled: the History view should read it again."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        self.submission = SubmissionController(workspace.runner, self)
        # The line item being sent, and those waiting for their turn.
        self._sending: LineItem | None = None
        self._send_queue: list[LineItem] = []
        self._conflicts = 0
        self.submission.finished.connect(self._on_sent)
        self.submission.failed.connect(self._on_sending_failed)
        self.submission.progress.connect(self._on_progress)
        # States named by progress events, shown together a few times a second: one table
        # update for a burst of events keeps the window responsive during a large run.
        self._moved_on: dict[str, CellState] = {}
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(STATES_SHOWN_EVERY_MS)
        self._show_timer.timeout.connect(self._show_moved_on)

    @property
    def conflicts(self) -> int:
        return self._conflicts

    @property
    def running(self) -> bool:
        return self.submission.running

    # -- submit ------------------------------------------------------------------------------

    def submit(self) -> None:
        """Review the drafts, then queue the confirmed ones and send them.

        The drafts are read on the store thread after every save asked for before, so what was
        just typed is in the review."""
        ws = self._ws
        line_item = ws.editable_line_item()
        # The review compares each draft with the grades as downloaded: all of them are needed.
        if (
            line_item is None
            or ws.ready_grades() is None
            or not ws.results_view.commit_open_editor()
        ):
            return
        if self.submission.running:
            ws.messages.inform(
                translate("SubmitController", "Grades are being sent: wait for the current run."),
                5000,
            )
            return
        key = ws.session.key
        assert key is not None
        ws.runner.submit_store(
            partial(_read_to_submit, ws.store, key, line_item.id),
            on_success=partial(self._review, key, line_item),
            on_failure=partial(
                ws.messages.report_failure,
                translate("SubmitController", "Reading the changes to send"),
            ),
            description="read the changes to send",
        )

    def _review(self, key: str, line_item: LineItem, to_submit: submitting.ToSubmit) -> None:
        ws = self._ws
        if key != ws.session.key or not ws.shows(line_item):
            return  # the user went elsewhere meanwhile
        if not to_submit.drafts:
            if to_submit.queued:
                ws.messages.inform(
                    counted(
                        translate("SubmitController", "Sending the {count} grade already queued…"),
                        translate(
                            "SubmitController",
                            "Sending the {count} grades already queued…",
                            None,
                            to_submit.queued,
                        ),
                        to_submit.queued,
                    ),
                    5000,
                )
                self.send(line_item)
            elif self._conflicts:
                ws.messages.inform(
                    translate(
                        "SubmitController",
                        "Nothing new to send. Grades › Resolve conflicts… decides about the "
                        "grades changed in the LMS.",
                    ),
                    8000,
                )
            else:
                ws.messages.inform(
                    translate("SubmitController", "Nothing to send: there are no unsent changes."),
                    5000,
                )
            return
        by_user = {grade.user_id: grade for grade in ws.loader.grades or ()}
        # The rows shown are the copy kept on this computer: the LMS could not be reached.
        offline_copy_from = ws.loader.snapshot_taken_at
        items: list[ReviewItem] = []
        for user_id, draft in to_submit.drafts.items():
            grade = by_user.get(user_id) or StudentGrade(user_id, None, None)
            items.append(
                ReviewItem(
                    grade,
                    draft,
                    not_active=translated(w) if (w := not_active_wording(grade.member)) else None,
                    offline_copy_from=offline_copy_from,
                )
            )
        # The table's order of names: family, then given name, in the locale's collation.
        ranked = ws.results_model.name_rank
        items.sort(key=lambda item: _name_order(ranked(item.user_id), item.name, item.user_id))
        to_send = ws.dialogs.review_submission(
            ws.window,
            line_item=line_item,
            items=items,
            platform=ws.session.platform,
            locale=ws.results_model.locale(),
        )
        if to_send is None:
            return
        ws.inform_held_back(len(items), len(to_send))
        if not to_send:
            return
        # The label names the step in the undo history and the outbox, in the window's language.
        label = counted(
            translate("SubmitController", "Submit {count} grade"),
            translate("SubmitController", "Submit {count} grades", None, len(to_send)),
            len(to_send),
        )
        ws.runner.submit_store(
            partial(_queue, ws.store, key, line_item.id, [item.user_id for item in to_send], label),
            on_success=partial(self._on_queued, line_item),
            on_failure=self._on_queue_failed,
            description="queue the grades",
        )

    def _on_queue_failed(self, error: BaseException) -> None:
        # Another program sending for this connection refuses the queueing (SenderBusy):
        # nothing was queued, the drafts stay as they are.
        self._ws.messages.report_failure(
            translate("SubmitController", "Queueing the grades"), error
        )

    def _on_queued(self, line_item: LineItem, entries: list[OutboxEntry]) -> None:
        self._ws.edits.refresh_states()
        self.send(line_item)

    def send(self, line_item: LineItem) -> None:
        """Run the submission engine for `line_item`, after the line item being sent if any."""
        session = self._ws.session
        client, key, connection = session.client, session.key, session.connection
        if client is None or key is None or connection is None:
            self._ws.messages.inform(
                translate("SubmitController", "Not connected: the grades stay queued."), 0
            )
            return
        if self.submission.running:
            self._send_queue.append(line_item)
            return
        self._sending = line_item
        self.submission.start(client, self._ws.store, key, line_item, connection.profile)

    def cancel(self) -> None:
        """Stop sending: what is not sent stays queued for the next session."""
        self._send_queue.clear()
        self.submission.cancel()

    @Slot(object)
    def _on_progress(self, event: object) -> None:
        # Each event names the learner whose grade moved on: only those rows change.
        if (
            isinstance(event, ProgressEvent)
            and event.user_id is not None
            and event.state is not None
            and self._sending is not None
            and self._ws.shows(self._sending)
        ):
            self._moved_on[event.user_id] = event.state
            if not self._show_timer.isActive():
                self._show_timer.start()

    @Slot()
    def _show_moved_on(self) -> None:
        self._show_timer.stop()
        moved_on, self._moved_on = self._moved_on, {}
        if moved_on and self._sending is not None and self._ws.shows(self._sending):
            self._ws.edits.show_states(moved_on)

    @Slot(object)
    def _on_sent(self, report: object) -> None:
        assert isinstance(report, SubmissionReport)
        self._show_moved_on()
        line_item, self._sending = self._sending, None
        text = translated(outcome_wording(report))
        if line_item is not None:
            text = translate("SubmitController", "“{label}”: {report}").format(
                label=line_item.label, report=text
            )
        # Short enough to be read whole beside the status bar's labels: what became of the
        # grades. Why a run stopped is the status bar's tooltip; the conflicts show in the
        # unsent-changes count and in Grades › Resolve conflicts…, now enabled.
        self._ws.messages.inform(text, 0)
        cause = stop_cause(report)
        self.submission.explain_outcome(text, translated(cause) if cause is not None else "")
        # Stopped by the network, or by a wait longer than allowed: a reload would meet the same
        # trouble, and the rows already show where each grade is.
        stopped_early = report.stopped in (StopReason.NETWORK, StopReason.WAIT)
        self._after_sending(line_item, reload=not stopped_early, report=report)

    @Slot(object)
    def _on_sending_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._show_moved_on()
        line_item, self._sending = self._sending, None
        self._send_queue.clear()  # the same trouble would stop the others: they stay queued
        if isinstance(error, CredentialsRefused):
            self._ws.messages.report_failure(sending_action(), error, retry=self._offer_to_resend)
        else:
            self._ws.messages.report_failure(sending_action(), error)
        self._after_sending(line_item, reload=False)

    def _offer_to_resend(self) -> None:
        self._ws.messages.inform(
            translate(
                "SubmitController",
                "Signed in again. The grades not sent are still queued: Grades › Submit "
                "(Ctrl+S) sends them.",
            ),
            0,
        )

    def _after_sending(
        self,
        line_item: LineItem | None,
        *,
        reload: bool,
        report: SubmissionReport | None = None,
    ) -> None:
        """Show where every grade ended, then send the next line item waiting, if any."""
        self.count_conflicts()
        self.history_changed.emit()
        shown = self._ws.loader.line_item
        if reload and line_item is not None and shown is not None and shown.id == line_item.id:
            # The LMS's values now are the base of any further edit, quietly: the run's
            # outcome stays on the status bar. The run read them all back already, unless it
            # stopped before the last page.
            if report is not None and report.read_back_complete:
                self._ws.loader.show_read_back(report.read_back_results)
                self._ws.edits.refresh_states()
            else:
                # Loading the column again reads the drafts and states with it.
                self._ws.loader.reload(announce=False)
        else:
            self._ws.edits.refresh_states()
        if self._send_queue:
            self.send(self._send_queue.pop(0))

    # -- conflicts ---------------------------------------------------------------------------

    def count_conflicts(self) -> None:
        ws = self._ws
        key, line_item = ws.session.key, ws.results_model.line_item()
        if key is None or line_item is None:
            self._on_conflicts_counted(None, 0)
            return
        ws.runner.submit_store(
            partial(_count_conflicts, ws.store, key, line_item.id),
            on_success=partial(self._on_conflicts_counted, line_item.id),
            on_failure=partial(
                ws.messages.report_failure, translate("SubmitController", "Reading the conflicts")
            ),
            description="count the conflicts",
        )

    def _on_conflicts_counted(self, line_item_id: str | None, count: int) -> None:
        shown = self._ws.results_model.line_item()
        if line_item_id is not None and (shown is None or shown.id != line_item_id):
            return  # about a line item left meanwhile
        self._conflicts = count
        self.conflicts_changed.emit(count)

    def resolve_conflicts(self) -> None:
        ws = self._ws
        line_item = ws.editable_line_item()
        client, key = ws.session.client, ws.session.key
        if line_item is None or client is None or key is None:
            return
        ws.messages.inform(
            translate("SubmitController", "Reading the current grades from the LMS…"), 0
        )
        ws.runner.submit(
            partial(_read_conflicts, ws.store, client, key, line_item.id),
            on_success=partial(self._ask_resolutions, line_item),
            on_failure=partial(
                ws.messages.report_failure,
                translate("SubmitController", "Reading the conflicting grades"),
            ),
            description="read the conflicting grades",
        )

    def _ask_resolutions(self, line_item: LineItem, conflicts: submitting.Conflicts) -> None:
        ws = self._ws
        ws.messages.inform("")
        if not conflicts.entries:
            ws.messages.inform(translate("SubmitController", "No grade is in conflict."), 5000)
            self.count_conflicts()
            return
        grades = ws.loader.grades or ()
        names = {grade.user_id: grade.name or grade.user_id for grade in grades}
        ranked = ws.results_model.name_rank
        resolutions = ws.dialogs.resolve_conflicts(
            ws.window,
            # In the table's order of names.
            conflicts=sorted(
                conflicts.entries,
                key=lambda entry: _name_order(
                    ranked(entry.user_id), names.get(entry.user_id, ""), entry.user_id
                ),
            ),
            names=names,
            line_item=line_item,
            current=conflicts.current,
            locale=ws.results_model.locale(),
            # Two learners of the same name are told apart by their email.
            emails={grade.user_id: grade.email for grade in grades if grade.email},
        )
        if not resolutions:
            return
        self.record_resolutions(
            resolutions, conflicts.current, line_item, partial(self._on_resolved, line_item)
        )

    def record_resolutions(
        self,
        resolutions: dict[int, Resolution],
        current: dict[str, ServerGrade],
        line_item: LineItem,
        on_success: Callable[[AppliedResolutions], None],
    ) -> None:
        """Record the instructor's decision on each grade in conflict in `line_item`, on the
        store's thread, against the grades the LMS holds now (`current`); whichever view asked,
        a failure is reported in the same words."""
        ws = self._ws
        connection = ws.session.connection
        ws.runner.submit_store(
            partial(
                course_tasks.resolve,
                ws.store,
                resolutions,
                current,
                line_item,
                connection.profile if connection else None,
            ),
            on_success=on_success,
            on_failure=partial(
                ws.messages.report_failure,
                translate("SubmitController", "Recording your decisions"),
            ),
            description="record the conflict decisions",
        )

    def _on_resolved(self, line_item: LineItem, applied: AppliedResolutions) -> None:
        self._ws.edits.refresh_states()
        self.count_conflicts()
        self.history_changed.emit()
        if applied.requeued:
            # "Keep mine" was the decision to send: the LMS is checked once more first.
            self.send(line_item)
        else:
            self._ws.loader.reload()

    # -- what an earlier session left queued -------------------------------------------------

    def offer_waiting(self) -> None:
        """Ask whether to send what an earlier session left queued for this connection."""
        key = self._ws.session.key
        if key is None:
            return
        self._ws.runner.submit_store(
            partial(_read_waiting, self._ws.store, key),
            on_success=partial(self._on_waiting_read, key),
            on_failure=partial(
                self._ws.messages.report_failure,
                translate("SubmitController", "Reading the grades waiting"),
            ),
            description="read the grades waiting to be sent",
        )

    def send_waiting(self) -> None:
        """Send what is queued for this connection now, without asking."""
        key = self._ws.session.key
        if key is None:
            return
        self._ws.runner.submit_store(
            partial(_read_waiting, self._ws.store, key),
            on_success=partial(self._send_waiting, key),
            on_failure=partial(
                self._ws.messages.report_failure,
                translate("SubmitController", "Reading the grades waiting"),
            ),
            description="read the grades waiting to be sent",
        )

    def _on_waiting_read(self, key: str, waiting: list[submitting.Waiting]) -> None:
        ws = self._ws
        if key != ws.session.key or not waiting:
            return
        if ws.is_read_only():
            total = sum(entry.count for entry in waiting)
            ws.messages.inform(
                counted(
                    translate(
                        "SubmitController",
                        "{count} grade is queued from an earlier session; turn read-only mode "
                        "off to send it.",
                    ),
                    translate(
                        "SubmitController",
                        "{count} grades are queued from an earlier session; turn read-only mode "
                        "off to send them.",
                        None,
                        total,
                    ),
                    total,
                ),
                0,
            )
            return
        if ws.dialogs.send_queued(
            ws.window, waiting=[(entry.label, entry.count) for entry in waiting]
        ):
            self._send_waiting(key, waiting)

    def _send_waiting(self, key: str, waiting: list[submitting.Waiting]) -> None:
        ws = self._ws
        client = ws.session.client
        if key != ws.session.key or client is None or not waiting:
            return
        ws.runner.submit(
            partial(
                _line_items_of, ws.store, client, key, [entry.line_item_id for entry in waiting]
            ),
            on_success=self._send_all,
            on_failure=partial(
                ws.messages.report_failure,
                translate("SubmitController", "Finding the grade columns to send"),
            ),
            description="find the line items to send",
        )

    def _send_all(self, line_items: list[LineItem]) -> None:
        for line_item in line_items:
            self.send(line_item)
