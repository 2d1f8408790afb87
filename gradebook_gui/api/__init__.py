"""The LTIAAS grades API client (plain Python, no Qt)."""

from gradebook_gui.api.client import Credentials, LtiaasClient, Pacing
from gradebook_gui.api.errors import (
    ApiError,
    AuthError,
    ConfigError,
    DeadlineExceededError,
    InsecureUrlError,
    LmsRefusedError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    StoppedError,
    TimestampRefusedError,
    TlsError,
    UnexpectedResponseError,
    WaitTooLongError,
    describe_duration,
    outcome_unknown,
)
from gradebook_gui.api.pacing import LearnedLimit
from gradebook_gui.api.records import RequestRecord

__all__ = [
    "ApiError",
    "AuthError",
    "ConfigError",
    "Credentials",
    "DeadlineExceededError",
    "InsecureUrlError",
    "LearnedLimit",
    "LmsRefusedError",
    "LtiaasClient",
    "NetworkError",
    "NotFoundError",
    "Pacing",
    "RateLimitedError",
    "RequestRecord",
    "ServerError",
    "StoppedError",
    "TimestampRefusedError",
    "TlsError",
    "UnexpectedResponseError",
    "WaitTooLongError",
    "describe_duration",
    "outcome_unknown",
]
