"""Submitting 1,000 changed scores through the real engine, against the naive loop and the floor.

The engine run is what the window and `gradebook submit` do: the edits are drafted and queued in
a GradeStore (in a temporary folder), then `SubmissionEngine.run()` reads the current grades
(the conflict check), sends at concurrency 8 and reads everything back to verify it. The naive
way is the LTIAAS guide's example: one keep-alive `httpx.Client` posting the same scores one
after the other, and nothing else. Each side gets a fresh sandbox process with the same seed.

The engine runs against several servers, each against the naive loop on the same kind of server:
our sandbox as it is (every answer one latency long), and LTIAAS-like servers whose pages cost
more than a score, as an LMS behind LTIAAS takes longer to gather a page of results than to take
one score: Canvas's shape (pages of 100 with first/last links) and Moodle's (the whole list in
one answer, since Moodle pages only when asked to and loses its links then).

The floor reads and sends one after the other: pre-read pages + scores / concurrency round trips +
read-back pages, each page one latency plus its page cost long.
"""

from __future__ import annotations

import math
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from benchmarks.common import Measurement, external_sandbox
from gradebook_gui.api import LtiaasClient
from gradebook_gui.edits import FRACTION_TOLERANCE, GradeEdit, ServerGrade
from gradebook_gui.engine import EngineOptions, SubmissionEngine, SubmissionReport
from gradebook_gui.models import LineItem
from gradebook_gui.store import GradeStore

LATENCY_MS = 20
CONCURRENCY = 8
PAGE_SIZE = 100
SPEED_UP_TARGET = 6.0
CONNECTION_KEY = "benchmark"
# A RAM filesystem (Linux), to tell the cost of durable commits from the rest.
RAM_DISK = "/dev/shm"


@dataclass(frozen=True)
class Server:
    """A kind of server to submit to: which LMS the sandbox imitates and what a page costs."""

    label: str
    platform: str = "generic"
    page_latency_ms: float = 0.0
    page_size: int | None = PAGE_SIZE  # None: the whole list in one answer

    def arguments(self, students: int) -> tuple[str, ...]:
        return (
            *sandbox_arguments(students),
            "--platform",
            self.platform,
            "--page-latency-ms",
            str(self.page_latency_ms),
        )

    def pages(self, items: int) -> int:
        if self.page_size is None:
            return 1
        return max(1, math.ceil(items / self.page_size))


OUR_SANDBOX = Server("our sandbox")
# What a page costs beyond a score's latency on the LTIAAS-like servers.
PAGE_COST_MS = 50.0
SERVERS = (
    OUR_SANDBOX,
    Server(f"Canvas-like, pages of 100 cost +{PAGE_COST_MS:g} ms", "canvas", PAGE_COST_MS),
    Server(f"Moodle-like, one whole list costs +{PAGE_COST_MS:g} ms", "moodle", PAGE_COST_MS, None),
)


@dataclass(frozen=True)
class Course:
    """The line item to grade, what the LMS held when it was downloaded, and the new scores."""

    line_item: LineItem
    downloaded: dict[str, ServerGrade]
    edits: list[GradeEdit]


@dataclass(frozen=True)
class EngineRun:
    elapsed: float
    report: SubmissionReport
    lost: int
    max_in_flight: int
    max_in_flight_per_user: int
    reads: int
    posts: int
    pre_read_pages: int
    read_back_pages: int
    # From the sandbox's request log (its clock is this machine's monotonic clock): until the
    # first post, from the first post until the last answer, and from then until run() returned.
    before_sends: float
    sends: float
    after_sends: float
    mean_posts_in_flight: float


def sandbox_arguments(students: int) -> tuple[str, ...]:
    return ("--students", str(students), "--latency-ms", str(LATENCY_MS), "--seed", "1")


def new_score(index: int, maximum: float) -> float:
    """A changed score: seeded scores are multiples of 0.5, and this one ends in .25."""
    return index % max(int(maximum) - 1, 1) + 0.25


def new_scores(user_ids: Sequence[str], maximum: float) -> list[GradeEdit]:
    """A changed score for each of these students."""
    return [
        GradeEdit(user_id, new_score(index, maximum), maximum)
        for index, user_id in enumerate(user_ids)
    ]


def count_lost(held: dict[str, dict[str, Any]], edits: Sequence[GradeEdit]) -> int:
    """Edits the LMS does not show; `held` is what the sandbox holds (`SandboxAdmin.results`)."""
    lost = 0
    for edit in edits:
        result = held.get(edit.user_id) or {}
        score, maximum = result.get("resultScore"), result.get("resultMaximum") or 1.0
        wanted = edit.fraction
        if score is None or wanted is None or abs(score / maximum - wanted) > FRACTION_TOLERANCE:
            lost += 1
    return lost


def download(client: LtiaasClient, line_item_id: str, scores: int) -> Course:
    """The line item as the window has it, and a new score for each of `scores` learners."""
    line_item = client.get_line_item(line_item_id)
    learners = [member.userId for member in client.members() if member.is_learner][:scores]
    downloaded = {
        result.userId: ServerGrade.from_result(result) for result in client.results(line_item.id)
    }
    return Course(line_item, downloaded, new_scores(learners, line_item.scoreMaximum))


def queue_edits(store: GradeStore, course: Course) -> None:
    """As the window saves typed scores and then submits them."""
    pairs = [(edit, course.downloaded.get(edit.user_id, ServerGrade())) for edit in course.edits]
    store.apply_edits(CONNECTION_KEY, course.line_item.id, pairs, "Benchmark scores")
    store.queue_drafts(CONNECTION_KEY, course.line_item.id)


def run_engine(
    scores: int, server: Server = OUR_SANDBOX, store_folder: str | None = None
) -> tuple[Course, EngineRun]:
    """One engine run on a fresh sandbox; the store goes in a temporary folder in
    `store_folder` (default: the system's temporary folder)."""
    with (
        external_sandbox(*server.arguments(scores)) as sandbox,
        LtiaasClient(sandbox.base_url, sandbox.credentials) as client,
        tempfile.TemporaryDirectory(dir=store_folder) as folder,
        GradeStore.open(Path(folder) / "gradebook.sqlite3") as store,
    ):
        client.learn_platform()
        course = download(client, sandbox.first_line_item_id, scores)
        queue_edits(store, course)
        engine = SubmissionEngine(
            client,
            store,
            CONNECTION_KEY,
            course.line_item,
            options=EngineOptions(concurrency=CONCURRENCY),
        )
        sandbox.admin.clear_requests()
        started = time.monotonic()
        report = engine.run()
        ended = time.monotonic()
        requests = sandbox.admin.requests()
        posts = [request for request in requests if request["method"] == "POST"]
        first_post = min(request["started"] for request in posts)
        last_answer = max(request["ended"] for request in posts)
        in_flight = sum(request["ended"] - request["started"] for request in posts)
        result = EngineRun(
            elapsed=ended - started,
            report=report,
            lost=count_lost(sandbox.admin.results(course.line_item.id), course.edits),
            max_in_flight=sandbox.admin.max_in_flight(),
            max_in_flight_per_user=sandbox.admin.max_in_flight_per_user(),
            reads=len(requests) - len(posts),
            posts=len(posts),
            pre_read_pages=server.pages(len(course.downloaded)),
            read_back_pages=server.pages(len(sandbox.admin.results(course.line_item.id))),
            before_sends=first_post - started,
            sends=last_answer - first_post,
            after_sends=ended - last_answer,
            mean_posts_in_flight=in_flight / (last_answer - first_post),
        )
    return course, result


def naive_payloads(course: Course) -> list[dict[str, Any]]:
    """The same scores as the engine sends (comment resent, as the spec requires)."""
    payloads = []
    for edit in course.edits:
        payload: dict[str, Any] = {
            "userId": edit.user_id,
            "scoreGiven": edit.score,
            "scoreMaximum": edit.maximum,
            "activityProgress": "Completed",
            "gradingProgress": "FullyGraded",
        }
        comment = course.downloaded.get(edit.user_id, ServerGrade()).comment
        if comment:
            payload["comment"] = comment
        payloads.append(payload)
    return payloads


def run_naive(scores: int, course: Course, server: Server = OUR_SANDBOX) -> tuple[float, int]:
    """(elapsed, lost) for the sequential loop on a fresh sandbox with the same seed."""
    with external_sandbox(*server.arguments(scores)) as sandbox:
        credentials = sandbox.credentials
        headers = {
            "Authorization": f"SERVICE-AUTH-V1 {credentials.api_key}:{credentials.service_key}"
        }
        path = f"/api/lineitems/{quote(course.line_item.id, safe='')}/scores"
        payloads = naive_payloads(course)
        with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=30.0) as http:
            started = time.perf_counter()
            for payload in payloads:
                stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
                response = http.post(
                    path, json=payload | {"timestamp": stamp.replace("+00:00", "Z")}
                )
                response.raise_for_status()
            elapsed = time.perf_counter() - started
        return elapsed, count_lost(sandbox.admin.results(course.line_item.id), course.edits)


def run(quick: bool = False) -> list[Measurement]:
    scores = 200 if quick else 1_000
    found: list[Measurement] = []
    for server in SERVERS:
        course, engine = run_engine(scores, server)
        naive_elapsed, naive_lost = run_naive(scores, course, server)
        found.extend(measurements(scores, server, engine, naive_elapsed, naive_lost))
        if server is OUR_SANDBOX and os.path.isdir(RAM_DISK):
            # The same run with the store's commits on a RAM disk: what durable commits cost.
            _, in_memory = run_engine(scores, server, RAM_DISK)
            found.append(
                Measurement(
                    found[-1].benchmark,
                    f"engine, store on a RAM disk ({RAM_DISK}, no fsync): speed-up",
                    naive_elapsed / in_memory.elapsed,
                    "x",
                )
            )
    return found


def measurements(
    scores: int, server: Server, engine: EngineRun, naive_elapsed: float, naive_lost: int
) -> list[Measurement]:
    name = (
        f"submit {scores} scores, {LATENCY_MS} ms latency, concurrency {CONCURRENCY}, "
        f"{server.label}"
    )
    latency = LATENCY_MS / 1000
    page = (LATENCY_MS + server.page_latency_ms) / 1000
    send_round_trips = math.ceil(scores / CONCURRENCY)
    pages = engine.pre_read_pages + engine.read_back_pages
    floor = pages * page + send_round_trips * latency
    speed_up = naive_elapsed / engine.elapsed
    verified = len(engine.report.verified)
    return [
        Measurement(name, "engine: pre-read, send, read-back", engine.elapsed, "s"),
        Measurement(name, "sequential keep-alive loop, posts only", naive_elapsed, "s"),
        Measurement(
            name,
            "speed-up over the sequential loop",
            speed_up,
            "x",
            f">= {SPEED_UP_TARGET:g}",
            speed_up >= SPEED_UP_TARGET,
        ),
        Measurement(
            name, "verified by the engine", verified, "scores", f"= {scores}", verified == scores
        ),
        Measurement(
            name, "lost (sandbox read back)", engine.lost, "scores", "= 0", engine.lost == 0
        ),
        Measurement(name, "lost by the sequential loop", naive_lost, "scores"),
        Measurement(
            name,
            "most requests in flight",
            engine.max_in_flight,
            "requests",
            f"<= {CONCURRENCY}",
            engine.max_in_flight <= CONCURRENCY,
        ),
        Measurement(
            name,
            "most score posts in flight for one student",
            engine.max_in_flight_per_user,
            "posts",
            "<= 1",
            engine.max_in_flight_per_user <= 1,
        ),
        Measurement(name, "requests: reads (pages)", engine.reads, "requests"),
        Measurement(name, "requests: score posts", engine.posts, "requests"),
        Measurement(
            name,
            f"floor ({engine.pre_read_pages} pages + {send_round_trips} round trips + "
            f"{engine.read_back_pages} pages, a page {page * 1000:g} ms)",
            floor,
            "s",
        ),
        Measurement(name, "engine / floor", engine.elapsed / floor, "x"),
        Measurement(
            name,
            f"before the first post / its floor ({engine.pre_read_pages} pages)",
            engine.before_sends / (engine.pre_read_pages * page),
            "x",
        ),
        Measurement(
            name,
            f"sends / their floor ({send_round_trips} round trips)",
            engine.sends / (send_round_trips * latency),
            "x",
        ),
        Measurement(
            name,
            f"after the last answer / its floor ({engine.read_back_pages} pages)",
            engine.after_sends / (engine.read_back_pages * page),
            "x",
        ),
        Measurement(
            name,
            f"posts in flight on average while sending (of {CONCURRENCY})",
            engine.mean_posts_in_flight,
            "posts",
        ),
    ]
