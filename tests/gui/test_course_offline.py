"""The Course view without the LMS: the downloads kept on this computer, labelled with their age,
and drafts typed offline kept to be sent later, against a sandbox that is stopped (its port
then refuses) and started again at the same address."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.course_marks import CellMark
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.store import GradeStore

from .conftest import connection_to, wait_settled
from .test_course_window import (
    TIMEOUT_MS,
    course_settled,
    index_of,
    lms_grades,
    load_course,
    mark,
    wait_idle,
)
from .test_offline import free_port
from .test_screenshots import WINDOW_SIZE, save

TWO_HOURS_LATER = timedelta(hours=2, minutes=5)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    lms = Sandbox(SandboxOptions(seed=5, students=12, line_items=3, port=free_port()))
    lms.start()
    yield lms
    lms.stop()


@pytest.fixture
def later_window(new_window: Callable[..., MainWindow]) -> Callable[[], MainWindow]:
    """Windows whose clock is two hours ahead: the downloads they show are two hours old."""
    return partial(new_window, clock=lambda: datetime.now(UTC) + TWO_HOURS_LATER)


def test_offline_the_course_shows_the_kept_downloads_and_keeps_drafts_to_send_later(
    qtbot: QtBot,
    later_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    store: GradeStore,
) -> None:
    window = later_window()
    load_course(qtbot, window, sandbox, demo=False)
    key = window.session.key
    assert key is not None
    items = window.views.course_model.line_items()
    qtbot.waitUntil(lambda: len(store.snapshot_list(key)) == len(items), timeout=TIMEOUT_MS)
    item = items[1]
    held = lms_grades(sandbox, item.id)
    graded = next(user_id for user_id, (score, _) in held.items() if score is not None)

    sandbox.stop()  # the network is gone: the port refuses
    view = window.views.course_view
    view.load_button.click()
    course, model = window.views.course, window.views.course_model
    qtbot.waitUntil(lambda: course.kept_at is not None, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert not view.offline_banner.isHidden()
    assert "Offline: showing the grades downloaded 2 hours ago" in view.offline_banner.label.text()
    # Shown beside the window's own offline banner: its button has a text and letter of its own.
    assert view.offline_banner.retry_button.text() == "Reload the course from the LMS"
    assert view.offline_banner.retry_button.text() != window.offline_banner.retry_button.text()
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    save(window, "course-offline")
    assert view.count_label.text() == "12 learners · 3 line items"
    assert view.load_button.text() == "Reloa&d"
    assert {each.id for each in model.line_items()} == {each.id for each in items}
    assert all(model.is_loaded(each.id) for each in items)
    assert model.rowCount() == 12
    shown = index_of(model, graded, item.id).data()
    assert float(shown) == pytest.approx(held[graded][0] * item.scoreMaximum, abs=0.01)
    column = model.column_of(item.id)
    assert column is not None
    assert "Offline: downloaded" in model.headerData(
        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )

    # Typing goes on: the draft is on disk, made on the kept download.
    row = model.view_row_of(graded)
    assert row is not None
    assert model.request_block(row, column, [["1.5"]])
    qtbot.waitUntil(lambda: mark(model, graded, item.id) is CellMark.UNSENT, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    draft = store.drafts(key, item.id)[graded]
    assert draft.edit.score == 1.5
    assert draft.base.score is not None

    # Back in range: the LMS's grades, the banner gone, the draft still waiting.
    sandbox.start()
    view.offline_banner.retry_button.click()
    qtbot.waitUntil(
        lambda: course.grid is not None and course.kept_at is None and course_settled(window),
        timeout=TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: mark(model, graded, item.id) is CellMark.UNSENT, timeout=TIMEOUT_MS)
    assert view.offline_banner.isHidden()
    assert window.views.course.pending_count == 1


def test_offline_without_a_kept_download_the_course_stays_empty_and_says_why(
    qtbot: QtBot, new_window: Callable[[], MainWindow], sandbox: Sandbox
) -> None:
    connection = connection_to(sandbox)
    sandbox.stop()  # nothing listens on its port: every connection is refused
    window = new_window()
    window.open_connection(connection)
    qtbot.waitUntil(lambda: window.session.key is not None, timeout=TIMEOUT_MS)
    wait_settled(qtbot, window)
    window.views.show_course()
    qtbot.waitUntil(
        lambda: "no grades of this course were downloaded" in window.statusBar().currentMessage(),
        timeout=TIMEOUT_MS,
    )
    assert window.views.course_model.columnCount() == 1
    assert window.views.course_view.offline_banner.isHidden()


def test_downloads_not_kept_yet_are_kept_when_the_window_closes(
    qtbot: QtBot, new_window: Callable[[], MainWindow], sandbox: Sandbox, store: GradeStore
) -> None:
    window = new_window()
    load_course(qtbot, window, sandbox, demo=False)
    key = window.session.key
    assert key is not None
    items = window.views.course_model.line_items()
    window.close()  # at once: the downloads were to be kept a moment after the load
    assert {info.line_item_id for info in store.snapshot_list(key)} == {item.id for item in items}
