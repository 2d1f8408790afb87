"""The window's first moments: a window at once, the rest of the app off the window's thread.

Importing what the main window is made of (the pydantic models, httpx and the API client, the
store, every controller) and finding the keyring take several times as long as starting Qt. So a
start-up window, where the main window was last and as large, is shown first, with nothing but
Qt, the saved settings and the icon imported; the rest is imported and the Qt-free collaborators
are made on a background thread (`in_background`), while the start-up window keeps answering;
the main window is then built and takes its place (`StartupWindow.hand_over`).

Light to import: nothing here may import more than Qt, `settings` and `icons`. Not even Qt's
`Qt` namespace: its first use makes Python enums of all its ninety-odd Qt enums (~10 ms).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.settings import WindowSettings

# The main window's title before a connection is open, and its size when none was saved.
APP_TITLE = "Gradebook"
DEFAULT_SIZE = (1280, 780)
OPENING_TEXT = "Opening Gradebook…"


class StartupWindow(QMainWindow):
    """Stands where the main window will be until it is ready: same place, size and title."""

    def __init__(self, settings: WindowSettings, *, read_only: bool = False) -> None:
        super().__init__()
        self.setObjectName("StartupWindow")
        self.setWindowTitle(f"{APP_TITLE} (read-only)" if read_only else APP_TITLE)
        self.setWindowIcon(app_icon())
        geometry = settings.geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        # Centred by the stretches around it and the paragraph's own alignment.
        self.opening_label = QLabel(f"<p align='center'>{OPENING_TEXT}</p>")
        self.opening_label.setEnabled(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addStretch(1)
        layout.addWidget(self.opening_label)
        layout.addStretch(1)
        self.setCentralWidget(central)
        busy = QProgressBar()
        busy.setRange(0, 0)  # no known length: a moving bar says the app is at work
        busy.setMaximumWidth(160)
        self.statusBar().addPermanentWidget(busy)
        self.closed_by_user = False
        self._handing_over = False

    def hand_over(self, window: QWidget) -> None:
        """Show `window` where this one is now (the user may have moved it), then close this one.

        The main window is shown first, so the app never has no window open (Qt would quit).
        """
        if not self.isHidden():
            window.restoreGeometry(self.saveGeometry())
        window.show()
        self._handing_over = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handing_over:
            self.closed_by_user = True
        event.accept()


class _Delivery(QObject):
    """Lives in the main thread; the background thread emits, Qt queues the call to the slot."""

    arrived = Signal(object, object)  # the result, the exception raised (one of them is None)

    # Every delivery on its way: kept alive until it has arrived, whoever holds its Background
    # (Qt drops a queued call whose receiver was collected meanwhile).
    _on_the_way: set[_Delivery] = set()  # noqa: RUF012 (shared on purpose)

    def __init__(
        self, on_ready: Callable[[Any], None], on_failed: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self._on_ready = on_ready
        self._on_failed = on_failed
        self.arrived.connect(self._deliver)
        _Delivery._on_the_way.add(self)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _Delivery._on_the_way.discard(self)
        if isinstance(error, BaseException):
            self._on_failed(error)
        else:
            self._on_ready(result)


class Background:
    """One function running on a thread of its own; its outcome reaches the main thread."""

    def __init__(
        self,
        work: Callable[[], Any],
        on_ready: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._work = work
        self._delivery = _Delivery(on_ready, on_failed)
        # What the function returned or raised, once it has (also when no event loop is left
        # to deliver it: see `wait`).
        self.outcome: object = None
        # A daemon thread: closing the start-up window early must not wait for imports to end.
        self._thread = threading.Thread(target=self._run, name="gradebook-start", daemon=True)

    def start(self) -> Background:
        self._thread.start()
        return self

    def wait(self, timeout_seconds: float | None = None) -> bool:
        """Wait for the function to return; False when it still runs after the timeout."""
        self._thread.join(timeout_seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:
            self.outcome = error
            self._delivery.arrived.emit(None, error)
        else:
            self.outcome = result
            self._delivery.arrived.emit(result, None)


def in_background(
    work: Callable[[], Any],
    on_ready: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Background:
    """Run `work` on a background thread; then, on the main thread, `on_ready` with what it
    returned or `on_failed` with what it raised. Call from the main thread, with Qt's event loop
    running (or about to)."""
    return Background(work, on_ready, on_failed).start()
