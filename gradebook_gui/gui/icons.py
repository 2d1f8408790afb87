"""The app icon, compiled into `resources_rc.py` from `resources/gradebook.qrc`.

Regenerate after changing anything under `resources/` (a test checks it is up to date):

    pyside6-rcc --format-version 1 resources/gradebook.qrc -o gradebook_gui/gui/resources_rc.py
    ruff format gradebook_gui/gui/resources_rc.py
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

# Importing the compiled resources registers them with Qt.
from gradebook_gui.gui import resources_rc  # noqa: F401

APP_ICON_PATH = ":/icons/gradebook.svg"


def app_icon() -> QIcon:
    return QIcon(APP_ICON_PATH)
