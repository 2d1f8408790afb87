"""Working without the LMS: the copy kept on this computer, edits that survive a restart, and the
conflict check when the LMS answers again (issue 5), through whole windows over real sockets.

The sandbox listens on a fixed port so that it can be stopped ("the network is gone") and
started again at the same address: the connection, and so its local data, stays the same.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gradebook_gui.config import ProfileStore
from gradebook_gui.connection import Connection
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.banners import describe_age
from gradebook_gui.gui.locale_numbers import table_text
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.review_dialog import ReviewItem, ReviewWarning
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.store import GradeStore

from .conftest import (
    READY_TIMEOUT_MS,
    FakeDialogs,
    RecordingPresenter,
    activate,
    build_window,
    cell_text,
    connection_to,
    row_of,
    settled,
    type_score,
    wait_ready,
    wait_settled,
)

TWO_HOURS_LATER = timedelta(hours=2, minutes=5)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    lms = Sandbox(SandboxOptions(seed=11, students=20, line_items=3, port=free_port()))
    lms.start()
    yield lms
    lms.stop()


class Runs:
    """Runs of the app, one after the other, on the same data folder."""

    def __init__(
        self,
        qtbot: QtBot,
        settings: WindowSettings,
        fake_dialogs: FakeDialogs,
        profiles: ProfileStore,
        secrets: SecretStorage,
    ) -> None:
        self.qtbot = qtbot
        self.settings = settings
        self.dialogs = fake_dialogs
        self.profiles = profiles
        self.secrets = secrets
        self.presenter = RecordingPresenter()
        self.stores: list[GradeStore] = []

    def start(self, connection: Connection, *, later: timedelta = timedelta()) -> MainWindow:
        """A new run: its own store connection, runner and session, its clock `later` on."""
        store = GradeStore.open()
        self.stores.append(store)
        window = build_window(
            self.qtbot,
            store=store,
            settings=self.settings,
            messages=MessageChannel(self.presenter),
            dialogs=self.dialogs,
            profiles=self.profiles,
            secrets=self.secrets,
            clock=lambda: datetime.now(UTC) + later,
        )
        window.open_connection(connection)
        return window

    def close_stores(self) -> None:
        for store in self.stores:
            store.close()


@pytest.fixture
def runs(
    qtbot: QtBot,
    settings: WindowSettings,
    fake_dialogs: FakeDialogs,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> Iterator[Runs]:
    started = Runs(qtbot, settings, fake_dialogs, profiles, secrets)
    yield started
    # pytest-qt has closed the windows by now (their threads are stopped).
    started.close_stores()


def wait_offline_copy(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.loader.snapshot_taken_at is not None and settled(window),
        timeout=READY_TIMEOUT_MS,
    )


def test_grades_typed_offline_survive_a_restart_and_meet_the_changed_lms(
    qtbot: QtBot, runs: Runs, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    # The sandbox's address stays the same across stop and start, and so does the connection.
    connection = connection_to(sandbox)
    online = runs.start(connection)
    wait_ready(qtbot, online)
    line_item = online.results_model.line_item()
    assert line_item is not None
    learners = online.results_model.rows_count_total()
    online.close()

    sandbox.stop()  # the train leaves the station
    offline = runs.start(connection, later=TWO_HOURS_LATER)
    wait_offline_copy(qtbot, offline)
    assert not offline.offline_banner.isHidden()
    assert "Offline: showing the grades downloaded 2 hours ago" in (
        offline.offline_banner.label.text()
    )
    assert offline.results_model.line_item() == line_item
    assert offline.results_model.rows_count_total() == learners
    # The grade columns could not be listed: the one kept on this computer is offered.
    assert [item.id for item in offline.picker.model.items()] == [line_item.id]
    assert offline.picker.status_label.text().startswith("Offline: 1 grade column kept")
    assert runs.presenter.shown == []  # network trouble is said in the window, not in dialogs

    activate(qtbot, offline)
    edited, kept_mine = (offline.results_model.grade_at(row) for row in range(2))
    type_score(qtbot, offline, 0, "2")
    type_score(qtbot, offline, 1, "3")
    wait_settled(qtbot, offline)
    assert offline.status_area.pending_label.text() == "2 unsent changes"

    # The app is killed: a new run opens the same files while the old one never closed them.
    restarted = runs.start(connection, later=TWO_HOURS_LATER)
    wait_offline_copy(qtbot, restarted)
    for learner, score in ((edited, "2"), (kept_mine, "3")):
        assert cell_text(restarted, learner.user_id, Column.SCORE) == score
        assert cell_text(restarted, learner.user_id, Column.STATUS) == "✎ edited"
    assert restarted.status_area.pending_label.text() == "2 unsent changes"

    # Meanwhile, in the LMS: the edited learner's grade changes, and another learner's.
    other = restarted.results_model.grade_at(5)
    sandbox.control.set_grade(line_item.id, edited.user_id, 9.0)
    sandbox.control.set_grade(line_item.id, other.user_id, 8.0)
    sandbox.start()  # back in range
    restarted.commands.refresh_action.trigger()
    wait_ready(qtbot, restarted)
    assert restarted.offline_banner.isHidden()
    assert restarted.loader.snapshot_taken_at is None
    assert cell_text(restarted, other.user_id, Column.SCORE) == "8"
    assert cell_text(restarted, edited.user_id, Column.SCORE) == "2"  # my draft, still unsent

    restarted.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(restarted, kept_mine.user_id, Column.STATUS) == "✓ verified",
        timeout=READY_TIMEOUT_MS,
    )
    wait_settled(qtbot, restarted)
    items: list[ReviewItem] = fake_dialogs.answer_of("review")
    warned = {item.user_id: ReviewWarning.CONFLICT in item.warnings() for item in items}
    assert warned == {edited.user_id: True, kept_mine.user_id: False}
    assert cell_text(restarted, edited.user_id, Column.STATUS).startswith("conflict")
    tooltip = restarted.results_model.data(
        restarted.results_model.index(row_of(restarted, edited.user_id), Column.STATUS),
        Qt.ItemDataRole.ToolTipRole,
    )
    before = edited.score(line_item)
    assert before is not None
    for value in (before, 9, 2):
        assert table_text(restarted.results_model.locale(), value) in tooltip
    held = sandbox.control.results(line_item.id)
    assert held[edited.user_id]["resultScore"] == 9.0  # theirs, not overwritten
    assert held[kept_mine.user_id]["resultScore"] / held[kept_mine.user_id]["resultMaximum"] == (
        pytest.approx(3 / line_item.scoreMaximum)
    )
    assert restarted.commands.resolve_action.isEnabled()


def test_without_a_kept_copy_the_table_stays_empty_and_says_why(
    qtbot: QtBot, runs: Runs, sandbox: Sandbox
) -> None:
    connection = connection_to(sandbox)
    sandbox.stop()
    window = runs.start(connection)
    qtbot.waitUntil(
        lambda: not window.status_area.offline_label.isHidden(), timeout=READY_TIMEOUT_MS
    )
    wait_settled(qtbot, window)
    assert window.picker.model.total_count() == 0
    assert window.results_model.line_item() is None
    assert window.offline_banner.isHidden()
    assert "Offline" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("minutes", "said"),
    [
        (0, "less than a minute ago"),
        (1, "1 minute ago"),
        (59, "59 minutes ago"),
        (125, "2 hours ago"),
        (47 * 60, "47 hours ago"),
        (3 * 24 * 60 + 5, "3 days ago"),
        (-10, "less than a minute ago"),  # a clock set back says nothing stranger
    ],
)
def test_the_age_of_a_download_in_words(minutes: int, said: str) -> None:
    taken = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    assert describe_age(taken, taken + timedelta(minutes=minutes)) == said
