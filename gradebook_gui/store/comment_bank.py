"""The comment bank as kept in the local store: saved feedback comments, by shortcut.

A comment belongs to one connection's course (its connection key) or to every course (`course`
None). A shortcut names one comment per scope; where a course comment and a comment for every
course share a shortcut, the course's wins. Each change commits before it returns, like every
other change of the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from gradebook_gui.store.grade_store import GradeStore


@dataclass(frozen=True, slots=True)
class BankComment:
    """A saved comment; `id` is None until it is stored."""

    shortcut: str
    text: str
    course: str | None = None  # the connection key of its course; None: every course
    id: int | None = None

    @property
    def is_global(self) -> bool:
        return self.course is None


class ShortcutTaken(ValueError):
    """Another comment of the same scope already has this shortcut."""


class CommentBankStore:
    """The comment bank's rows in `store` (see the module docstring)."""

    def __init__(self, store: GradeStore) -> None:
        self._store = store

    def comments(self, course: str | None) -> list[BankComment]:
        """The comments for `course` and those for every course, by shortcut (course first)."""
        with self._store._query() as db:
            rows = db.execute(
                "SELECT id, connection_key, shortcut, text FROM bank_comment "
                "WHERE connection_key IS NULL OR connection_key = ? "
                "ORDER BY shortcut, connection_key IS NULL, id",
                (course,),
            ).fetchall()
        return [_comment(row) for row in rows]

    def find(self, course: str | None, shortcut: str) -> BankComment | None:
        """The comment `shortcut` names for `course`: the course's own, else the global one."""
        with self._store._query() as db:
            row = db.execute(
                "SELECT id, connection_key, shortcut, text FROM bank_comment "
                "WHERE shortcut = ? AND (connection_key IS NULL OR connection_key = ?) "
                "ORDER BY connection_key IS NULL LIMIT 1",
                (shortcut, course),
            ).fetchone()
        return None if row is None else _comment(row)

    def save(self, comment: BankComment) -> BankComment:
        """Add `comment` (id None) or replace the stored one with its id; returns it stored.

        Raises ShortcutTaken when another comment of its scope has the shortcut.
        """
        now = self._store._now()
        try:
            with self._store._write() as db:
                if comment.id is None:
                    cursor = db.execute(
                        "INSERT INTO bank_comment (connection_key, shortcut, text, updated_at) "
                        "VALUES (?, ?, ?, ?)",
                        (comment.course, comment.shortcut, comment.text, now),
                    )
                    return BankComment(
                        comment.shortcut, comment.text, comment.course, cursor.lastrowid
                    )
                db.execute(
                    "UPDATE bank_comment SET connection_key = ?, shortcut = ?, text = ?, "
                    "updated_at = ? WHERE id = ?",
                    (comment.course, comment.shortcut, comment.text, now, comment.id),
                )
                return comment
        except sqlite3.IntegrityError as error:
            scope = "this course" if comment.course is not None else "every course"
            raise ShortcutTaken(
                f"The shortcut “{comment.shortcut}” is already used by a comment for {scope}."
            ) from error

    def remove(self, comment_id: int) -> None:
        with self._store._write() as db:
            db.execute("DELETE FROM bank_comment WHERE id = ?", (comment_id,))

    def merge(self, comments: Iterable[BankComment]) -> int:
        """Add these comments in one transaction; one whose scope already has its shortcut
        replaces that comment's text. Returns how many were added or changed."""
        now = self._store._now()
        changed = 0
        with self._store._write() as db:
            for comment in comments:
                before = db.execute(
                    "SELECT text FROM bank_comment WHERE ifnull(connection_key, '') = ? "
                    "AND shortcut = ?",
                    (comment.course or "", comment.shortcut),
                ).fetchone()
                if before is not None and before[0] == comment.text:
                    continue
                db.execute(
                    "INSERT INTO bank_comment (connection_key, shortcut, text, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (ifnull(connection_key, ''), shortcut) "
                    "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                    (comment.course, comment.shortcut, comment.text, now),
                )
                changed += 1
        return changed

    def forget_course(self, course: str) -> None:
        """Remove the comments kept for one connection's course (those for every course stay)."""
        with self._store._write() as db:
            db.execute("DELETE FROM bank_comment WHERE connection_key = ?", (course,))


def _comment(row: tuple[int, str | None, str, str]) -> BankComment:
    comment_id, course, shortcut, text = row
    return BankComment(shortcut, text, course, comment_id)
