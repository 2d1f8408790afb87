"""What can go wrong when using the durable store, in words a user can act on."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from gradebook_gui.config import DATA_DIR_ENV


class StoreError(Exception):
    """Base class of the store's own errors."""


class StoreTooNew(StoreError):
    """The database was written by a newer version of the app; this one must not touch it."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"{path} was written by a newer version of the app (schema {found}, this version "
            f"knows up to {known}); update the app to open it."
        )
        self.path = path
        self.found = found
        self.known = known


class EntryNotFound(StoreError, LookupError):
    """The outbox entry is gone (discarded, cleared or forgotten meanwhile)."""

    def __init__(self, entry_id: int) -> None:
        super().__init__(f"outbox entry {entry_id} no longer exists")
        self.entry_id = entry_id


class StaleEntry(StoreError):
    """A newer value was queued for the student while an older one was being handled."""

    def __init__(self, entry_id: int, expected: int, current: int) -> None:
        super().__init__(
            f"outbox entry {entry_id} now holds a newer value (revision {current}, not {expected})"
        )
        self.entry_id = entry_id
        self.expected = expected
        self.current = current


class SenderBusy(StoreError):
    """Another program is already sending grades for this connection."""

    def __init__(self, pid: int | None, program: str | None, since: datetime | None) -> None:
        self.pid = pid
        self.program = program
        self.since = since
        super().__init__(self.describe())

    def describe(self) -> str:
        who = self.program or "another gradebook program"
        if self.pid is not None:
            who += f" (process {self.pid})"
        when = f" since {self.since.astimezone():%Y-%m-%d %H:%M:%S}" if self.since else ""
        return (
            f"Grades for this connection are already being sent by {who}{when}. Wait for it to "
            "finish, or close it, then try again."
        )


class StoreProblem(StrEnum):
    """Why the local data could not be read or written."""

    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    NO_PERMISSION = "permission denied"
    LOCKED = "locked"
    IO_ERROR = "I/O error"
    CANNOT_OPEN = "cannot open"


# Primary result codes (the low byte of SQLite's extended codes).
_BY_SQLITE_CODE = {
    sqlite3.SQLITE_FULL: StoreProblem.DISK_FULL,
    sqlite3.SQLITE_READONLY: StoreProblem.READ_ONLY,
    sqlite3.SQLITE_PERM: StoreProblem.NO_PERMISSION,
    sqlite3.SQLITE_BUSY: StoreProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: StoreProblem.LOCKED,
    sqlite3.SQLITE_IOERR: StoreProblem.IO_ERROR,
    sqlite3.SQLITE_CANTOPEN: StoreProblem.CANNOT_OPEN,
}
# An error built without a result code is known by SQLite's own wording.
_BY_SQLITE_MESSAGE = (
    ("disk is full", StoreProblem.DISK_FULL),
    ("readonly database", StoreProblem.READ_ONLY),
    ("permission denied", StoreProblem.NO_PERMISSION),
    ("is locked", StoreProblem.LOCKED),
    ("disk i/o error", StoreProblem.IO_ERROR),
    ("unable to open database", StoreProblem.CANNOT_OPEN),
)
_BY_ERRNO = {
    errno.ENOSPC: StoreProblem.DISK_FULL,
    errno.EDQUOT: StoreProblem.DISK_FULL,
    errno.EROFS: StoreProblem.READ_ONLY,
    errno.EACCES: StoreProblem.NO_PERMISSION,
    errno.EPERM: StoreProblem.NO_PERMISSION,
    errno.EIO: StoreProblem.IO_ERROR,
    # A file where the data folder should be, or a folder where the database should be.
    errno.ENOTDIR: StoreProblem.CANNOT_OPEN,
    errno.EISDIR: StoreProblem.CANNOT_OPEN,
}


def problem_of(error: BaseException) -> StoreProblem | None:
    """The user-level problem behind an SQLite or OS error; None for anything else (a bug)."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _BY_SQLITE_CODE.get(code & 0xFF)
        text = str(error).lower()
        return next((problem for words, problem in _BY_SQLITE_MESSAGE if words in text), None)
    if isinstance(error, OSError):
        return _BY_ERRNO.get(error.errno) if error.errno is not None else None
    return None


class StoreUnavailable(StoreError):
    """The local data could not be opened, read or written (disk full, read-only or locked
    folder, I/O error). The failed change was rolled back: what was saved before is kept."""

    def __init__(self, problem: StoreProblem, folder: Path, detail: str) -> None:
        self.problem = problem
        self.folder = folder
        self.detail = detail
        super().__init__(self.describe())

    def describe(self) -> str:
        folder = self.folder
        elsewhere = f"or set {DATA_DIR_ENV} to a folder you can write to"
        what, todo = {
            StoreProblem.DISK_FULL: (
                f"the disk holding the data folder {folder} is full",
                f"Free some space on the disk holding {folder}, then try again.",
            ),
            StoreProblem.READ_ONLY: (
                f"the data folder {folder} is read-only",
                f"Make it writable, {elsewhere}, then try again.",
            ),
            StoreProblem.NO_PERMISSION: (
                f"you are not allowed to write in the data folder {folder}",
                f"Give your account write access to it, {elsewhere}, then try again.",
            ),
            StoreProblem.LOCKED: (
                f"the local data in {folder} stayed locked by another gradebook program",
                "Wait for it to finish, or close it, then try again.",
            ),
            StoreProblem.IO_ERROR: (
                f"the disk holding the data folder {folder} failed to read or write",
                "Check the disk (or network drive), then try again.",
            ),
            StoreProblem.CANNOT_OPEN: (
                f"the local data in {folder} cannot be opened",
                f"Check that the folder exists and that you may write in it, {elsewhere}.",
            ),
        }[self.problem]
        return (
            f"Cannot use the local grade data: {what} ({self.detail}). What was saved before "
            f"is kept. {todo}"
        )


@contextmanager
def store_failures(folder: Path) -> Iterator[None]:
    """Turn SQLite and OS failures of the local data in `folder` into StoreUnavailable."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        problem = problem_of(error)
        if problem is None:
            raise
        raise StoreUnavailable(problem, folder, str(error) or type(error).__name__) from error
