"""Background work for the window: nothing that waits on the network or the disk runs on the
window's thread.

Two lanes, one way to use them. `submit` runs a job on the thread pool (HTTP, and anything that
may run alongside other work); `submit_store` runs it on the one store thread, where every local
store call happens in the order it was asked for: a read asked for after a save sees that save,
and nothing writes to the store concurrently from the window.

A job is a plain function of a `TaskContext`; it reports progress and its outcome through
signals of a relay object living in the main thread, so the callbacks always run on the main
thread. Each task has an id; a cancelled task's later replies are dropped, so a reply for a line
item the user has left never reaches the screen. A cancelled store job still runs (a save the
user saw start must reach the disk); only its reply is dropped.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# Long enough for a page in flight and the last commits to finish when the window closes, short
# enough to not hang.
SHUTDOWN_WAIT_MS = 20_000
# How long a thread runs Python before it must let another take the GIL (Python's own is 5 ms).
GIL_TURN_SECONDS = 0.002


def take_short_gil_turns() -> Callable[[], None]:
    """Make threads take turns at the GIL more often while the window runs; returns a function
    undoing it.

    Painting the table calls into Python for every cell, and each call waits for the GIL while
    a worker parses pages, sends grades or writes the store: the window waits a whole turn each
    time. Shorter turns bring the window's paint and input back sooner.
    """
    previous = sys.getswitchinterval()
    sys.setswitchinterval(GIL_TURN_SECONDS)

    def restore() -> None:
        sys.setswitchinterval(previous)

    return restore


class _Relay(QObject):
    """Lives in the main thread; pool threads emit its signals, Qt queues them to the slots."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int)  # the task has reported items (`TaskContext.take_reported`)


class _StoreLane(QObject):
    """Lives on the store thread and runs what it is sent, one job at a time, in order."""

    @Slot(object)
    def run(self, job: object) -> None:
        assert callable(job)
        job()


def _quit_current_thread() -> None:
    thread = QThread.currentThread()
    assert thread is not None
    thread.quit()


class TaskContext:
    """What a running job sees: whether it should stop, and a way to report progress."""

    def __init__(self, task_id: int, relay: _Relay) -> None:
        self.task_id = task_id
        self.cancel = threading.Event()
        self._relay = relay
        # Reported and not yet taken by the main thread; several threads of a job may report.
        self._lock = threading.Lock()
        self._reported: list[object] = []

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    def report(self, item: object) -> None:
        """Send `item` (immutable) to the task's progress callback on the main thread.

        Items reported before the main thread took the earlier ones travel with them: a run
        reporting thousands of steps wakes the window's thread once per batch, not per step,
        and each wake-up waits for the GIL.
        """
        if self.cancel.is_set():
            return
        with self._lock:
            self._reported.append(item)
            if len(self._reported) == 1:
                # Announced under the lock: the announcement is queued before anything this
                # job announces after the item (its outcome included).
                self._relay.progressed.emit(self.task_id)

    def take_reported(self) -> list[object]:
        """The items reported since the last call, in the order they were reported."""
        with self._lock:
            items, self._reported = self._reported, []
        return items


@dataclass
class _Task(Generic[T]):
    context: TaskContext
    on_success: Callable[[T], None]
    on_failure: Callable[[BaseException], None]
    on_progress: Callable[[Any], None] | None = None
    description: str = ""


class TaskRunner(QObject):
    """Runs jobs on its thread pool or its store thread; outcomes arrive on the main thread."""

    _to_store_lane = Signal(object)

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._deliver_success)
        self._relay.failed.connect(self._deliver_failure)
        self._relay.progressed.connect(self._deliver_progress)
        self._tasks: dict[int, _Task[Any]] = {}
        self._ids = itertools.count(1)
        self._closed = False
        self._store_thread = QThread(self)
        self._store_thread.setObjectName("grade store")
        self._store_lane = _StoreLane()
        self._store_lane.moveToThread(self._store_thread)
        self._to_store_lane.connect(self._store_lane.run)
        self._store_thread.finished.connect(self._store_lane.deleteLater)
        self._store_thread.start()
        # Replies of cancelled tasks that arrived and were thrown away (visible to tests).
        self.stale_replies_dropped = 0

    def submit(
        self,
        job: Callable[[TaskContext], T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[Any], None] | None = None,
        description: str = "",
    ) -> int:
        """Start `job` on a pool thread; returns the task id (for `cancel`)."""
        context = self._register(on_success, on_failure, on_progress, description)
        self._pool.start(partial(_execute, job, context, self._relay))
        return context.task_id

    def submit_store(
        self,
        job: Callable[[TaskContext], T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        description: str = "",
    ) -> int:
        """Queue `job` on the store thread, after every store job queued before it; returns the
        task id. Ids grow in the order jobs were queued, which is the order they run in."""
        context = self._register(on_success, on_failure, None, description)
        self._to_store_lane.emit(partial(_execute, job, context, self._relay))
        return context.task_id

    def _register(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[Any], None] | None,
        description: str,
    ) -> TaskContext:
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        task_id = next(self._ids)
        context = TaskContext(task_id, self._relay)
        self._tasks[task_id] = _Task(context, on_success, on_failure, on_progress, description)
        return context

    def cancel(self, task_id: int) -> None:
        """Ask the job to stop and forget its callbacks: nothing of it reaches the screen."""
        task = self._tasks.pop(task_id, None)
        if task is not None:
            task.context.cancel.set()

    def is_running(self, task_id: int) -> bool:
        return task_id in self._tasks

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def pending_count(self) -> int:
        return len(self._tasks)

    def wait_for_done(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Cancel every task, let the store thread finish what it was given (saves reach the
        disk), and wait for every thread; True when all of them finished in time."""
        if self._closed:
            return True
        self._closed = True
        for task_id in list(self._tasks):
            self.cancel(task_id)
        # Queued behind every store job already sent, so the edits being saved reach the disk.
        self._to_store_lane.emit(_quit_current_thread)
        finished = self._store_thread.wait(timeout_ms) and self._pool.waitForDone(timeout_ms)
        if not finished:
            log.warning("background work still running after %d ms at shutdown", timeout_ms)
        return finished

    @Slot(int, object)
    def _deliver_success(self, task_id: int, result: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            self.stale_replies_dropped += 1
            return
        task.on_success(result)

    @Slot(int, object)
    def _deliver_failure(self, task_id: int, error: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            self.stale_replies_dropped += 1
            log.debug("dropped the failure of a cancelled task: %r", error)
            return
        assert isinstance(error, BaseException)
        log.debug("%s failed: %r", task.description or f"task {task_id}", error)
        task.on_failure(error)

    @Slot(int)
    def _deliver_progress(self, task_id: int) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            self.stale_replies_dropped += 1
            return
        for item in task.context.take_reported():
            if task.on_progress is not None and task_id in self._tasks:
                task.on_progress(item)


def _execute(job: Callable[[TaskContext], object], context: TaskContext, relay: _Relay) -> None:
    """Runs on a pool thread: every outcome, a bug included, goes back to the main thread."""
    try:
        result = job(context)
    except BaseException as error:  # nothing may vanish in a worker
        relay.failed.emit(context.task_id, error)
    else:
        relay.succeeded.emit(context.task_id, result)
