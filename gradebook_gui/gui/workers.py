"""Background work for the window: every HTTP request runs on a pool thread, never the GUI's.

A job is a plain function of a `TaskContext`; it reports progress and its outcome through
signals of a relay object living in the main thread, so the callbacks given to `submit` always
run on the main thread. Each task has an id; a cancelled task's later replies are dropped, so
a reply for a line item the user has left never reaches the screen.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# Long enough for a page in flight to finish when the window closes, short enough to not hang.
SHUTDOWN_WAIT_MS = 15_000


class _Relay(QObject):
    """Lives in the main thread; pool threads emit its signals, Qt queues them to the slots."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, object)


class TaskContext:
    """What a running job sees: whether it should stop, and a way to report progress."""

    def __init__(self, task_id: int, relay: _Relay) -> None:
        self.task_id = task_id
        self.cancel = threading.Event()
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    def report(self, item: object) -> None:
        """Send `item` (immutable) to the task's progress callback on the main thread."""
        if not self.cancel.is_set():
            self._relay.progressed.emit(self.task_id, item)


@dataclass
class _Task(Generic[T]):
    context: TaskContext
    on_success: Callable[[T], None]
    on_failure: Callable[[BaseException], None]
    on_progress: Callable[[Any], None] | None = None
    description: str = ""


class TaskRunner(QObject):
    """Runs jobs on its own thread pool and delivers their outcomes on the main thread."""

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
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        task_id = next(self._ids)
        context = TaskContext(task_id, self._relay)
        self._tasks[task_id] = _Task(context, on_success, on_failure, on_progress, description)
        self._pool.start(partial(_execute, job, context, self._relay))
        return task_id

    def cancel(self, task_id: int) -> None:
        """Ask the job to stop and forget its callbacks: nothing of it reaches the screen."""
        task = self._tasks.pop(task_id, None)
        if task is not None:
            task.context.cancel.set()

    def is_running(self, task_id: int) -> bool:
        return task_id in self._tasks

    @property
    def pending_count(self) -> int:
        return len(self._tasks)

    def wait_for_done(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Cancel every task and wait for the pool threads; True when all of them finished."""
        self._closed = True
        for task_id in list(self._tasks):
            self.cancel(task_id)
        finished = self._pool.waitForDone(timeout_ms)
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

    @Slot(int, object)
    def _deliver_progress(self, task_id: int, item: object) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            self.stale_replies_dropped += 1
            return
        if task.on_progress is not None:
            task.on_progress(item)


def _execute(job: Callable[[TaskContext], object], context: TaskContext, relay: _Relay) -> None:
    """Runs on a pool thread: every outcome, a bug included, goes back to the main thread."""
    try:
        result = job(context)
    except BaseException as error:  # nothing may vanish in a worker
        relay.failed.emit(context.task_id, error)
    else:
        relay.succeeded.emit(context.task_id, result)
