"""What the bundle leaves out, and the Linux desktop entry."""

from __future__ import annotations

import configparser
import importlib.util
from pathlib import Path
from types import ModuleType

from gradebook_gui.config import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = "/venv/site-packages/PySide6/Qt/plugins"


def load_freezing() -> ModuleType:
    # packaging/ is not a package (the name belongs to PyPI's `packaging`): load it by path.
    spec = importlib.util.spec_from_file_location("freezing", ROOT / "packaging" / "freezing.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_plugins_a_desktop_needs_are_kept() -> None:
    freezing = load_freezing()
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platforms/qwindows.dll",
        "platforms/libqcocoa.dylib",
        "imageformats/libqsvg.so",
        "imageformats/qsvg.dll",
        "iconengines/libqsvgicon.so",
        "platformthemes/libqxdgdesktopportal.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "wayland-shell-integration/libxdg-shell.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
    ):
        assert not freezing.is_unused_qt_plugin(f"{PLUGINS}/{plugin}"), plugin


def test_embedded_platforms_unused_image_formats_and_the_gtk_theme_are_left_out() -> None:
    freezing = load_freezing()
    for plugin in (
        "platforms/libqeglfs.so",
        "platforms/libqlinuxfb.so",
        "platforms/libqminimal.so",
        "platforms/libqvnc.so",
        "egldeviceintegrations/libqeglfs-kms-integration.so",
        "generic/libqevdevmouseplugin.so",
        "imageformats/libqjpeg.so",
        "imageformats/libqpdf.so",
        "imageformats/qtiff.dll",
        "platformthemes/libqgtk3.so",
    ):
        assert freezing.is_unused_qt_plugin(f"{PLUGINS}/{plugin}"), plugin


def test_only_qt_translations_are_dropped_from_the_data() -> None:
    freezing = load_freezing()
    assert freezing.is_unused_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not freezing.is_unused_data("keyring-25.7.0.dist-info/entry_points.txt")
    assert not freezing.is_unused_data("certifi/cacert.pem")


def test_no_module_the_app_imports_is_excluded() -> None:
    freezing = load_freezing()
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}
    used |= {"keyring", "secretstorage", "jeepney", "uvicorn", "starlette", "h11", "httpx"}
    assert not used & set(freezing.EXCLUDED_MODULES)


def test_the_desktop_entry_launches_the_app_under_its_own_name() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(ROOT / "packaging" / "linux" / f"{APP_NAME}.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Exec"] == APP_NAME
    # The icon theme name the README installs, and the window class Qt gives the app.
    assert main["Icon"] == APP_NAME
    assert main["StartupWMClass"] == APP_NAME
    assert entry["Desktop Action demo"]["Exec"] == f"{APP_NAME} --demo"
