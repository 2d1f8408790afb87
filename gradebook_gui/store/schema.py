"""The database schema as an ordered list of migrations, recorded in `PRAGMA user_version`.

Migration N (1-based) turns a version N-1 database into version N, in one transaction. A released
migration is never edited: changes to the schema are new migrations appended to the list.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from gradebook_gui.store.errors import StoreTooNew

Migration = tuple[str, ...]

_GRADE_DATA: Migration = (
    # The last download of each line item: the base values that edits are made on.
    """
    CREATE TABLE snapshot (
        connection_key TEXT NOT NULL,
        line_item_id TEXT NOT NULL,
        label TEXT NOT NULL,
        line_item_json TEXT NOT NULL,
        taken_at INTEGER NOT NULL,
        learners INTEGER NOT NULL,
        PRIMARY KEY (connection_key, line_item_id)
    )
    """,
    """
    CREATE TABLE snapshot_row (
        connection_key TEXT NOT NULL,
        line_item_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        member_json TEXT,
        result_json TEXT,
        PRIMARY KEY (connection_key, line_item_id, position),
        FOREIGN KEY (connection_key, line_item_id)
            REFERENCES snapshot (connection_key, line_item_id) ON DELETE CASCADE
    )
    """,
    # Edits not yet submitted, one per student.
    """
    CREATE TABLE draft (
        connection_key TEXT NOT NULL,
        line_item_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        edit_json TEXT NOT NULL,
        base_json TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (connection_key, line_item_id, user_id)
    )
    """,
    # Undo history: each operation records every changed draft before and after (NULL: none).
    # Undone operations (the redo stack) are always the newest ones of their line item.
    """
    CREATE TABLE operation (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        connection_key TEXT NOT NULL,
        line_item_id TEXT NOT NULL,
        label TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
    )
    """,
    "CREATE INDEX operation_by_line_item ON operation (connection_key, line_item_id, id)",
    """
    CREATE TABLE operation_change (
        operation_id INTEGER NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        before_edit_json TEXT,
        before_base_json TEXT,
        before_updated_at INTEGER,
        after_edit_json TEXT,
        after_base_json TEXT,
        after_updated_at INTEGER,
        PRIMARY KEY (operation_id, user_id)
    )
    """,
)

_SENDING: Migration = (
    # Submitted edits on their way to the LMS; at most one entry per student is not verified.
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        connection_key TEXT NOT NULL,
        line_item_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        edit_json TEXT NOT NULL,
        base_json TEXT NOT NULL,
        state TEXT NOT NULL
            CHECK (state IN ('queued', 'sending', 'sent', 'verified', 'conflict', 'failed')),
        failure_kind TEXT,
        reason TEXT,
        http_status INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        batch_label TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    )
    """,
    """
    CREATE UNIQUE INDEX outbox_one_pending_per_student
        ON outbox (connection_key, line_item_id, user_id) WHERE state <> 'verified'
    """,
    "CREATE INDEX outbox_by_line_item ON outbox (connection_key, line_item_id, id)",
    # The last score timestamp handed out per student: timestamps only ever increase, and stay a
    # second apart for one student (Moodle compares whole seconds).
    """
    CREATE TABLE sent_timestamp (
        connection_key TEXT NOT NULL,
        line_item_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        last_at INTEGER NOT NULL,
        PRIMARY KEY (connection_key, line_item_id, user_id)
    )
    """,
    # Every submission outcome: who, when, line item, student, old and new values, how it ended.
    """
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        connection_key TEXT NOT NULL,
        profile TEXT,
        line_item_id TEXT NOT NULL,
        line_item_label TEXT NOT NULL,
        user_id TEXT NOT NULL,
        old_score REAL,
        old_comment TEXT,
        new_score REAL,
        new_comment TEXT,
        outcome TEXT NOT NULL,
        http_status INTEGER,
        reason TEXT
    )
    """,
    "CREATE INDEX journal_by_time ON journal (at)",
    "CREATE INDEX journal_by_line_item ON journal (connection_key, line_item_id, at)",
)

_COMMENT_BANK: Migration = (
    # Feedback comments the instructor reuses, picked by shortcut: for one connection's course,
    # or for every course (connection_key NULL). One comment per shortcut and scope.
    """
    CREATE TABLE bank_comment (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        connection_key TEXT,
        shortcut TEXT NOT NULL CHECK (shortcut <> ''),
        text TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    )
    """,
    """
    CREATE UNIQUE INDEX bank_comment_one_per_shortcut
        ON bank_comment (ifnull(connection_key, ''), shortcut)
    """,
)

MIGRATIONS: tuple[Migration, ...] = (_GRADE_DATA, _SENDING, _COMMENT_BANK)


def schema_version(db: sqlite3.Connection) -> int:
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(
    db: sqlite3.Connection, path: Path, migrations: Sequence[Migration] = MIGRATIONS
) -> None:
    """Bring the database up to `len(migrations)`, one transaction per migration.

    The version is read again inside each write transaction, so two programs opening the same
    database at once never apply a migration twice. `db` must be in autocommit mode.
    """
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(db)
            if version > len(migrations):
                raise StoreTooNew(path, version, len(migrations))
            if version == len(migrations):
                db.execute("COMMIT")
                return
            for statement in migrations[version]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
