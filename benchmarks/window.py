"""How long the window's main thread stalls while it loads a large course and sends grades.

A 5 ms heartbeat timer runs on the main thread of the real window (built by `compose`, shown
offscreen) through what an instructor does with a large course, at 20 ms latency:
1. loading 10,000 learners;
2. setting 1,000 scores (as the Set score dialog does: one request to the table's model),
   which the window saves as drafts;
3. Grades › Submit: the review (confirmed at once here), queueing, and sending through the
   window's SubmissionController, until its report arrives and the rows show what the run read
   back;
4. loading the line item again (as View › Refresh, F5, does).
The longest gap between beats is the longest moment the window could not repaint or answer a click.
Beside it, the most CPU time the main thread used between two beats: the window's own work, which
other programs on a busy machine do not lengthen (they lengthen the gaps); and the main thread's
CPU time over the whole phase, which tells work saved from work only moved. Each phase is followed
by a moment of idle event loop, so that work the window does once a step is over (showing the read-
back, saving the snapshot) counts in that step. The sandbox runs in its own process, like LTIAAS.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from benchmarks.common import Measurement, external_sandbox
from benchmarks.submit import count_lost, new_scores

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

HEARTBEAT_MS = 5
STALL_TARGET_MS = 50
LATENCY_MS = 20
PHASE_TIMEOUT_MS = 120_000
# Idle event loop after each phase: what the window does once a step ends is counted in it.
SETTLE_MS = 600


@dataclass
class Heartbeat:
    """Beats of a main-thread timer: each beat's time, the gap since the one before and the
    main thread's CPU time in that gap."""

    beats: list[tuple[float, float, float]] = field(default_factory=list)
    last: float = field(default_factory=time.perf_counter)
    last_cpu: float = field(default_factory=time.thread_time)

    def start(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()

    def beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.beats.append((now, now - self.last, cpu - self.last_cpu))
        self.last, self.last_cpu = now, cpu

    def gaps_between(self, start: float, end: float) -> list[float]:
        """Gaps (seconds) of the beats that ended in [start, end]."""
        return [gap for moment, gap, _ in self.beats if start <= moment <= end]

    def work_between(self, start: float, end: float) -> list[float]:
        """The main thread's CPU time (seconds) in each gap that ended in [start, end]."""
        return [cpu for moment, _, cpu in self.beats if start <= moment <= end]


@dataclass(frozen=True)
class Phase:
    name: str
    started: float
    ended: float
    settled: float


def run(quick: bool = False) -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["GRADEBOOK_CONFIG_DIR"] = os.path.join(folder, "config")
        os.environ["GRADEBOOK_DATA_DIR"] = os.path.join(folder, "data")
        if quick:
            return _measure(students=1_000, scores=200)
        return _measure(students=10_000, scores=1_000)


def _wait_for(signals: Sequence[SignalInstance], what: str) -> None:
    """Run the event loop until one of `signals` is emitted; fails after a generous timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    for signal in signals:
        signal.connect(loop.quit)
    deadline = time.perf_counter() + PHASE_TIMEOUT_MS / 1000
    QTimer.singleShot(PHASE_TIMEOUT_MS, loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(loop.quit)
    if time.perf_counter() >= deadline:
        raise RuntimeError(f"the window did not finish {what} within {PHASE_TIMEOUT_MS} ms")


def _phase(
    name: str,
    start: Callable[[], Any],
    done: Sequence[SignalInstance],
    finished: Callable[[], bool] = lambda: True,
) -> Phase:
    """Start a step and wait for one of `done`, again until `finished()` holds."""
    # A beat just before the step starts: the gap the step is measured from is not lengthened
    # by what the benchmark did to prepare it (picking scores, calling the sandbox's admin).
    _settle(2 * HEARTBEAT_MS)
    started = time.perf_counter()
    start()
    _wait_for(done, name)
    while not finished():
        _wait_for(done, name)
    ended = time.perf_counter()
    _settle()
    return Phase(name, started, ended, time.perf_counter())


def _settle(milliseconds: int = SETTLE_MS) -> None:
    """Run the event loop idle for `milliseconds`."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _measure(students: int, scores: int) -> list[Measurement]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gradebook_gui.connection import Connection
    from gradebook_gui.credentials import SecretStorage, SessionKeyring
    from gradebook_gui.gui.app import StartOptions, compose
    from gradebook_gui.gui.dialogs import Dialogs
    from gradebook_gui.gui.quit_prompt import QuitChoice
    from gradebook_gui.models import PlatformFamily

    qt_app = QApplication.instance() or QApplication([])
    arguments = ("--students", str(students), "--latency-ms", str(LATENCY_MS), "--seed", "1")
    with external_sandbox(*arguments) as sandbox:
        app = compose(
            StartOptions(),
            secrets=SecretStorage(SessionKeyring()),
            presenter=lambda *args, **kwargs: None,
            dialogs=Dialogs(
                review_submission=lambda *args, **kwargs: list(kwargs["items"]),
                confirm_quit=lambda *args, **kwargs: QuitChoice.KEEP_FOR_LATER,
            ),
        )
        window = app.window
        failures: list[object] = []
        window.loader.failed.connect(lambda *args: failures.append(args))
        window.submission.failed.connect(failures.append)
        heartbeat = Heartbeat()
        timer = QTimer()
        timer.setInterval(HEARTBEAT_MS)
        timer.timeout.connect(heartbeat.beat)
        window.show()
        heartbeat.start()
        timer.start()
        connection = Connection(sandbox.base_url, sandbox.credentials, PlatformFamily.unknown)
        phases = [
            _phase(
                f"loading {students} learners",
                lambda: window.open_connection(connection),
                [window.loader.grades_ready, window.loader.failed],
                lambda: window.loader.grades is not None or bool(failures),
            )
        ]
        shown = window.results_model.rows_count_total()
        line_item = window.results_model.line_item()
        assert line_item is not None, "no line item was loaded"
        learners = [grade.user_id for grade in window.loader.grades or () if grade.on_roster]
        edits = new_scores(learners[:scores], line_item.scoreMaximum)
        # Blocking calls to the sandbox's admin routes stay out of the phases measured.
        sandbox.admin.clear_requests()
        phases.append(
            _phase(
                f"saving {len(edits)} scores as drafts",
                lambda: window.results_model.request_edits(edits, "Benchmark scores"),
                [window.edits.busy_changed],
                lambda: not window.edits.is_busy,
            )
        )
        phases.append(
            _phase(
                f"submitting {len(edits)} scores",
                window.submit,
                [window.submission.finished, window.submission.failed],
            )
        )
        phases.append(
            _phase(
                f"reloading {students} learners",
                window.loader.reload,
                [window.loader.grades_ready, window.loader.failed],
                lambda: window.loader.grades is not None or bool(failures),
            )
        )
        timer.stop()
        most_in_flight = sandbox.admin.max_in_flight()
        lost = count_lost(sandbox.admin.results(line_item.id), edits)
        app.shutdown()
    del qt_app
    if failures:
        raise RuntimeError(f"the window reported failures: {failures}")
    return _report(students, shown, len(edits), lost, most_in_flight, phases, heartbeat)


def _report(
    students: int,
    shown: int,
    scores: int,
    lost: int,
    most_in_flight: int,
    phases: Sequence[Phase],
    heartbeat: Heartbeat,
) -> list[Measurement]:
    name = f"window with {students} learners, {LATENCY_MS} ms latency, {HEARTBEAT_MS} ms heartbeat"
    found = [
        Measurement(name, "learners shown", shown, "rows"),
        Measurement(
            name, "scores submitted and not shown by the LMS", lost, "scores", "= 0", lost == 0
        ),
        Measurement(
            name,
            "most requests in flight while submitting and reloading",
            most_in_flight,
            "requests",
        ),
    ]
    for phase in phases:
        gaps = heartbeat.gaps_between(phase.started, phase.settled)
        longest_ms = max(gaps, default=0.0) * 1000
        work = heartbeat.work_between(phase.started, phase.settled)
        most_work_ms = max(work, default=0.0) * 1000
        stalls = sum(1 for gap in gaps if gap * 1000 > STALL_TARGET_MS)
        found += [
            Measurement(name, f"{phase.name}: time", phase.ended - phase.started, "s"),
            Measurement(name, f"{phase.name}: longest main-thread stall", longest_ms, "ms"),
            Measurement(
                name, f"{phase.name}: most main-thread CPU between beats", most_work_ms, "ms"
            ),
            Measurement(name, f"{phase.name}: main-thread CPU in all", sum(work) * 1000, "ms"),
            Measurement(
                name,
                f"{phase.name}: heartbeat gaps over {STALL_TARGET_MS} ms",
                stalls,
                "gaps",
                "= 0",
                stalls == 0,
            ),
        ]
    return found
