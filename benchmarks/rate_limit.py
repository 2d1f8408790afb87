"""Submitting under a platform rate limit: how close the engine settles to the allowed rate.

The sandbox runs with `--rate-limit 40` (a token bucket per API key in which every request
counts, answered 429 with Retry-After when empty) and 10 ms latency; the engine sends 600 grades
at concurrency 8 and has to find the allowed rate by itself, since no limit is announced.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import Measurement, external_sandbox
from benchmarks.submit import CONNECTION_KEY, count_lost, download, queue_edits
from gradebook_gui.api import LtiaasClient
from gradebook_gui.engine import EngineOptions, SubmissionEngine
from gradebook_gui.store import GradeStore

RATE_LIMIT = 40
LATENCY_MS = 10
CONCURRENCY = 8
RATE_TARGET_SHARE = 0.8
REFUSED_TARGET_SHARE = 0.1
# The set-up's own requests (roster, results) empty the bucket; it is full again after this.
BUCKET_REFILL_SECONDS = 1.5


def run(quick: bool = False) -> list[Measurement]:
    grades = 200 if quick else 600
    arguments = (
        "--students",
        str(grades),
        "--latency-ms",
        str(LATENCY_MS),
        "--rate-limit",
        str(RATE_LIMIT),
        "--seed",
        "1",
    )
    with (
        external_sandbox(*arguments) as sandbox,
        LtiaasClient(sandbox.base_url, sandbox.credentials) as client,
        tempfile.TemporaryDirectory() as folder,
        GradeStore.open(Path(folder) / "gradebook.sqlite3") as store,
    ):
        client.learn_platform()
        course = download(client, sandbox.first_line_item_id, grades)
        queue_edits(store, course)
        engine = SubmissionEngine(
            client,
            store,
            CONNECTION_KEY,
            course.line_item,
            options=EngineOptions(concurrency=CONCURRENCY),
        )
        time.sleep(BUCKET_REFILL_SECONDS)
        sandbox.admin.clear_requests()
        started = time.monotonic()
        report = engine.run()
        elapsed = time.monotonic() - started
        requests = sandbox.admin.requests()
        lost = count_lost(sandbox.admin.results(course.line_item.id), course.edits)
    refused = sum(1 for request in requests if request["status"] == 429)
    answered = len(requests) - refused
    grades_per_second = len(report.verified) / elapsed
    answered_per_second = answered / elapsed
    refused_share = refused / len(requests)
    least_rate = RATE_TARGET_SHARE * RATE_LIMIT
    name = (
        f"submit {grades} grades under a limit of {RATE_LIMIT}/s, {LATENCY_MS} ms latency, "
        f"concurrency {CONCURRENCY}"
    )
    return [
        Measurement(name, "elapsed", elapsed, "s"),
        Measurement(
            name,
            "requests answered per second (every request counts)",
            answered_per_second,
            "req/s",
            f">= {least_rate:g} (80% of {RATE_LIMIT})",
            answered_per_second >= least_rate,
        ),
        Measurement(
            name,
            "grades verified per second",
            grades_per_second,
            "grades/s",
            f">= {least_rate:g}",
            grades_per_second >= least_rate,
        ),
        Measurement(
            name,
            "requests refused with 429",
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
