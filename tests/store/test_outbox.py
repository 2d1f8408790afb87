import sqlite3
from datetime import timedelta

import pytest

from gradebook_gui.edits import CellState, FailureKind
from gradebook_gui.store import (
    EntryNotFound,
    GradeStore,
    JournalEntry,
    OutboxEntry,
    StaleEntry,
    StoreUnavailable,
)

from .helpers import (
    DISK_FULL,
    ESSAY_ID,
    KEY,
    OTHER_KEY,
    QUIZ_ID,
    START,
    base,
    edit,
    fail_commits,
)


def queued_one(store: GradeStore, user: str, score: float, old: float | None = 4) -> OutboxEntry:
    store.apply_edits(KEY, QUIZ_ID, [(edit(user, score), base(old, "kept"))], f"set {user}")
    (entry,) = store.queue_drafts(KEY, QUIZ_ID, [user])
    return entry


def test_queueing_moves_drafts_to_the_outbox_and_drops_their_history(store, clock):
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 5), base(4)), (edit("b", 6), base())], "Set 2")
    clock.advance(3)

    entries = store.queue_drafts(KEY, QUIZ_ID, batch_label="Submit Quiz 3")

    assert entries == [
        OutboxEntry(
            id=entries[0].id,
            key=KEY,
            line_item_id=QUIZ_ID,
            user_id="a",
            edit=edit("a", 5),
            base=base(4),
            state=CellState.QUEUED,
            failure_kind=None,
            reason=None,
            http_status=None,
            attempts=0,
            created_at=START + timedelta(seconds=3),
            updated_at=START + timedelta(seconds=3),
            batch_label="Submit Quiz 3",
            revision=1,
        ),
        OutboxEntry(
            id=entries[1].id,
            key=KEY,
            line_item_id=QUIZ_ID,
            user_id="b",
            edit=edit("b", 6),
            base=base(),
            state=CellState.QUEUED,
            failure_kind=None,
            reason=None,
            http_status=None,
            attempts=0,
            created_at=START + timedelta(seconds=3),
            updated_at=START + timedelta(seconds=3),
            batch_label="Submit Quiz 3",
            revision=1,
        ),
    ]
    assert store.drafts(KEY, QUIZ_ID) == {}
    assert store.undo_label(KEY, QUIZ_ID) is None
    assert store.undo(KEY, QUIZ_ID) == []
    assert store.outbox(KEY, QUIZ_ID) == entries


def test_queueing_some_students_keeps_the_others_undoable(store):
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base()), (edit("b", 2), base())], "both")
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 3), base())], "only a")

    entries = store.queue_drafts(KEY, QUIZ_ID, ["a", "not-a-draft"])

    assert [(e.user_id, e.edit.score) for e in entries] == [("a", 3)]
    assert set(store.drafts(KEY, QUIZ_ID)) == {"b"}
    assert store.undo_label(KEY, QUIZ_ID) == "both"
    assert store.undo(KEY, QUIZ_ID) == ["b"]
    assert store.drafts(KEY, QUIZ_ID) == {}
    assert store.undo_label(KEY, QUIZ_ID) is None


def test_a_newer_value_replaces_a_queued_entry(store):
    first = queued_one(store, "a", 5)
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 9), base(4.5, "newer"))], "set a again")

    (second,) = store.queue_drafts(KEY, QUIZ_ID, batch_label="again")

    assert second.id == first.id
    assert (second.edit, second.base, second.state) == (edit("a", 9), base(4.5, "newer"), "queued")
    assert (second.revision, second.batch_label) == (2, "again")
    assert store.outbox(KEY, QUIZ_ID) == [second]


def test_a_newer_value_replaces_the_edit_of_an_entry_being_sent(store):
    first = queued_one(store, "a", 5)
    store.update_entry(first.id, CellState.SENDING, count_attempt=True)
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 9), base(5))], "set a again")

    (second,) = store.queue_drafts(KEY, QUIZ_ID)

    # Still in flight as far as anyone knows: settled by a read-back, then the new value goes.
    assert (second.id, second.state, second.attempts) == (first.id, CellState.SENDING, 1)
    assert second.edit == edit("a", 9)
    assert second.base == first.base
    assert second.revision == first.revision + 1


def test_a_newer_value_after_a_sent_one_is_based_on_what_that_one_left(store):
    first = queued_one(store, "a", 5, old=4)
    store.update_entry(first.id, CellState.SENT, http_status=200)
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 9), base(4, "kept"))], "set a again")

    (second,) = store.queue_drafts(KEY, QUIZ_ID)

    assert (second.id, second.state, second.http_status) == (first.id, CellState.QUEUED, None)
    assert second.edit == edit("a", 9)
    # The first edit kept the comment; the LMS now shows 5 with it, so that is the base.
    assert second.base == base(5, "kept")


@pytest.mark.parametrize("ended", [CellState.FAILED, CellState.CONFLICT])
def test_a_newer_value_replaces_a_failed_or_conflicting_entry(store, ended):
    first = queued_one(store, "a", 5)
    store.update_entry(
        first.id, ended, failure_kind=FailureKind.REFUSED, reason="no", http_status=422
    )
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 9), base(6))], "set a again")

    (second,) = store.queue_drafts(KEY, QUIZ_ID)

    assert (second.id, second.state, second.edit, second.base) == (
        first.id,
        CellState.QUEUED,
        edit("a", 9),
        base(6),
    )
    assert (second.failure_kind, second.reason, second.http_status) == (None, None, None)
    assert len(store.outbox(KEY, QUIZ_ID)) == 1


def test_a_verified_entry_stays_beside_a_new_one(store):
    first = queued_one(store, "a", 5)
    store.update_entry(first.id, CellState.VERIFIED)
    second = queued_one(store, "a", 9)

    assert second.id != first.id
    assert [e.state for e in store.outbox(KEY, QUIZ_ID)] == [CellState.VERIFIED, CellState.QUEUED]
    store.clear_finished(KEY, QUIZ_ID)
    assert store.outbox(KEY, QUIZ_ID) == [second]


def test_update_entry_records_state_reason_and_attempts(store, clock):
    entry = queued_one(store, "a", 5)
    clock.advance(2)
    store.update_entry(entry.id, CellState.SENDING, count_attempt=True)
    failed = store.update_entry(
        entry.id,
        CellState.FAILED,
        failure_kind=FailureKind.REFUSED,
        reason="Score is above the maximum",
        http_status=422,
        count_attempt=True,
    )

    assert (failed.state, failed.failure_kind, failed.reason, failed.http_status) == (
        CellState.FAILED,
        FailureKind.REFUSED,
        "Score is above the maximum",
        422,
    )
    assert failed.attempts == 2
    assert (failed.created_at, failed.updated_at) == (START, START + timedelta(seconds=2))
    assert store.outbox() == [failed]
    # A later state replaces the failure details.
    assert store.update_entry(entry.id, CellState.QUEUED).reason is None


def test_an_outcome_for_an_older_value_is_refused(store):
    entry = queued_one(store, "a", 5)
    store.update_entry(entry.id, CellState.SENDING, revision=entry.revision)
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 9), base())], "set a again")
    store.queue_drafts(KEY, QUIZ_ID)

    with pytest.raises(StaleEntry):
        store.update_entry(entry.id, CellState.VERIFIED, revision=entry.revision)
    (current,) = store.outbox()
    assert (current.state, current.edit.score) == (CellState.SENDING, 9)


def test_unknown_entries_and_drafts_state_are_refused(store):
    with pytest.raises(EntryNotFound):
        store.update_entry(404, CellState.VERIFIED)
    with pytest.raises(EntryNotFound):
        store.rebase_entry(404, base())
    entry = queued_one(store, "a", 5)
    with pytest.raises(ValueError):
        store.update_entry(entry.id, CellState.EDITED)


def test_keep_mine_rebases_a_conflict_and_queues_it_again(store):
    entry = queued_one(store, "a", 5, old=4)
    store.update_entry(entry.id, CellState.CONFLICT, reason="changed in the LMS")

    rebased = store.rebase_entry(entry.id, base(11, "from the LMS"))

    assert (rebased.state, rebased.base, rebased.edit) == (
        CellState.QUEUED,
        base(11, "from the LMS"),
        entry.edit,
    )
    assert rebased.reason is None and rebased.revision == entry.revision + 1


def test_requeue_touches_only_failed_and_conflicting_entries(store):
    entries = {user: queued_one(store, user, 5) for user in ("f", "c", "v", "s")}
    store.update_entry(entries["f"].id, CellState.FAILED, reason="x", count_attempt=True)
    store.update_entry(entries["c"].id, CellState.CONFLICT)
    store.update_entry(entries["v"].id, CellState.VERIFIED)
    store.update_entry(entries["s"].id, CellState.SENDING)

    store.requeue([entry.id for entry in entries.values()])

    states = {e.user_id: (e.state, e.reason, e.attempts) for e in store.outbox()}
    assert states == {
        "f": (CellState.QUEUED, None, 0),
        "c": (CellState.QUEUED, None, 0),
        "v": (CellState.VERIFIED, None, 0),
        "s": (CellState.SENDING, None, 0),
    }


def test_discard_drops_entries(store):
    kept, dropped = queued_one(store, "a", 1), queued_one(store, "b", 2)
    store.discard([dropped.id, 12345])
    assert store.outbox() == [kept]


def test_a_dropped_edit_and_its_journal_line_are_one_commit(open_store, monkeypatch):
    failing = fail_commits(monkeypatch)
    store = open_store()
    dropped = queued_one(store, "a", 1)
    line = JournalEntry(
        START, KEY, None, QUIZ_ID, "Quiz 3", "a", 4, "kept", 1, None, "theirs", None, "theirs"
    )
    failing.failure = sqlite3.OperationalError(DISK_FULL)
    with pytest.raises(StoreUnavailable):
        store.discard([dropped.id], journal=[line])
    assert store.outbox() == [dropped] and store.journal() == []

    failing.failure = None
    store.discard([dropped.id], journal=[line])
    assert store.outbox() == [] and store.journal() == [line]


def test_outbox_filters_by_connection_line_item_and_state(store):
    a = queued_one(store, "a", 1)
    sent = store.update_entry(queued_one(store, "b", 2).id, CellState.SENT)
    store.apply_edits(KEY, ESSAY_ID, [(edit("a", 3), base())], "essay")
    (essay,) = store.queue_drafts(KEY, ESSAY_ID)
    store.apply_edits(OTHER_KEY, QUIZ_ID, [(edit("a", 4), base())], "other")
    (other,) = store.queue_drafts(OTHER_KEY, QUIZ_ID)

    assert store.outbox() == [a, sent, essay, other]
    assert store.outbox(KEY) == [a, sent, essay]
    assert store.outbox(KEY, QUIZ_ID) == [a, sent]
    assert store.outbox(line_item_id=QUIZ_ID) == [a, sent, other]
    assert store.outbox(KEY, states=[CellState.SENT]) == [sent]
    assert store.outbox(states={CellState.QUEUED}) == [a, essay, other]
    assert store.outbox(states=[]) == []


def test_the_outbox_survives_a_restart_exactly(store, open_store):
    queued_one(store, "a", 1)
    store.update_entry(queued_one(store, "b", 2).id, CellState.SENDING, count_attempt=True)
    store.update_entry(
        queued_one(store, "c", 3).id,
        CellState.FAILED,
        failure_kind=FailureKind.IGNORED,
        reason="accepted but not shown",
        http_status=200,
    )
    before = store.outbox()
    store.close()
    assert open_store().outbox() == before
