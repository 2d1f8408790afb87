"""The Course view's learners: a roster member (or a student known only from results), with the
name shown family name first or given name first."""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from gradebook_gui.gui.row_order import family_first
from gradebook_gui.gui.row_status import not_active_student
from gradebook_gui.models import Member


class NameOrder(StrEnum):
    """How the name column sorts: the roster's family name or given name, else as shown."""

    FAMILY = "family"
    GIVEN = "given"


@dataclasses.dataclass(frozen=True, slots=True)
class CourseLearner:
    user_id: str
    member: Member | None

    @property
    def name(self) -> str:
        return self.member.display_name if self.member else self.user_id

    @property
    def email(self) -> str:
        return (self.member.email or "") if self.member else ""

    @property
    def not_active(self) -> str | None:
        """Why the LMS would refuse this learner's grade, or None for an active student."""
        return not_active_student(self.member) if self.member is not None else None

    def family_first(self) -> str:
        """The name as every list of the window sorts it: "family, given" when the roster
        gives a family name."""
        member = self.member
        if member is None:
            return self.name
        return family_first(self.name, member.givenName, member.familyName)

    def given_first(self) -> str:
        member = self.member
        if member is None or not (member.givenName or "").strip():
            return self.name
        return " ".join(
            part.strip() for part in (member.givenName, member.familyName) if part and part.strip()
        )
