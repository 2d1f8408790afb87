from datetime import timedelta

from gradebook_gui.store import GradeStore, JournalEntry

from .helpers import ESSAY_ID, KEY, OTHER_KEY, QUIZ_ID, START


def entry(minutes: int, user: str = "a", key: str = KEY, line_item: str = QUIZ_ID) -> JournalEntry:
    return JournalEntry(
        at=START + timedelta(minutes=minutes),
        key=key,
        profile="Bio 101",
        line_item_id=line_item,
        line_item_label="Quiz 3",
        user_id=user,
        old_score=12.5,
        old_comment="<p>old</p>",
        new_score=0.1 + 0.2,
        new_comment="",
        outcome="verified",
        http_status=200,
        reason=None,
    )


def test_journal_round_trips_every_field(store, open_store):
    cleared = JournalEntry(
        START - timedelta(days=1),
        KEY,
        None,
        QUIZ_ID,
        "Quiz 3",
        "b",
        None,
        None,
        None,
        None,
        "failed",
        None,
        "gone",
    )
    store.record(entry(0))
    store.record(cleared)
    store.close()
    assert open_store().journal() == [entry(0), cleared]


def test_journal_is_newest_first_and_filters(store: GradeStore):
    for record in (
        entry(5, "a"),
        entry(1, "b"),
        entry(5, "c"),  # same moment as "a", recorded later
        entry(3, "d", line_item=ESSAY_ID),
        entry(9, "e", key=OTHER_KEY),
    ):
        store.record(record)

    assert [e.user_id for e in store.journal()] == ["e", "c", "a", "d", "b"]
    assert [e.user_id for e in store.journal(KEY)] == ["c", "a", "d", "b"]
    assert [e.user_id for e in store.journal(KEY, QUIZ_ID)] == ["c", "a", "b"]
    assert [e.user_id for e in store.journal(line_item_id=QUIZ_ID, limit=2)] == ["e", "c"]
    assert store.journal(limit=0) == []


def test_pruning_drops_only_older_entries(store):
    for minutes in (0, 10, 20):
        store.record(entry(minutes))
    assert store.prune_journal(START + timedelta(minutes=10)) == 1
    assert [e.at for e in store.journal()] == [
        START + timedelta(minutes=20),
        START + timedelta(minutes=10),
    ]
    assert store.prune_journal(START) == 0
