"""The whole main window in the instructor's language.

Under the pseudo-translator of test_translations (every translated text comes back wrapped in
⟦…⟧), the window is opened against the sandbox over real sockets with a column loaded and every
panel open, and every text it shows walked: title, menus, tool bar, panels, status bar. Text that
is neither wrapped nor data (names, emails, labels and the course from the LMS, numbers, dates)
skipped translation.
"""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from gradebook_gui.gui.i18n import LANGUAGES
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.sandbox import Sandbox

from .conftest import RecordingPresenter
from .test_translations import is_translated, untranslated_texts
from .translated import WAIT_MS, data_of, opened


def window_data(window: MainWindow) -> set[str]:
    """What the window shows that is the LMS's or the connection's, not the window's words."""
    data = data_of(window)
    data |= {window.session.title, window.session.description}
    for item in window.picker.model.items():
        data |= {item.label, *(item.tag or "").split()}
    # Each request's method, path and the LMS's reason are the API's words.
    for record in window.request_log_model.records():
        data |= {record.method, record.path, record.lms_reason or "", record.error or ""}
    data |= set(LANGUAGES.values())  # each language is named in its own language
    data.discard("")  # an empty value would match between every two letters
    platform = window.session.platform.display_name or window.session.platform_name
    if platform:
        data.add(platform)
    return data


def test_the_whole_window_is_translated_with_every_panel_open(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    status = opened(qtbot, window, sandbox)
    for dock in (
        window.picker_dock,
        window.stats_dock,
        window.details_dock,
        window.log_dock,
        window.history_dock,
    ):
        dock.show()
    window.history_dock.raise_()  # the tab in front of the request log's
    window.results_view.table.selectRow(0)  # the details panel shows a learner
    qtbot.waitUntil(lambda: window.history_view.model.names != {}, timeout=WAIT_MS)
    data = window_data(window)
    assert untranslated_texts(window, data) == []
    assert [text for text in status.taken() if not is_translated(text, data)] == []


def test_the_window_started_read_only_says_so_translated(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    window.set_read_only(True)
    opened(qtbot, window, sandbox)
    assert is_translated(window.windowTitle(), window_data(window))
    assert window.windowTitle().endswith("⟧")


def test_what_the_window_says_itself_is_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    presenter: RecordingPresenter,
    messages: MessageChannel,
):
    window = new_window()
    status = opened(qtbot, window, sandbox)
    data = window_data(window)
    status.taken()
    window.results_view.table.clearSelection()
    window.copy_selected_rows()  # nothing selected
    window.results_view.table.selectRow(0)
    window.copy_selected_rows()
    window.results_view.table.selectAll()
    window.copy_selected_rows()
    said = status.taken()
    assert len(said) == 3
    assert [text for text in said if not is_translated(text, data)] == []

    # The data folder refuses a save: editing stops, and the message says why.
    window._on_storage_refused(OSError("No space left on device"))
    [message] = presenter.shown
    assert is_translated(message.title, data)
    assert is_translated(message.text, data | {"No space left on device"})
    assert "No space left on device" in message.text
