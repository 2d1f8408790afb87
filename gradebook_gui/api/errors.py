"""Typed errors of the LTIAAS client: what failed, why (in the LMS's words), what to do next.

Every error carries the request's method and readable path (never a secret), the HTTP status
when there was one, the LTIAAS error envelope when the body was one, and otherwise the raw body.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from gradebook_gui.models import visible_text
from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Wording

# Long LMS bodies (HTML error pages) are cut to what fits in a message.
_REASON_MAX_CHARS = 500


class ErrorDetails(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")

    message: str | None = None
    description: str | None = None
    code: str | int | None = None
    errors: tuple[Any, ...] = ()
    externalError: bool = False
    externalUrl: str | None = None
    bodyReceived: Any = None
    bodySent: Any = None


class ErrorEnvelope(BaseModel):
    """LTIAAS's error body: `{status, error, details}`."""

    model_config = ConfigDict(frozen=True, extra="allow")

    status: int | None = None
    error: str | None = None
    details: ErrorDetails = ErrorDetails()

    @field_validator("details", mode="before")
    @classmethod
    def _text_details(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"message": value}
        return {} if value is None else value

    @property
    def relayed_from_lms(self) -> bool:
        return self.details.externalError

    @classmethod
    def parse(cls, body: Any) -> ErrorEnvelope | None:
        """The envelope, or None when the body is something else (a proxy page, an LMS body)."""
        if not isinstance(body, dict) or "error" not in body:
            return None
        if "status" not in body and "details" not in body:
            return None
        try:
            return cls.model_validate(body)
        except ValidationError:
            return None


def _shorten(text: str) -> str:
    text = text.strip()
    if len(text) <= _REASON_MAX_CHARS:
        return text
    return text[: _REASON_MAX_CHARS - 1].rstrip() + "…"


def _quoted(source: str, text: str) -> str:
    return f"{source} “{_shorten(text).rstrip('.')}”"


_REASON_KEYS = (
    "message",
    "errors",
    "error_description",
    "error",
    "detail",
    "reason",
    "description",
)


def _reasons_in(value: Any) -> list[str]:
    """Readable reasons found in an LMS body, whatever its shape."""
    if value is None:
        return []
    if isinstance(value, str):
        stripped = value.strip()
        if stripped[:1] in ("{", "[", '"'):
            try:
                return _reasons_in(json.loads(stripped))
            except ValueError:
                pass
        text = visible_text(stripped)
        return [text] if text else []
    if isinstance(value, list | tuple):
        return [reason for item in value for reason in _reasons_in(item)]
    if isinstance(value, dict):
        # Canvas: {"errors": [{"message": ...}]} or {"errors": {"message": ...}};
        # Moodle: {"exception": ..., "errorcode": ..., "message": ...}; others: error/detail.
        for key in _REASON_KEYS:
            reasons = _reasons_in(value.get(key))
            if reasons:
                return reasons
        return [json.dumps(value, ensure_ascii=False)] if value else []
    return [str(value)]


def lms_reason_from(body_received: Any) -> str | None:
    """The LMS's own reason from `details.bodyReceived`, as text a person can read."""
    reasons = list(dict.fromkeys(_reasons_in(body_received)))
    return _shorten("; ".join(reasons)) if reasons else None


# Delta-seconds, also as a server may misspell it: "1.5", "1e9".
_DELTA_SECONDS = re.compile(r"\d+(\.\d+)?([eE][+-]?\d+)?")


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """`Retry-After` in seconds from `now`: delta-seconds or an HTTP date; None if unusable.

    A huge value is returned as it is (possibly inf): whoever waits decides what is too long."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if _DELTA_SECONDS.fullmatch(value):
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max((moment - now).total_seconds(), 0.0)


_CENTURY = 100 * 365 * 86400.0


# One and many of each unit a wait is said in, whole words so that translators give each unit
# its own plural forms.
_UNITS = {
    "second": (
        QT_TRANSLATE_NOOP("errors", "{count} second"),
        QT_TRANSLATE_N_NOOP("errors", "{count} seconds"),
    ),
    "minute": (
        QT_TRANSLATE_NOOP("errors", "{count} minute"),
        QT_TRANSLATE_N_NOOP("errors", "{count} minutes"),
    ),
    "hour": (
        QT_TRANSLATE_NOOP("errors", "{count} hour"),
        QT_TRANSLATE_N_NOOP("errors", "{count} hours"),
    ),
    "day": (
        QT_TRANSLATE_NOOP("errors", "{count} day"),
        QT_TRANSLATE_N_NOOP("errors", "{count} days"),
    ),
}


def describe_duration(seconds: float) -> Wording:
    """A wait in words, rounded the way a person would say it: "45 seconds", "58 minutes".

    `str()` is the English (the command line, the logs); a sentence that names the wait holds
    it as a value, so the window translates both."""
    seconds = max(seconds, 0.0)
    if seconds >= _CENTURY:
        return Wording("errors", QT_TRANSLATE_NOOP("errors", "more than 100 years"))
    if seconds < 90:
        count, unit = max(1, round(seconds)), "second"
    elif seconds < 59.5 * 60:
        count, unit = round(seconds / 60), "minute"
    elif seconds < 48 * 3600:
        count, unit = round(seconds / 3600), "hour"
    else:
        count, unit = round(seconds / 86400), "day"
    one, many = _UNITS[unit]
    # The English count is grouped ("11,574 days"); the window writes it in its locale's digits.
    return Wording("errors", one, {"count": f"{count:,}"}, many, count)


def wait_too_long_text(wait_seconds: float, max_wait: float) -> str:
    return (
        f"the LMS asked us to wait {describe_duration(wait_seconds)}, longer than the "
        f"{describe_duration(max_wait)} this app waits at most"
    )


class _Advisor:
    """Who words the next step that ends an error's message, when not the error itself."""

    def __init__(self) -> None:
        self.advise: Callable[[ApiError], str | None] | None = None


# Process-wide, not per thread: the sending engine's worker threads put the messages of the
# errors they meet into its report.
_ADVISOR = _Advisor()
_ADVISOR_LOCK = threading.Lock()


@contextmanager
def next_steps_from(advise: Callable[[ApiError], str | None]) -> Iterator[None]:
    """While inside, an error's message ends with `advise(error)` instead of its own next step
    (its own where that gives None): the command line names its commands where the window's
    advice names the window's controls. The window never enters this."""
    with _ADVISOR_LOCK:
        earlier, _ADVISOR.advise = _ADVISOR.advise, advise
    try:
        yield
    finally:
        with _ADVISOR_LOCK:
            _ADVISOR.advise = earlier


class ApiError(Exception):
    """Root of every error the client raises; `str()` is the message for the user."""

    advice: ClassVar[str] = "Try again; if it keeps failing, copy the details for support."

    def __init__(
        self,
        action: str,
        *,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
        envelope: ErrorEnvelope | None = None,
        raw_body: str | None = None,
        explanation: str | None = None,
    ) -> None:
        self.action = action
        self.method = method
        self.path = path
        self.status = status
        self.envelope = envelope
        self.raw_body = raw_body
        self.lms_reason = (
            lms_reason_from(envelope.details.bodyReceived) if envelope is not None else None
        )
        # For failures without a server answer (network, configuration): the plain-words cause.
        self.explanation = explanation
        super().__init__(self.user_message)

    @property
    def relayed_from_lms(self) -> bool:
        return self.envelope is not None and self.envelope.relayed_from_lms

    @property
    def reason(self) -> str | None:
        """Why it failed, in the words of whoever refused: the LMS, LTIAAS, or the raw body."""
        if self.lms_reason:
            return _quoted("the LMS said", self.lms_reason)
        if self.envelope is not None:
            details = self.envelope.details
            parts = [details.description or details.message or self.envelope.error or ""]
            parts += _reasons_in(list(details.errors))
            text = "; ".join(dict.fromkeys(part.strip() for part in parts if part.strip()))
            if text:
                source = "the LMS said" if self.relayed_from_lms else "LTIAAS said"
                return _quoted(source, text)
        if self.raw_body and self.raw_body.strip():
            return _quoted("the server answered", visible_text(self.raw_body))
        return self.explanation

    @property
    def next_step(self) -> str:
        """What the person can do about it."""
        return self.advice

    @property
    def headline(self) -> str:
        """What failed and why, without what to do about it."""
        headline = f"{self.action} failed"
        if self.status is not None:
            headline += f" (HTTP {self.status})"
        reason = self.reason
        if reason:
            headline += f": {reason}"
        return headline

    def message_with(self, next_step: str) -> str:
        """The message with another next step: the command line advises what a terminal user
        can do, where the window's advice names its own controls."""
        return f"{self.headline}. {next_step}"

    @property
    def user_message(self) -> str:
        advise = _ADVISOR.advise
        chosen = advise(self) if advise is not None else None
        return self.message_with(self.next_step if chosen is None else chosen)

    def __str__(self) -> str:
        return self.user_message


class ConfigError(ApiError):
    """The connection settings cannot work (bad base URL, missing ltik, a redirect)."""

    advice = "Check the connection settings."


class InsecureUrlError(ConfigError):
    """Credentials would travel unencrypted or to another host than the configured one."""

    advice = (
        "Use the https:// address of your LTIAAS account (plain http only works for this "
        "computer's own test server)."
    )


class AuthError(ApiError):
    """The credentials were refused: LTIAAS's own 401, or a 401 from whatever stands in front
    of it (an HTML page), never one relayed from the LMS."""

    advice = (
        "Sign in again: launch the tool from the LMS once more for a new launch token (an ltik "
        "expires after 24 hours), and check the API key and service key of the connection."
    )


class NotFoundError(ApiError):
    advice = "It may have been deleted in the LMS; reload and try again."


class LmsRefusedError(ApiError):
    """A final refusal of this one request (validation, unknown student, LMS 4xx)."""

    advice = "Correct the request (for example the student or the value) before sending again."

    @property
    def next_step(self) -> str:
        if self.status in (401, 403):
            return (
                "The LMS did not allow this; check in the LMS that the tool may change this "
                "course's gradebook (some columns can only be changed in the LMS itself)."
            )
        return self.advice


class TimestampRefusedError(LmsRefusedError):
    """The LMS holds a newer grade than the one sent (Canvas 400, Moodle 409)."""

    advice = "The LMS has a newer grade for this student; reload the grades before sending again."


class RateLimitedError(ApiError):
    """The server asked to slow down; nothing was applied, so sending again later is safe."""

    def __init__(self, action: str, *, retry_after: float | None = None, **fields: Any) -> None:
        self.retry_after = retry_after
        super().__init__(action, **fields)

    @property
    def next_step(self) -> str:
        if self.retry_after is None:
            return "The server is busy; try again in a moment."
        return f"The server is busy; try again in {describe_duration(self.retry_after)}."


class ServerError(ApiError):
    @property
    def outcome_unknown(self) -> bool:
        """500/502/504 can happen after the change was applied."""
        return self.status in (500, 502, 504)

    @property
    def next_step(self) -> str:
        if self.outcome_unknown:
            return "The change may or may not have been applied; reload to check before retrying."
        return "The server has a problem; try again later."


class UnexpectedResponseError(ApiError):
    """A success status with a body that is not what the API promises."""

    advice = "Reload to see the current state; if it persists, copy the details for support."


class NetworkError(ApiError):
    """No HTTP answer: the connection failed, timed out or broke."""

    def __init__(
        self, action: str, *, surely_not_sent: bool, unreachable: bool = False, **fields: Any
    ) -> None:
        self.surely_not_sent = surely_not_sent
        # No server answered the connection at all (refused, unknown host): offline, most likely.
        self.unreachable = unreachable
        super().__init__(action, **fields)

    @property
    def next_step(self) -> str:
        if self.surely_not_sent:
            return "Nothing was sent. Check the internet connection and try again."
        return "The request may have reached the server; reload to check before retrying."


class DeadlineExceededError(NetworkError):
    """The answer took longer than the client's total deadline; it was cut off unread.

    The request may have reached the server, so a write's outcome is unknown."""

    def __init__(self, action: str, *, deadline: float, **fields: Any) -> None:
        self.deadline = deadline
        fields.setdefault(
            "explanation", f"the server took more than {describe_duration(deadline)} to answer"
        )
        super().__init__(action, surely_not_sent=False, **fields)


class WaitTooLongError(ApiError):
    """The server asked to wait longer than the app waits at most; nothing was retried."""

    def __init__(self, action: str, *, wait_seconds: float, max_wait: float, **fields: Any):
        self.wait_seconds = wait_seconds
        self.max_wait = max_wait
        super().__init__(action, **fields)

    @property
    def user_message(self) -> str:
        return (
            f"{self.action} stopped: {wait_too_long_text(self.wait_seconds, self.max_wait)}. "
            "Try again later."
        )


class StoppedError(ApiError):
    """The caller stopped (cancel, a run halting) while a request waited to be retried."""

    @property
    def user_message(self) -> str:
        return f"{self.action} was stopped before it finished."


class TlsError(NetworkError):
    """The server's certificate could not be verified."""

    advice = (
        "Certificates are checked against the operating system's trust store. If your campus "
        "network inspects secure connections, ask its IT staff to install their root "
        "certificate in the system's store."
    )

    @property
    def next_step(self) -> str:
        return self.advice


def retryable_read_failure(error: BaseException) -> bool:
    """A read that failed this way may succeed when asked again: no connection, a broken or
    too slow answer, a server error. A certificate refusal is not passing trouble."""
    if isinstance(error, TlsError):
        return False
    return isinstance(error, NetworkError | ServerError)


def outcome_unknown(error: BaseException) -> bool:
    """True when the request may have been applied: settle it by reading back, not resending."""
    if isinstance(error, NetworkError):
        return not error.surely_not_sent
    if isinstance(error, ServerError):
        return error.outcome_unknown
    return False
