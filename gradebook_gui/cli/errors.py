"""How the `gradebook` command ends: exit codes and the one line a failure prints.

Exit codes (every command): 0 done; 1 done in part; 2 usage or invalid input, nothing sent;
3 stopped by authentication, network or local-disk trouble, work kept.
"""

from __future__ import annotations

from enum import IntEnum

from gradebook_gui.api import (
    ApiError,
    AuthError,
    InsecureUrlError,
    NetworkError,
    NotFoundError,
    ServerError,
    TimestampRefusedError,
    TlsError,
    UnexpectedResponseError,
)
from gradebook_gui.config import ProfileNotFound
from gradebook_gui.connection import LTIK_ENV, IncompleteConnection
from gradebook_gui.exchange.importer import ImportFileError
from gradebook_gui.store import SenderBusy, StoreUnavailable

NOT_FOUND_ADVICE = (
    "Check the id: 'gradebook line-items' lists the course's line items (it may also have "
    "been deleted in the LMS)."
)
# `sync` sends line items queued earlier: an id nobody typed, so most likely deleted meanwhile.
QUEUED_LINE_ITEM_GONE_ADVICE = (
    "The line item may have been deleted in the LMS: 'gradebook outbox list' shows the grades "
    "still queued for it, and 'gradebook outbox discard LINE_ITEM_ID' drops them."
)
TIMESTAMP_ADVICE = (
    "The LMS holds a newer grade for this student: 'gradebook results LINE_ITEM_ID --user "
    "USER_ID' shows it."
)
# Both read the LMS first: a grade that did arrive is seen there and not sent again.
_SAFE_AGAIN = {
    "submit": (
        "Running 'gradebook submit' again is safe: it reads the LMS first and sends only the "
        "grades that differ; 'gradebook outbox list' shows any grade still queued."
    ),
    "sync": (
        "Running 'gradebook sync' again is safe: it reads the LMS first and sends only the "
        "grades not there yet; 'gradebook outbox list' shows what is still queued."
    ),
}
_SUPPORT = "If it keeps happening, run it with --debug and copy the details for support."


class ExitCode(IntEnum):
    OK = 0
    PARTIAL = 1
    USAGE = 2
    STOPPED = 3


class CommandFailed(Exception):
    """A failure already phrased for the user, with the exit code it ends in."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code


def _window_says_reload(error: ApiError) -> bool:
    """An answer that cannot be trusted, or a request whose outcome is unknown: the window
    offers its Reload to see where the grades stand."""
    if isinstance(error, UnexpectedResponseError):
        return True
    if isinstance(error, ServerError):
        return error.outcome_unknown
    if isinstance(error, TlsError):
        return False
    return isinstance(error, NetworkError) and not error.surely_not_sent


def next_step(error: ApiError, command: str | None) -> str | None:
    """What a terminal user can do after `error` met by `gradebook COMMAND`, for the errors
    whose own advice names the window's Reload; None keeps the error's own advice.

    The one place that words these for the command line: the top-level failure line and the
    sending engine's report (through `next_steps_from`) both come from here."""
    if isinstance(error, NotFoundError):
        # At a terminal the likeliest cause of a typed id not found is a typing mistake.
        return QUEUED_LINE_ITEM_GONE_ADVICE if command == "sync" else NOT_FOUND_ADVICE
    if isinstance(error, TimestampRefusedError):
        return TIMESTAMP_ADVICE
    if not _window_says_reload(error):
        return None
    if command in _SAFE_AGAIN:
        again = _SAFE_AGAIN[command]
    else:
        # Every other command only reads, and a read changes nothing in the LMS.
        rerun = f"'gradebook {command}'" if command else "the command"
        again = f"Nothing was changed in the LMS: run {rerun} again."
    return f"{again} {_SUPPORT}" if isinstance(error, UnexpectedResponseError) else again


def _terminal_message(error: ApiError, command: str | None) -> str:
    """The error on one line: a quoted HTML error page keeps its line breaks in the window."""
    step = next_step(error, command)
    return " ".join(error.message_with(error.next_step if step is None else step).splitlines())


def describe_failure(error: Exception, command: str | None = None) -> tuple[ExitCode | None, str]:
    """The exit code and the one line to print for a failure of `gradebook COMMAND`; code
    None means an unexpected bug."""
    if isinstance(error, CommandFailed):
        return error.code, str(error)
    if isinstance(error, IncompleteConnection | ProfileNotFound | InsecureUrlError):
        return ExitCode.USAGE, str(error)
    if isinstance(error, ImportFileError):
        return ExitCode.USAGE, f"{error} Nothing was sent."
    if isinstance(error, SenderBusy | StoreUnavailable):
        # Another program sending, or the data folder at fault: the work is kept either way.
        return ExitCode.STOPPED, str(error)
    if isinstance(error, NotFoundError):
        return ExitCode.USAGE, _terminal_message(error, command)
    if isinstance(error, AuthError):
        return ExitCode.STOPPED, (
            f"{_terminal_message(error, command)} Then set the new ltik in {LTIK_ENV}, or save "
            "the new credentials in the profile with 'gradebook profile add'."
        )
    if isinstance(error, ApiError):
        return ExitCode.STOPPED, _terminal_message(error, command)
    return None, f"unexpected error: {error!r} (run again with --debug for details)"
