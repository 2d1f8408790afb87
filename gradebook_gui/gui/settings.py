"""What the window remembers between runs, declared in one place.

Stored with QSettings in INI format at `config_dir()/window.ini`, so `GRADEBOOK_CONFIG_DIR`
relocates it (tests use a temporary folder). Secrets are never stored here.
"""

from __future__ import annotations

from pathlib import Path
from typing import overload

from PySide6.QtCore import QByteArray, QSettings

from gradebook_gui.folders import config_dir, ensure_private_dir

SETTINGS_FILE = "window.ini"


class _BytesSetting:
    """A saved Qt state blob (geometry, dock layout, column widths); empty when never saved."""

    def __init__(self, key: str) -> None:
        self._key = key

    @overload
    def __get__(self, owner: None, owner_type: type) -> _BytesSetting: ...
    @overload
    def __get__(self, owner: WindowSettings, owner_type: type) -> QByteArray: ...
    def __get__(self, owner: WindowSettings | None, owner_type: type) -> QByteArray | _BytesSetting:
        if owner is None:
            return self
        value = owner.qsettings.value(self._key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def __set__(self, owner: WindowSettings, value: QByteArray) -> None:
        owner.qsettings.setValue(self._key, value)


class _TextSetting:
    """An optional piece of text; assigning None forgets it."""

    def __init__(self, key: str) -> None:
        self._key = key

    @overload
    def __get__(self, owner: None, owner_type: type) -> _TextSetting: ...
    @overload
    def __get__(self, owner: WindowSettings, owner_type: type) -> str | None: ...
    def __get__(self, owner: WindowSettings | None, owner_type: type) -> str | _TextSetting | None:
        if owner is None:
            return self
        value = owner.qsettings.value(self._key)
        return value if isinstance(value, str) and value else None

    def __set__(self, owner: WindowSettings, value: str | None) -> None:
        if value:
            owner.qsettings.setValue(self._key, value)
        else:
            owner.qsettings.remove(self._key)


class WindowSettings:
    """The window's remembered state: layout, column widths, last connection and line item,
    the folder grades were last exported to, and the language picked for the window."""

    geometry = _BytesSetting("window/geometry")
    window_state = _BytesSetting("window/state")
    header_state = _BytesSetting("results/header")
    last_profile = _TextSetting("connection/last_profile")
    # The demo has no profile to keep its last line item in.
    demo_line_item_id = _TextSetting("demo/line_item_id")
    # Also where an import starts: the app's own export usually comes back from there.
    export_folder = _TextSetting("files/export_folder")
    # A language code picked in View > Language; None follows the system's language.
    language = _TextSetting("window/language")

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / SETTINGS_FILE
        ensure_private_dir(self.path.parent)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes later, or at exit)."""
        self.qsettings.sync()
