"""Scores in the language picked in View > Language: written and read as that language writes
them, whatever the system's locale; without a pick the system's locale rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.i18n import use_language_numbers
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.stats_pane import NO_VALUE
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    activate,
    cell_text,
    connection_to,
    row_of,
    type_score,
    wait_ready,
    wait_settled,
)

ENGLISH_SYSTEM = QLocale("en_US")


@pytest.fixture(autouse=True)
def _locale_put_back() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def test_german_picked_on_an_english_system_shows_and_reads_scores_the_german_way(
    qtbot: QtBot,
    sandbox: Sandbox,
    settings: WindowSettings,
    new_window: Callable[[], MainWindow],
) -> None:
    settings.language = "de"
    restore = use_language_numbers(settings, "de", locale=ENGLISH_SYSTEM)
    window = new_window()
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    learner = (window.loader.grades or ())[0].user_id

    type_score(qtbot, window, row_of(window, learner), "7,5")
    wait_settled(qtbot, window)

    overlay = window.results_model.overlay(learner)
    assert overlay is not None and overlay.edit is not None and overlay.edit.score == 7.5
    assert cell_text(window, learner, Column.SCORE) == "7,5"
    stats = window.stats_pane
    qtbot.waitUntil(lambda: stats.value_text("mean") != NO_VALUE, timeout=2000)
    assert "," in stats.value_text("mean")
    assert not any("." in stats.value_text(key) for key in ("mean", "median", "maximum"))
    restore()
    assert QLocale().decimalPoint() == "."


def test_without_a_pick_the_system_locale_writes_the_scores(settings: WindowSettings) -> None:
    before = QLocale()
    use_language_numbers(settings, "de", locale=QLocale("de_DE"))
    assert QLocale() == before
    settings.language = None
    use_language_numbers(settings, "en", locale=ENGLISH_SYSTEM)
    assert QLocale() == before


def test_the_language_picked_keeps_the_systems_territory_where_it_has_one(
    settings: WindowSettings,
) -> None:
    settings.language = "fr"
    use_language_numbers(settings, "fr", locale=QLocale("de_CH"))
    assert QLocale().name() == "fr_CH"
    settings.language = "de"
    previous = QLocale()
    restore = use_language_numbers(settings, "de", locale=QLocale("de_CH"))
    assert QLocale() == previous  # the system already speaks it: its Swiss way stays
    restore()
    assert QLocale() == previous
