"""Large collections are let go of a slice at a time, between the window's events."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication

from gradebook_gui.gui.release import SLICE, PiecemealRelease


class _Row:
    """Stands for a learner's row: something only the collection handed over holds."""


def test_rows_handed_over_are_freed_over_several_turns_of_the_event_loop(qtbot):
    release = PiecemealRelease()
    rows = [_Row() for _ in range(3 * SLICE + 7)]
    alive = [weakref.ref(row) for row in rows]

    release.release(rows)
    del rows
    gc.collect()
    assert all(ref() is not None for ref in alive), "nothing is freed before the event loop runs"

    seen = []
    for _ in range(100):
        QCoreApplication.processEvents()
        seen.append(release.holding)
        if not release.holding:
            break
    # One slice per turn of the event loop, never everything at once.
    assert seen[-4:] == [2 * SLICE + 7, SLICE + 7, 7, 0]

    assert all(ref() is None for ref in alive)
