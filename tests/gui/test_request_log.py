"""The request log: the requests of a burst join the table together, none lost and in order, and
the view follows the newest line only while the user has not scrolled up to read older ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from gradebook_gui.api import Credentials, LtiaasClient, RequestRecord
from gradebook_gui.gui.request_log import RequestLogModel, RequestLogPanel
from gradebook_gui.sandbox import Sandbox

STARTED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def record(number: int) -> RequestRecord:
    return RequestRecord(
        started_at=STARTED + timedelta(milliseconds=number),
        method="POST",
        path=f"/api/lineitems/quiz/scores#{number}",
        status=200,
        duration_ms=20.0,
    )


def paths(model: RequestLogModel) -> list[str]:
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_a_burst_of_requests_joins_the_table_in_one_insertion_at_the_tick(qtbot: QtBot) -> None:
    model = RequestLogModel()
    insertions: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: insertions.append((first, last)))

    for number in range(30):
        model.append(record(number))
    assert model.rowCount() == 0  # not drawn before the tick

    qtbot.waitUntil(lambda: model.rowCount() == 30)
    assert insertions == [(0, 29)]
    assert paths(model) == [f"/api/lineitems/quiz/scores#{number}" for number in range(30)]

    model.append(record(30))
    qtbot.waitUntil(lambda: model.rowCount() == 31)
    assert insertions == [(0, 29), (30, 30)]


def test_records_and_the_copied_text_include_the_requests_not_yet_drawn(qtbot: QtBot) -> None:
    model = RequestLogModel()
    for number in range(3):
        model.append(record(number))
    assert [each.path for each in model.records()] == [record(n).path for n in range(3)]
    assert len(model.as_text().splitlines()) == 1 + 3
    assert model.rowCount() == 3


def test_the_oldest_lines_go_first_when_a_burst_overflows_the_log(qtbot: QtBot) -> None:
    model = RequestLogModel(max_records=5)
    for number in range(3):
        model.append(record(number))
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    for number in range(3, 12):
        model.append(record(number))
    qtbot.waitUntil(lambda: paths(model)[-1].endswith("#11"))
    assert paths(model) == [f"/api/lineitems/quiz/scores#{number}" for number in range(7, 12)]
    assert [each.path for each in model.records()] == paths(model)


def test_clear_forgets_the_requests_not_yet_drawn(qtbot: QtBot) -> None:
    model = RequestLogModel()
    model.append(record(1))
    model.clear()
    qtbot.wait(100)
    assert model.rowCount() == 0 and model.records() == []


def test_the_view_follows_the_newest_line_unless_the_user_scrolled_up(qtbot: QtBot) -> None:
    model = RequestLogModel()
    panel = RequestLogPanel(model)
    qtbot.addWidget(panel)
    panel.resize(600, 200)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.table.verticalScrollBar()

    for number in range(60):
        model.append(record(number))
    qtbot.waitUntil(lambda: model.rowCount() == 60 and bar.maximum() > 0)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())

    # A burst while the newest line is in view: the view follows it.
    for number in range(60, 120):
        model.append(record(number))
    qtbot.waitUntil(lambda: model.rowCount() == 120)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    last_row = panel.table.rowAt(panel.table.viewport().height() - 2)
    assert last_row == 119

    # The user scrolled up to read older lines: they keep their place.
    bar.setValue(10)
    for number in range(120, 180):
        model.append(record(number))
    qtbot.waitUntil(lambda: model.rowCount() == 180)
    qtbot.wait(50)  # the view's layout after the insertion
    assert bar.value() == 10 and bar.maximum() > 120


def test_a_user_reading_older_lines_keeps_them_in_view_when_the_oldest_go(
    qtbot: QtBot,
) -> None:
    model = RequestLogModel(max_records=80)
    panel = RequestLogPanel(model)
    qtbot.addWidget(panel)
    panel.resize(600, 200)
    panel.show()
    qtbot.waitExposed(panel)
    for number in range(80):
        model.append(record(number))
    qtbot.waitUntil(lambda: model.rowCount() == 80)
    panel.table.scrollTo(model.index(30, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: panel.table.rowAt(0) == 30)

    for number in range(80, 90):  # the ten oldest lines go
        model.append(record(number))
    qtbot.waitUntil(lambda: paths(model)[-1].endswith("#89"))
    qtbot.wait(50)  # the view's layout after the change
    top = panel.table.rowAt(0)
    assert model.index(top, 2).data() == "/api/lineitems/quiz/scores#30"


def test_every_request_to_the_sandbox_is_in_the_log_after_the_tick(
    qtbot: QtBot, sandbox: Sandbox
) -> None:
    model = RequestLogModel()
    issued = sandbox.credentials
    with LtiaasClient(
        sandbox.base_url,
        Credentials(api_key=issued.api_key, service_key=issued.service_key),
        on_request=model.append,
    ) as client:
        line_item_id = sandbox.line_item_ids()[0]
        for _ in range(5):
            client.get_line_item(line_item_id)
        client.results(line_item_id)  # pages of 10: one request per page
    made = len(sandbox.control.requests())
    qtbot.waitUntil(lambda: model.rowCount() == made)
    assert [model.index(row, 3).data() for row in range(made)] == ["200"] * made
    assert paths(model)[0].startswith("/api/lineitems/")
