"""One line of the request log the window shows: no header, no secret."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RequestRecord:
    started_at: datetime
    method: str
    # Readable: the line item id is shown decoded, query parameters included.
    path: str
    status: int | None
    duration_ms: float
    lms_reason: str | None = None
    error: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.error is None
