"""Loading one line item's results and roster through the client, as the window and
`gradebook results` do.

The floor is the number of pages of the longer stream (at 100 per page) times what a page takes
(the latency, plus the page cost on an LTIAAS-like server): roster and results are fetched side
by side and each page's link to the next comes with it, so a client cannot do better.

The course is loaded a few times on one connection; the fastest load is the figure (others on a
shared machine only ever slow a load down), and the slowest is reported beside it. Beside them,
how long the server took over a page, from the request's arrival to its answer, shows what of
the rest is the server's and what the client's.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from benchmarks.common import Measurement, SandboxAdmin, external_sandbox
from benchmarks.submit import OUR_SANDBOX, SERVERS, Server
from gradebook_gui.api import LtiaasClient
from gradebook_gui.models import Member, Result

LATENCY_MS = 20
RATIO_TARGET = 1.25
LOADS = 3
# A server that answers the whole list at once has no pages to overlap: not measured here.
PAGED_SERVERS = tuple(server for server in SERVERS if server.page_size is not None)


def run(quick: bool = False) -> list[Measurement]:
    students = 1_000 if quick else 10_000
    found: list[Measurement] = []
    for server in PAGED_SERVERS:
        found.extend(load(students, server))
    return found


def load(students: int, server: Server = OUR_SANDBOX) -> list[Measurement]:
    arguments = (
        "--students",
        str(students),
        "--latency-ms",
        str(LATENCY_MS),
        "--seed",
        "1",
        "--platform",
        server.platform,
        "--page-latency-ms",
        str(server.page_latency_ms),
    )
    with external_sandbox(*arguments) as sandbox:
        line_item_id = sandbox.first_line_item_id
        with LtiaasClient(sandbox.base_url, sandbox.credentials) as client:
            client.learn_platform()
            loads = [_load_once(client, sandbox.admin, line_item_id) for _ in range(LOADS)]
    results, members = loads[0].results, loads[0].members
    page = (LATENCY_MS + server.page_latency_ms) / 1000
    floor = max(server.pages(len(members)), server.pages(len(results))) * page
    fastest = min(loads, key=lambda load: load.elapsed)
    elapsed = fastest.elapsed
    ratio = elapsed / floor
    name = f"load {students} learners, {LATENCY_MS} ms latency, {server.label}"
    return [
        Measurement(name, f"elapsed (fastest of {LOADS})", elapsed, "s"),
        Measurement(name, "floor (longer stream's pages x a page's time)", floor, "s"),
        Measurement(
            name, "elapsed / floor", ratio, "x", f"<= {RATIO_TARGET:g}", ratio <= RATIO_TARGET
        ),
        Measurement(
            name, f"slowest of {LOADS} / floor", max(load.elapsed for load in loads) / floor, "x"
        ),
        Measurement(name, "first rows shown after", fastest.first_rows_at / page, "pages"),
        Measurement(
            name,
            "a page on the server, arrival to answer (median, fastest load) / a page's time",
            fastest.server_page / page,
            "x",
        ),
    ]


@dataclass(frozen=True)
class Load:
    elapsed: float
    first_rows_at: float
    results: list[Result]
    members: list[Member]
    server_page: float  # the median time a page took on the server, in seconds


def _load_once(client: LtiaasClient, admin: SandboxAdmin, line_item_id: str) -> Load:
    admin.clear_requests()
    first_rows_at: list[float] = []
    started = time.perf_counter()

    def on_page(page: object) -> None:
        if not first_rows_at:
            first_rows_at.append(time.perf_counter() - started)

    results, members = client.fetch_results_and_roster(
        line_item_id, on_results_page=on_page, on_members_page=on_page
    )
    elapsed = time.perf_counter() - started
    pages = [request for request in admin.requests() if request["method"] == "GET"]
    server_page = statistics.median(request["ended"] - request["started"] for request in pages)
    return Load(elapsed, first_rows_at[0], results, members, server_page)
