"""The comment bank in the local store: scopes, shortcuts, merging and what survives reopening."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from gradebook_gui.store import GradeStore
from gradebook_gui.store.comment_bank import BankComment, CommentBankStore, ShortcutTaken
from gradebook_gui.store.schema import MIGRATIONS, migrate, schema_version

from .helpers import KEY, OTHER_KEY


def test_a_course_sees_its_own_comments_and_the_global_ones(store: GradeStore) -> None:
    bank = CommentBankStore(store)
    bank.save(BankComment("good", "Good work, {first_name}."))
    bank.save(BankComment("late", "Handed in late.", KEY))
    bank.save(BankComment("lab", "See the lab notes.", OTHER_KEY))
    assert [(c.shortcut, c.course) for c in bank.comments(KEY)] == [
        ("good", None),
        ("late", KEY),
    ]
    assert [c.shortcut for c in bank.comments(None)] == ["good"]


def test_the_course_comment_wins_over_the_global_one_of_the_same_shortcut(
    store: GradeStore,
) -> None:
    bank = CommentBankStore(store)
    bank.save(BankComment("good", "Good work."))
    bank.save(BankComment("good", "Good lab work.", KEY))
    found = bank.find(KEY, "good")
    assert found is not None and found.text == "Good lab work."
    found = bank.find(OTHER_KEY, "good")
    assert found is not None and found.text == "Good work."
    assert bank.find(KEY, "nothing") is None


def test_a_shortcut_is_used_once_per_scope(store: GradeStore) -> None:
    bank = CommentBankStore(store)
    bank.save(BankComment("good", "Good work."))
    with pytest.raises(ShortcutTaken, match="every course"):
        bank.save(BankComment("good", "Again."))
    late = bank.save(BankComment("late", "Late.", KEY))
    with pytest.raises(ShortcutTaken, match="this course"):
        bank.save(BankComment("late", "Late again.", KEY))
    # Editing a comment keeps its shortcut its own.
    bank.save(BankComment("late", "Handed in late.", KEY, late.id))
    assert [c.text for c in bank.comments(KEY)] == ["Good work.", "Handed in late."]


def test_edits_and_removals_are_on_disk_when_they_return(
    open_store: Callable[[], GradeStore],
) -> None:
    first = open_store()
    bank = CommentBankStore(first)
    kept = bank.save(BankComment("good", "Good work."))
    gone = bank.save(BankComment("bad", "Try again.", KEY))
    bank.save(BankComment("great", "Great work.", None, kept.id))
    bank.remove(gone.id or 0)
    again = CommentBankStore(open_store())
    assert again.comments(KEY) == [BankComment("great", "Great work.", None, kept.id)]


def test_merging_adds_new_comments_and_replaces_the_text_of_known_shortcuts(
    store: GradeStore,
) -> None:
    bank = CommentBankStore(store)
    bank.save(BankComment("good", "Good work."))
    bank.save(BankComment("late", "Late.", KEY))
    changed = bank.merge(
        [
            BankComment("good", "Good work."),  # the same: not counted
            BankComment("late", "Handed in late.", KEY),
            BankComment("new", "A new one.", KEY),
        ]
    )
    assert changed == 2
    assert [(c.shortcut, c.text) for c in bank.comments(KEY)] == [
        ("good", "Good work."),
        ("late", "Handed in late."),
        ("new", "A new one."),
    ]


def test_forgetting_a_course_keeps_the_global_comments(store: GradeStore) -> None:
    bank = CommentBankStore(store)
    bank.save(BankComment("good", "Good work."))
    bank.save(BankComment("late", "Late.", KEY))
    bank.forget_course(KEY)
    assert [c.shortcut for c in bank.comments(KEY)] == ["good"]


def test_a_database_of_the_previous_version_gains_the_comment_bank(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, path, MIGRATIONS[:-1])
    db.execute(
        "INSERT INTO draft VALUES ('k', 'item', 'u1', '{}', '{}', 1)"
    )  # data of the old version stays
    migrate(db, path)
    assert schema_version(db) == len(MIGRATIONS)
    assert db.execute("SELECT count(*) FROM draft").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM bank_comment").fetchone()[0] == 0
    db.close()


def test_forgetting_a_connection_removes_its_saved_comments_but_not_the_global_ones(
    store: GradeStore,
) -> None:
    bank = CommentBankStore(store)
    bank.save(BankComment("late", "Handed in late.", KEY))
    bank.save(BankComment("good", "Good work."))
    bank.save(BankComment("lab", "See the lab notes.", OTHER_KEY))
    store.forget(KEY)
    assert [c.shortcut for c in bank.comments(KEY)] == ["good"]
    assert [c.shortcut for c in bank.comments(OTHER_KEY)] == ["good", "lab"]
