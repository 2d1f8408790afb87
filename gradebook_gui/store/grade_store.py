"""The durable local store: snapshots, drafts with undo, the outbox, timestamps and the journal.

One SQLite database (WAL, `synchronous=FULL`), so that an edit shown as saved survives a crash or
`kill -9`: what the window shows as saved is on disk. Every mutating method commits before it
returns. One connection is shared by the window's store thread and the engine's workers, guarded
by a lock; other programs (the command line) open the same file and SQLite keeps them apart. The
senders' changes that arrive while another is being committed share the next commit: one wait
for the disk.
No secret is ever given to the store.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, Literal, TypeVar

from gradebook_gui.config import data_dir, ensure_private_dir
from gradebook_gui.edits import CellState, FailureKind, GradeEdit, ServerGrade, grade_after
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.store.codec import (
    edit_from_json,
    edit_to_json,
    from_micros,
    grade_from_json,
    grade_to_json,
    to_micros,
)
from gradebook_gui.store.errors import EntryNotFound, StaleEntry, store_failures
from gradebook_gui.store.records import (
    Draft,
    FinalOutcome,
    JournalEntry,
    OutboxEntry,
    Snapshot,
    SnapshotInfo,
)
from gradebook_gui.store.schema import migrate
from gradebook_gui.store.sender_lock import default_program_name, hold_sender_lock, lock_file_name

log = logging.getLogger(__name__)

DATABASE_NAME = "gradebook.sqlite3"
LOCKS_FOLDER = "locks"
# Operations kept for undo per line item; older ones are dropped.
UNDO_LIMIT = 1000
# How long a write waits for another program's transaction before giving up.
BUSY_TIMEOUT_SECONDS = 15.0
# Consecutive score timestamps for one student are at least this far apart (Moodle).
TIMESTAMP_GAP_MICROS = 1_000_000

Clock = Callable[[], datetime]
T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC)


class _GroupedChange(Generic[T]):
    """One thread's change waiting for a shared commit, and how it went."""

    def __init__(self, change: Callable[[sqlite3.Connection], T]) -> None:
        self.change = change
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None


@dataclass(frozen=True, slots=True)
class _DraftRow:
    """A draft as stored: encoded edit and base, and when it was last changed."""

    edit_json: str
    base_json: str
    updated_at: int


_OUTBOX_COLUMNS = (
    "id, connection_key, line_item_id, user_id, edit_json, base_json, state, failure_kind, "
    "reason, http_status, attempts, created_at, updated_at, batch_label, revision"
)


class GradeStore:
    """The app's local grade data; see the module docstring. Open with `GradeStore.open()`."""

    def __init__(self, db: sqlite3.Connection, path: Path, clock: Clock, undo_limit: int) -> None:
        self._db = db
        self._lock = threading.RLock()
        # Changes waiting for the next shared commit (see `_write_grouped`).
        self._waiting_changes: list[_GroupedChange[Any]] = []
        self._waiting_lock = threading.Lock()
        self._clock = clock
        self._undo_limit = undo_limit
        self.path = path

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        clock: Clock = utc_now,
        undo_limit: int = UNDO_LIMIT,
    ) -> GradeStore:
        """Open (creating and upgrading as needed) the database; default in the data folder.

        Raises StoreUnavailable when the folder is full, read-only, locked or failing.
        """
        folder = data_dir() if path is None else path.parent
        with store_failures(folder):
            if path is None:
                path = ensure_private_dir(folder) / DATABASE_NAME
            else:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _create_private_file(path)
            db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
            )
            try:
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = FULL")
                db.execute("PRAGMA foreign_keys = ON")
                # Forgotten data is overwritten, not just unlinked: removed is gone from the disk.
                db.execute("PRAGMA secure_delete = ON")
                migrate(db, path)
            except BaseException:
                db.close()
                raise
        return cls(db, path, clock, undo_limit)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> GradeStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A short write transaction, committed (on disk) when the block ends, or not at all.

        A full disk, a read-only folder, a lock held too long or an I/O error rolls the whole
        transaction back and raises StoreUnavailable.
        """
        with self._lock, self._failures():
            # IMMEDIATE takes the write lock up front, so no deadlock with another program.
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                self._roll_back()
                raise

    def _write_grouped(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """`change` in a write transaction shared with the changes other threads make meanwhile:
        those that arrive while one commit waits for the disk share the next one.

        Returns, like `_write`, once the change is on disk. StaleEntry and EntryNotFound (raised
        before `change` writes anything) are this change's alone; any other failure fails every
        change of the transaction, none of which is then written.
        """
        mine: _GroupedChange[T] = _GroupedChange(change)
        with self._waiting_lock:
            self._waiting_changes.append(mine)
        with self._lock:
            if not mine.done:
                with self._waiting_lock:
                    group, self._waiting_changes = self._waiting_changes, []
                self._commit_group(group)
        if mine.error is not None:
            raise mine.error
        return mine.result  # type: ignore[return-value]  # set, since no error

    def _commit_group(self, group: list[_GroupedChange[Any]]) -> None:
        try:
            with self._write() as db:
                for grouped in group:
                    try:
                        grouped.result = grouped.change(db)
                    except (StaleEntry, EntryNotFound) as error:
                        grouped.error = error
        except BaseException as error:
            for grouped in group:
                grouped.result, grouped.error = None, error
            raise
        finally:
            for grouped in group:
                grouped.done = True

    def _roll_back(self) -> None:
        # SQLite may already have rolled back by itself (disk full, I/O error).
        if not self._db.in_transaction:
            return
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.Error as error:
            # The failure that led here is what the caller must hear about.
            log.warning("rolling back in %s failed: %s", self.path.parent, error)

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent view across several queries."""
        with self._lock, self._failures():
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.execute("COMMIT")

    @contextmanager
    def _query(self) -> Iterator[sqlite3.Connection]:
        """One read statement."""
        with self._lock, self._failures():
            yield self._db

    def _failures(self) -> AbstractContextManager[None]:
        return store_failures(self.path.parent)

    def _now(self) -> int:
        return to_micros(self._clock())

    # -- snapshots ------------------------------------------------------------------------------

    def save_snapshot(
        self, key: str, line_item: LineItem, grades: Sequence[StudentGrade], taken_at: datetime
    ) -> None:
        """Keep this download of the line item, replacing the previous one."""
        taken = to_micros(taken_at)
        # Pydantic's own JSON (what `model_dump` then `json.dumps` gave, but for how exponents are
        # written) in a third of the time: it runs beside a window painting a large course.
        line_item_json = line_item.model_dump_json()
        rows = [
            (
                key,
                line_item.id,
                position,
                grade.user_id,
                grade.member.model_dump_json() if grade.member else None,
                grade.result.model_dump_json() if grade.result else None,
            )
            for position, grade in enumerate(grades)
        ]
        with self._write() as db:
            db.execute(
                "DELETE FROM snapshot WHERE connection_key = ? AND line_item_id = ?",
                (key, line_item.id),
            )
            db.execute(
                "INSERT INTO snapshot (connection_key, line_item_id, label, line_item_json, "
                "taken_at, learners) VALUES (?, ?, ?, ?, ?, ?)",
                (key, line_item.id, line_item.label, line_item_json, taken, len(rows)),
            )
            db.executemany(
                "INSERT INTO snapshot_row (connection_key, line_item_id, position, user_id, "
                "member_json, result_json) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def load_snapshot(self, key: str, line_item_id: str) -> Snapshot | None:
        with self._read() as db:
            header = db.execute(
                "SELECT line_item_json, taken_at FROM snapshot "
                "WHERE connection_key = ? AND line_item_id = ?",
                (key, line_item_id),
            ).fetchone()
            if header is None:
                return None
            rows = db.execute(
                "SELECT user_id, member_json, result_json FROM snapshot_row "
                "WHERE connection_key = ? AND line_item_id = ? ORDER BY position",
                (key, line_item_id),
            ).fetchall()
        grades = [
            StudentGrade(
                user_id,
                Member.model_validate_json(member_json) if member_json else None,
                Result.model_validate_json(result_json) if result_json else None,
            )
            for user_id, member_json, result_json in rows
        ]
        return Snapshot(LineItem.model_validate_json(header[0]), grades, from_micros(header[1]))

    def snapshot_list(self, key: str) -> list[SnapshotInfo]:
        """The line items saved for a connection, most recently downloaded first."""
        with self._query() as db:
            rows = db.execute(
                "SELECT line_item_id, label, taken_at, learners FROM snapshot "
                "WHERE connection_key = ? ORDER BY taken_at DESC, label",
                (key,),
            ).fetchall()
        return [
            SnapshotInfo(line_item_id, label, from_micros(taken_at), learners)
            for line_item_id, label, taken_at, learners in rows
        ]

    # -- drafts and undo ------------------------------------------------------------------------

    def apply_edits(
        self,
        key: str,
        line_item_id: str,
        edits: Sequence[tuple[GradeEdit, ServerGrade]],
        label: str,
    ) -> None:
        """Save edits as drafts in one undoable operation (e.g. "Paste 30 scores").

        Each pair is the wanted edit and the base it was made on. A new operation clears redo.
        """
        now = self._now()
        # A student listed twice keeps the last edit, as if typed one after the other.
        wanted = {
            edit.user_id: _DraftRow(edit_to_json(edit), grade_to_json(base), now)
            for edit, base in edits
        }
        if not wanted:
            return
        with self._write() as db:
            operation_id = self._start_operation(db, key, line_item_id, label)
            for user_id, after in wanted.items():
                before = self._draft_row(db, key, line_item_id, user_id)
                self._put_draft(db, key, line_item_id, user_id, after)
                self._record_change(db, operation_id, user_id, before, after)
            self._trim_history(db, key, line_item_id)

    def revert_drafts(
        self, key: str, line_item_id: str, user_ids: Sequence[str], label: str
    ) -> None:
        """Drop these students' drafts, as one undoable operation."""
        with self._write() as db:
            befores = {
                user_id: row
                for user_id in dict.fromkeys(user_ids)
                if (row := self._draft_row(db, key, line_item_id, user_id)) is not None
            }
            if not befores:
                return
            operation_id = self._start_operation(db, key, line_item_id, label)
            for user_id, before in befores.items():
                self._put_draft(db, key, line_item_id, user_id, None)
                self._record_change(db, operation_id, user_id, before, None)
            self._trim_history(db, key, line_item_id)

    def drafts(self, key: str, line_item_id: str) -> dict[str, Draft]:
        with self._query() as db:
            rows = db.execute(
                "SELECT user_id, edit_json, base_json, updated_at FROM draft "
                "WHERE connection_key = ? AND line_item_id = ? ORDER BY user_id",
                (key, line_item_id),
            ).fetchall()
        return {
            user_id: Draft(edit_from_json(edit), grade_from_json(base), from_micros(updated))
            for user_id, edit, base, updated in rows
        }

    def undo(self, key: str, line_item_id: str) -> list[str]:
        """Undo the newest operation; returns the students whose draft changed."""
        with self._write() as db:
            operation_id = self._undo_candidate(db, key, line_item_id)
            if operation_id is None:
                return []
            changed = self._replay(db, key, line_item_id, operation_id, "before")
            db.execute("UPDATE operation SET undone = 1 WHERE id = ?", (operation_id,))
            return changed

    def redo(self, key: str, line_item_id: str) -> list[str]:
        """Redo the last undone operation; returns the students whose draft changed."""
        with self._write() as db:
            operation_id = self._redo_candidate(db, key, line_item_id)
            if operation_id is None:
                return []
            changed = self._replay(db, key, line_item_id, operation_id, "after")
            db.execute("UPDATE operation SET undone = 0 WHERE id = ?", (operation_id,))
            return changed

    def undo_label(self, key: str, line_item_id: str) -> str | None:
        with self._query() as db:
            return self._label(db, self._undo_candidate(db, key, line_item_id))

    def redo_label(self, key: str, line_item_id: str) -> str | None:
        with self._query() as db:
            return self._label(db, self._redo_candidate(db, key, line_item_id))

    @staticmethod
    def _label(db: sqlite3.Connection, operation_id: int | None) -> str | None:
        if operation_id is None:
            return None
        label: str = db.execute(
            "SELECT label FROM operation WHERE id = ?", (operation_id,)
        ).fetchone()[0]
        return label

    @staticmethod
    def _undo_candidate(db: sqlite3.Connection, key: str, line_item_id: str) -> int | None:
        row = db.execute(
            "SELECT id FROM operation WHERE connection_key = ? AND line_item_id = ? "
            "AND undone = 0 ORDER BY id DESC LIMIT 1",
            (key, line_item_id),
        ).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def _redo_candidate(db: sqlite3.Connection, key: str, line_item_id: str) -> int | None:
        row = db.execute(
            "SELECT id FROM operation WHERE connection_key = ? AND line_item_id = ? "
            "AND undone = 1 ORDER BY id LIMIT 1",
            (key, line_item_id),
        ).fetchone()
        return None if row is None else int(row[0])

    def _start_operation(
        self, db: sqlite3.Connection, key: str, line_item_id: str, label: str
    ) -> int:
        # A new operation makes the undone ones unreachable: they are the redo stack.
        db.execute(
            "DELETE FROM operation WHERE connection_key = ? AND line_item_id = ? AND undone = 1",
            (key, line_item_id),
        )
        cursor = db.execute(
            "INSERT INTO operation (connection_key, line_item_id, label) VALUES (?, ?, ?)",
            (key, line_item_id, label),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _trim_history(self, db: sqlite3.Connection, key: str, line_item_id: str) -> None:
        db.execute(
            "DELETE FROM operation WHERE connection_key = ? AND line_item_id = ? AND id <= ("
            "SELECT id FROM operation WHERE connection_key = ? AND line_item_id = ? "
            "ORDER BY id DESC LIMIT 1 OFFSET ?)",
            (key, line_item_id, key, line_item_id, self._undo_limit),
        )

    @staticmethod
    def _record_change(
        db: sqlite3.Connection,
        operation_id: int,
        user_id: str,
        before: _DraftRow | None,
        after: _DraftRow | None,
    ) -> None:
        db.execute(
            "INSERT INTO operation_change (operation_id, user_id, before_edit_json, "
            "before_base_json, before_updated_at, after_edit_json, after_base_json, "
            "after_updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (operation_id, user_id, *_draft_columns(before), *_draft_columns(after)),
        )

    def _replay(
        self,
        db: sqlite3.Connection,
        key: str,
        line_item_id: str,
        operation_id: int,
        side: Literal["before", "after"],
    ) -> list[str]:
        """Set every draft the operation touched to its recorded `side` ("before"/"after")."""
        columns = f"{side}_edit_json, {side}_base_json, {side}_updated_at"
        changes = db.execute(
            f"SELECT user_id, {columns} FROM operation_change WHERE operation_id = ? "
            "ORDER BY rowid",
            (operation_id,),
        ).fetchall()
        for user_id, edit_json, base_json, updated_at in changes:
            row = None if edit_json is None else _DraftRow(edit_json, base_json, updated_at)
            self._put_draft(db, key, line_item_id, user_id, row)
        return [user_id for user_id, *_ in changes]

    @staticmethod
    def _draft_row(
        db: sqlite3.Connection, key: str, line_item_id: str, user_id: str
    ) -> _DraftRow | None:
        row = db.execute(
            "SELECT edit_json, base_json, updated_at FROM draft "
            "WHERE connection_key = ? AND line_item_id = ? AND user_id = ?",
            (key, line_item_id, user_id),
        ).fetchone()
        return None if row is None else _DraftRow(*row)

    @staticmethod
    def _put_draft(
        db: sqlite3.Connection, key: str, line_item_id: str, user_id: str, row: _DraftRow | None
    ) -> None:
        if row is None:
            db.execute(
                "DELETE FROM draft WHERE connection_key = ? AND line_item_id = ? AND user_id = ?",
                (key, line_item_id, user_id),
            )
            return
        db.execute(
            "INSERT INTO draft (connection_key, line_item_id, user_id, edit_json, base_json, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (connection_key, line_item_id, user_id) DO UPDATE SET "
            "edit_json = excluded.edit_json, base_json = excluded.base_json, "
            "updated_at = excluded.updated_at",
            (key, line_item_id, user_id, row.edit_json, row.base_json, row.updated_at),
        )

    # -- outbox ---------------------------------------------------------------------------------

    def queue_drafts(
        self,
        key: str,
        line_item_id: str,
        user_ids: Sequence[str] | None = None,
        batch_label: str = "",
    ) -> list[OutboxEntry]:
        """Move drafts (all, or these students') into the outbox in one transaction.

        Their undo history goes: a submitted edit cannot be undone. Each student has at most one
        outbox entry that is not verified, and a newer value replaces its edit (only the newest
        local value is ever sent):
        - SENDING stays SENDING with the new edit (the sender settles it by a read-back first);
        - SENT (the older value was accepted) becomes QUEUED, based on what the older value left;
        - QUEUED, CONFLICT and FAILED become QUEUED with the new edit and its base.
        Returns the entries queued: in the order of `user_ids`, or of student ids for all.
        """
        now = self._now()
        with self._write() as db:
            drafts = db.execute(
                "SELECT user_id, edit_json, base_json FROM draft "
                "WHERE connection_key = ? AND line_item_id = ? ORDER BY user_id",
                (key, line_item_id),
            ).fetchall()
            by_user = {user_id: (edit, base) for user_id, edit, base in drafts}
            chosen = list(by_user) if user_ids is None else list(dict.fromkeys(user_ids))
            entry_ids = []
            for user_id in chosen:
                if user_id not in by_user:
                    continue
                edit_json, base_json = by_user[user_id]
                entry_ids.append(
                    self._queue_one(
                        db, key, line_item_id, user_id, edit_json, base_json, batch_label, now
                    )
                )
                self._put_draft(db, key, line_item_id, user_id, None)
                db.execute(
                    "DELETE FROM operation_change WHERE user_id = ? AND operation_id IN ("
                    "SELECT id FROM operation WHERE connection_key = ? AND line_item_id = ?)",
                    (user_id, key, line_item_id),
                )
            db.execute(
                "DELETE FROM operation WHERE connection_key = ? AND line_item_id = ? AND NOT "
                "EXISTS (SELECT 1 FROM operation_change WHERE operation_id = operation.id)",
                (key, line_item_id),
            )
            return [self._entry(db, entry_id) for entry_id in entry_ids]

    @staticmethod
    def _queue_one(
        db: sqlite3.Connection,
        key: str,
        line_item_id: str,
        user_id: str,
        edit_json: str,
        base_json: str,
        batch_label: str,
        now: int,
    ) -> int:
        pending = db.execute(
            "SELECT id, state, edit_json, base_json FROM outbox WHERE connection_key = ? "
            "AND line_item_id = ? AND user_id = ? AND state <> 'verified'",
            (key, line_item_id, user_id),
        ).fetchone()
        if pending is None:
            cursor = db.execute(
                "INSERT INTO outbox (connection_key, line_item_id, user_id, edit_json, base_json, "
                "state, batch_label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    line_item_id,
                    user_id,
                    edit_json,
                    base_json,
                    CellState.QUEUED.value,
                    batch_label,
                    now,
                    now,
                ),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid
        entry_id, state, old_edit_json, old_base_json = pending
        if state == CellState.SENDING:
            db.execute(
                "UPDATE outbox SET edit_json = ?, batch_label = ?, revision = revision + 1, "
                "updated_at = ? WHERE id = ?",
                (edit_json, batch_label, now, entry_id),
            )
            return int(entry_id)
        if state == CellState.SENT:
            left = grade_after(edit_from_json(old_edit_json), grade_from_json(old_base_json))
            base_json = grade_to_json(left)
        db.execute(
            "UPDATE outbox SET edit_json = ?, base_json = ?, state = ?, failure_kind = NULL, "
            "reason = NULL, http_status = NULL, attempts = 0, batch_label = ?, "
            "revision = revision + 1, updated_at = ? WHERE id = ?",
            (edit_json, base_json, CellState.QUEUED.value, batch_label, now, entry_id),
        )
        return int(entry_id)

    def outbox(
        self,
        key: str | None = None,
        line_item_id: str | None = None,
        states: Collection[CellState] | None = None,
    ) -> list[OutboxEntry]:
        """Outbox entries, oldest first, optionally of one connection, line item or states."""
        conditions, parameters = _scope(key, line_item_id)
        if states is not None:
            wanted = sorted({CellState(state).value for state in states})
            conditions.append(f"state IN ({', '.join('?' * len(wanted))})")
            parameters.extend(wanted)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        with self._query() as db:
            rows = db.execute(
                f"SELECT {_OUTBOX_COLUMNS} FROM outbox{where} ORDER BY id", parameters
            ).fetchall()
        return [_entry_from_row(row) for row in rows]

    def update_entry(
        self,
        entry_id: int,
        state: CellState,
        *,
        failure_kind: FailureKind | None = None,
        reason: str | None = None,
        http_status: int | None = None,
        count_attempt: bool = False,
        revision: int | None = None,
        journal: JournalEntry | None = None,
    ) -> OutboxEntry:
        """Record where an entry is; `failure_kind`, `reason` and `http_status` are replaced.

        With `revision`, raises StaleEntry when a newer value was queued for the student since
        the sender read the entry, so an outcome is never recorded against a value not sent.
        `journal` is recorded in the same transaction: an outcome and its journal line are
        written together or not at all.
        """
        if state is CellState.EDITED:
            raise ValueError("an outbox entry cannot go back to being a draft")

        def change(db: sqlite3.Connection) -> OutboxEntry:
            updated = self._update_entry(
                db, entry_id, state, failure_kind, reason, http_status, count_attempt, revision
            )
            if journal is not None:
                _insert_journal(db, journal)
            return updated

        return self._write_grouped(change)

    def finish_entries(
        self, outcomes: Sequence[FinalOutcome]
    ) -> list[OutboxEntry | EntryNotFound | StaleEntry]:
        """Record many final states with their journal lines in one transaction (one commit for
        a whole read-back instead of one per student).

        Each result is the updated entry, or the error for an entry that is gone or was replaced
        by a newer value meanwhile; those are left untouched and get no journal line.
        """
        results: list[OutboxEntry | EntryNotFound | StaleEntry] = []
        with self._write() as db:
            for outcome in outcomes:
                try:
                    updated = self._update_entry(
                        db,
                        outcome.entry_id,
                        outcome.state,
                        outcome.failure_kind,
                        outcome.reason,
                        None,
                        False,
                        outcome.revision,
                    )
                except (EntryNotFound, StaleEntry) as error:
                    results.append(error)
                    continue
                _insert_journal(db, outcome.journal)
                results.append(updated)
        return results

    def start_send(
        self, entry_id: int, revision: int, now: datetime
    ) -> tuple[OutboxEntry, datetime]:
        """Mark an entry SENDING (one more attempt) and take its timestamp, in one transaction.

        Committed before the request leaves, so a crash from then on is settled by reading back
        and no restart reuses the timestamp. Raises StaleEntry / EntryNotFound like update_entry.
        """

        def change(db: sqlite3.Connection) -> tuple[OutboxEntry, datetime]:
            updated = self._update_entry(
                db, entry_id, CellState.SENDING, None, None, None, True, revision
            )
            timestamp = self._take_timestamp(
                db, updated.key, updated.line_item_id, updated.user_id, now
            )
            return updated, timestamp

        return self._write_grouped(change)

    def _update_entry(
        self,
        db: sqlite3.Connection,
        entry_id: int,
        state: CellState,
        failure_kind: FailureKind | None,
        reason: str | None,
        http_status: int | None,
        count_attempt: bool,
        revision: int | None,
    ) -> OutboxEntry:
        # Only the revision is checked here: the entry is read whole once, when changed.
        found = db.execute("SELECT revision FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        if found is None:
            raise EntryNotFound(entry_id)
        if revision is not None and found[0] != revision:
            raise StaleEntry(entry_id, revision, found[0])
        db.execute(
            "UPDATE outbox SET state = ?, failure_kind = ?, reason = ?, http_status = ?, "
            "attempts = attempts + ?, updated_at = ? WHERE id = ?",
            (
                state.value,
                None if failure_kind is None else failure_kind.value,
                reason,
                http_status,
                1 if count_attempt else 0,
                self._now(),
                entry_id,
            ),
        )
        return self._entry(db, entry_id)

    def rebase_entry(self, entry_id: int, base: ServerGrade) -> OutboxEntry:
        """Conflict resolved "keep mine": the server's current value becomes the base; QUEUED."""
        with self._write() as db:
            self._entry(db, entry_id)
            db.execute(
                "UPDATE outbox SET base_json = ?, state = ?, failure_kind = NULL, reason = NULL, "
                "http_status = NULL, attempts = 0, revision = revision + 1, updated_at = ? "
                "WHERE id = ?",
                (grade_to_json(base), CellState.QUEUED.value, self._now(), entry_id),
            )
            return self._entry(db, entry_id)

    def requeue(self, entry_ids: Sequence[int]) -> None:
        """Put FAILED and CONFLICT entries back in the queue; others are left as they are."""
        now = self._now()
        with self._write() as db:
            db.executemany(
                "UPDATE outbox SET state = ?, failure_kind = NULL, reason = NULL, "
                "http_status = NULL, attempts = 0, updated_at = ? "
                "WHERE id = ? AND state IN (?, ?)",
                [
                    (
                        CellState.QUEUED.value,
                        now,
                        entry_id,
                        CellState.FAILED.value,
                        CellState.CONFLICT.value,
                    )
                    for entry_id in entry_ids
                ],
            )

    def discard(self, entry_ids: Sequence[int], journal: Sequence[JournalEntry] = ()) -> None:
        """Drop entries ("take theirs", or the user gave up on them).

        `journal` is written in the same transaction: a dropped edit is never left unrecorded.
        """
        with self._write() as db:
            db.executemany("DELETE FROM outbox WHERE id = ?", [(i,) for i in entry_ids])
            for entry in journal:
                _insert_journal(db, entry)

    def clear_finished(self, key: str, line_item_id: str) -> None:
        """Drop the verified entries of a line item."""
        with self._write() as db:
            db.execute(
                "DELETE FROM outbox WHERE connection_key = ? AND line_item_id = ? AND state = ?",
                (key, line_item_id, CellState.VERIFIED.value),
            )

    @staticmethod
    def _entry(db: sqlite3.Connection, entry_id: int) -> OutboxEntry:
        row = db.execute(f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE id = ?", (entry_id,))
        found = row.fetchone()
        if found is None:
            raise EntryNotFound(entry_id)
        return _entry_from_row(found)

    # -- timestamps -----------------------------------------------------------------------------

    def next_timestamp(self, key: str, line_item_id: str, user_id: str, now: datetime) -> datetime:
        """The timestamp for this student's next score: strictly increasing per student.

        `now` to the millisecond, or one second after the previous timestamp if that is later
        (the clock went back, or two scores in the same second). Committed before it is returned,
        so no restart ever hands out the same one again.
        """
        with self._write() as db:
            return self._take_timestamp(db, key, line_item_id, user_id, now)

    @staticmethod
    def _take_timestamp(
        db: sqlite3.Connection, key: str, line_item_id: str, user_id: str, now: datetime
    ) -> datetime:
        millisecond = 1000
        wanted = to_micros(now) // millisecond * millisecond
        previous = db.execute(
            "SELECT last_at FROM sent_timestamp "
            "WHERE connection_key = ? AND line_item_id = ? AND user_id = ?",
            (key, line_item_id, user_id),
        ).fetchone()
        if previous is not None:
            wanted = max(wanted, previous[0] + TIMESTAMP_GAP_MICROS)
        db.execute(
            "INSERT INTO sent_timestamp (connection_key, line_item_id, user_id, last_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (connection_key, line_item_id, user_id) "
            "DO UPDATE SET last_at = excluded.last_at",
            (key, line_item_id, user_id, wanted),
        )
        return from_micros(wanted)

    # -- journal --------------------------------------------------------------------------------

    def record(self, entry: JournalEntry) -> None:
        """Journal one submission outcome."""
        with self._write() as db:
            _insert_journal(db, entry)

    def journal(
        self, key: str | None = None, line_item_id: str | None = None, limit: int | None = None
    ) -> list[JournalEntry]:
        """Journal entries, newest first."""
        conditions, parameters = _scope(key, line_item_id)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        # SQLite reads a negative LIMIT as "no limit".
        parameters.append(-1 if limit is None else limit)
        with self._query() as db:
            rows = db.execute(
                "SELECT at, connection_key, profile, line_item_id, line_item_label, user_id, "
                "old_score, old_comment, new_score, new_comment, outcome, http_status, reason "
                f"FROM journal{where} ORDER BY at DESC, id DESC LIMIT ?",
                parameters,
            ).fetchall()
        return [JournalEntry(from_micros(row[0]), *row[1:]) for row in rows]

    def prune_journal(self, older_than: datetime) -> int:
        """Drop journal entries from before `older_than`; returns how many went."""
        with self._write() as db:
            return db.execute("DELETE FROM journal WHERE at < ?", (to_micros(older_than),)).rowcount

    # -- one sender per connection --------------------------------------------------------------

    def sender_lock(self, key: str, program: str | None = None) -> AbstractContextManager[None]:
        """Hold the right to send for a connection, across processes, or raise SenderBusy.

        `program` names the holder in other programs' SenderBusy ("gradebook sync").
        """
        path = self.path.parent / LOCKS_FOLDER / lock_file_name(key)
        return hold_sender_lock(path, program or default_program_name())

    # -- local data -----------------------------------------------------------------------------

    def forget(self, key: str, line_item_id: str | None = None) -> None:
        """Remove everything kept for a line item, or for the whole connection (the course's
        saved comments too): local data goes whenever the user asks."""
        condition = "connection_key = ?" + ("" if line_item_id is None else " AND line_item_id = ?")
        parameters = (key,) if line_item_id is None else (key, line_item_id)
        with self._write() as db:
            for table in ("snapshot", "draft", "operation", "outbox", "sent_timestamp", "journal"):
                db.execute(f"DELETE FROM {table} WHERE {condition}", parameters)
            if line_item_id is None:
                db.execute("DELETE FROM bank_comment WHERE connection_key = ?", (key,))
        with self._query() as db:
            # Old copies of the pages live on in the write-ahead log until it is checkpointed.
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def connection_keys(self) -> list[str]:
        """Every connection the store holds something for."""
        with self._query() as db:
            rows = db.execute(
                "SELECT connection_key FROM snapshot UNION SELECT connection_key FROM draft "
                "UNION SELECT connection_key FROM operation "
                "UNION SELECT connection_key FROM outbox "
                "UNION SELECT connection_key FROM sent_timestamp "
                "UNION SELECT connection_key FROM journal ORDER BY 1"
            ).fetchall()
        return [row[0] for row in rows]


def _create_private_file(path: Path) -> None:
    """Create the database file readable by the user only; SQLite gives its WAL the same mode."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    if os.name == "posix":
        path.chmod(0o600)


def _draft_columns(row: _DraftRow | None) -> tuple[str | None, str | None, int | None]:
    if row is None:
        return None, None, None
    return row.edit_json, row.base_json, row.updated_at


def _entry_from_row(row: Sequence[Any]) -> OutboxEntry:
    (
        entry_id,
        key,
        line_item_id,
        user_id,
        edit_json,
        base_json,
        state,
        failure_kind,
        reason,
        http_status,
        attempts,
        created_at,
        updated_at,
        batch_label,
        revision,
    ) = row
    return OutboxEntry(
        id=entry_id,
        key=key,
        line_item_id=line_item_id,
        user_id=user_id,
        edit=edit_from_json(edit_json),
        base=grade_from_json(base_json),
        state=CellState(state),
        failure_kind=None if failure_kind is None else FailureKind(failure_kind),
        reason=reason,
        http_status=http_status,
        attempts=attempts,
        created_at=from_micros(created_at),
        updated_at=from_micros(updated_at),
        batch_label=batch_label,
        revision=revision,
    )


def _insert_journal(db: sqlite3.Connection, entry: JournalEntry) -> None:
    db.execute(
        "INSERT INTO journal (at, connection_key, profile, line_item_id, line_item_label, "
        "user_id, old_score, old_comment, new_score, new_comment, outcome, http_status, "
        "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            to_micros(entry.at),
            entry.key,
            entry.profile,
            entry.line_item_id,
            entry.line_item_label,
            entry.user_id,
            entry.old_score,
            entry.old_comment,
            entry.new_score,
            entry.new_comment,
            entry.outcome,
            entry.http_status,
            entry.reason,
        ),
    )


def _scope(key: str | None, line_item_id: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for "of this connection" and "of this line item"."""
    conditions: list[str] = []
    parameters: list[Any] = []
    if key is not None:
        conditions.append("connection_key = ?")
        parameters.append(key)
    if line_item_id is not None:
        conditions.append("line_item_id = ?")
        parameters.append(line_item_id)
    return conditions, parameters
