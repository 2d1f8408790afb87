"""How long the window's main thread stalls while it loads a large course.

A 5 ms heartbeat timer runs on the main thread while the real window loads 10,000 learners at
20 ms latency; the longest gap between beats is the longest moment the window could not repaint
or answer a click. The sandbox runs in its own process, like LTIAAS.
"""

from __future__ import annotations

import os
import tempfile
import time

from benchmarks.common import Measurement, external_sandbox

HEARTBEAT_MS = 5
STALL_TARGET_MS = 50


def run(quick: bool = False) -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["GRADEBOOK_CONFIG_DIR"] = os.path.join(folder, "config")
        os.environ["GRADEBOOK_DATA_DIR"] = os.path.join(folder, "data")
        return _measure(1_000 if quick else 10_000)


def _measure(students: int) -> list[Measurement]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from gradebook_gui.connection import Connection
    from gradebook_gui.credentials import SessionKeyring
    from gradebook_gui.gui.app import StartOptions, compose
    from gradebook_gui.gui.secret_storage import SecretStorage
    from gradebook_gui.models import PlatformFamily

    qt_app = QApplication.instance() or QApplication([])
    arguments = ("--students", str(students), "--latency-ms", "20", "--seed", "1")
    with external_sandbox(*arguments) as sandbox:
        app = compose(
            StartOptions(read_only=True),
            secrets=SecretStorage(SessionKeyring()),
            presenter=lambda *args, **kwargs: None,
        )
        gaps: list[float] = []
        last_beat = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            gaps.append(now - last_beat[0])
            last_beat[0] = now

        heartbeat = QTimer()
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(beat)
        loop = QEventLoop()
        app.window.loader.finished.connect(loop.quit)
        app.window.loader.failed.connect(loop.quit)
        app.window.show()
        started = time.perf_counter()
        heartbeat.start()
        app.window.open_connection(
            Connection(sandbox.base_url, sandbox.credentials, PlatformFamily.unknown)
        )
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        elapsed = time.perf_counter() - started
        heartbeat.stop()
        shown = app.window.results_model.rows_count_total()
        app.shutdown()
    del qt_app
    longest_ms = max(gaps) * 1000 if gaps else float("inf")
    name = f"window loading {students} learners, 20 ms latency"
    return [
        Measurement(name, "learners shown", shown, "rows"),
        Measurement(name, "load time, connect to last row", elapsed, "s"),
        Measurement(
            name,
            f"longest main-thread stall ({HEARTBEAT_MS} ms heartbeat)",
            longest_ms,
            "ms",
            f"< {STALL_TARGET_MS} ms",
            longest_ms < STALL_TARGET_MS,
        ),
        Measurement(
            name,
            f"heartbeat gaps over {STALL_TARGET_MS} ms",
            sum(1 for gap in gaps if gap * 1000 > STALL_TARGET_MS),
            "gaps",
        ),
    ]
