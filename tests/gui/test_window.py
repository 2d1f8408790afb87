"""The whole window against sandboxes over real sockets."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from gradebook_gui.api import Credentials, LtiaasClient
from gradebook_gui.config import CredentialKind, Profile, ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.gui.credential_prompt import CredentialRenewal
from gradebook_gui.gui.history_view import HistoryColumn
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.row_order import family_first, name_collator, name_sort_key
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore

from .conftest import (
    FakeDialogs,
    RecordingClientFactory,
    RecordingPresenter,
    activate,
    connection_to,
)
from .test_course_window import TIMEOUT_MS, mark, open_course, wait_idle
from .test_history_view import journal_entry

WindowFactory = Callable[..., MainWindow]
LOAD_TIMEOUT_MS = 10_000


@pytest.fixture
def make_window(
    qtbot: QtBot,
    session: Session,
    runner: TaskRunner,
    messages: MessageChannel,
    settings: WindowSettings,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> WindowFactory:
    def make(read_only: bool = False) -> MainWindow:
        window = MainWindow(
            session=session,
            runner=runner,
            messages=messages,
            settings=settings,
            store=store,
            dialogs=fake_dialogs.bundle(),
            read_only=read_only,
        )
        qtbot.addWidget(window)
        return window

    return make


def expected_rows(sandbox: Sandbox, line_item_id: str) -> list[StudentGrade]:
    """What the course holds, read directly (not through the window)."""
    demo = sandbox.credentials
    credentials = Credentials(api_key=demo.api_key, service_key=demo.service_key)
    with LtiaasClient(sandbox.base_url, credentials) as client:
        results, members = client.fetch_results_and_roster(line_item_id)
    return join_roster(members, results)


def wait_loaded(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: (
            window.results_model.line_item() is not None
            and not window.loader.loading
            and not window.picker.busy
        ),
        timeout=LOAD_TIMEOUT_MS,
    )


def shown_rows(window: MainWindow) -> list[StudentGrade]:
    model = window.results_model
    return [model.grade_at(row) for row in range(model.rows_count_visible())]


def test_the_window_shows_every_learner_with_http_only_off_the_main_thread(
    qtbot: QtBot,
    make_window: WindowFactory,
    sandbox: Sandbox,
    client_factory: RecordingClientFactory,
    presenter: RecordingPresenter,
) -> None:
    window = make_window()
    window.show()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)

    first_id = sandbox.line_item_ids()[0]
    line_item = window.results_model.line_item()
    assert line_item is not None and line_item.id == first_id
    expected = expected_rows(sandbox, first_id)
    shown = shown_rows(window)
    assert len(shown) == len(expected) >= 40
    assert {(g.user_id, g.score(line_item), g.comment) for g in shown} == {
        (g.user_id, g.score(line_item), g.comment) for g in expected
    }
    assert any(g.result is None for g in shown)  # learners without a grade are listed too

    # Every request went through the recording transport, and none on the main thread.
    assert client_factory.thread_ids
    assert threading.get_ident() not in client_factory.thread_ids

    assert window.windowTitle() == f"Demo course (built-in sandbox) / {line_item.label} — Gradebook"
    assert window.status_area.learners_label.text() == f"{len(expected)} learners"
    assert window.status_area.connection_label.toolTip().startswith(
        "Built-in sandbox at 127.0.0.1:"
    )
    assert (
        window.status_area.progress_bar.isHidden() and window.status_area.cancel_button.isHidden()
    )
    assert presenter.shown == []


def test_rows_appear_before_the_load_finishes_and_a_switch_drops_stale_replies(
    qtbot: QtBot,
    make_window: WindowFactory,
    make_sandbox: Callable[..., Sandbox],
    runner: TaskRunner,
) -> None:
    slow = make_sandbox(seed=5, students=150, line_items=3, page_size=10, latency_ms=15)
    window = make_window()
    first, second = slow.line_item_ids()[:2]
    window.open_connection(connection_to(slow), demo=True)
    # The first roster page is on screen while later pages are still on their way.
    qtbot.waitUntil(
        lambda: window.loader.loading and window.results_model.rows_count_total() > 0,
        timeout=LOAD_TIMEOUT_MS,
    )
    assert window.results_model.line_item().id == first  # type: ignore[union-attr]
    assert (
        not window.status_area.progress_bar.isHidden()
        and not window.status_area.cancel_button.isHidden()
    )
    first_request = window.loader.request_id

    window.picker.select(second)
    assert window.loader.request_id != first_request
    wait_loaded(qtbot, window)

    line_item = window.results_model.line_item()
    assert line_item is not None and line_item.id == second
    shown = shown_rows(window)
    assert len(shown) == len(expected_rows(slow, second))
    assert all(g.result is None or g.result.scoreOf == second for g in shown)
    # The first load's outcome arrived after the switch and was thrown away.
    qtbot.waitUntil(lambda: runner.stale_replies_dropped >= 1, timeout=LOAD_TIMEOUT_MS)


def test_cancel_stops_loading_and_keeps_what_arrived(
    qtbot: QtBot, make_window: WindowFactory, make_sandbox: Callable[..., Sandbox]
) -> None:
    slow = make_sandbox(seed=5, students=150, line_items=2, page_size=10, latency_ms=15)
    window = make_window()
    window.show()
    window.open_connection(connection_to(slow), demo=True)
    qtbot.waitUntil(
        lambda: window.loader.loading and window.results_model.rows_count_total() > 0,
        timeout=LOAD_TIMEOUT_MS,
    )
    window.status_area.cancel_button.click()
    assert not window.loader.loading
    assert window.status_area.cancel_button.isHidden()
    kept = window.results_model.rows_count_total()
    assert 0 < kept < 150
    assert "incomplete" in window.statusBar().currentMessage()


def test_read_only_mode_disables_changes_and_says_so(
    qtbot: QtBot, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    window.show()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)
    window.commands.read_only_action.trigger()
    assert window.read_only
    assert window.windowTitle().endswith("(read-only)")
    assert window.status_area.read_only_label.isVisible()
    for action in (
        window.picker.new_action,
        window.picker.rename_action,
        window.picker.delete_action,
    ):
        assert not action.isEnabled()

    window.commands.read_only_action.trigger()
    assert not window.read_only
    assert not window.status_area.read_only_label.isVisible()
    assert window.picker.new_action.isEnabled()
    assert "(read-only)" not in window.windowTitle()


def test_started_read_only_it_stays_read_only_and_typing_says_why(
    qtbot: QtBot, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window(read_only=True)
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)
    assert window.commands.read_only_action.isChecked()
    assert not window.commands.read_only_action.isEnabled()

    window.commands.read_only_action.trigger()  # the shortcut, or a click that got through
    window.set_read_only(False)
    assert window.read_only and window.commands.read_only_action.isChecked()
    assert window.status_area.read_only_label.isVisible()
    assert not window.picker.new_action.isEnabled()

    table = window.results_view.table
    table.setFocus()
    table.setCurrentIndex(window.results_model.index(0, Column.SCORE))
    before = window.results_model.data(window.results_model.index(0, Column.SCORE))
    qtbot.keyClicks(table, "7")
    assert window.results_model.data(window.results_model.index(0, Column.SCORE)) == before
    assert "--read-only" in window.statusBar().currentMessage()


def test_expired_credentials_ask_once_for_a_new_ltik_then_carry_on(
    qtbot: QtBot,
    make_window: WindowFactory,
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    session: Session,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    demo = sandbox.credentials
    profile = Profile(
        name="Calculus", base_url=sandbox.base_url, credential_kind=CredentialKind.SERVICE_KEY
    )
    profiles.save(profile)
    secrets.store.save("Calculus", Credentials(api_key=demo.api_key, service_key=demo.service_key))
    window = make_window()
    window.open_profile(profile)
    wait_loaded(qtbot, window)
    rows_before = window.results_model.rows_count_total()

    sandbox.control.expire_credentials()
    fresh = sandbox.control.issue_new_credentials()
    fake_dialogs.renewal = CredentialRenewal(ltik=fresh.ltik)
    window.commands.refresh_action.trigger()
    qtbot.waitUntil(
        lambda: (
            session.connection is not None
            and session.connection.credentials.service_key == fresh.service_key
        ),
        timeout=LOAD_TIMEOUT_MS,
    )
    wait_loaded(qtbot, window)
    assert [kind for kind, _ in fake_dialogs.asked].count("credential") == 1
    assert window.results_model.rows_count_total() == rows_before
    # The new service key is kept for the profile, in the keyring only.
    stored = secrets.store.load("Calculus")
    assert stored is not None and stored.service_key == fresh.service_key
    assert fresh.service_key not in profiles.path.read_text("utf-8")


def test_declining_to_sign_in_again_keeps_the_data_on_screen(
    qtbot: QtBot, make_window: WindowFactory, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = make_window()
    window.open_connection(connection_to(sandbox, ltik=False), demo=True)
    wait_loaded(qtbot, window)
    sandbox.control.expire_credentials()
    fake_dialogs.renewal = None
    window.picker.reload()
    qtbot.waitUntil(lambda: not window.picker.busy, timeout=LOAD_TIMEOUT_MS)
    assert [kind for kind, _ in fake_dialogs.asked] == ["credential"]
    assert window.picker.model.total_count() == 5
    assert window.results_model.rows_count_total() > 0
    assert "F5" in window.statusBar().currentMessage()


def test_network_trouble_shows_offline_and_keeps_the_grades_visible(
    qtbot: QtBot,
    make_window: WindowFactory,
    sandbox: Sandbox,
    presenter: RecordingPresenter,
) -> None:
    window = make_window()
    window.show()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)
    rows = window.results_model.rows_count_total()

    sandbox.stop()
    window.commands.refresh_action.trigger()
    qtbot.waitUntil(window.status_area.offline_label.isVisible, timeout=LOAD_TIMEOUT_MS)
    wait_loaded(qtbot, window)
    assert window.results_model.rows_count_total() == rows
    assert window.picker.model.total_count() == 5
    assert "Offline" in window.statusBar().currentMessage()
    assert presenter.shown == []


def test_an_lms_failure_is_shown_in_a_dialog_with_details(
    qtbot: QtBot,
    make_window: WindowFactory,
    sandbox: Sandbox,
    presenter: RecordingPresenter,
) -> None:
    window = make_window()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)
    # Someone deletes a column in the LMS while the app still lists it.
    gone = sandbox.line_item_ids()[3]
    demo = sandbox.credentials
    with LtiaasClient(
        sandbox.base_url, Credentials(api_key=demo.api_key, service_key=demo.service_key)
    ) as client:
        client.delete_line_item(gone)
    window.picker.select(gone)
    qtbot.waitUntil(lambda: len(presenter.shown) == 1, timeout=LOAD_TIMEOUT_MS)
    [shown] = presenter.shown
    assert "404" in shown.text
    assert "HTTP status: 404" in shown.details
    assert window.status_area.cancel_button.isHidden()


def test_request_log_records_every_request_without_secrets(
    qtbot: QtBot, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)
    records = window.request_log_model.records()
    paths = [record.path for record in records]
    assert any(path.startswith("/api/idtoken") for path in paths)
    assert any(path.startswith("/api/memberships") for path in paths)
    assert any("/scores" in path for path in paths)
    assert all(record.status == 200 for record in records)

    window.request_log_panel.copy_button.click()
    text = QApplication.clipboard().text()
    assert text.startswith("Time\tMethod\tPath\tStatus")
    assert len(text.strip().splitlines()) == len(records) + 1
    demo = sandbox.credentials
    for secret in (demo.api_key, demo.ltik, demo.service_key):
        assert secret not in text


def test_copy_selected_rows_puts_tab_separated_learners_on_the_clipboard(
    qtbot: QtBot, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    window.show()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)
    window.results_view.table.selectAll()
    window.commands.copy_rows_action.trigger()
    lines = QApplication.clipboard().text().strip().splitlines()
    assert len(lines) == window.results_model.rows_count_total() + 1
    assert all("\t" in line for line in lines)


def test_shortcuts_and_menus(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.commands.filter_action.shortcut().toString() == "Ctrl+F"
    assert window.commands.refresh_action.shortcut().toString() == "F5"
    assert window.commands.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.commands.copy_rows_action.shortcut().toString() == "Ctrl+Shift+C"
    assert window.commands.undo_action.shortcut().matches(QKeySequence("Ctrl+Z"))
    assert shortcuts(window.commands.redo_action) == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert shortcuts(window.commands.submit_action) == ["Ctrl+S", "Ctrl+Return", "Ctrl+Enter"]
    assert shortcuts(window.commands.edit_in_table_action) == ["Return", "Enter", "F2"]
    assert window.commands.edit_score_action.shortcut().toString() == "Ctrl+E"
    assert window.commands.import_action.shortcut().toString() == "Ctrl+I"
    assert window.commands.export_action.shortcut().toString() == "Ctrl+Shift+E"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Grades", "&View", "&Help"]
    grades_menu = window.menuBar().actions()[2].menu()
    assert isinstance(grades_menu, QMenu)
    grading = [action.text() for action in grades_menu.actions()]
    assert grading == [
        "E&dit in the table",
        "&Edit grade…",
        "C&lear grade…",
        "Re&vert changes",
        "&Bulk change…",
        "Co&mment bank…",
        "",
        "&Submit…",
        "Resolve &conflicts…",
    ]


def shortcuts(action: QAction) -> list[str]:
    return [sequence.toString() for sequence in action.shortcuts()]


def test_not_connected_offers_the_connections_dialog(
    qtbot: QtBot, make_window: WindowFactory, fake_dialogs: FakeDialogs
) -> None:
    window = make_window()
    window.start()
    assert fake_dialogs.asked == [("connections", None)]
    assert "File › Connections" in window.picker.status_label.text()
    assert "--demo" in window.picker.status_label.text()
    assert window.windowTitle() == "Gradebook"


def test_the_chosen_profile_is_opened_and_remembered(
    qtbot: QtBot,
    make_window: WindowFactory,
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    profiles: ProfileStore,
    secrets: SecretStorage,
    settings: WindowSettings,
) -> None:
    demo = sandbox.credentials
    profile = Profile(
        name="Calculus",
        base_url=sandbox.base_url,
        credential_kind=CredentialKind.SERVICE_KEY,
        course_title="Calculus I",
    )
    profiles.save(profile)
    secrets.store.save("Calculus", Credentials(api_key=demo.api_key, service_key=demo.service_key))
    fake_dialogs.chosen_profile = profile
    window = make_window()
    window.commands.connections_action.trigger()
    wait_loaded(qtbot, window)
    assert window.windowTitle().startswith("Calculus I / ")
    assert settings.last_profile == "Calculus"
    assert "Calculus" in window.status_area.connection_label.toolTip()


def test_missing_secrets_send_the_user_to_the_connections_dialog(
    qtbot: QtBot,
    make_window: WindowFactory,
    fake_dialogs: FakeDialogs,
    profiles: ProfileStore,
    settings: WindowSettings,
) -> None:
    profiles.save(Profile(name="Lost", base_url="https://school.ltiaas.com"))
    settings.last_profile = "Lost"
    window = make_window()
    window.start()
    assert fake_dialogs.asked == [("connections", "Lost")]
    assert "not on this computer any more" in window.statusBar().currentMessage()


def test_layout_and_last_line_item_are_remembered(
    qtbot: QtBot,
    sandbox: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
    settings: WindowSettings,
    messages: MessageChannel,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> None:
    def open_window() -> tuple[MainWindow, Session, TaskRunner]:
        runner = TaskRunner()
        session = Session(profiles, secrets, settings, RecordingClientFactory())
        window = MainWindow(
            session=session,
            runner=runner,
            messages=messages,
            settings=settings,
            store=store,
            dialogs=fake_dialogs.bundle(),
        )
        qtbot.addWidget(window)
        return window, session, runner

    window, _, _ = open_window()
    window.show()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)
    third = sandbox.line_item_ids()[2]
    window.picker.select(third)
    wait_loaded(qtbot, window)
    window.log_dock.show()
    # Any size the (small, offscreen) screen allows, other than the default one.
    window.resize(window.minimumSizeHint().grownBy(QMargins(0, 0, 12, 8)))
    size = window.size()
    window.close()
    assert settings.path.exists()

    again, _, _ = open_window()
    again.show()
    assert again.size() == size
    assert again.log_dock.isVisible()
    again.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, again)
    assert again.results_model.line_item().id == third  # type: ignore[union-attr]


def test_closing_mid_load_stops_every_thread(
    qtbot: QtBot,
    make_window: WindowFactory,
    make_sandbox: Callable[..., Sandbox],
    runner: TaskRunner,
    session: Session,
) -> None:
    slow = make_sandbox(seed=5, students=150, line_items=2, page_size=10, latency_ms=15)
    window = make_window()
    window.open_connection(connection_to(slow), demo=True)
    qtbot.waitUntil(lambda: window.loader.loading, timeout=LOAD_TIMEOUT_MS)
    window.close()
    assert runner.pending_count == 0
    assert runner.wait_for_done(0)
    assert not session.is_open


def test_controls_have_accessible_names(make_window: WindowFactory) -> None:
    window = make_window()
    for widget in (
        window.picker.search_edit,
        window.picker.table,
        window.status_area.progress_bar,
        window.status_area.cancel_button,
        window.status_area.connection_label,
        window.status_area.learners_label,
        window.status_area.offline_label,
        window.status_area.read_only_label,
        window.request_log_panel.table,
        window.request_log_panel.copy_button,
    ):
        assert widget.accessibleName(), widget


def test_an_unknown_profile_on_the_command_line_is_said_plainly(
    qtbot: QtBot, make_window: WindowFactory, fake_dialogs: FakeDialogs
) -> None:
    window = make_window()
    window.start("Nope")
    assert "no saved connection named “Nope”" in window.statusBar().currentMessage()
    assert fake_dialogs.asked == [("connections", None)]


def test_an_expired_ltik_beside_a_service_key_needs_no_new_sign_in(
    qtbot: QtBot,
    make_window: WindowFactory,
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    presenter: RecordingPresenter,
) -> None:
    demo = sandbox.credentials
    stale = Credentials(
        api_key=demo.api_key, ltik="expired-ltik-123456", service_key=demo.service_key
    )
    connection = connection_to(sandbox)
    window = make_window()
    window.open_connection(replace(connection, credentials=stale), demo=True)
    wait_loaded(qtbot, window)
    assert window.results_model.rows_count_total() >= 40
    assert fake_dialogs.asked == []
    assert presenter.shown == []


def test_the_course_tab_counts_its_own_changes_and_enables_resolve_for_its_conflict(
    qtbot: QtBot, new_window: Callable[[], MainWindow], sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[3]
    learner = model.learner_at(0).user_id
    # Two unsent cells on the Course tab, none in the column view.
    assert model.request_block(0, 4, [["5.125"], ["6"]])
    wait_idle(qtbot, window)
    assert window.views.course.pending_count == 2
    assert window.edits.pending_count == 0
    assert window.status_area.pending_label.text() == "2 unsent changes"
    assert not window.commands.resolve_action.isEnabled()

    sandbox.control.set_grade(item.id, learner, 1.0)  # changed in the LMS meanwhile
    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: mark(model, learner, item.id) is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.views.conflicts == 1, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert window.commands.resolve_action.isEnabled()
    assert window.status_area.pending_label.text() == "1 unsent change (1 conflict)"

    # The column view shows its own count, and has no conflict to resolve.
    window.view_tabs.setCurrentWidget(window.results_view)
    assert not window.commands.resolve_action.isEnabled()
    assert window.status_area.pending_label.text() == "No unsent changes"


def test_the_history_names_the_roster_loaded_sorted_by_family_name_once_it_is_open(
    qtbot: QtBot, make_window: WindowFactory, sandbox: Sandbox, store: GradeStore
) -> None:
    window = make_window()
    window.show()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_loaded(qtbot, window)
    key = window.session.key
    assert key is not None
    members = [grade.member for grade in window.loader.grades or () if grade.member]
    for minutes, member in enumerate(members):
        store.record(journal_entry(minutes, member.userId, "verified", key=key))
    # Not handed over while the History dock is closed.
    assert window.history_view.model.names == {}

    window.history_dock.show()
    history = window.history_view
    qtbot.waitUntil(lambda: history.model.rowCount() == len(members), timeout=LOAD_TIMEOUT_MS)
    assert history.model.names == {member.userId: member.display_name for member in members}
    history.table.sortByColumn(HistoryColumn.LEARNER, Qt.SortOrder.AscendingOrder)
    by_family = sorted(
        members,
        key=lambda member: name_sort_key(name_collator(window.results_model.locale()))(
            family_first(member.display_name, member.givenName, member.familyName)
        ),
    )
    shown = [history.model.index(row, HistoryColumn.LEARNER).data() for row in range(len(members))]
    assert shown == [member.display_name for member in by_family]
