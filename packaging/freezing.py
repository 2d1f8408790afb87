"""What both specs (the app and the bare window) leave out of a bundle, so both freeze alike.

Imported by the `.spec` files, which PyInstaller runs with `packaging/` on `sys.path`.
"""

from __future__ import annotations

import sys
from pathlib import PurePath

# Qt modules the app never imports. PyInstaller collects only the Qt modules that are imported,
# but plugins can drag some in (the virtual keyboard pulls in QML and Quick), and excluding
# them here keeps a stray import from adding tens of megabytes.
UNUSED_QT_MODULES = [
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtBluetooth",
        "QtCharts",
        "QtConcurrent",
        "QtDataVisualization",
        "QtDBus",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHelp",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetwork",
        "QtNetworkAuth",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtPrintSupport",
        "QtQml",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    )
]

# Python packages that are installed beside the app (tools, optional speed-ups) but not used by
# it: the sandbox runs uvicorn with h11 and asyncio, without websockets or reloading.
UNUSED_PYTHON_PACKAGES = [
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "IPython",
    "httptools",
    "uvloop",
    "websockets",
    "wsproto",
    "watchfiles",
    "PyInstaller",
    # httpx loads its command-line client (rich, pygments) whenever they are installed: a
    # tenth of a second at every start for a feature the app never uses.
    "rich",
    "pygments",
]

EXCLUDED_MODULES = UNUSED_QT_MODULES + UNUSED_PYTHON_PACKAGES

# Strip debug symbols from the bundled libraries (libpython alone carries 18 MB of them) on Linux,
# where the `strip` of binutils is at hand; macOS code signing would not survive it.
STRIP = sys.platform.startswith("linux")

# Qt plugins, by folder (the plugin type), that the app has no use for: embedded-device
# platforms and their input drivers, image formats other than the SVG icon, and the GTK theme
# (the desktop portal theme still gives GNOME users their file dialogs).
UNUSED_QT_PLUGIN_TYPES = {"egldeviceintegrations", "generic"}
UNUSED_QT_PLATFORMS = ("eglfs", "linuxfb", "minimal", "vkkhrdisplay", "vnc")
IMAGE_FORMATS_USED = ("qsvg",)
UNUSED_QT_THEMES = ("qgtk3",)


def is_unused_qt_plugin(path: str) -> bool:
    """True for a plugin file (`.../plugins/<type>/<file>`) that the bundle leaves out."""
    plugin = PurePath(path)
    plugin_type, name = plugin.parent.name, plugin.stem
    if plugin_type in UNUSED_QT_PLUGIN_TYPES:
        return True
    if plugin_type == "platforms":
        return any(unused in name for unused in UNUSED_QT_PLATFORMS)
    if plugin_type == "imageformats":
        return not any(used in name for used in IMAGE_FORMATS_USED)
    if plugin_type == "platformthemes":
        return any(unused in name for unused in UNUSED_QT_THEMES)
    return False


def is_unused_data(destination: str) -> bool:
    """Qt's own translations: the window reads only those of the languages it speaks, which
    the spec keeps (`QT_TRANSLATIONS_USED`); the other forty-odd would never be read."""
    return PurePath(destination).parts[:3] == ("PySide6", "Qt", "translations")
