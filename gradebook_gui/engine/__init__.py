"""The submission engine (plain Python, no Qt): sends queued grades and verifies them."""

from gradebook_gui.engine.engine import SubmissionEngine
from gradebook_gui.engine.options import (
    MAX_CONCURRENCY,
    ConflictPolicy,
    EngineOptions,
    ProgressEvent,
    StopReason,
    SubmissionReport,
)

__all__ = [
    "MAX_CONCURRENCY",
    "ConflictPolicy",
    "EngineOptions",
    "ProgressEvent",
    "StopReason",
    "SubmissionEngine",
    "SubmissionReport",
]
