"""Shared pieces for driving the client against httpx.MockTransport."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import httpx

from gradebook_gui.api import LtiaasClient

# Obviously fake secrets: long enough to be redacted, never real-looking.
API_KEY = "fake-api-key-0000"
LTIK = "fake-ltik-0000"
SERVICE_KEY = "fake-service-key-0000"
BASE_URL = "https://account.ltiaas.example"

Handler = Callable[[httpx.Request], httpx.Response]


class RecordingTransport(httpx.MockTransport):
    """A MockTransport that keeps every request it saw (thread-safe)."""

    def __init__(self, handler: Handler) -> None:
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

        def record_then_answer(request: httpx.Request) -> httpx.Response:
            with self._lock:
                self.requests.append(request)
            return handler(request)

        super().__init__(record_then_answer)


def envelope(status: int, error: str, **details: Any) -> dict[str, Any]:
    """LTIAAS's error body."""
    return {"status": status, "error": error, "details": details}


def relayed(status: int, body_received: Any, **details: Any) -> dict[str, Any]:
    """An LTIAAS envelope relaying the LMS's own answer."""
    return envelope(
        status,
        "Bad Request" if status == 400 else "Error",
        message="LMS_ERROR",
        externalError=True,
        externalUrl="https://lms.example/api/lti/courses/1/line_items/7/scores",
        bodyReceived=body_received,
        **details,
    )


def json_body(request: httpx.Request) -> Any:
    return json.loads(request.content)


ClientFactory = Callable[..., tuple[LtiaasClient, "RecordingTransport"]]
