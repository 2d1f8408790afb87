"""Refreshing (F5) while the LMS cannot be reached, through a whole window over real sockets:
the rows stay on screen through the failing reload, a score typed meanwhile is kept as a draft,
and the rows become the offline copy without going blank."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from gradebook_gui.api import LtiaasClient, Pacing, RequestRecord
from gradebook_gui.config import ProfileStore
from gradebook_gui.connection import Connection
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.session import ClientFactory, Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore
from tests.fakes import FakeTime

from .conftest import (
    READY_TIMEOUT_MS,
    FakeDialogs,
    activate,
    cell_text,
    connection_to,
    settled,
    type_score,
    wait_ready,
)


def client_factory(fake_time: FakeTime) -> ClientFactory:
    """Clients that wait between attempts on the fake clock: the LMS gives up at once."""

    def build(connection: Connection, on_request: Callable[[RequestRecord], None]) -> LtiaasClient:
        return LtiaasClient(
            connection.base_url,
            connection.credentials,
            platform=connection.platform,
            on_request=on_request,
            pacing=Pacing(clock=fake_time.clock, sleep=fake_time.sleep),
            page_limit=10,
        )

    return build


def test_a_refresh_that_cannot_reach_the_lms_keeps_the_rows_and_what_is_typed_in_them(
    qtbot: QtBot,
    sandbox: Sandbox,
    fake_time: FakeTime,
    store: GradeStore,
    settings: WindowSettings,
    messages: MessageChannel,
    fake_dialogs: FakeDialogs,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    window = MainWindow(
        session=Session(profiles, secrets, settings, client_factory(fake_time)),
        runner=TaskRunner(),
        messages=messages,
        settings=settings,
        store=store,
        dialogs=fake_dialogs.bundle(),
    )
    qtbot.addWidget(window)
    window.open_connection(connection_to(sandbox))
    wait_ready(qtbot, window)
    activate(qtbot, window)
    model = window.results_model
    line_item = model.line_item()
    learners = model.rows_count_total()
    assert line_item is not None and learners > 0
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rows_count_total()))
    learner = model.grade_at(0)
    sandbox.stop()

    window.refresh()
    assert window.loader.loading
    assert model.line_item() == line_item
    assert model.rows_count_total() == learners  # not blank while the LMS is asked
    assert window.commands.export_action.isEnabled()
    type_score(qtbot, window, 0, "7")
    assert window.loader.loading  # typed while the reload was still waiting for the LMS

    qtbot.waitUntil(
        lambda: window.loader.snapshot_taken_at is not None and settled(window),
        timeout=READY_TIMEOUT_MS,
    )
    assert resets == []  # the rows were never emptied, not even for a moment
    assert not window.offline_banner.isHidden()
    assert "Offline" in window.statusBar().currentMessage()
    assert model.rows_count_total() == learners
    assert window.loader.grades is not None and len(window.loader.grades) == learners
    assert cell_text(window, learner.user_id, Column.SCORE) == "7"
    assert window.status_area.pending_label.text() == "1 unsent change"
    assert window.commands.submit_action.isEnabled()
