"""Quitting with grades not in the LMS yet asks first: send now, keep for later, or stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.quit_prompt import QuitChoice, QuitPrompt, quit_question
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    FakeDialogs,
    activate,
    connection_to,
    type_score,
    wait_ready,
    wait_settled,
)


@pytest.fixture
def window(new_window: Callable[[], MainWindow]) -> MainWindow:
    return new_window()


def _with_two_unsent(qtbot: QtBot, window: MainWindow, sandbox: Sandbox, demo: bool) -> None:
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox), demo=demo)
    wait_ready(qtbot, window)
    type_score(qtbot, window, 0, "3")
    type_score(qtbot, window, 1, "4")
    wait_settled(qtbot, window)


def test_nothing_unsent_quits_without_a_question(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox))
    wait_ready(qtbot, window)
    assert window.close()
    assert "quit" not in fake_dialogs.questions()


@pytest.mark.parametrize("demo", [False, True])
def test_unsent_changes_are_asked_about_and_cancel_stays(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs, demo: bool
) -> None:
    _with_two_unsent(qtbot, window, sandbox, demo)
    fake_dialogs.quit_choice = QuitChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert fake_dialogs.answer_of("quit") == (2, False, demo)

    fake_dialogs.quit_choice = QuitChoice.KEEP_FOR_LATER
    assert window.close()


def test_send_now_opens_the_review_and_stays(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    _with_two_unsent(qtbot, window, sandbox, demo=False)
    fake_dialogs.quit_choice = QuitChoice.SEND_NOW
    assert not window.close()
    qtbot.waitUntil(lambda: "review" in fake_dialogs.questions(), timeout=10_000)
    wait_settled(qtbot, window)
    assert window.isVisible()
    fake_dialogs.quit_choice = QuitChoice.KEEP_FOR_LATER
    assert window.close()


def test_the_question_says_what_is_kept_and_what_is_lost(qtbot: QtBot) -> None:
    question, detail = quit_question(2, sending=False, demo=False)
    assert question == "2 grades are not in the LMS yet. Quit anyway?"
    assert "kept on this computer" in detail
    _, demo_detail = quit_question(1, sending=False, demo=True)
    assert "gone once you quit" in demo_detail
    prompt = QuitPrompt(1, sending=False, demo=True)
    qtbot.addWidget(prompt)
    assert prompt.quit_button.text() == "&Discard and quit"
    # Enter alone does not quit.
    assert prompt.defaultButton() is prompt.cancel_button
