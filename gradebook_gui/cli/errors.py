"""How the `gradebook` command ends: exit codes and the one line a failure prints.

Exit codes (every command): 0 done; 1 done in part; 2 usage or invalid input, nothing sent;
3 stopped by authentication, network or local-disk trouble, work kept.
"""

from __future__ import annotations

from enum import IntEnum

from gradebook_gui.api import ApiError, AuthError, InsecureUrlError, NotFoundError
from gradebook_gui.config import ProfileNotFound
from gradebook_gui.connection import LTIK_ENV, IncompleteConnection
from gradebook_gui.exchange.importer import ImportFileError
from gradebook_gui.store import SenderBusy, StoreUnavailable

NOT_FOUND_ADVICE = (
    "Check the id: 'gradebook line-items' lists the course's line items (it may also have "
    "been deleted in the LMS)."
)


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


def describe_failure(error: Exception) -> tuple[ExitCode | None, str]:
    """The exit code and the one line to print; code None means an unexpected bug."""
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
        # At a terminal the likeliest cause is a mistyped id, not a deletion in another window.
        return ExitCode.USAGE, error.message_with(NOT_FOUND_ADVICE)
    if isinstance(error, AuthError):
        return ExitCode.STOPPED, (
            f"{error} Then set the new ltik in {LTIK_ENV}, or save the new credentials in the "
            "profile with 'gradebook profile add'."
        )
    if isinstance(error, ApiError):
        return ExitCode.STOPPED, str(error)
    return None, f"unexpected error: {error!r} (run again with --debug for details)"
