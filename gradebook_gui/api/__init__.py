"""The LTIAAS grades API client (plain Python, no Qt)."""

from gradebook_gui.api.client import Credentials, LtiaasClient
from gradebook_gui.api.errors import (
    ApiError,
    AuthError,
    ConfigError,
    InsecureUrlError,
    LmsRefusedError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TimestampRefusedError,
    TlsError,
    UnexpectedResponseError,
    outcome_unknown,
)
from gradebook_gui.api.records import RequestRecord

__all__ = [
    "ApiError",
    "AuthError",
    "ConfigError",
    "Credentials",
    "InsecureUrlError",
    "LmsRefusedError",
    "LtiaasClient",
    "NetworkError",
    "NotFoundError",
    "RateLimitedError",
    "RequestRecord",
    "ServerError",
    "TimestampRefusedError",
    "TlsError",
    "UnexpectedResponseError",
    "outcome_unknown",
]
