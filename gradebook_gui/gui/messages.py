"""The one channel for messages to the user, always shown on the main thread.

- transient network trouble: a status bar message and the offline indicator (data stays visible);
- failures that need action: a dialog with the reason (the LMS's own words when it gave one) and a
  "Copy details" button for support;
- bugs: the same dialog with the traceback in the details; `sys.excepthook` and
  `threading.excepthook` route here so that nothing vanishes.

Dialogs go through an injectable presenter, so tests never block on `exec()`.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui import __version__
from gradebook_gui.api import ApiError, AuthError, NetworkError, TlsError
from gradebook_gui.gui.announce import announce
from gradebook_gui.gui.i18n import translate
from gradebook_gui.store import SenderBusy, StoreUnavailable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UserMessage:
    """A message shown in a dialog: the title, what happened and what to do, and details to copy."""

    title: str
    text: str
    details: str = ""
    is_bug: bool = False


Presenter = Callable[[QWidget | None, UserMessage], None]
# Called with the refused credentials' error and the operation to run again once renewed.
AuthHandler = Callable[[AuthError, Callable[[], None] | None], None]


class MessageDialog(QDialog):
    """A failure that needs the user's attention, with its details one click from the clipboard."""

    def __init__(self, message: UserMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setWindowTitle(message.title)
        self.setMinimumWidth(460)

        icon = QLabel()
        icon_kind = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if message.is_bug
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        icon.setPixmap(self.style().standardIcon(icon_kind).pixmap(32, 32))
        self.text_label = QLabel(message.text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setAccessibleName(translate("MessageDialog", "Message"))

        self.details_view = QPlainTextEdit(message.details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(translate("MessageDialog", "Details"))
        self.details_view.setAccessibleDescription(
            translate("MessageDialog", "What happened, for support")
        )
        self.details_view.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.copy_button = QPushButton(translate("MessageDialog", "&Copy details"))
        self.copy_button.setAccessibleName(translate("MessageDialog", "Copy details"))
        copy_tip = translate("MessageDialog", "Copy what happened, for support, to the clipboard")
        self.copy_button.setToolTip(copy_tip)
        self.copy_button.setAccessibleDescription(copy_tip)
        self.show_details_button = QPushButton(translate("MessageDialog", "Show &details"))
        self.show_details_button.setAccessibleName(translate("MessageDialog", "Show details"))
        self.show_details_button.setCheckable(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setEnabled(bool(message.details))
        self.show_details_button.setEnabled(bool(message.details))
        buttons.accepted.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_details_button.toggled.connect(self.details_view.setVisible)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)

    @Slot()
    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.message.text}\n\n{self.message.details}")
        self.copy_button.setText(translate("MessageDialog", "Copied"))
        announce(self.copy_button, translate("MessageDialog", "Details copied to the clipboard"))

    @classmethod
    def present(cls, parent: QWidget | None, message: UserMessage) -> None:
        cls(message, parent).exec()


def describe_error(action: str, error: BaseException) -> str:
    """Details for support: what was attempted, the request, the status, the reason; no secret."""
    lines = [f"What: {action}", f"Error: {type(error).__name__}"]
    if isinstance(error, ApiError):
        if error.method or error.path:
            lines.append(f"Request: {error.method or ''} {error.path or ''}".rstrip())
        if error.status is not None:
            lines.append(f"HTTP status: {error.status}")
        if error.lms_reason:
            lines.append(f"LMS reason: {error.lms_reason}")
        if error.envelope is not None:
            lines.append(f"LTIAAS answer: {error.envelope.model_dump_json(exclude_none=True)}")
        elif error.raw_body:
            lines.append(f"Server answer: {error.raw_body[:2000]}")
        lines.append(f"Message: {error.user_message}")
    else:
        lines.append(
            "".join(traceback.format_exception(type(error), error, error.__traceback__)).rstrip()
        )
    lines.append(_environment())
    return "\n".join(lines)


def _environment() -> str:
    return (
        f"App: gradebook-gui {__version__}; Python {platform.python_version()}; "
        f"Qt {qVersion()}; {platform.system()} {platform.release()}; "
        f"at {datetime.now().astimezone().isoformat(timespec='seconds')}"
    )


class MessageChannel(QObject):
    """Where every part of the window sends what the user must know."""

    status_message = Signal(str, int)  # text, milliseconds to show it (0: until replaced)
    offline_changed = Signal(bool, str)  # offline, what went wrong
    # Relays an exception caught by the hooks (any thread) to the main thread.
    _unexpected = Signal(str, str)

    def __init__(self, presenter: Presenter = MessageDialog.present) -> None:
        super().__init__()
        self._presenter = presenter
        self._parent_widget: QWidget | None = None
        self._auth_handler: AuthHandler | None = None
        self._offline = False
        self._unexpected.connect(self._show_unexpected)

    def set_parent_widget(self, widget: QWidget | None) -> None:
        self._parent_widget = widget

    def set_auth_handler(self, handler: AuthHandler | None) -> None:
        """Who asks for new credentials when LTIAAS refuses the current ones."""
        self._auth_handler = handler

    @property
    def offline(self) -> bool:
        return self._offline

    def inform(self, text: str, timeout_ms: int = 5000) -> None:
        self._status(text, timeout_ms)

    def show(self, message: UserMessage) -> None:
        self._presenter(self._parent_widget, message)

    def network_trouble(self, text: str, details: str = "") -> None:
        """The server cannot be reached: say so in the status bar; what is shown stays."""
        self._offline = True
        self.offline_changed.emit(True, details or text)
        self._status(text, 0, urgent=True)

    def back_online(self) -> None:
        if self._offline:
            self._offline = False
            self.offline_changed.emit(False, "")
            self._status(translate("MessageChannel", "Connected again."), 3000)

    def _status(self, text: str, timeout_ms: int, *, urgent: bool = False) -> None:
        """A status bar message, also spoken by a screen reader: its user cannot glance at the
        status bar."""
        self.status_message.emit(text, timeout_ms)
        if self._parent_widget is not None:
            announce(self._parent_widget, text, urgent=urgent)

    def report_failure(
        self, action: str, error: BaseException, retry: Callable[[], None] | None = None
    ) -> None:
        """Tell the user about a failed operation in the way its kind calls for."""
        if isinstance(error, AuthError) and self._auth_handler is not None:
            self._auth_handler(error, retry)
        elif isinstance(error, TlsError):
            self.show(
                UserMessage(
                    translate("MessageChannel", "Secure connection failed"),
                    str(error),
                    describe_error(action, error),
                )
            )
        elif isinstance(error, NetworkError):
            cause = error.explanation or translate("MessageChannel", "the connection failed")
            self.network_trouble(
                translate(
                    "MessageChannel",
                    "Offline: {cause}. What is shown may be out of date; press F5 to try again.",
                ).format(cause=cause),
                str(error),
            )
        elif isinstance(error, ApiError):
            self.show(
                UserMessage(
                    translate("MessageChannel", "{action} failed").format(action=action),
                    str(error),
                    describe_error(action, error),
                )
            )
        elif isinstance(error, SenderBusy):
            self.show(
                UserMessage(
                    translate("MessageChannel", "Grades are already being sent"), error.describe()
                )
            )
        elif isinstance(error, StoreUnavailable):
            # The data folder is at fault, not the app: what was saved before is kept.
            self.show(
                UserMessage(
                    translate("MessageChannel", "{action} failed on this computer").format(
                        action=action
                    ),
                    str(error),
                )
            )
        else:
            log.error("%s failed", action, exc_info=error)
            self.show(
                UserMessage(
                    translate("MessageChannel", "Something went wrong"),
                    translate(
                        "MessageChannel",
                        "{action} failed because of an error in the app: {error}. "
                        "Please copy the details and send them to support.",
                    ).format(action=action, error=repr(error)),
                    describe_error(action, error),
                    is_bug=True,
                )
            )

    def report_exception(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
        where: str = "",
    ) -> None:
        """From the exception hooks; safe to call from any thread."""
        log.error("unhandled exception %s", where, exc_info=(exc_type, error, tb))
        details = "".join(traceback.format_exception(exc_type, error, tb)).rstrip()
        self._unexpected.emit(f"{exc_type.__name__}: {error}", f"{details}\n{_environment()}")

    @Slot(str, str)
    def _show_unexpected(self, summary: str, details: str) -> None:
        self.show(
            UserMessage(
                translate("MessageChannel", "Something went wrong"),
                translate(
                    "MessageChannel",
                    "An error in the app was caught: {summary}. Your data is unchanged. Please "
                    "copy the details and send them to support.",
                ).format(summary=summary),
                details,
                is_bug=True,
            )
        )


def install_exception_hooks(channel: MessageChannel) -> Callable[[], None]:
    """Route uncaught exceptions of every thread to the channel; returns a function undoing it."""
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def excepthook(
        exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_hook(exc_type, error, tb)
            return
        channel.report_exception(exc_type, error, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        thread_name = args.thread.name if args.thread else "a worker thread"
        channel.report_exception(
            args.exc_type, args.exc_value, args.exc_traceback, f"in {thread_name}"
        )

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook

    def restore() -> None:
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook

    return restore
