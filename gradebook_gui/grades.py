"""The gradebook column as people see it: every learner of the roster with their result.

Platforms omit students who have no grade, so the roster (memberships) decides who is listed;
results whose student is not on the roster (for example a student who left the course) are kept
too, so that nothing the LMS holds is hidden.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass

from gradebook_gui.edits import GradeEdit
from gradebook_gui.models import LineItem, Member, Result


@dataclass(frozen=True, slots=True)
class StudentGrade:
    """One learner's row: who they are and what the LMS holds for them now.

    `edit` is the instructor's edit that the window shows over `result` (a draft, or a change
    being sent), when the row was taken as shown; `score` and `comment` stay the LMS's.
    """

    user_id: str
    member: Member | None
    result: Result | None
    edit: GradeEdit | None = None

    @property
    def name(self) -> str | None:
        return self.member.display_name if self.member else None

    @property
    def email(self) -> str | None:
        return self.member.email if self.member else None

    @property
    def email_or_id(self) -> str:
        """What tells this learner from another of the same name: the email, else the user ID."""
        return self.email or self.user_id

    @property
    def on_roster(self) -> bool:
        return self.member is not None

    def score(self, line_item: LineItem) -> float | None:
        """The grade on the line item's scale (results need not use that scale)."""
        if self.result is None:
            return None
        return self.result.score_on_scale(line_item.scoreMaximum)

    @property
    def comment(self) -> str | None:
        return self.result.comment if self.result else None


class RosterJoin:
    """Joins roster pages and result pages as they arrive, in any order.

    A learner's row appears as soon as their roster entry does; a result that arrives before its
    learner waits for them. `finish` adds the results of students who are not on the roster.
    """

    def __init__(self) -> None:
        self._rows: list[StudentGrade] = []
        self._row_of_user: dict[str, int] = {}
        self._on_roster: set[str] = set()
        # Results whose learner has no row (yet): only these are looked at when a learner
        # arrives or the streams end, not every result of a large course.
        self._waiting: dict[str, Result] = {}

    @property
    def rows(self) -> list[StudentGrade]:
        return self._rows

    @property
    def row_of_user(self) -> Mapping[str, int]:
        """Each row's index in `rows` by user ID; the join's own, kept up to date."""
        return self._row_of_user

    @property
    def roster_ids(self) -> Set[str]:
        """Everyone the roster listed so far, learners or not (only learners have rows)."""
        return self._on_roster

    def add_members(self, members: Iterable[Member]) -> list[StudentGrade]:
        """Add learners; returns the rows added (non-learners and repeats are skipped).

        A learner whose result came first gets their row built once, with it.
        """
        added = []
        on_roster, waiting, rows, row_of_user = (
            self._on_roster,
            self._waiting,
            self._rows,
            self._row_of_user,
        )
        for member in members:
            user_id = member.userId
            # A member listed twice (pages that shift while the roster changes) is shown once.
            if user_id in on_roster:
                continue
            on_roster.add(user_id)
            if member.is_learner:
                row = StudentGrade(user_id, member, waiting.pop(user_id, None))
                row_of_user[user_id] = len(rows)
                rows.append(row)
                added.append(row)
        return added

    def add_results(self, results: Iterable[Result]) -> list[int]:
        """Attach results to rows already shown; returns the indexes of the rows that changed.

        A result for a learner not listed yet only waits: their row is built when they come.
        """
        changed = []
        waiting, rows, row_of_user = self._waiting, self._rows, self._row_of_user
        for result in results:
            user_id = result.userId
            index = row_of_user.get(user_id)
            if index is None:
                waiting[user_id] = result
            else:
                rows[index] = StudentGrade(user_id, rows[index].member, result)
                changed.append(index)
        return changed

    def finish(self) -> list[StudentGrade]:
        """Once both streams are complete: rows for results of students not on the roster."""
        added = [
            StudentGrade(user_id, None, result)
            for user_id, result in self._waiting.items()
            if user_id not in self._on_roster
        ]
        for row in added:
            del self._waiting[row.user_id]
            self._row_of_user[row.user_id] = len(self._rows)
            self._rows.append(row)
        return added


def same_rows(rows: Sequence[StudentGrade], others: Sequence[StudentGrade]) -> bool:
    """The very same row objects, in the same order (not rows that are only equal)."""
    return len(rows) == len(others) and all(map(operator.is_, rows, others))


def join_roster(members: Iterable[Member], results: Iterable[Result]) -> list[StudentGrade]:
    """Learners in roster order, each with their result, then results of students not on it."""
    join = RosterJoin()
    join.add_results(results)
    join.add_members(members)
    join.finish()
    return join.rows
