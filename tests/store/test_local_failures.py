"""A full disk, a read-only or locked data folder, an I/O error: a StoreUnavailable that says
what happened, where and what to do, and the data on disk exactly as before the failed change."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from gradebook_gui.config import DATA_DIR_ENV, data_dir
from gradebook_gui.store import GradeStore, StoreProblem, StoreUnavailable
from gradebook_gui.store import grade_store as grade_store_module
from gradebook_gui.store.errors import problem_of

from .helpers import (
    DISK_FULL,
    KEY,
    QUIZ_ID,
    START,
    FailingCommits,
    base,
    connect_plainly,
    edit,
    fail_commits,
    open_read_only,
    quiz,
    student,
)


@pytest.fixture
def failing_commits(monkeypatch: pytest.MonkeyPatch) -> type[FailingCommits]:
    return fail_commits(monkeypatch)


def observed_drafts(path: Path) -> dict[str, float | None]:
    """The drafts on disk, read through a connection of its own."""
    db = connect_plainly(path, isolation_level=None)
    with GradeStore(db, path, lambda: START, 10) as observer:
        return {user: draft.edit.score for user, draft in observer.drafts(KEY, QUIZ_ID).items()}


def assert_explains(error: StoreUnavailable, problem: StoreProblem, *phrases: str) -> None:
    message = str(error)
    assert error.problem is problem
    assert error.folder == data_dir()
    assert str(data_dir()) in message
    assert "What was saved before is kept." in message
    assert "\n" not in message
    for phrase in phrases:
        assert phrase in message, message


def test_a_full_disk_at_commit_keeps_every_draft_as_it_was(failing_commits, open_store):
    store = open_store()
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "Set a")
    failing_commits.failure = sqlite3.OperationalError(DISK_FULL)

    with pytest.raises(StoreUnavailable) as caught:
        store.apply_edits(KEY, QUIZ_ID, [(edit("a", 2), base()), (edit("b", 3), base())], "Paste")
    assert_explains(
        caught.value, StoreProblem.DISK_FULL, f"Free some space on the disk holding {data_dir()}"
    )
    with pytest.raises(StoreUnavailable):
        store.queue_drafts(KEY, QUIZ_ID)

    # Rolled back: no half of the paste, nothing queued, the undo history as before.
    assert observed_drafts(store.path) == {"a": 1}
    assert store.outbox(KEY) == []
    assert store.undo_label(KEY, QUIZ_ID) == "Set a"

    failing_commits.failure = None  # space freed: the same store goes on
    store.apply_edits(KEY, QUIZ_ID, [(edit("b", 3), base())], "Set b")
    assert observed_drafts(store.path) == {"a": 1, "b": 3}


def test_a_disk_filling_up_in_the_middle_of_a_download_keeps_the_previous_one(store):
    store.save_snapshot(KEY, quiz(), [student("a", "Ada", 10, None)], START)
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own SQLITE_FULL, raised part-way through the transaction.
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    many = [student(f"s{i}", "x" * 200, i, "y" * 200) for i in range(300)]

    with pytest.raises(StoreUnavailable) as caught:
        store.save_snapshot(KEY, quiz(), many, START)
    assert_explains(caught.value, StoreProblem.DISK_FULL)

    kept = store.load_snapshot(KEY, QUIZ_ID)
    assert kept is not None and [grade.user_id for grade in kept.grades] == ["a"]


def test_a_read_only_data_folder_shows_what_is_saved_and_refuses_changes(open_store, monkeypatch):
    writable = open_store()
    writable.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "Set a")
    writable.close()
    open_read_only(monkeypatch)

    store = open_store()
    assert {user: d.edit.score for user, d in store.drafts(KEY, QUIZ_ID).items()} == {"a": 1}
    for change in (
        lambda: store.apply_edits(KEY, QUIZ_ID, [(edit("a", 2), base())], "Set a"),
        lambda: store.undo(KEY, QUIZ_ID),
        lambda: store.queue_drafts(KEY, QUIZ_ID),
        lambda: store.next_timestamp(KEY, QUIZ_ID, "a", START),
    ):
        with pytest.raises(StoreUnavailable) as caught:
            change()
        assert_explains(
            caught.value,
            StoreProblem.READ_ONLY,
            f"the data folder {data_dir()} is read-only",
            DATA_DIR_ENV,
        )
    assert observed_drafts(store.path) == {"a": 1}
    assert store.outbox(KEY) == []


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="file permissions do not stop root"
)
def test_a_database_file_the_user_may_not_write_is_refused_at_opening(open_store):
    open_store().close()
    (data_dir() / grade_store_module.DATABASE_NAME).chmod(0o400)
    with pytest.raises(StoreUnavailable) as caught:
        open_store()
    assert_explains(caught.value, StoreProblem.NO_PERMISSION, "write access")


def test_a_lock_held_beyond_the_busy_timeout_is_a_clear_failure(open_store, monkeypatch):
    monkeypatch.setattr(grade_store_module, "BUSY_TIMEOUT_SECONDS", 0.05)
    store = open_store()
    other_program = connect_plainly(store.path, isolation_level=None)
    try:
        other_program.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreUnavailable) as caught:
            store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "Set a")
        assert_explains(caught.value, StoreProblem.LOCKED, "another gradebook program")
        other_program.execute("ROLLBACK")
    finally:
        other_program.close()
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "Set a")
    assert observed_drafts(store.path) == {"a": 1}


def test_a_data_folder_that_cannot_be_created_is_a_clear_failure(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv(DATA_DIR_ENV, str(blocker / "data"))
    with pytest.raises(StoreUnavailable) as caught:
        GradeStore.open()
    assert caught.value.problem is StoreProblem.CANNOT_OPEN
    assert caught.value.folder == blocker / "data"

    def full(*args: Any, **kwargs: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setattr(grade_store_module.os, "open", full)
    with pytest.raises(StoreUnavailable) as caught:
        GradeStore.open()
    assert caught.value.problem is StoreProblem.DISK_FULL
    assert "Free some space on the disk holding" in str(caught.value)


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (sqlite3.OperationalError(DISK_FULL), StoreProblem.DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), StoreProblem.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), StoreProblem.LOCKED),
        (sqlite3.OperationalError("disk I/O error"), StoreProblem.IO_ERROR),
        (sqlite3.OperationalError("unable to open database file"), StoreProblem.CANNOT_OPEN),
        (OSError(errno.ENOSPC, "No space left on device"), StoreProblem.DISK_FULL),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), StoreProblem.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), StoreProblem.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied"), StoreProblem.NO_PERMISSION),
        (OSError(errno.EIO, "Input/output error"), StoreProblem.IO_ERROR),
        # Bugs stay bugs: they are not blamed on the disk.
        (sqlite3.OperationalError("no such table: draft"), None),
        (sqlite3.IntegrityError("UNIQUE constraint failed: outbox.id"), None),
        (FileNotFoundError(errno.ENOENT, "No such file"), None),
    ],
)
def test_what_each_failure_is_called(error: BaseException, problem: StoreProblem | None):
    assert problem_of(error) is problem


def test_sqlites_own_result_codes_are_read_before_its_wording(tmp_path):
    path = tmp_path / "plain.sqlite3"
    connect_plainly(path).close()
    read_only = connect_plainly(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            read_only.execute("CREATE TABLE t (x)")
    finally:
        read_only.close()
    assert problem_of(caught.value) is StoreProblem.READ_ONLY
