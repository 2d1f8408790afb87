"""What the app keeps on this computer for a connection, removing it, and pruning the journal.

Local data (names, emails, grades, comments) can be removed for one line item or a whole
connection whenever the user asks; the journal of what was sent is kept for as long as the user
chose, forever by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from gradebook_gui.models import LineItem
from gradebook_gui.services.submitting import UNSENT_STATES
from gradebook_gui.store import GradeStore

# Days the journal may be kept; None keeps it forever (the default).
RETENTION_CHOICES: tuple[int | None, ...] = (None, 30, 90, 365)


def apply_retention(store: GradeStore, days: int | None, *, now: datetime | None = None) -> int:
    """Drop journal entries older than `days` (none when None); returns how many went."""
    if days is None:
        return 0
    return store.prune_journal((now or datetime.now(UTC)) - timedelta(days=days))


@dataclass(frozen=True, slots=True)
class KeptData:
    """Counts of what the store holds for one line item, or for a whole connection."""

    line_items: int  # line items whose grades were downloaded and kept
    drafts: int
    unsent: int
    journal_entries: int


@dataclass(frozen=True, slots=True)
class LocalDataSummary:
    connection_key: str
    connection_label: str
    line_item: LineItem | None  # the one open in the window, if any
    in_line_item: KeptData | None
    in_connection: KeptData


def summarize_local_data(
    store: GradeStore, connection_key: str, connection_label: str, line_item: LineItem | None
) -> LocalDataSummary:
    """How much is kept for the connection, and for the line item open in the window."""

    def kept(line_item_ids: list[str], line_item_id: str | None) -> KeptData:
        return KeptData(
            line_items=len(line_item_ids),
            drafts=sum(len(store.drafts(connection_key, item)) for item in line_item_ids),
            unsent=len(store.outbox(connection_key, line_item_id, states=UNSENT_STATES)),
            journal_entries=len(store.journal(connection_key, line_item_id)),
        )

    saved = [info.line_item_id for info in store.snapshot_list(connection_key)]
    if line_item is not None and line_item.id not in saved:
        saved.append(line_item.id)  # drafts may outlive a snapshot that failed to save
    return LocalDataSummary(
        connection_key,
        connection_label,
        line_item,
        kept([line_item.id], line_item.id) if line_item else None,
        kept(saved, None),
    )


class ForgetScope(StrEnum):
    LINE_ITEM = "line item"
    CONNECTION = "connection"


@dataclass(frozen=True, slots=True)
class LocalDataChoice:
    """What the user decided: a confirmed removal (or none) and the journal retention."""

    connection_key: str
    line_item_id: str | None
    forget: ForgetScope | None
    retention_days: int | None


def apply_local_data_choice(
    store: GradeStore, choice: LocalDataChoice, *, now: datetime | None = None
) -> int:
    """Remove what the user confirmed, then prune the journal; returns journal entries pruned."""
    if choice.forget is ForgetScope.CONNECTION:
        store.forget(choice.connection_key)
    elif choice.forget is ForgetScope.LINE_ITEM and choice.line_item_id is not None:
        store.forget(choice.connection_key, choice.line_item_id)
    return apply_retention(store, choice.retention_days, now=now)
