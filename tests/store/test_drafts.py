from gradebook_gui.edits import GradeEdit
from gradebook_gui.models import ActivityProgress, GradingProgress
from gradebook_gui.store import Draft, GradeStore

from .helpers import ESSAY_ID, KEY, OTHER_KEY, QUIZ_ID, START, base, edit


def scores(store: GradeStore, line_item_id: str = QUIZ_ID) -> dict[str, float | None]:
    return {user: draft.edit.score for user, draft in store.drafts(KEY, line_item_id).items()}


def test_drafts_round_trip_exactly(store, open_store, clock):
    pending = GradeEdit(
        user_id="u-3",
        score=7.0,
        maximum=10.0,
        comment="",
        activity_progress=ActivityProgress.Submitted,
        grading_progress=GradingProgress.PendingManual,
    )
    edits = [
        (edit("0042", 0.1 + 0.2, "Très bien = 👍\nline two"), base(12.25, "<b>old</b>")),
        (edit("u-2", None), base(3)),  # the explicit "clear grade"
        (pending, base()),
    ]
    store.apply_edits(KEY, QUIZ_ID, edits, "Paste 3 scores")
    store.close()

    drafts = open_store().drafts(KEY, QUIZ_ID)

    assert drafts == {e.user_id: Draft(e, b, START) for e, b in edits}
    assert drafts["0042"].edit.score == 0.1 + 0.2
    # "keep the comment" (None) and "remove the comment" ("") stay different.
    assert drafts["u-2"].edit.comment is None and drafts["u-3"].edit.comment == ""


def test_each_change_is_one_undoable_operation(store, clock):
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 5), base()), (edit("b", 6), base())], "Set 2")
    clock.advance(1)
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 7), base())], "Set a")
    clock.advance(1)
    store.revert_drafts(KEY, QUIZ_ID, ["b", "nobody"], "Revert b")
    assert scores(store) == {"a": 7}
    assert store.undo_label(KEY, QUIZ_ID) == "Revert b"
    assert store.redo_label(KEY, QUIZ_ID) is None

    assert store.undo(KEY, QUIZ_ID) == ["b"]
    assert scores(store) == {"a": 7, "b": 6}
    assert store.undo(KEY, QUIZ_ID) == ["a"]
    assert scores(store) == {"a": 5, "b": 6}
    # Undo restores the draft exactly, including when it was saved.
    assert store.drafts(KEY, QUIZ_ID)["a"].updated_at == START
    assert (store.undo_label(KEY, QUIZ_ID), store.redo_label(KEY, QUIZ_ID)) == ("Set 2", "Set a")
    assert sorted(store.undo(KEY, QUIZ_ID)) == ["a", "b"]
    assert scores(store) == {}
    assert store.undo(KEY, QUIZ_ID) == []
    assert store.undo_label(KEY, QUIZ_ID) is None

    assert sorted(store.redo(KEY, QUIZ_ID)) == ["a", "b"]
    assert store.redo(KEY, QUIZ_ID) == ["a"]
    assert scores(store) == {"a": 7, "b": 6}
    assert store.drafts(KEY, QUIZ_ID)["a"].updated_at == START.replace(second=8)
    assert store.redo_label(KEY, QUIZ_ID) == "Revert b"


def test_a_new_operation_clears_redo(store):
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "one")
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 2), base())], "two")
    store.undo(KEY, QUIZ_ID)
    store.apply_edits(KEY, QUIZ_ID, [(edit("b", 3), base())], "three")

    assert store.redo_label(KEY, QUIZ_ID) is None
    assert store.redo(KEY, QUIZ_ID) == []
    assert store.undo_label(KEY, QUIZ_ID) == "three"
    store.undo(KEY, QUIZ_ID)
    assert store.undo_label(KEY, QUIZ_ID) == "one"
    assert scores(store) == {"a": 1}


def test_undo_history_survives_a_restart(store, open_store):
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base(9, "was"))], "one")
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 2), base(9, "was"))], "two")
    store.apply_edits(KEY, QUIZ_ID, [(edit("b", 3), base())], "three")
    store.undo(KEY, QUIZ_ID)
    before = store.drafts(KEY, QUIZ_ID)
    store.close()

    reopened = open_store()
    assert reopened.drafts(KEY, QUIZ_ID) == before
    assert (reopened.undo_label(KEY, QUIZ_ID), reopened.redo_label(KEY, QUIZ_ID)) == (
        "two",
        "three",
    )
    assert reopened.redo(KEY, QUIZ_ID) == ["b"]
    assert reopened.undo(KEY, QUIZ_ID) == ["b"]
    assert reopened.undo(KEY, QUIZ_ID) == ["a"]
    assert reopened.drafts(KEY, QUIZ_ID)["a"].base == base(9, "was")
    assert scores(reopened) == {"a": 1}


def test_a_student_listed_twice_keeps_the_last_edit_and_undoes_in_one_step(store):
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "one")
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 2), base()), (edit("a", 3), base())], "paste")
    assert scores(store) == {"a": 3}
    assert store.undo(KEY, QUIZ_ID) == ["a"]
    assert scores(store) == {"a": 1}


def test_nothing_to_change_is_not_an_operation(store):
    store.apply_edits(KEY, QUIZ_ID, [], "nothing")
    store.revert_drafts(KEY, QUIZ_ID, ["a"], "revert nobody")
    assert store.undo_label(KEY, QUIZ_ID) is None


def test_history_is_per_line_item_and_connection(store):
    store.apply_edits(KEY, QUIZ_ID, [(edit("a", 1), base())], "quiz")
    store.apply_edits(KEY, ESSAY_ID, [(edit("a", 2), base())], "essay")
    store.apply_edits(OTHER_KEY, QUIZ_ID, [(edit("a", 3), base())], "other")

    assert store.undo(KEY, QUIZ_ID) == ["a"]
    assert scores(store) == {}
    assert scores(store, ESSAY_ID) == {"a": 2}
    assert store.drafts(OTHER_KEY, QUIZ_ID)["a"].edit.score == 3
    assert store.undo_label(KEY, ESSAY_ID) == "essay"


def test_the_oldest_operations_go_beyond_the_undo_limit(clock, tmp_path):
    with GradeStore.open(tmp_path / "limited.sqlite3", clock=clock, undo_limit=3) as store:
        for score in range(5):
            store.apply_edits(KEY, QUIZ_ID, [(edit("a", score), base())], f"set {score}")
        undone = [store.undo(KEY, QUIZ_ID) for _ in range(4)]
        assert undone == [["a"], ["a"], ["a"], []]
        assert scores(store) == {"a": 1}
