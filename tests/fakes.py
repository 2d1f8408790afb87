"""Stand-ins shared by the test folders."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.store import OutboxEntry


class FakeTime:
    """A monotonic clock that moves only when someone sleeps; sleeps are recorded."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        with self._lock:
            return self._now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self._now += max(seconds, 0.0)

    @property
    def slept(self) -> float:
        with self._lock:
            return sum(self.sleeps)


ENTRY_TIME = datetime(2026, 12, 4, 10, tzinfo=UTC)


def outbox_entry(entry_id: int, state: CellState, key: str = "k") -> OutboxEntry:
    """A run's outbox entry for learner `entry_id` (a score of 5 out of 10), in `state`."""
    return OutboxEntry(
        id=entry_id,
        key=key,
        line_item_id="li",
        user_id=str(entry_id),
        edit=GradeEdit(str(entry_id), 5, 10),
        base=ServerGrade(),
        state=state,
        failure_kind=None,
        reason=None,
        http_status=None,
        attempts=1,
        created_at=ENTRY_TIME,
        updated_at=ENTRY_TIME,
    )
