"""What can go wrong when using the durable store, in words a user can act on."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


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
