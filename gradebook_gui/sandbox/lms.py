"""The LMS behind the sandbox: its gradebook, its roster and the AGS rules each platform applies.

Everything here is plain Python guarded by one lock, so the HTTP thread and test code calling the
control methods can share it.
"""

from __future__ import annotations

import copy
import enum
import math
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from gradebook_gui.sandbox.data import Member, SeededCourse, StoredResult, role_name
from gradebook_gui.sandbox.validation import ScoreSubmission

NOT_A_STUDENT = "User not found in course or is not a student"
MOODLE_BAD_SCORE = "Incorrect score received"
CANVAS_ERROR_TYPES = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    422: "unprocessable_entity",
    500: "internal_server_error",
}
# Grading progress values that keep the grade; any other value clears it.
GRADE_KEEPING_PROGRESS = {"canvas": {"FullyGraded", "PendingManual"}}
# Canvas sends numeric user ids as JSON numbers; ids with leading zeros stay strings.
NUMBER_LIKE_ID = re.compile(r"[1-9][0-9]{0,15}")


class Unchanged(enum.Enum):
    """Marker for "leave the comment as it is" in `set_grade`."""

    COMMENT = "unchanged"


UNCHANGED = Unchanged.COMMENT


class LmsRefusal(Exception):
    """The LMS answered an error; LTIAAS relays it with `externalError: true`."""

    def __init__(self, status: int, text: str, body_received: Any) -> None:
        super().__init__(text)
        self.status = status
        self.text = text
        self.body_received = body_received


class UnknownLineItem(Exception):
    pass


def lms_error_body(platform: str, status: int, text: str) -> Any:
    """The error body the LMS itself sends: Canvas wraps it in JSON, the others send text."""
    if platform == "canvas":
        return {"errors": {"type": CANVAS_ERROR_TYPES.get(status, "error"), "message": text}}
    return text


def with_path_suffix(url: str, suffix: str) -> str:
    """`https://h/items/7/lineitem?type_id=3` + `/results` keeps the query at the end."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=parts.path + suffix))


@lru_cache(maxsize=256)
def _results_url_around(line_item_id: str) -> tuple[str, str]:
    """What comes before and after a user id in the URL of a result of `line_item_id`.

    Split once per line item: splitting the URL again for every result of a page is a good
    part of what the sandbox spends on a page. `before + user_id + after` is exactly
    `with_path_suffix(line_item_id, "/results/" + user_id)`.
    """
    parts = urlsplit(line_item_id)
    before = urlunsplit(parts._replace(path=parts.path + "/results/", query="", fragment=""))
    after = urlunsplit(("", "", "", parts.query, parts.fragment))
    return before, after


def format_timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Gradebook:
    def __init__(self, course: SeededCourse) -> None:
        self._lock = threading.Lock()
        self.profile = course.profile
        self.instructor = course.instructor
        self._members = course.members
        self._members_by_id = {member.user_id: member for member in course.members}
        self._line_items = {item["id"]: item for item in course.line_items}
        self._results = course.results
        # Who each line item lists, kept until its results change: paging a large course must
        # not go through every student for every page, or the sandbox adds its own time to the
        # latency it imitates.
        self._listed: dict[str, tuple[str, ...]] = {}
        self._next_line_item_number = course.next_line_item_number

    @property
    def platform(self) -> str:
        return self.profile.platform

    # Line items

    def line_item_ids(self) -> list[str]:
        with self._lock:
            return list(self._line_items)

    def line_items(
        self, resource_link_id: str | None, resource_id: str | None, tag: str | None
    ) -> list[dict[str, Any]]:
        wanted = {"resourceLinkId": resource_link_id, "resourceId": resource_id, "tag": tag}
        with self._lock:
            return [
                copy.deepcopy(item)
                for item in self._line_items.values()
                if all(value is None or item.get(key) == value for key, value in wanted.items())
            ]

    def line_item(self, line_item_id: str) -> dict[str, Any] | None:
        with self._lock:
            item = self._line_items.get(line_item_id)
            return copy.deepcopy(item) if item is not None else None

    def create_line_item(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        with self._lock:
            line_item_id = self.profile.line_item_id(self._next_line_item_number)
            self._next_line_item_number += 1
            self._line_items[line_item_id] = {"id": line_item_id, **copy.deepcopy(fields)}
            self._results[line_item_id] = {}
            self._listed.pop(line_item_id, None)
            return copy.deepcopy(self._line_items[line_item_id])

    def replace_line_item(self, line_item_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Full replacement, as AGS says: optional fields left out of `fields` are gone."""
        with self._lock:
            if line_item_id not in self._line_items:
                raise UnknownLineItem(line_item_id)
            self._line_items[line_item_id] = {"id": line_item_id, **copy.deepcopy(fields)}
            return copy.deepcopy(self._line_items[line_item_id])

    def delete_line_item(self, line_item_id: str) -> None:
        with self._lock:
            if self._line_items.pop(line_item_id, None) is None:
                raise UnknownLineItem(line_item_id)
            self._results.pop(line_item_id, None)
            self._listed.pop(line_item_id, None)

    # Results and scores

    def listed_user_ids(self, line_item_id: str, user_id: str | None) -> Sequence[str]:
        """Who has a result, in LMS order: students with neither grade nor comment are left out.

        Paging happens on this cheap list; only the page shown is rendered by `results_json`.
        """
        with self._lock:
            stored = self._stored_results(line_item_id)
            if user_id is not None:
                result = stored.get(user_id)
                return [user_id] if result is not None and _is_listed(result) else []
            listed = self._listed.get(line_item_id)
            if listed is None:
                listed = tuple(user for user, result in stored.items() if _is_listed(result))
                self._listed[line_item_id] = listed
            return listed

    def results_json(self, line_item_id: str, user_ids: list[str]) -> list[dict[str, Any]]:
        with self._lock:
            stored = self._stored_results(line_item_id)
            return [
                self._result_json(line_item_id, user_id, stored[user_id])
                for user_id in user_ids
                if user_id in stored and _is_listed(stored[user_id])
            ]

    def post_score(self, line_item_id: str, score: ScoreSubmission) -> None:
        """Apply a score the way the platform does, or raise the LmsRefusal it would answer."""
        with self._lock:
            results = self._stored_results(line_item_id)
            member = self._members_by_id.get(score.user_id)
            if member is None or not member.is_active_learner:
                raise self._not_gradable()
            stored = results.get(score.user_id)
            if stored is not None and stored.last_timestamp is not None:
                self._check_timestamp(line_item_id, score, stored.last_timestamp)
            was_listed = stored is not None and _is_listed(stored)
            if stored is None:
                stored = results[score.user_id] = StoredResult(score=None, maximum=None)
            self._apply_grade(line_item_id, stored, score)
            self._apply_comment(stored, score.comment)
            stored.last_timestamp = score.timestamp
            self._listing_may_change(line_item_id, was_listed, stored)

    def set_grade(
        self,
        line_item_id: str,
        user_id: str,
        score: float | None,
        maximum: float | None,
        comment: str | Unchanged | None,
    ) -> None:
        """A change made in the LMS's own gradebook (no timestamp rules apply there)."""
        with self._lock:
            if line_item_id not in self._line_items:
                raise ValueError(f"unknown line item: {line_item_id}")
            if user_id not in self._members_by_id:
                raise ValueError(f"unknown user: {user_id}")
            results = self._results[line_item_id]
            was_listed = user_id in results and _is_listed(results[user_id])
            stored = results.setdefault(user_id, StoredResult(score=None, maximum=None))
            stored.score = score
            stored.maximum = (
                maximum if maximum is not None else self._line_items[line_item_id]["scoreMaximum"]
            )
            if comment is not UNCHANGED:
                if comment and self.platform == "canvas":
                    stored.comment_history.append(comment)
                stored.comment = comment or None
            self._listing_may_change(line_item_id, was_listed, stored)

    def stored_results(self, line_item_id: str) -> dict[str, dict[str, Any]]:
        with self._lock:
            if line_item_id not in self._line_items:
                raise ValueError(f"unknown line item: {line_item_id}")
            return {
                user_id: self._result_json(line_item_id, user_id, result) | {"userId": user_id}
                for user_id, result in self._results[line_item_id].items()
                if _is_listed(result)
            }

    def comment_history(self, line_item_id: str, user_id: str) -> list[str]:
        """The comments the LMS keeps: Canvas keeps every one, the others only the current one."""
        with self._lock:
            if line_item_id not in self._line_items:
                raise ValueError(f"unknown line item: {line_item_id}")
            stored = self._results[line_item_id].get(user_id)
            if stored is None:
                return []
            if self.platform == "canvas":
                return list(stored.comment_history)
            return [stored.comment] if stored.comment else []

    # Roster

    def members(self, role: str | None) -> list[Member]:
        """The roster, or the members with `role`; not to be changed in place."""
        wanted = role_name(role) if role else None
        with self._lock:
            if wanted is None:
                return self._members  # replaced whole, never changed in place, by set_member
            return [
                member
                for member in self._members
                if any(role_name(own) == wanted for own in member.roles)
            ]

    def set_member(
        self, user_id: str, *, status: str | None = None, roles: Sequence[str] | None = None
    ) -> None:
        """Change a member's roster status or roles, as the LMS's enrolment page would."""
        with self._lock:
            member = self._members_by_id.get(user_id)
            if member is None:
                raise ValueError(f"unknown user: {user_id}")
            changed = replace(
                member,
                status=member.status if status is None else status,
                roles=member.roles if roles is None else tuple(roles),
            )
            self._members_by_id[user_id] = changed
            self._members = [changed if each is member else each for each in self._members]

    # Internals (called with the lock held)

    def _stored_results(self, line_item_id: str) -> dict[str, StoredResult]:
        if line_item_id not in self._line_items:
            raise UnknownLineItem(line_item_id)
        return self._results[line_item_id]

    def _listing_may_change(self, line_item_id: str, was_listed: bool, now: StoredResult) -> None:
        # A grade that changes while its student stays listed leaves the list as it is: a
        # submission's scores do not make every later page go through the whole course again.
        if _is_listed(now) != was_listed:
            self._listed.pop(line_item_id, None)

    def _not_gradable(self) -> LmsRefusal:
        if self.platform == "moodle":
            return LmsRefusal(400, MOODLE_BAD_SCORE, MOODLE_BAD_SCORE)
        return LmsRefusal(422, NOT_A_STUDENT, lms_error_body(self.platform, 422, NOT_A_STUDENT))

    def _check_timestamp(self, line_item_id: str, score: ScoreSubmission, last: datetime) -> None:
        if self.platform == "moodle":
            # Moodle stores whole seconds: a second score within the same second is "earlier".
            if math.floor(score.timestamp.timestamp()) <= math.floor(last.timestamp()):
                text = (
                    "Refusing score with an earlier timestamp for item "
                    f"{line_item_id} and user {score.user_id}"
                )
                raise LmsRefusal(409, text, text)
        elif score.timestamp <= last:
            text = (
                f"Provided timestamp of {score.timestamp_text} before last updated timestamp "
                f"of {format_timestamp(last)}"
            )
            raise LmsRefusal(400, text, lms_error_body(self.platform, 400, text))

    def _apply_grade(self, line_item_id: str, stored: StoredResult, score: ScoreSubmission) -> None:
        kept_progress = GRADE_KEEPING_PROGRESS.get(self.platform, {"FullyGraded"})
        if score.score_given is None or score.grading_progress not in kept_progress:
            stored.score = None  # the trap: anything else clears the grade
            return
        assert score.score_maximum is not None
        if self.platform == "generic":
            stored.score, stored.maximum = score.score_given, score.score_maximum
            return
        # Canvas and Moodle rescale to the column's own maximum.
        item_maximum = float(self._line_items[line_item_id]["scoreMaximum"])
        stored.score = score.score_given * item_maximum / score.score_maximum
        stored.maximum = item_maximum

    def _apply_comment(self, stored: StoredResult, comment: str | None) -> None:
        if self.platform != "canvas":
            stored.comment = comment or None  # no comment in the score clears the old one
        elif comment and comment.strip():
            # Canvas adds a submission comment each time and never removes one.
            stored.comment_history.append(comment)
            stored.comment = comment

    def _result_json(self, line_item_id: str, user_id: str, result: StoredResult) -> dict[str, Any]:
        as_number = self.platform == "canvas" and NUMBER_LIKE_ID.fullmatch(user_id)
        before, after = _results_url_around(line_item_id)
        body: dict[str, Any] = {
            "id": before + user_id + after,
            "scoreOf": line_item_id,
            "userId": int(user_id) if as_number else user_id,
        }
        if result.score is not None:
            body["resultScore"] = result.score
        elif self.platform == "canvas":
            body["resultScore"] = None
        if result.maximum is not None:
            body["resultMaximum"] = result.maximum
        if result.comment:
            body["comment"] = result.comment
        return body


def _is_listed(result: StoredResult) -> bool:
    return result.score is not None or bool(result.comment)


def member_json(member: Member) -> dict[str, Any]:
    return {
        "userId": member.user_id,
        "roles": list(member.roles),
        "name": member.name,
        "email": member.email,
        "givenName": member.given_name,
        "familyName": member.family_name,
        "status": member.status,
    }
