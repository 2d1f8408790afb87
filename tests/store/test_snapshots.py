from datetime import timedelta, timezone

from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import Member, Result
from gradebook_gui.store import Snapshot, SnapshotInfo

from .helpers import ESSAY_ID, KEY, OTHER_KEY, QUIZ_ID, START, quiz, student


def test_snapshot_round_trips_every_field(store, open_store):
    grades = [
        student("0042", "Zoë Ångström", 17.5, "<p>Good work &amp; well argued</p>"),
        student("u-2", "Bob", None, None),
        # On the roster without a result, and a result whose student left the course.
        StudentGrade("u-3", Member(userId="u-3", roles=("Learner",), givenName="Ana"), None),
        StudentGrade(
            "gone", None, Result(id="r", scoreOf=QUIZ_ID, userId="gone", resultScore=1 / 3)
        ),
    ]
    # A local time zone reads back as the same moment.
    taken_at = START.astimezone(timezone(timedelta(hours=-5)))
    store.save_snapshot(KEY, quiz(), grades, taken_at)
    store.close()

    snapshot = open_store().load_snapshot(KEY, QUIZ_ID)

    assert snapshot == Snapshot(quiz(), grades, taken_at)
    assert snapshot.line_item.model_extra == quiz().model_extra
    assert snapshot.grades[0].result.model_extra == grades[0].result.model_extra
    assert snapshot.grades[3].result.resultScore == 1 / 3


def test_a_new_download_replaces_the_previous_one(store):
    store.save_snapshot(
        KEY, quiz(), [student("a", "A", 1, None), student("b", "B", 2, None)], START
    )
    newer = [student("b", "B", 3, "late")]
    store.save_snapshot(KEY, quiz(label="Quiz 3 (renamed)"), newer, START + timedelta(hours=1))

    snapshot = store.load_snapshot(KEY, QUIZ_ID)
    assert snapshot.grades == newer
    assert snapshot.line_item.label == "Quiz 3 (renamed)"
    assert snapshot.taken_at == START + timedelta(hours=1)


def test_snapshots_are_kept_per_connection_and_line_item(store):
    store.save_snapshot(KEY, quiz(), [student("a", "A", 1, None)], START)
    assert store.load_snapshot(OTHER_KEY, QUIZ_ID) is None
    assert store.load_snapshot(KEY, ESSAY_ID) is None


def test_snapshot_list_is_newest_first_with_learner_counts(store):
    store.save_snapshot(KEY, quiz(), [student("a", "A", 1, None)], START)
    essay_rows = [student(user, user, 5, None) for user in ("a", "b", "c")]
    store.save_snapshot(KEY, quiz(ESSAY_ID, "Essay"), essay_rows, START + timedelta(days=1))
    store.save_snapshot(OTHER_KEY, quiz(), [], START)

    assert store.snapshot_list(KEY) == [
        SnapshotInfo(ESSAY_ID, "Essay", START + timedelta(days=1), 3),
        SnapshotInfo(QUIZ_ID, "Quiz 3", START, 1),
    ]
    assert store.snapshot_list(OTHER_KEY) == [SnapshotInfo(QUIZ_ID, "Quiz 3", START, 0)]
    assert store.snapshot_list("https://nobody.ltiaas.com") == []


def test_a_large_course_round_trips_in_roster_order(store):
    grades = [student(f"u{n:04}", f"Learner {n}", n % 11, None) for n in range(1013)]
    store.save_snapshot(KEY, quiz(), grades, START)

    snapshot = store.load_snapshot(KEY, QUIZ_ID)

    assert snapshot.grades == grades
    assert store.snapshot_list(KEY)[0].learners == 1013
