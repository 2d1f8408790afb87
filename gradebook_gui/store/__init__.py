"""The durable local store (plain Python and sqlite3, no Qt): see `grade_store`."""

from gradebook_gui.store.errors import (
    EntryNotFound,
    SenderBusy,
    StaleEntry,
    StoreError,
    StoreProblem,
    StoreTooNew,
    StoreUnavailable,
)
from gradebook_gui.store.grade_store import DATABASE_NAME, GradeStore
from gradebook_gui.store.records import (
    Draft,
    FinalOutcome,
    JournalEntry,
    OutboxEntry,
    Snapshot,
    SnapshotInfo,
)

__all__ = [
    "DATABASE_NAME",
    "Draft",
    "EntryNotFound",
    "FinalOutcome",
    "GradeStore",
    "JournalEntry",
    "OutboxEntry",
    "SenderBusy",
    "Snapshot",
    "SnapshotInfo",
    "StaleEntry",
    "StoreError",
    "StoreProblem",
    "StoreTooNew",
    "StoreUnavailable",
]
