"""Outcomes written together with what belongs to them: fewer durable commits per score."""

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.store import (
    EntryNotFound,
    FinalOutcome,
    GradeStore,
    JournalEntry,
    OutboxEntry,
    StaleEntry,
)

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    with GradeStore.open(tmp_path / "grades.sqlite3") as opened:
        yield opened


def queued(store: GradeStore, score: float = 5):
    store.apply_edits("k", "li", [(GradeEdit("u", score, 10), ServerGrade())], "edit")
    (entry,) = store.queue_drafts("k", "li")
    return entry


def journal_line(outcome: str) -> JournalEntry:
    return JournalEntry(
        at=NOW,
        key="k",
        profile=None,
        line_item_id="li",
        line_item_label="Quiz",
        user_id="u",
        old_score=None,
        old_comment=None,
        new_score=5,
        new_comment=None,
        outcome=outcome,
        http_status=None,
        reason=None,
    )


def test_start_send_marks_sending_and_takes_increasing_timestamps(store):
    entry = queued(store)
    sending, first = store.start_send(entry.id, entry.revision, NOW)
    assert sending.state is CellState.SENDING and sending.attempts == 1
    again, second = store.start_send(entry.id, entry.revision, NOW - timedelta(minutes=1))
    assert again.attempts == 2
    assert second >= first + timedelta(seconds=1)  # the clock went back: still later


def test_start_send_on_a_replaced_value_takes_no_timestamp(store):
    entry = queued(store)
    queued(store, score=6)  # a newer value replaces the edit: a new revision
    with pytest.raises(StaleEntry):
        store.start_send(entry.id, entry.revision, NOW)
    (current,) = store.outbox("k", "li")
    assert current.state is CellState.QUEUED and current.attempts == 0
    # Nothing was taken: the first real send gets `NOW` itself.
    _, stamp = store.start_send(current.id, current.revision, NOW)
    assert stamp == NOW


def test_a_final_state_and_its_journal_line_are_written_together(store):
    entry = queued(store)
    store.update_entry(entry.id, CellState.VERIFIED, journal=journal_line("verified"))
    assert [line.outcome for line in store.journal("k")] == ["verified"]
    store.discard([entry.id])
    with pytest.raises(EntryNotFound):  # the outcome cannot be written: neither is its line
        store.update_entry(entry.id, CellState.FAILED, journal=journal_line("failed"))
    assert [line.outcome for line in store.journal("k")] == ["verified"]


def test_a_read_back_is_recorded_in_one_go_and_skips_what_changed_meanwhile(store):
    store.apply_edits(
        "k", "li", [(GradeEdit(user, 5, 10), ServerGrade()) for user in "abc"], "edit"
    )
    a, b, c = store.queue_drafts("k", "li")
    store.discard([b.id])
    store.apply_edits("k", "li", [(GradeEdit("c", 6, 10), ServerGrade())], "newer")
    store.queue_drafts("k", "li")  # c now holds a newer value: its outcome is stale

    def outcome(entry):
        line = journal_line("verified")
        return FinalOutcome(entry.id, entry.revision, CellState.VERIFIED, None, None, line)

    results = store.finish_entries([outcome(a), outcome(b), outcome(c)])
    assert isinstance(results[0], OutboxEntry) and results[0].state is CellState.VERIFIED
    assert isinstance(results[1], EntryNotFound)
    assert isinstance(results[2], StaleEntry)
    assert len(store.journal("k")) == 1  # only the outcome that was written is journaled


def test_senders_arriving_while_a_commit_waits_for_the_disk_share_the_next_one(store):
    users = [f"u{number}" for number in range(8)]
    pairs = [(GradeEdit(user, 5, 10), ServerGrade()) for user in users]
    store.apply_edits("k", "li", pairs, "edit")
    entries = store.queue_drafts("k", "li")
    stale = entries[0]
    store.rebase_entry(stale.id, ServerGrade(0.1, None))  # a newer revision meanwhile
    commits: list[str] = []
    store._db.set_trace_callback(
        lambda statement: commits.append(statement) if statement == "COMMIT" else None
    )
    results: dict[int, object] = {}

    def start(entry: OutboxEntry) -> None:
        try:
            results[entry.id] = store.start_send(entry.id, entry.revision, NOW)
        except StaleEntry as error:
            results[entry.id] = error

    # The store is busy (as while a commit waits for the disk) when every sender arrives.
    with store._lock:
        threads = [threading.Thread(target=start, args=(entry,)) for entry in entries]
        for thread in threads:
            thread.start()
        while len(store._waiting_changes) < len(entries):
            time.sleep(0.001)
    for thread in threads:
        thread.join()

    assert commits == ["COMMIT"]
    assert isinstance(results[stale.id], StaleEntry)  # that sender's alone
    for entry in entries[1:]:
        started, stamp = results[entry.id]
        assert started.state is CellState.SENDING and started.attempts == 1 and stamp == NOW
    on_disk = {entry.user_id: entry for entry in store.outbox("k", "li")}
    assert on_disk[stale.user_id].state is CellState.QUEUED
    assert {on_disk[user].state for user in users[1:]} == {CellState.SENDING}
