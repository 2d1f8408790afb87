"""The objects of the LTIAAS grades API, as immutable pydantic models.

Field names follow the JSON of the API (camelCase) so that a body read from the server and a
model are the same thing. Reading is lenient (LMSes differ); writing (`Score`) is strict.
"""

from __future__ import annotations

import html
import math
import re
from datetime import UTC, datetime
from enum import StrEnum
from html.parser import HTMLParser
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from gradebook_gui.wording import QT_TRANSLATE_NOOP


class PlatformFamily(StrEnum):
    """The LMS behind an LTIAAS connection; some of its habits change what the app sends."""

    canvas = "canvas"
    moodle = "moodle"
    blackboard = "blackboard"
    d2l = "d2l"
    sakai = "sakai"
    unknown = "unknown"

    @classmethod
    def from_product_code(cls, code: str | None) -> PlatformFamily:
        """Map idtoken's `platform.productFamilyCode` ("BlackboardLearn", "desire2learn"...)."""
        if not code:
            return cls.unknown
        return _PRODUCT_CODES.get(code.strip().lower(), cls.unknown)

    @property
    def display_name(self) -> str | None:
        """The LMS as its users name it; None for a family the app does not know."""
        return _DISPLAY_NAMES.get(self)

    @property
    def sends_page_limit(self) -> bool:
        """Moodle loses its `next` link once `limit` is sent, so it is never sent there."""
        return self is not PlatformFamily.moodle

    @property
    def appends_comments(self) -> bool:
        """Canvas adds every comment it receives as a new submission comment."""
        return self is PlatformFamily.canvas


_DISPLAY_NAMES: dict[PlatformFamily, str] = {
    PlatformFamily.canvas: "Canvas",
    PlatformFamily.moodle: "Moodle",
    PlatformFamily.blackboard: "Blackboard Learn",
    PlatformFamily.d2l: "D2L Brightspace",
    PlatformFamily.sakai: "Sakai",
}

_PRODUCT_CODES: dict[str, PlatformFamily] = {
    "canvas": PlatformFamily.canvas,
    "moodle": PlatformFamily.moodle,
    "blackboardlearn": PlatformFamily.blackboard,
    "blackboard": PlatformFamily.blackboard,
    "desire2learn": PlatformFamily.d2l,
    "d2l": PlatformFamily.d2l,
    "sakai": PlatformFamily.sakai,
}


def _number_to_text(value: Any) -> Any:
    """Some LMSes send user ids as JSON numbers; ids are opaque text everywhere else."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


LmsId = Annotated[str, BeforeValidator(_number_to_text)]
LmsUserId = Annotated[str, BeforeValidator(_number_to_text), Field(min_length=1)]
OptionalLmsId = Annotated[str | None, BeforeValidator(_number_to_text)]


class _HtmlTextExtractor(HTMLParser):
    """Collects the text a browser would show, with line breaks where blocks end."""

    _BREAKING_TAGS = frozenset(
        {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []

    def handle_data(self, data: str) -> None:
        # Inside HTML any run of whitespace displays as one space.
        self._parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKING_TAGS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKING_TAGS and tag != "br":
            self._parts.append("\n")

    def text(self) -> str:
        return "".join(self._parts)


_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>|<!--")


def visible_text(text: str) -> str:
    """What a person sees of a comment that may be HTML: tags gone, entities decoded, trimmed.

    Used on both sides of a comparison (what was sent, what the LMS shows now) so that an LMS
    wrapping a plain comment in `<p>` still counts as the same comment.
    """
    if _HTML_TAG.search(text):
        extractor = _HtmlTextExtractor()
        extractor.feed(text)
        extractor.close()
        text = extractor.text()
    else:
        text = html.unescape(text)
    return tidy_lines(text)


def tidy_lines(text: str) -> str:
    """`text` with its lines trimmed and blank lines dropped, as `visible_text` leaves them.

    Blank lines are dropped: LMSes turn line breaks into paragraphs and back inconsistently.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


# The model's own validation messages, which the window shows translated in the context
# "models" (pydantic's messages keep their English).
BLANK_LABEL = QT_TRANSLATE_NOOP("models", "A grade column needs a name.")


class _LineItemFields(BaseModel):
    """Fields shared by a line item and the draft that creates one."""

    # Extension keys (full URLs) are kept: a PUT is a full replacement and would drop them.
    model_config = ConfigDict(frozen=True, extra="allow")

    label: str
    scoreMaximum: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    resourceLinkId: str | None = None
    resourceId: str | None = None
    tag: str | None = None
    # Kept as the LMS wrote them so that a replacement sends them back unchanged.
    startDateTime: str | None = None
    endDateTime: str | None = None
    gradesReleased: bool | None = None

    @field_validator("label")
    @classmethod
    def _label_not_blank(cls, label: str) -> str:
        if not label.strip():
            raise PydanticCustomError("label_blank", BLANK_LABEL)
        return label

    def _body(self) -> dict[str, Any]:
        # Absent (None) fields stay absent; extension keys are kept whatever their value.
        body = self.model_dump(mode="json")
        extras = set(self.model_extra or {})
        return {key: value for key, value in body.items() if value is not None or key in extras}


class LineItemDraft(_LineItemFields):
    """A grade column to create (POST): the server assigns the id."""

    def to_post_body(self) -> dict[str, Any]:
        return self._body()


class LineItem(_LineItemFields):
    """A grade column of the LMS gradebook; its id is an opaque LMS URL."""

    id: str = Field(min_length=1)

    def to_put_body(self) -> dict[str, Any]:
        """The full body for a PUT, which replaces the line item: every field, extensions kept."""
        return self._body()


class Result(BaseModel):
    """A grade as the LMS holds it now (read-only)."""

    model_config = ConfigDict(frozen=True, extra="allow")

    id: LmsId
    scoreOf: LmsId
    userId: LmsUserId
    resultScore: Annotated[float | None, Field(allow_inf_nan=False)] = None
    resultMaximum: Annotated[float, Field(allow_inf_nan=False)] = 1.0
    comment: str | None = None

    @field_validator("resultMaximum", mode="before")
    @classmethod
    def _missing_maximum_is_one(cls, value: Any) -> Any:
        # AGS: without resultMaximum the score is on a scale of 1.
        return 1.0 if value is None else value

    @property
    def fraction(self) -> float | None:
        """The score as a fraction of its own maximum, or None when there is no score."""
        if self.resultScore is None or self.resultMaximum <= 0:
            return None
        return self.resultScore / self.resultMaximum

    def score_on_scale(self, maximum: float) -> float | None:
        """The score on another scale, typically the line item's `scoreMaximum`."""
        fraction = self.fraction
        return None if fraction is None else fraction * maximum

    @property
    def comment_text(self) -> str:
        """The comment as a person sees it ("" when there is none)."""
        return visible_text(self.comment) if self.comment else ""


_LEARNER_ROLE = "Learner"


def is_learner_role(role: str) -> bool:
    """Roles come as short names or full IMS URIs: match the suffix."""
    return role == _LEARNER_ROLE or role.endswith(("#" + _LEARNER_ROLE, "/" + _LEARNER_ROLE))


class Member(BaseModel):
    """A course member from the roster (memberships); the roster lists every student."""

    model_config = ConfigDict(frozen=True, extra="allow")

    userId: LmsUserId
    roles: tuple[str, ...] = ()
    name: str | None = None
    email: str | None = None
    givenName: str | None = None
    familyName: str | None = None
    status: str | None = None

    @property
    def is_learner(self) -> bool:
        return any(is_learner_role(role) for role in self.roles)

    @property
    def display_name(self) -> str:
        if self.name and self.name.strip():
            return self.name.strip()
        parts = [part.strip() for part in (self.givenName, self.familyName) if part]
        full_name = " ".join(part for part in parts if part)
        return full_name or self.userId


class _Lenient(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")


class IdTokenUser(_Lenient):
    id: OptionalLmsId = None
    roles: tuple[str, ...] = ()
    name: str | None = None
    email: str | None = None
    givenName: str | None = None
    familyName: str | None = None


class IdTokenPlatform(_Lenient):
    id: str | None = None
    name: str | None = None
    productFamilyCode: str | None = None


class LaunchContext(_Lenient):
    id: str | None = None
    label: str | None = None
    title: str | None = None


class ResourceLink(_Lenient):
    id: str | None = None
    title: str | None = None


class IdTokenLaunch(_Lenient):
    type: str | None = None
    context: LaunchContext | None = None
    resourceLink: ResourceLink | None = None
    custom: dict[str, Any] = Field(default_factory=dict)


class AssignmentAndGradesService(_Lenient):
    available: bool = False
    lineItemId: str | None = None


class NamesAndRolesService(_Lenient):
    available: bool = False


class IdTokenServices(_Lenient):
    assignmentAndGrades: AssignmentAndGradesService = AssignmentAndGradesService()
    namesAndRoles: NamesAndRolesService = NamesAndRolesService()
    # A secret: kept out of repr so that logging the token never leaks it.
    serviceKey: str | None = Field(default=None, repr=False)


class IdToken(_Lenient):
    """What LTIAAS knows about the LMS launch behind an ltik."""

    user: IdTokenUser = IdTokenUser()
    platform: IdTokenPlatform = IdTokenPlatform()
    launch: IdTokenLaunch = IdTokenLaunch()
    services: IdTokenServices = IdTokenServices()
    ltiVersion: str | None = None

    @property
    def platform_family(self) -> PlatformFamily:
        return PlatformFamily.from_product_code(self.platform.productFamilyCode)

    @property
    def service_key(self) -> str | None:
        return self.services.serviceKey or None

    @property
    def grades_available(self) -> bool:
        return self.services.assignmentAndGrades.available

    @property
    def course_title(self) -> str | None:
        context = self.launch.context
        if context is None:
            return None
        return context.title or context.label or None


class ActivityProgress(StrEnum):
    # AGS spells it Initialized; one LTIAAS page says "Initiated", which the LMS would refuse.
    Initialized = "Initialized"
    Started = "Started"
    InProgress = "InProgress"
    Submitted = "Submitted"
    Completed = "Completed"


class GradingProgress(StrEnum):
    FullyGraded = "FullyGraded"
    Pending = "Pending"
    PendingManual = "PendingManual"
    Failed = "Failed"
    NotReady = "NotReady"


def _refuse_non_numbers(value: Any) -> Any:
    # A bool is an int to Python, never a score.
    if isinstance(value, bool):
        raise PydanticCustomError("not_a_number", "Enter a number.")
    return value


ScoreNumber = Annotated[float | None, BeforeValidator(_refuse_non_numbers)]


class Score(BaseModel):
    """A grade to send (the POST body): validated so that the LMS never receives nonsense."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    userId: str
    activityProgress: ActivityProgress = ActivityProgress.Completed
    gradingProgress: GradingProgress = GradingProgress.FullyGraded
    scoreGiven: ScoreNumber = None
    # Validated even when omitted: it becomes required as soon as scoreGiven is present.
    scoreMaximum: ScoreNumber = Field(default=None, validate_default=True)
    comment: str | None = None
    timestamp: AwareDatetime

    @field_validator("userId")
    @classmethod
    def _user_id_present(cls, user_id: str) -> str:
        if not user_id.strip():
            raise PydanticCustomError("user_id_blank", "A score needs the student's LMS user id.")
        return user_id

    @field_validator("scoreGiven")
    @classmethod
    def _score_given_valid(cls, score: float | None) -> float | None:
        if score is None:
            return None
        if not math.isfinite(score):
            raise PydanticCustomError("score_not_finite", "The score must be an ordinary number.")
        if score < 0:
            raise PydanticCustomError("score_negative", "The score cannot be negative.")
        return score

    @field_validator("scoreMaximum")
    @classmethod
    def _score_maximum_valid(cls, maximum: float | None, info: ValidationInfo) -> float | None:
        if maximum is None:
            if info.data.get("scoreGiven") is not None:
                raise PydanticCustomError(
                    "score_maximum_missing", "A score needs the maximum it is out of."
                )
            return None
        if not math.isfinite(maximum):
            raise PydanticCustomError(
                "score_maximum_not_finite", "The maximum must be an ordinary number."
            )
        if maximum <= 0:
            raise PydanticCustomError(
                "score_maximum_not_positive", "The maximum must be greater than 0."
            )
        return maximum

    @property
    def clears_grade(self) -> bool:
        """Canvas and Moodle clear the grade for a score without a value or not FullyGraded."""
        return self.scoreGiven is None or self.gradingProgress is not GradingProgress.FullyGraded

    def to_payload(self) -> dict[str, Any]:
        """The JSON body: absent fields are left out (an explicit null would mean something)."""
        payload: dict[str, Any] = {
            "userId": self.userId,
            "activityProgress": self.activityProgress.value,
            "gradingProgress": self.gradingProgress.value,
        }
        if self.scoreGiven is not None:
            payload["scoreGiven"] = self.scoreGiven
        if self.scoreMaximum is not None:
            payload["scoreMaximum"] = self.scoreMaximum
        if self.comment is not None:
            payload["comment"] = self.comment
        payload["timestamp"] = format_timestamp(self.timestamp)
        return payload


def format_timestamp(moment: datetime) -> str:
    """AGS timestamp: UTC with milliseconds and Z, e.g. 2026-11-26T14:03:07.123Z."""
    utc = moment.astimezone(UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"
