"""The Course view with a large course: 500 learners × 40 line items at 20 ms latency.

The real window (built by `compose`, offscreen) opens the sandbox's course; once its first
column has loaded, the Course view is shown and loads the whole course through one client,
`readers` lists at a time. Measured:
- the time to the first rows (the roster shown) and to the full grid, against the floor of its
  page reads: the line item list, then the result and roster pages shared by the readers, one
  latency each (never less than the longest single list);
- the longest main-thread stall (5 ms heartbeat) while loading, and while scrolling the grid
  down and right a screen at a time, painting each step;
- the memory the model holds per cell (tracemalloc, filling a fresh model with the same lists).
The sandbox runs in its own process, like LTIAAS.
"""

from __future__ import annotations

import gc
import math
import os
import tempfile
import time
import tracemalloc
from collections.abc import Callable

from benchmarks.common import Measurement, external_sandbox
from benchmarks.window import HEARTBEAT_MS, PHASE_TIMEOUT_MS, STALL_TARGET_MS, Heartbeat

LATENCY_MS = 20
WAKE_MS = 20
RATIO_TARGET = 1.5


def run(quick: bool = False) -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["GRADEBOOK_CONFIG_DIR"] = os.path.join(folder, "config")
        os.environ["GRADEBOOK_DATA_DIR"] = os.path.join(folder, "data")
        if quick:
            return _measure(students=100, line_items=8)
        return _measure(students=500, line_items=40)


def _run_until(done: Callable[[], bool], what: str) -> None:
    """Run the event loop as the app does, waiting for events rather than spinning: a loop that
    spins holds the GIL the reading threads need, and would slow the load it measures."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    wake = QTimer()
    wake.start(WAKE_MS)  # the wait below ends at least this often, to check the deadline
    deadline = time.perf_counter() + PHASE_TIMEOUT_MS / 1000
    try:
        while not done():
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the window did not finish {what} in {PHASE_TIMEOUT_MS} ms")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake.stop()


def _measure(students: int, line_items: int) -> list[Measurement]:
    from PySide6.QtWidgets import QApplication

    from gradebook_gui.connection import Connection
    from gradebook_gui.credentials import SecretStorage, SessionKeyring
    from gradebook_gui.gui.app import StartOptions, compose
    from gradebook_gui.gui.course_model import CourseModel
    from gradebook_gui.models import PlatformFamily
    from gradebook_gui.services.grid import DEFAULT_READERS

    qt_app = QApplication.instance() or QApplication([])
    arguments = (
        "--students",
        str(students),
        "--line-items",
        str(line_items),
        "--latency-ms",
        str(LATENCY_MS),
        "--seed",
        "1",
    )
    with external_sandbox(*arguments) as sandbox:
        app = compose(
            StartOptions(),
            secrets=SecretStorage(SessionKeyring()),
            presenter=lambda *args, **kwargs: None,
        )
        window = app.window
        window.resize(1280, 800)
        window.show()
        connection = Connection(sandbox.base_url, sandbox.credentials, PlatformFamily.unknown)
        window.open_connection(connection)
        _run_until(lambda: window.loader.grades is not None, "loading the first column")
        _run_until(lambda: window.runner.pending_count == 0, "settling")
        sandbox.admin.clear_requests()

        from PySide6.QtCore import QTimer

        heartbeat = Heartbeat()
        timer = QTimer()
        timer.setInterval(HEARTBEAT_MS)
        timer.timeout.connect(heartbeat.beat)
        course = window.views.course
        model = window.views.course_model
        heartbeat.last = time.perf_counter()
        timer.start()
        started = time.perf_counter()
        window.views.show_course()
        _run_until(lambda: model.rowCount() > 0, "showing the first rows")
        first_rows = time.perf_counter() - started
        _run_until(lambda: course.grid is not None, "loading the course")
        full = time.perf_counter() - started
        load_gaps = heartbeat.gaps_between(started, time.perf_counter())
        requests = sandbox.admin.requests()

        table = window.views.course_view.table
        scroll_started = time.perf_counter()
        longest_paint = 0.0
        vertical, horizontal = table.verticalScrollBar(), table.horizontalScrollBar()
        for bar in (vertical, horizontal):
            step = max(1, bar.pageStep())
            for value in range(0, bar.maximum() + step, step):
                # One step as a Page Down does it: the value changes, the event loop paints.
                began = time.perf_counter()
                bar.setValue(min(value, bar.maximum()))
                QApplication.processEvents()
                longest_paint = max(longest_paint, time.perf_counter() - began)
        scroll_gaps = heartbeat.gaps_between(scroll_started, time.perf_counter())
        timer.stop()
        grid = course.grid
        assert grid is not None
        cells = model.learner_count() * len(grid.line_items)
        shown_rows = model.rowCount()
        app.shutdown()

    per_cell = _bytes_per_cell(CourseModel, grid)
    del qt_app
    pages = [str(r["raw_path"]) for r in requests if r["method"] == "GET"]
    roster_pages = sum(1 for path in pages if "memberships" in path)
    result_pages = sum(1 for path in pages if "/scores" in path)
    list_pages = len(pages) - roster_pages - result_pages
    stream_pages = roster_pages + result_pages
    readers = DEFAULT_READERS
    floor = (
        LATENCY_MS
        / 1000
        * (max(1, list_pages) + max(roster_pages, math.ceil(stream_pages / readers)))
    )
    first_floor = LATENCY_MS / 1000 * (max(1, list_pages) + roster_pages)
    name = (
        f"course view, {students} learners × {line_items} line items, {LATENCY_MS} ms latency, "
        f"{readers} readers"
    )
    load_longest = max(load_gaps, default=0.0) * 1000
    scroll_longest = max(scroll_gaps, default=0.0) * 1000
    return [
        Measurement(name, "learners shown", shown_rows, "rows"),
        Measurement(name, "page reads (GET)", len(pages), "requests"),
        Measurement(name, "first rows: time", first_rows, "s"),
        Measurement(
            name,
            f"first rows vs the floor of {first_floor:.2f} s",
            first_rows / first_floor,
            "x",
            f"<= {RATIO_TARGET} x",
            first_rows / first_floor <= RATIO_TARGET,
        ),
        Measurement(name, "full grid: time", full, "s"),
        Measurement(
            name,
            f"full grid vs the floor of {floor:.2f} s",
            full / floor,
            "x",
            f"<= {RATIO_TARGET} x",
            full / floor <= RATIO_TARGET,
        ),
        Measurement(
            name,
            "longest main-thread stall while loading",
            load_longest,
            "ms",
            f"< {STALL_TARGET_MS} ms",
            load_longest < STALL_TARGET_MS,
        ),
        Measurement(
            name,
            "longest main-thread stall while scrolling",
            scroll_longest,
            "ms",
            f"< {STALL_TARGET_MS} ms",
            scroll_longest < STALL_TARGET_MS,
        ),
        Measurement(name, "longest scroll step, painted", longest_paint * 1000, "ms"),
        Measurement(name, "model memory per cell", per_cell, "bytes"),
        Measurement(name, "cells", cells, "cells"),
    ]


def _bytes_per_cell(model_type: type, grid: object) -> float:
    """What a model filled with the grid's lists holds, per learner × line item."""
    from gradebook_gui.exchange.grid_file import CourseGrid

    assert isinstance(grid, CourseGrid)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    model = model_type()
    model.set_line_items(grid.line_items)
    model.set_roster(grid.members)
    for item in grid.line_items:
        model.add_results(item.id, grid.results.get(item.id, ()))
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    held = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    cells = max(1, model.learner_count() * len(grid.line_items))
    # Its timer is a Qt object of this thread: let it go here, not in whichever thread the next
    # garbage collection happens to run.
    del model
    gc.collect()
    return held / cells
