"""Sending from the window: the submission engine on a worker, its progress on the main thread.

`SubmissionController` runs one `SubmissionEngine.run()` at a time through the `TaskRunner`, so
the window never waits on the network or the store. Its signals always arrive on the main
thread. `SubmissionProgress` is the small status widget: a bar, the counts, and Cancel (which
stops new sends; what is not sent stays queued in the store for the next submission).
"""

from __future__ import annotations

import math
import threading
from functools import partial

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from gradebook_gui.api import AuthError, LtiaasClient
from gradebook_gui.edits import CellState
from gradebook_gui.engine import EngineOptions, ProgressEvent, StopReason, SubmissionReport
from gradebook_gui.gui.i18n import counted, reason_text, translate, translated
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import LineItem
from gradebook_gui.services import submitting
from gradebook_gui.services.submitting import counts_wording, report_wording
from gradebook_gui.store import GradeStore
from gradebook_gui.wording import Wording


def sending_action() -> str:
    """What the window was doing when a submission fails, as a failure message names it."""
    return translate("submission", "Sending grades")


# The bar and the counts follow a run at most this often: a run reports several steps per grade,
# and drawing each one would keep the window's thread busy through a large submission.
PROGRESS_SHOWN_EVERY_MS = 40


class CredentialsRefused(AuthError):
    """LTIAAS refused the credentials during a submission; `report` says where each grade is.

    Everything not yet sent stays queued: once the user gives a new credential, starting the
    submission again sends the rest.
    """

    def __init__(self, report: SubmissionReport) -> None:
        self.report = report
        queued = len(report.still_queued)
        super().__init__(
            sending_action(),
            status=401,
            explanation=(
                counted(
                    translate("submission", "{count} grade not yet sent stays queued"),
                    translate(
                        "submission", "{count} grades not yet sent stay queued", None, queued
                    ),
                    queued,
                )
                if queued
                else translate("submission", "the grades not yet verified stay queued")
            ),
        )


def _submit(
    client: LtiaasClient,
    store: GradeStore,
    key: str,
    line_item: LineItem,
    profile: str | None,
    options: EngineOptions | None,
    cancel: threading.Event,
    context: TaskContext,
) -> SubmissionReport:
    """Runs on a pool thread; each progress event is relayed to the main thread."""
    return submitting.send(
        client,
        store,
        key,
        line_item,
        profile=profile,
        options=options,
        on_progress=context.report,
        cancel=cancel,
    )


class SubmissionController(QObject):
    """Starts and cancels the sending of one line item's queued grades.

    Each `start` ends in exactly one of `finished(SubmissionReport)` or `failed(exception)`:
    SenderBusy (another program is sending), CredentialsRefused (an
    AuthError carrying the report: ask for a new credential, then start again), or any other
    error (a store failure or a bug).
    """

    progress = Signal(object)  # ProgressEvent: a learner's new state, with counts per state
    finished = Signal(object)  # SubmissionReport
    failed = Signal(object)  # BaseException
    running_changed = Signal(bool)
    # The run's outcome as the status bar shows it, and why the run stopped ("" when it did
    # not stop early): the short outcome keeps the whole cause within reach.
    outcome_explained = Signal(str, str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._cancel: threading.Event | None = None
        self._task_id: int | None = None

    @property
    def running(self) -> bool:
        return self._task_id is not None

    @property
    def cancelling(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def start(
        self,
        client: LtiaasClient,
        store: GradeStore,
        key: str,
        line_item: LineItem,
        profile: str | None = None,
        options: EngineOptions | None = None,
    ) -> None:
        """Send what is queued for `line_item` on connection `key`; returns at once."""
        if self.running:
            raise RuntimeError("grades are already being sent; wait for the current run")
        self._cancel = threading.Event()
        job = partial(_submit, client, store, key, line_item, profile, options, self._cancel)
        self._task_id = self._runner.submit(
            job,
            on_success=self._on_success,
            on_failure=self._on_failure,
            on_progress=self._on_progress,
            description=f"send grades of {line_item.label}",
        )
        self.running_changed.emit(True)

    @Slot()
    def cancel(self) -> None:
        """Stop new sends; requests in flight finish and are verified, the rest stays queued.

        `finished` follows with the report (stopped: cancelled). Call it before the window
        closes too, so the worker ends promptly.
        """
        if self._cancel is not None:
            self._cancel.set()

    def explain_outcome(self, shown: str, cause: str) -> None:
        """The status bar now shows `shown` for the run that ended; `cause` is why it stopped."""
        self.outcome_explained.emit(shown, cause)

    def _on_progress(self, event: object) -> None:
        self.progress.emit(event)

    def _on_success(self, report: SubmissionReport) -> None:
        self._done()
        if report.stopped is StopReason.AUTH:
            self.failed.emit(CredentialsRefused(report))
        else:
            self.finished.emit(report)

    def _on_failure(self, error: BaseException) -> None:
        self._done()
        self.failed.emit(error)

    def _done(self) -> None:
        self._task_id = None
        self._cancel = None
        self.running_changed.emit(False)


# -- the progress widget -------------------------------------------------------------------------

_FINAL = (CellState.VERIFIED, CellState.CONFLICT, CellState.FAILED)


class SubmissionProgress(QWidget):
    """A bar with the counts ("7 of 10 verified, 1 failed") and a Cancel button."""

    def __init__(self, controller: SubmissionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("SubmissionProgress", "Sending progress"))
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.label = QLabel()
        self.label.setAccessibleName(translate("SubmissionProgress", "Sending"))
        self.cancel_button = QPushButton(translate("SubmissionProgress", "Cancel sending"))
        self.cancel_button.setAccessibleName(translate("SubmissionProgress", "Cancel sending"))
        self.cancel_button.setToolTip(
            translate(
                "SubmissionProgress",
                "Stop sending new grades; those not sent stay queued for the next submission",
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        controller.running_changed.connect(self._on_running_changed)
        controller.progress.connect(self._on_progress)
        controller.finished.connect(self._on_finished)
        controller.failed.connect(self._on_failed)
        # What the events received since the last tick leave on screen: the newest message, the
        # newest counts, and whichever of those counts or a wait was reported last.
        self._message: Wording | str | None = None
        self._counts: ProgressEvent | None = None
        self._label_from: ProgressEvent | None = None
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(PROGRESS_SHOWN_EVERY_MS)
        self._show_timer.timeout.connect(self._show_progress)
        self._on_running_changed(controller.running)

    @Slot(bool)
    def _on_running_changed(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self._forget_progress()
            self.bar.setRange(0, 0)  # busy until the first counts arrive
            self.cancel_button.setEnabled(True)
            self.cancel_button.setText(translate("SubmissionProgress", "Cancel sending"))
            self.label.setText(
                translate("SubmissionProgress", "Reading the current grades from the LMS…")
            )

    @Slot(object)
    def _on_progress(self, event: object) -> None:
        if not isinstance(event, ProgressEvent):
            return
        self._message = event.message if event.wording is None else event.wording
        if event.waiting_seconds:
            self._label_from = event
        elif sum(event.counts.values()):
            self._counts = self._label_from = event
        if not self._show_timer.isActive():
            self._show_timer.start()

    @Slot()
    def _show_progress(self) -> None:
        """Show where the run is, as of the last event received."""
        self._show_timer.stop()
        message, counted, label_from = self._message, self._counts, self._label_from
        self._forget_progress()
        if message is not None:
            # Translated once a tick, not for every event; the LMS's own words as it wrote them.
            self.label.setToolTip(translated(message))
        if counted is not None:
            # QProgressBar paints itself at once on a new value, and with it whatever else of the
            # window waits to be painted; with updates off it is painted with the next frame.
            self.bar.setUpdatesEnabled(False)
            self.bar.setRange(0, sum(counted.counts.values()))
            self.bar.setValue(sum(counted.counts.get(state, 0) for state in _FINAL))
            self.bar.setUpdatesEnabled(True)
        if label_from is not None and label_from.waiting_seconds:
            # The LMS asked to slow down: the seconds left, so a pause is not taken for a hang.
            # Cancel sending ends the wait at once.
            seconds = math.ceil(label_from.waiting_seconds)
            self.label.setText(
                translate("SubmissionProgress", "Waiting {seconds} s as the LMS asked…").format(
                    seconds=QLocale().toString(seconds)
                )
            )
        elif label_from is not None:
            self.label.setText(translated(counts_wording(label_from.counts)))

    def _forget_progress(self) -> None:
        self._show_timer.stop()
        self._message = self._counts = self._label_from = None

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self._controller.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(translate("SubmissionProgress", "Stopping…"))

    @Slot(object)
    def _on_finished(self, report: object) -> None:
        self._show_progress()  # the bar ends where the run ended, under the report
        if isinstance(report, SubmissionReport):
            self.label.setText(translated(report_wording(report)))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._show_progress()
        if isinstance(error, CredentialsRefused):
            self.label.setText(
                translate(
                    "SubmissionProgress", "Stopped: LTIAAS refused the credentials. {report}"
                ).format(report=translated(report_wording(error.report)))
            )
        elif isinstance(error, BaseException):
            self.label.setText(
                translate("SubmissionProgress", "Not sent: {reason}").format(
                    reason=reason_text(error)
                )
            )
