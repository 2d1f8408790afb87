"""View > Language in the main window: the pick is remembered and the window says when it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.settings import WindowSettings


def submenu(menu: QMenu, text: str) -> QMenu:
    for action in menu.actions():
        found = action.menu()
        if isinstance(found, QMenu) and action.text().replace("&", "") == text:
            return found
    raise AssertionError(f"no menu {text!r} in {[a.text() for a in menu.actions()]}")


def test_view_language_remembers_the_pick_and_says_it_shows_at_the_next_start(
    new_window: Callable[[], MainWindow], settings: WindowSettings
) -> None:
    window = new_window()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view, QMenu)
    languages = submenu(view, "Language")
    choices = {a.text(): a for a in languages.actions()}
    assert list(choices) == ["System language", "English", "Deutsch", "Español", "Français"]
    assert choices["System language"].isChecked()

    choices["Deutsch"].trigger()

    assert settings.language == "de"
    assert choices["Deutsch"].isChecked()
    assert "next time the app starts" in window.statusBar().currentMessage()
