"""Loading one line item's results and roster through the client, as the window does.

The floor is the number of pages of the longer stream (at 100 per page) times the latency:
roster and results are fetched side by side, so a client cannot do better.
"""

from __future__ import annotations

import math
import time

from benchmarks.common import Measurement, external_sandbox
from gradebook_gui.api import LtiaasClient

PAGE_SIZE = 100


def run(quick: bool = False) -> list[Measurement]:
    students = 1_000 if quick else 10_000
    latency_ms = 20
    arguments = ("--students", str(students), "--latency-ms", str(latency_ms), "--seed", "1")
    with external_sandbox(*arguments) as sandbox:
        line_item_id = sandbox.first_line_item_id
        first_rows_at: list[float] = []
        with LtiaasClient(sandbox.base_url, sandbox.credentials) as client:
            started = time.perf_counter()

            def on_page(page: object) -> None:
                if not first_rows_at:
                    first_rows_at.append(time.perf_counter() - started)

            results, members = client.fetch_results_and_roster(
                line_item_id, on_results_page=on_page, on_members_page=on_page
            )
            elapsed = time.perf_counter() - started
    roster_pages = math.ceil(len(members) / PAGE_SIZE)
    result_pages = math.ceil(len(results) / PAGE_SIZE)
    floor = max(roster_pages, result_pages) * latency_ms / 1000
    ratio = elapsed / floor
    name = f"load {students} learners, {latency_ms} ms latency, {PAGE_SIZE}/page"
    return [
        Measurement(name, "elapsed", elapsed, "s"),
        Measurement(name, "floor (longer stream's pages x latency)", floor, "s"),
        Measurement(name, "elapsed / floor", ratio, "x", "<= 1.25", ratio <= 1.25),
        Measurement(
            name, "first rows shown after", first_rows_at[0] / (latency_ms / 1000), "round trips"
        ),
    ]
