"""Submitting under a platform rate limit: how close the engine settles to the allowed rate.

The sandbox runs with `--rate-limit R --rate-burst B` (a token bucket per API key in which every
request counts) and 10 ms latency; the engine sends 600 grades at concurrency 8 and has to find
the allowed rate by itself, since no limit is announced. As in the window and `gradebook submit`,
the column is downloaded first on the same client, and the run starts from the rate that taught
the client's pacing. The matrix crosses buckets that hold one
request, ten, or a second's worth with 20 and 40 requests a second, all answering 429 with
`Retry-After` in whole seconds (rounded up, at least 1: a pause then outlasts a small bucket's
refill), plus a row for Canvas's throttle relayed by LTIAAS (403, no `Retry-After`).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from benchmarks.common import Measurement, external_sandbox
from benchmarks.submit import CONNECTION_KEY, count_lost, download, queue_edits
from gradebook_gui.api import LtiaasClient
from gradebook_gui.api.errors import RateLimitedError
from gradebook_gui.engine import EngineOptions, SubmissionEngine
from gradebook_gui.store import GradeStore

T = TypeVar("T")

LATENCY_MS = 10
CONCURRENCY = 8
RATE_TARGET_SHARE = 0.8
REFUSED_TARGET_SHARE = 0.1
REFUSAL_STATUSES = frozenset({403, 429})
# Without Retry-After the set-up waits this long before asking again.
SETUP_BACKOFF_SECONDS = 1.0


@dataclass(frozen=True)
class Cell:
    rate: int
    burst: int | None  # None: a second's worth, as many as `rate`
    style: str = "ltiaas"

    @property
    def name(self) -> str:
        burst = "= rate" if self.burst is None else str(self.burst)
        limiter = "Canvas 403 quota" if self.style == "canvas" else "429, whole-second Retry-After"
        return f"limit {self.rate}/s, burst {burst}, {limiter}"

    def arguments(self, grades: int) -> tuple[str, ...]:
        arguments = [
            "--students",
            str(grades),
            "--latency-ms",
            str(LATENCY_MS),
            "--rate-limit",
            str(self.rate),
            "--retry-after",
            "whole",
            "--rate-limit-style",
            self.style,
            "--seed",
            "1",
        ]
        if self.burst is not None:
            arguments += ["--rate-burst", str(self.burst)]
        if self.style == "canvas":
            arguments += ["--platform", "canvas"]
        return tuple(arguments)


CELLS = (
    *(Cell(rate, burst) for burst in (1, 10, None) for rate in (20, 40)),
    Cell(40, 10, "canvas"),
)


def run(quick: bool = False) -> list[Measurement]:
    grades = 200 if quick else 600
    cells = CELLS[1::2] if quick else CELLS
    measurements: list[Measurement] = []
    for cell in cells:
        measurements.extend(run_cell(cell, grades))
    return measurements


def patiently(call: Callable[[], T]) -> T:
    """The set-up's own reads, retried when the limiter refuses them."""
    while True:
        try:
            return call()
        except RateLimitedError as error:
            time.sleep(error.retry_after or SETUP_BACKOFF_SECONDS)


def run_cell(cell: Cell, grades: int) -> list[Measurement]:
    with (
        external_sandbox(*cell.arguments(grades)) as sandbox,
        LtiaasClient(sandbox.base_url, sandbox.credentials) as client,
        tempfile.TemporaryDirectory() as folder,
        GradeStore.open(Path(folder) / "gradebook.sqlite3") as store,
    ):
        patiently(client.learn_platform)
        course = patiently(lambda: download(client, sandbox.first_line_item_id, grades))
        queue_edits(store, course)
        engine = SubmissionEngine(
            client,
            store,
            CONNECTION_KEY,
            course.line_item,
            options=EngineOptions(concurrency=CONCURRENCY),
        )
        # The set-up's own requests emptied the bucket; start the run with it full again.
        time.sleep((cell.burst or cell.rate) / cell.rate + 1.0)
        sandbox.admin.clear_requests()
        started = time.monotonic()
        report = engine.run()
        elapsed = time.monotonic() - started
        requests = sandbox.admin.requests()
        lost = count_lost(sandbox.admin.results(course.line_item.id), course.edits)
    refused = sum(1 for request in requests if request["status"] in REFUSAL_STATUSES)
    answered = len(requests) - refused
    achieved_share = answered / elapsed / cell.rate
    refused_share = refused / len(requests)
    name = f"{grades} grades, {cell.name}"
    return [
        Measurement(name, "elapsed", elapsed, "s"),
        Measurement(
            name,
            "requests answered per second, share of the limit (every request counts)",
            achieved_share * 100,
            f"% ({answered / elapsed:.1f} req/s)",
            f">= {RATE_TARGET_SHARE:.0%}",
            achieved_share >= RATE_TARGET_SHARE,
        ),
        Measurement(
            name,
            "requests refused",
            refused_share * 100,
            f"% ({refused} of {len(requests)})",
            f"<= {REFUSED_TARGET_SHARE:.0%}",
            refused_share <= REFUSED_TARGET_SHARE,
        ),
        Measurement(name, "lost (sandbox read back)", lost, "grades", "= 0", lost == 0),
        Measurement(
            name,
            "verified by the engine",
            len(report.verified),
            "grades",
            f"= {grades}",
            len(report.verified) == grades,
        ),
    ]
