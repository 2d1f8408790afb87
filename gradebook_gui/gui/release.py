"""Letting go of a large collection a slice at a time, between the window's events.

Freeing the rows of a large course at once (each learner's grade, result and roster entry) holds
the GIL for tens of milliseconds: the window could not repaint meanwhile. What is handed here
is freed a slice per turn of the event loop instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer

# Objects let go of per turn of the event loop: a few hundred rows take about a millisecond.
SLICE = 500


class PiecemealRelease(QObject):
    """Holds what it is handed and lets go of it a slice at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: list[object] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._release_slice)

    def release(self, items: Iterable[object]) -> None:
        """Hold `items` until freed a slice at a time: the caller then drops its own references,
        which no longer frees them all at once."""
        self._held.extend(items)
        if self._held and not self._timer.isActive():
            self._timer.start()

    @property
    def holding(self) -> int:
        """How many objects are still waiting to be let go of."""
        return len(self._held)

    def _release_slice(self) -> None:
        del self._held[-SLICE:]
        if not self._held:
            self._timer.stop()
