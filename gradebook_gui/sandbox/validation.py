"""LTIAAS's own checks on request bodies, done on raw JSON before anything reaches the LMS."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

ACTIVITY_PROGRESS = ("Initialized", "Started", "InProgress", "Submitted", "Completed")
GRADING_PROGRESS = ("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady")
OPTIONAL_TEXT_FIELDS = ("resourceLinkId", "resourceId", "tag")
OPTIONAL_DATE_FIELDS = ("startDateTime", "endDateTime")


class InvalidBody(Exception):
    """The body breaks LTIAAS's rules; `errors` lists every problem found."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class ScoreSubmission:
    user_id: str
    activity_progress: str
    grading_progress: str
    score_given: float | None
    score_maximum: float | None
    comment: str | None
    timestamp: datetime
    timestamp_text: str


def parse_timestamp(value: object) -> datetime | None:
    """An ISO 8601 date-time with a zone, or None (a date alone or a zone-less time is refused)."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _number_problems(name: str, value: object, *, allow_zero: bool) -> list[str]:
    if not isinstance(value, int | float) or isinstance(value, bool):
        # JSON true/false arrive as bool, which Python counts as int.
        return [f'"{name}" must be a number']
    if not math.isfinite(value):
        return [f'"{name}" must be a finite number']
    if value < 0 or (value == 0 and not allow_zero):
        return [f'"{name}" must be {">= 0" if allow_zero else "greater than 0"}']
    return []


def validate_score(body: Any) -> ScoreSubmission:
    if not isinstance(body, dict):
        raise InvalidBody(["the body must be a JSON object"])
    errors = []
    user_id = body.get("userId")
    if not isinstance(user_id, str) or not user_id.strip():
        errors.append('"userId" is required and must be a non-empty string')
    if body.get("activityProgress") not in ACTIVITY_PROGRESS:
        errors.append(f'"activityProgress" must be one of {", ".join(ACTIVITY_PROGRESS)}')
    if body.get("gradingProgress") not in GRADING_PROGRESS:
        errors.append(f'"gradingProgress" must be one of {", ".join(GRADING_PROGRESS)}')
    score_given = body.get("scoreGiven")
    score_maximum = body.get("scoreMaximum")
    if score_given is not None:
        errors += _number_problems("scoreGiven", score_given, allow_zero=True)
        if score_maximum is None:
            errors.append('"scoreMaximum" is required when "scoreGiven" is present')
    if score_maximum is not None:
        errors += _number_problems("scoreMaximum", score_maximum, allow_zero=False)
    comment = body.get("comment")
    if comment is not None and not isinstance(comment, str):
        errors.append('"comment" must be a string')
    timestamp_text = body.get("timestamp")
    timestamp = parse_timestamp(timestamp_text)
    if timestamp is None:
        errors.append('"timestamp" is required: an ISO 8601 date-time with a time zone')
    if errors:
        raise InvalidBody(errors)
    assert isinstance(user_id, str) and isinstance(timestamp_text, str) and timestamp is not None
    return ScoreSubmission(
        user_id=user_id,
        activity_progress=body["activityProgress"],
        grading_progress=body["gradingProgress"],
        score_given=None if score_given is None else float(score_given),
        score_maximum=None if score_maximum is None else float(score_maximum),
        comment=comment,
        timestamp=timestamp,
        timestamp_text=timestamp_text,
    )


def validate_line_item(body: Any) -> dict[str, Any]:
    """The fields to store (everything but `id`); extension keys are kept as they are."""
    if not isinstance(body, dict):
        raise InvalidBody(["the body must be a JSON object"])
    errors = []
    label = body.get("label")
    if not isinstance(label, str) or not label.strip():
        errors.append('"label" is required and must not be blank')
    if "scoreMaximum" in body:
        errors += _number_problems("scoreMaximum", body["scoreMaximum"], allow_zero=False)
    else:
        errors.append('"scoreMaximum" is required')
    for name in OPTIONAL_TEXT_FIELDS:
        if name in body and not isinstance(body[name], str):
            errors.append(f'"{name}" must be a string')
    for name in OPTIONAL_DATE_FIELDS:
        if name in body and parse_timestamp(body[name]) is None:
            errors.append(f'"{name}" must be an ISO 8601 date-time with a time zone')
    if "gradesReleased" in body and not isinstance(body["gradesReleased"], bool):
        errors.append('"gradesReleased" must be true or false')
    if errors:
        raise InvalidBody(errors)
    return {key: value for key, value in body.items() if key != "id"}
