"""Stand-ins shared by the test folders."""

from __future__ import annotations

import threading


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
