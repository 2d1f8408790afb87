import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from gradebook_gui.config import data_dir
from gradebook_gui.edits import CellState
from gradebook_gui.store import DATABASE_NAME, GradeStore, JournalEntry, StoreTooNew
from gradebook_gui.store.codec import edit_to_json, grade_to_json, to_micros
from gradebook_gui.store.schema import MIGRATIONS, migrate, schema_version

from .helpers import ESSAY_ID, KEY, OTHER_KEY, QUIZ_ID, START, base, edit, quiz, student

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_lives_in_the_data_folder_with_safe_settings(store):
    assert store.path == data_dir() / DATABASE_NAME
    db = sqlite3.connect(store.path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert schema_version(db) == len(MIGRATIONS)
    finally:
        db.close()
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@posix_only
def test_only_the_user_can_read_the_data(store):
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "set")
    with store.sender_lock(KEY):
        lock_files = list((store.path.parent / "locks").iterdir())
    assert mode(store.path.parent) == 0o700
    assert mode(store.path.parent / "locks") == 0o700
    assert [mode(path) for path in lock_files] == [0o600]
    for name in (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm"):
        assert mode(store.path.parent / name) == 0o600, name


def test_every_change_is_committed_when_the_call_returns(store, open_store):
    # A second, independent connection sees the edit at once: nothing waits in a transaction.
    observer = open_store()
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "set")
    assert observer.drafts(KEY, QUIZ_ID)["a"].edit.score == 1
    store.undo(KEY, QUIZ_ID)
    assert observer.drafts(KEY, QUIZ_ID) == {}
    assert observer.redo_label(KEY, QUIZ_ID) == "set"


def test_a_version_1_database_is_upgraded_with_its_data(clock):
    path = data_dir() / DATABASE_NAME
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, path, MIGRATIONS[:1])
    assert schema_version(db) == 1
    db.execute(
        "INSERT INTO draft VALUES (?, ?, ?, ?, ?, ?)",
        (KEY, QUIZ_ID, "a", edit_to_json(edit("a", 7.5)), grade_to_json(base(3)), to_micros(START)),
    )
    db.execute(
        "INSERT INTO operation (id, connection_key, line_item_id, label) VALUES (1, ?, ?, ?)",
        (KEY, QUIZ_ID, "Set a"),
    )
    db.execute(
        "INSERT INTO operation_change (operation_id, user_id, after_edit_json, after_base_json, "
        "after_updated_at) VALUES (1, 'a', ?, ?, ?)",
        (edit_to_json(edit("a", 7.5)), grade_to_json(base(3)), to_micros(START)),
    )
    db.close()

    with GradeStore.open(clock=clock) as store:
        assert schema_version(store._db) == len(MIGRATIONS) > 1
        assert store.drafts(KEY, QUIZ_ID)["a"].edit == edit("a", 7.5)
        (entry,) = store.queue_drafts(KEY, QUIZ_ID)
        assert entry.state is CellState.QUEUED and entry.base == base(3)
        assert store.undo_label(KEY, QUIZ_ID) is None


def test_a_failed_migration_leaves_the_previous_version_intact(tmp_path):
    path = tmp_path / "broken.sqlite3"
    broken = (*MIGRATIONS[:1], ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"))
    db = sqlite3.connect(path, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(db, path, broken)
        assert schema_version(db) == 1
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert "draft" in tables and "half_done" not in tables
    finally:
        db.close()


def test_a_database_from_a_newer_app_is_left_alone(store):
    store._db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    store.close()
    with pytest.raises(StoreTooNew, match="newer version"):
        GradeStore.open()


def fill(store: GradeStore, key: str, line_item_id: str) -> None:
    comment = f"secret-comment-{key}-{line_item_id}"
    store.save_snapshot(key, quiz(line_item_id), [student("a", "Ann", 3, comment)], START)
    store.apply_edits(key, line_item_id, [(edit("a", 1, comment), base())], "set a")
    store.apply_edits(key, line_item_id, [(edit("b", 2), base())], "set b")
    store.queue_drafts(key, line_item_id, ["b"])
    store.next_timestamp(key, line_item_id, "b", START)
    store.record(
        JournalEntry(
            START, key, None, line_item_id, "Quiz", "b", None, comment, 2, None, "sent", 200, None
        )
    )


TABLES = ("snapshot", "snapshot_row", "draft", "operation", "outbox", "sent_timestamp", "journal")


def rows_kept(store: GradeStore, key: str, line_item_id: str) -> dict[str, int]:
    """How many rows each table holds for a line item, read with a connection of its own."""
    db = sqlite3.connect(store.path)
    try:
        return {
            table: db.execute(
                f"SELECT count(*) FROM {table} WHERE connection_key = ? AND line_item_id = ?",
                (key, line_item_id),
            ).fetchone()[0]
            for table in TABLES
        }
    finally:
        db.close()


def raw_bytes(store: GradeStore) -> bytes:
    folder = store.path.parent
    return b"".join(path.read_bytes() for path in folder.glob(f"{DATABASE_NAME}*"))


def test_forgetting_a_line_item_removes_all_of_it_and_nothing_else(store):
    for key, line_item_id in ((KEY, QUIZ_ID), (KEY, ESSAY_ID), (OTHER_KEY, QUIZ_ID)):
        fill(store, key, line_item_id)
    assert all(rows_kept(store, KEY, QUIZ_ID).values())

    store.forget(KEY, QUIZ_ID)

    assert rows_kept(store, KEY, QUIZ_ID) == dict.fromkeys(TABLES, 0)
    assert all(rows_kept(store, KEY, ESSAY_ID).values())
    assert all(rows_kept(store, OTHER_KEY, QUIZ_ID).values())
    assert f"secret-comment-{KEY}-{QUIZ_ID}".encode() not in raw_bytes(store)
    assert f"secret-comment-{KEY}-{ESSAY_ID}".encode() in raw_bytes(store)


def test_forgetting_a_connection_removes_every_line_item_of_it(store):
    for key, line_item_id in ((KEY, QUIZ_ID), (KEY, ESSAY_ID), (OTHER_KEY, QUIZ_ID)):
        fill(store, key, line_item_id)
    assert store.connection_keys() == sorted([KEY, OTHER_KEY])
    assert b"secret-comment-" + KEY.encode() in raw_bytes(store)

    store.forget(KEY)

    assert store.connection_keys() == [OTHER_KEY]
    for line_item_id in (QUIZ_ID, ESSAY_ID):
        assert rows_kept(store, KEY, line_item_id) == dict.fromkeys(TABLES, 0)
    assert b"secret-comment-" + KEY.encode() not in raw_bytes(store)
    assert all(rows_kept(store, OTHER_KEY, QUIZ_ID).values())


def test_connection_keys_counts_every_kind_of_data(store):
    store.next_timestamp("timestamps-only", QUIZ_ID, "a", START)
    store.record(
        JournalEntry(START, "journal-only", None, QUIZ_ID, "Q", "a", 1, None, 2, None, "x", 1, None)
    )
    store.apply_edits("drafts-only", QUIZ_ID, [(edit("a", 1), base())], "set")
    assert store.connection_keys() == ["drafts-only", "journal-only", "timestamps-only"]


def test_threads_share_one_store_safely(store):
    def edit_many(worker: int) -> None:
        for n in range(25):
            user = f"w{worker}-{n}"
            store.apply_edits(KEY, QUIZ_ID, [(edit(user, n), base())], f"set {user}")
            store.next_timestamp(KEY, QUIZ_ID, user, START)

    threads = [threading.Thread(target=edit_many, args=(worker,)) for worker in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    drafts = store.drafts(KEY, QUIZ_ID)
    assert len(drafts) == 150
    assert all(draft.edit.score == int(user.split("-")[1]) for user, draft in drafts.items())
