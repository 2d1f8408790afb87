"""A bare PySide6 window, frozen the same way as the app, to compare start-up times against.

Prints `window shown` once the window is shown, as `gradebook-gui --self-test` does for the
main window, then exits. Build it with `python -m PyInstaller packaging/bare_window.spec`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(900, 600)
    window.show()
    app.processEvents()
    print("window shown", flush=True)
    # Quit from the event loop, as a real window would, rather than before it ever ran.
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
