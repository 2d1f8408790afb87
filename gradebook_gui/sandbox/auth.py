"""Demo credentials and the two LTIAAS authorization schemes (ltik and service key)."""

from __future__ import annotations

import hashlib
import hmac
import threading
from dataclasses import dataclass

LTIK_SCHEME = "LTIK-AUTH-V2"
SERVICE_KEY_SCHEME = "SERVICE-AUTH-V1"
ANY_GRADE_SCHEME = frozenset({LTIK_SCHEME, SERVICE_KEY_SCHEME})
LTIK_ONLY = frozenset({LTIK_SCHEME})


@dataclass(frozen=True)
class Credentials:
    """Demo secrets: derived from the seed so a restarted sandbox accepts the same ones."""

    api_key: str
    ltik: str
    service_key: str


@dataclass(frozen=True)
class AuthorizationHeader:
    scheme: str
    api_key: str
    secret: str


@dataclass(frozen=True)
class AuthFailure:
    message: str
    description: str


INVALID_LTIK = AuthFailure("INVALID_LTIK_AUTH_AUTHORIZATION_HEADER", "Invalid or expired ltik.")
INVALID_SERVICE_KEY = AuthFailure(
    "INVALID_SERVICE_KEY_AUTH_AUTHORIZATION_HEADER", "Invalid or expired service key."
)


def parse_authorization(value: str | None) -> AuthorizationHeader | None:
    """`<SCHEME> <API_KEY>:<SECRET>`, or None when the header does not have that shape."""
    if not value:
        return None
    scheme, _, credentials = value.strip().partition(" ")
    api_key, separator, secret = credentials.strip().partition(":")
    if not separator or not api_key or not secret:
        return None
    return AuthorizationHeader(scheme, api_key, secret)


def _demo_secret(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256(":".join(str(part) for part in parts).encode()).hexdigest()
    return f"{prefix}-{digest[:32]}"


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


class Authenticator:
    """Knows which ltiks and service keys are valid; thread-safe (tests expire them mid-run)."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self._generation = 0
        self._api_key = _demo_secret("sandbox-api-key", "sandbox", seed, "api-key")
        self._valid_ltiks: set[str] = set()
        self._valid_service_keys: set[str] = set()
        self._current = self._issue_locked()

    @property
    def current(self) -> Credentials:
        with self._lock:
            return self._current

    def issue(self) -> Credentials:
        """A new ltik and service key, as after a fresh launch; the API key stays the same."""
        with self._lock:
            self._generation += 1
            self._current = self._issue_locked()
            return self._current

    def expire(self) -> None:
        """Every ltik and service key issued so far stops working."""
        with self._lock:
            self._valid_ltiks.clear()
            self._valid_service_keys.clear()

    def check(self, header_value: str | None, schemes: frozenset[str]) -> AuthFailure | None:
        header = parse_authorization(header_value)
        if header is None or header.scheme not in schemes:
            return INVALID_LTIK
        failure = INVALID_LTIK if header.scheme == LTIK_SCHEME else INVALID_SERVICE_KEY
        with self._lock:
            valid = self._valid_ltiks if header.scheme == LTIK_SCHEME else self._valid_service_keys
            known_secret = any(_same(header.secret, secret) for secret in valid)
            right_account = _same(header.api_key, self._api_key)
        return None if known_secret and right_account else failure

    def _issue_locked(self) -> Credentials:
        credentials = Credentials(
            api_key=self._api_key,
            ltik=_demo_secret("sandbox-ltik", "sandbox", self._seed, "ltik", self._generation),
            service_key=_demo_secret(
                "sandbox-service-key", "sandbox", self._seed, "service-key", self._generation
            ),
        )
        self._valid_ltiks.add(credentials.ltik)
        self._valid_service_keys.add(credentials.service_key)
        return credentials
