"""Status changes reach a screen reader as announcements: the pending count (a grade saved, sent
or in conflict), going offline, a load starting, the offline banner appearing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.api import NetworkError
from gradebook_gui.gui import announce as announce_module
from gradebook_gui.gui.announce import announce
from gradebook_gui.gui.banners import OfflineBanner
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel

Polite = QAccessible.AnnouncementPoliteness.Polite
Assertive = QAccessible.AnnouncementPoliteness.Assertive


@dataclass(frozen=True)
class Spoken:
    source: object
    text: str
    politeness: QAccessible.AnnouncementPoliteness


class ScreenReader:
    """Stands in for QAccessible's event delivery: what a screen reader would be told."""

    AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

    def __init__(self) -> None:
        self.heard: list[Spoken] = []

    def updateAccessibility(self, event: QAccessibleEvent) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        self.heard.append(Spoken(event.object(), event.message(), event.politeness()))

    def texts(self) -> list[str]:
        return [spoken.text for spoken in self.heard]


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> ScreenReader:
    listening = ScreenReader()
    monkeypatch.setattr(announce_module, "QAccessible", listening)
    return listening


def test_an_announcement_is_spoken_politely_unless_urgent(
    qtbot: QtBot, reader: ScreenReader
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    announce(label, "3 unsent changes")
    announce(label, "Offline: the LMS cannot be reached.", urgent=True)
    assert reader.heard == [
        Spoken(label, "3 unsent changes", Polite),
        Spoken(label, "Offline: the LMS cannot be reached.", Assertive),
    ]


def test_markup_is_spoken_as_words_and_nothing_is_said_for_no_text(
    qtbot: QtBot, reader: ScreenReader
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    announce(label, "<b>Offline:</b> showing the grades<br>downloaded")
    announce(label, "  \n ")
    assert reader.texts() == ["Offline: showing the grades downloaded"]


def test_a_real_announcement_goes_through_qt_while_a_screen_reader_listens(qtbot: QtBot) -> None:
    label = QLabel("Saved")
    qtbot.addWidget(label)
    label.show()
    QAccessible.setActive(True)
    try:
        announce(label, "1 unsent change")
    finally:
        QAccessible.setActive(False)


def test_the_pending_count_is_spoken_when_it_changes_only(
    qtbot: QtBot, reader: ScreenReader, new_window: Callable[[], MainWindow]
) -> None:
    status = new_window().status_area
    status.show_pending(1, 0)
    status.show_pending(1, 0)
    status.show_pending(2, 1)
    assert reader.texts() == ["1 unsent change", "2 unsent changes (1 conflict)"]
    assert status.pending_label.text() == "2 unsent changes (1 conflict)"
    assert {spoken.source for spoken in reader.heard} == {status.pending_label}


def test_a_load_starting_is_spoken(
    qtbot: QtBot, reader: ScreenReader, new_window: Callable[[], MainWindow]
) -> None:
    status = new_window().status_area
    status.show_loading("Loading “Quiz 3”…")
    assert reader.heard == [Spoken(status.progress_label, "Loading “Quiz 3”…", Polite)]


def test_going_offline_is_spoken_at_once_and_coming_back_politely(
    qtbot: QtBot, reader: ScreenReader, messages: MessageChannel
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    messages.set_parent_widget(window)
    messages.report_failure(
        "Loading the grades", NetworkError("Loading the grades", surely_not_sent=True)
    )
    messages.back_online()
    messages.inform("Sent 3 grades to “Quiz 3”.")
    assert [spoken.politeness for spoken in reader.heard] == [Assertive, Polite, Polite]
    assert reader.texts()[0].startswith("Offline:")
    assert reader.texts()[1:] == ["Connected again.", "Sent 3 grades to “Quiz 3”."]
    assert {spoken.source for spoken in reader.heard} == {window}


def test_the_offline_banner_is_spoken_when_it_appears_not_as_its_age_ticks(
    qtbot: QtBot, reader: ScreenReader
) -> None:
    banner = OfflineBanner()
    qtbot.addWidget(banner)
    taken = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    banner.show_age(taken, taken + timedelta(hours=2))
    banner.show_age(taken, taken + timedelta(hours=3))
    assert len(reader.heard) == 1
    assert reader.texts()[0].startswith("Offline: showing the grades downloaded 2 hours ago")
