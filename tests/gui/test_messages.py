"""The message channel: status bar for network trouble, dialogs for failures, hooks for bugs."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gradebook_gui.api import AuthError, LmsRefusedError, NetworkError, TlsError
from gradebook_gui.api.errors import ErrorEnvelope
from gradebook_gui.gui.messages import (
    MessageChannel,
    MessageDialog,
    UserMessage,
    describe_error,
    install_exception_hooks,
)

from .conftest import RecordingPresenter

CANVAS_422 = {
    "status": 422,
    "error": "Unprocessable Entity",
    "details": {
        "message": "Unprocessable Entity",
        "externalError": True,
        "externalUrl": "https://canvas.example.edu/api/lti/courses/101/line_items/12/scores",
        "bodyReceived": {"errors": [{"message": "User not found in course or is not a student"}]},
    },
}
AUTH_401 = {
    "status": 401,
    "error": "Unauthorized",
    "details": {
        "message": "INVALID_LTIK_AUTH_AUTHORIZATION_HEADER",
        "description": "Invalid or expired ltik.",
    },
}


def lms_refusal() -> LmsRefusedError:
    return LmsRefusedError(
        "Sending the score for user 007",
        method="POST",
        path="/api/lineitems/https://canvas.example.edu/line_items/12/scores",
        status=422,
        envelope=ErrorEnvelope.parse(CANVAS_422),
    )


def auth_error() -> AuthError:
    return AuthError(
        "Loading the grades",
        method="GET",
        path="/api/memberships",
        status=401,
        envelope=ErrorEnvelope.parse(AUTH_401),
    )


def test_network_trouble_goes_to_the_status_bar_not_a_dialog(
    qtbot: QtBot, messages: MessageChannel, presenter: RecordingPresenter
) -> None:
    error = NetworkError(
        "Loading the grades",
        surely_not_sent=True,
        method="GET",
        path="/api/memberships",
        explanation="the server could not be reached",
    )
    with qtbot.waitSignal(messages.offline_changed) as offline:
        messages.report_failure("Loading the grades", error)
    assert offline.args[0] is True
    assert "could not be reached" in offline.args[1]
    assert messages.offline
    assert presenter.shown == []

    with qtbot.waitSignal(messages.offline_changed) as online:
        messages.back_online()
    assert online.args[0] is False
    assert not messages.offline


def test_lms_refusal_shows_a_dialog_with_the_lms_reason_and_details(
    messages: MessageChannel, presenter: RecordingPresenter
) -> None:
    messages.report_failure("Sending the score", lms_refusal())
    [shown] = presenter.shown
    assert "User not found in course or is not a student" in shown.text
    assert "HTTP status: 422" in shown.details
    assert "POST /api/lineitems/" in shown.details
    assert "LMS reason: User not found" in shown.details
    assert not shown.is_bug


def test_tls_failure_is_explained_in_plain_words(
    messages: MessageChannel, presenter: RecordingPresenter
) -> None:
    error = TlsError(
        "Loading the grade columns",
        surely_not_sent=True,
        method="GET",
        path="/api/lineitems",
        explanation="the server's certificate could not be verified",
    )
    messages.report_failure("Loading the grade columns", error)
    [shown] = presenter.shown
    assert shown.title == "Secure connection failed"
    assert "certificate could not be verified" in shown.text
    assert "operating system's trust store" in shown.text
    assert not messages.offline


def test_auth_error_goes_to_the_auth_handler_with_the_retry(
    messages: MessageChannel, presenter: RecordingPresenter
) -> None:
    calls: list[tuple[AuthError, object]] = []

    def retry() -> None:
        return None

    messages.set_auth_handler(lambda error, again: calls.append((error, again)))
    error = auth_error()
    messages.report_failure("Loading the grades", error, retry=retry)
    assert calls == [(error, retry)]
    assert presenter.shown == []


def test_auth_error_without_a_handler_is_still_shown(
    messages: MessageChannel, presenter: RecordingPresenter
) -> None:
    messages.report_failure("Loading the grades", auth_error())
    [shown] = presenter.shown
    assert "Invalid or expired ltik" in shown.text


def test_a_bug_is_shown_with_its_traceback(
    messages: MessageChannel, presenter: RecordingPresenter
) -> None:
    try:
        raise KeyError("row")
    except KeyError as error:
        messages.report_failure("Loading the grades", error)
    [shown] = presenter.shown
    assert shown.is_bug
    assert "Traceback" in shown.details
    assert "KeyError" in shown.details


def test_details_never_contain_the_authorization_header() -> None:
    details = describe_error("Loading", lms_refusal())
    assert "Authorization" not in details
    assert "LTIK-AUTH" not in details and "SERVICE-AUTH" not in details


def test_copy_details_puts_message_and_details_on_the_clipboard(qtbot: QtBot) -> None:
    message = UserMessage("Saving failed", "The LMS refused.", "HTTP status: 422\nLMS reason: x")
    dialog = MessageDialog(message)
    qtbot.addWidget(dialog)
    assert dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "The LMS refused." in copied
    assert "HTTP status: 422" in copied
    assert dialog.copy_button.text() == "Copied"


def test_details_are_hidden_until_asked_for(qtbot: QtBot) -> None:
    dialog = MessageDialog(UserMessage("t", "text", "the details"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.details_view.isVisible()
    dialog.show_details_button.click()
    assert dialog.details_view.isVisible()
    assert dialog.details_view.toPlainText() == "the details"


@pytest.fixture
def hooks(messages: MessageChannel):
    restore = install_exception_hooks(messages)
    yield
    restore()


@pytest.mark.usefixtures("hooks")
def test_an_exception_in_a_thread_reaches_the_user_on_the_main_thread(
    qtbot: QtBot, presenter: RecordingPresenter
) -> None:
    def fail() -> None:
        raise ValueError("worker broke")

    thread = threading.Thread(target=fail, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(presenter.shown) == 1, timeout=2000)
    [shown] = presenter.shown
    assert shown.is_bug
    assert "worker broke" in shown.text
    assert "ValueError" in shown.details


@pytest.mark.usefixtures("hooks")
def test_an_uncaught_exception_on_the_main_thread_reaches_the_user(
    qtbot: QtBot, presenter: RecordingPresenter
) -> None:
    try:
        raise RuntimeError("slot broke")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what Qt does with an exception escaping a slot
    qtbot.waitUntil(lambda: len(presenter.shown) == 1, timeout=2000)
    assert "slot broke" in presenter.shown[0].text


def test_hooks_are_restored(messages: MessageChannel) -> None:
    before = (sys.excepthook, threading.excepthook)
    restore = install_exception_hooks(messages)
    assert sys.excepthook is not before[0]
    restore()
    assert (sys.excepthook, threading.excepthook) == before
