"""The LTIAAS grades API client: one method per endpoint, pydantic models in and out.

Every GET changes nothing, so a read that meets passing trouble (429, 503, a 403 rate limit, a
server error, a dropped connection, a timeout) is asked again inside the client, paced by a
`Pacing` shared with the rest of the run: `Retry-After` honoured, capped exponential backoff
with jitter otherwise, a bounded number of attempts and a cap on any single wait. Writes (POST,
PUT, DELETE) are never repeated here: whoever sends them decides whether it is safe.

Every request has a total deadline, not only per-read timeouts: an answer still arriving when
it passes is cut off (a read is then asked again; a write's outcome is unknown).

Safe to share between threads: the state is the httpx client (thread-safe), the pacing
(thread-safe), settings fixed at construction, and `platform`, which is replaced as a whole.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import queue
import random
import re
import threading
import time
from collections.abc import Callable, Generator, Iterator, Mapping
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from gradebook_gui import __version__
from gradebook_gui.api.errors import (
    ApiError,
    AuthError,
    ConfigError,
    DeadlineExceededError,
    ErrorEnvelope,
    InsecureUrlError,
    LmsRefusedError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    StoppedError,
    TimestampRefusedError,
    UnexpectedResponseError,
    WaitTooLongError,
    lms_reason_from,
    parse_retry_after,
    retryable_read_failure,
)
from gradebook_gui.api.pacing import LearnedLimit, PacingGate
from gradebook_gui.api.records import RequestRecord
from gradebook_gui.api.transport import (
    create_ssl_context,
    deadline_transport,
    network_error,
    request_deadline,
    same_origin,
    validate_base_url,
)
from gradebook_gui.models import (
    IdToken,
    LineItem,
    LineItemDraft,
    Member,
    PlatformFamily,
    Result,
    Score,
)

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# The longest one request may take from start to last byte, however steadily bytes arrive.
DEFAULT_DEADLINE = 60.0
# The longest single wait the LMS may ask for (Retry-After); a longer one stops the work instead.
DEFAULT_MAX_WAIT = 300.0
# How often one read is asked in all before its failure is passed on...
DEFAULT_READ_ATTEMPTS = 6
# ...but a server that refuses the connection outright is most likely down or the computer
# offline: asked once more only, so that a window shows its offline state at once.
UNREACHABLE_READ_ATTEMPTS = 2
DEFAULT_BACKOFF_BASE = 0.5
DEFAULT_BACKOFF_CAP = 30.0
# Pauses up to this long pass without a word; longer ones are counted down about once a second.
SHOWN_WAIT = 1.0
# Pauses are slept in slices so that a stop or cancel is noticed promptly.
WAIT_SLICE = 0.25
COUNTDOWN_INTERVAL = 1.0
# Items of a page turned into models per pass (a few milliseconds each).
_ITEMS_VALIDATED_AT_ONCE = 500
USER_AGENT = f"gradebook-gui/{__version__}"

# A paging LMS that never stops (new `next` links forever) is a bug, not a huge course.
MAX_PAGES = 10_000
# Shorter strings are not real secrets and replacing them would mangle ordinary text.
_MIN_REDACTED_LENGTH = 8
_RATE_LIMIT_TEXT = re.compile(r"rate[ -]?limit", re.IGNORECASE)
_TIMESTAMP_REFUSAL_TEXT = re.compile(
    r"before last updated timestamp|earlier timestamp", re.IGNORECASE
)

ModelT = TypeVar("ModelT", bound=BaseModel)
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

# Told the seconds left of a pause while it lasts, then 0.0 once requests may start again.
WaitCallback = Callable[[float], None]


def _never() -> bool:
    return False


class Pacing:
    """When the requests of a run may start: the PacingGate's pacing (pauses on "slow down",
    the permitted rate), a backoff for everyone after failures, a cap on any single wait the
    server asks for, and a countdown while a pause lasts.

    Thread-safe. Share one between all requests to one LTIAAS account in a run, reads and writes
    alike; `on_wait` is called from the waiting threads. `senders`: the threads that send through
    it; `learned`: what an earlier pacing found the account to permit, to start from.
    """

    def __init__(
        self,
        *,
        max_wait: float = DEFAULT_MAX_WAIT,
        backoff_base: float = DEFAULT_BACKOFF_BASE,
        backoff_cap: float = DEFAULT_BACKOFF_CAP,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        on_wait: WaitCallback | None = None,
        senders: int = 1,
        learned: LearnedLimit | None = None,
    ) -> None:
        if not max_wait > 0:
            raise ValueError("max_wait must be greater than 0")
        if backoff_base <= 0 or backoff_cap < backoff_base:
            raise ValueError("backoff_base must be > 0 and backoff_cap at least backoff_base")
        self.max_wait = max_wait
        self._clock = clock
        self._sleep = sleep
        self._on_wait = on_wait
        self._gate = PacingGate(
            clock=clock,
            sleep=self._sleep_a_slice,
            backoff_base=backoff_base,
            backoff_cap=backoff_cap,
            rng=rng or random.Random(),
            senders=senders,
            learned=learned,
        )
        self._lock = threading.Lock()
        # No request starts before this: the latest backoff or Retry-After, for everyone.
        self._resume_at = clock()
        self._failures_in_a_row = 0
        self._counting_down = False
        self._last_shown = -math.inf

    @property
    def rate(self) -> float | None:
        """Requests per second the server was found to permit; None while not limited."""
        return self._gate.rate

    @property
    def learned(self) -> LearnedLimit | None:
        """What refusals taught about the account's limit; None while nothing refused."""
        return self._gate.learned

    def adopt(self, learned: LearnedLimit) -> None:
        """Go on from what another run learnt about the same account."""
        self._gate.adopt(learned)

    @property
    def pausing(self) -> bool:
        """A backoff or a wait the server asked for is under way."""
        with self._lock:
            return self._resume_at > self._clock()

    def acquire(self, stopping: Callable[[], bool]) -> int | None:
        """Wait until a request may start; its ticket for `rate_limited`, or None once
        `stopping()` (checked at least four times a second)."""
        try:
            while not stopping():
                with self._lock:
                    left = self._resume_at - self._clock()
                if left <= 0:
                    return self._gate.acquire(stopping)
                self._show_countdown()
                self._sleep_a_slice(min(left, WAIT_SLICE))
            return None
        finally:
            self._wait_over(stopped=stopping())

    def accepted(self) -> None:
        """The server answered (whatever it said) without asking to slow down."""
        self._gate.accepted()
        with self._lock:
            self._failures_in_a_row = 0

    def rate_limited(self, ticket: int, error: RateLimitedError) -> int:
        """The server asked to slow down: no request of the run starts until its `Retry-After`
        (or a backoff) has passed, whichever thread sent the refused request. Returns the
        slow-downs in a row; raises WaitTooLongError, pausing no one, when the server asks for
        longer than `max_wait`."""
        retry_after = error.retry_after
        if retry_after is not None and not retry_after <= self.max_wait:
            raise WaitTooLongError(
                error.action,
                wait_seconds=retry_after,
                max_wait=self.max_wait,
                method=error.method,
                path=error.path,
                status=error.status,
            )
        slowdown = self._gate.rate_limited(ticket, retry_after)
        self._pause(slowdown.wait)
        return slowdown.in_a_row

    def failed(self, setbacks: int = 0) -> int:
        """A request got no usable answer (no connection, a server error): everyone backs off,
        exponentially with the failures in a row. `setbacks` counts the caller's own failures in
        a row when answers came in between (a read-back after each failed send). Returns the
        count the backoff went by."""
        self._gate.ended()
        with self._lock:
            self._failures_in_a_row += 1
            in_a_row = max(self._failures_in_a_row, setbacks)
        self._pause(self._gate.backoff(in_a_row))
        return in_a_row

    def _pause(self, seconds: float) -> None:
        with self._lock:
            self._resume_at = max(self._resume_at, self._clock() + seconds)

    def _sleep_a_slice(self, seconds: float) -> None:
        self._sleep(seconds)
        self._show_countdown()

    def _show_countdown(self) -> None:
        if self._on_wait is None:
            return
        with self._lock:
            now = self._clock()
            left = self._resume_at - now
            if self._counting_down:
                if now - self._last_shown < COUNTDOWN_INTERVAL or left <= 0:
                    return
            elif left <= SHOWN_WAIT:
                return
            self._counting_down, self._last_shown = True, now
        self._on_wait(left)

    def _wait_over(self, *, stopped: bool) -> None:
        if self._on_wait is None:
            return
        with self._lock:
            if not self._counting_down or (self._resume_at > self._clock() and not stopped):
                return
            self._counting_down = False
        self._on_wait(0.0)


@dataclass(frozen=True)
class Credentials:
    """Secrets for one connection; kept out of repr so they never reach a log by accident."""

    api_key: str = field(repr=False)
    ltik: str | None = field(default=None, repr=False)
    service_key: str | None = field(default=None, repr=False)

    def secrets(self) -> tuple[str, ...]:
        return tuple(value for value in (self.api_key, self.ltik, self.service_key) if value)


def line_item_path(line_item_id: str, suffix: str = "") -> tuple[str, str]:
    """(path to send, path to show): the id, a full LMS URL, is one percent-encoded segment."""
    if not line_item_id.strip():
        raise ValueError("a line item id is required")
    encoded = quote(line_item_id, safe="")
    return f"/api/lineitems/{encoded}{suffix}", f"/api/lineitems/{line_item_id}{suffix}"


def _readable_path(path: str, params: Mapping[str, str] | None) -> str:
    if not params:
        return path
    return path + "?" + "&".join(f"{key}={value}" for key, value in params.items())


class LtiaasClient:
    """`deadline` bounds each request from start to last byte (seconds). Reads are paced by
    `pacing` (the client's own by default; a run hands its own to the read methods so that its
    reads and writes share one) and asked at most `read_attempts` times."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        platform: PlatformFamily = PlatformFamily.unknown,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | None = None,
        deadline: float = DEFAULT_DEADLINE,
        pacing: Pacing | None = None,
        read_attempts: int = DEFAULT_READ_ATTEMPTS,
        on_request: Callable[[RequestRecord], None] | None = None,
        page_limit: int = 100,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        if page_limit < 1:
            raise ValueError("page_limit must be at least 1")
        if not deadline > 0:
            raise ValueError("deadline must be greater than 0")
        if read_attempts < 1:
            raise ValueError("read_attempts must be at least 1")
        if not credentials.api_key:
            raise ConfigError("Connecting to LTIAAS", explanation="the API key is missing")
        self._origin = validate_base_url(base_url)
        self._credentials = credentials
        self.platform = platform
        self._deadline = deadline
        self._pacing = pacing or Pacing()
        self._read_attempts = read_attempts
        self._on_request = on_request
        self._page_limit = page_limit
        self._now = now or (lambda: datetime.now(UTC))
        ssl_context = create_ssl_context()
        self._http = httpx.Client(
            base_url=self._origin,
            transport=transport or deadline_transport(ssl_context),
            timeout=timeout or DEFAULT_TIMEOUT,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            # Credentials go to the configured origin only: a redirect is an error.
            follow_redirects=False,
            verify=ssl_context,
        )

    @property
    def origin(self) -> str:
        return self._origin

    @property
    def pacing(self) -> Pacing:
        """The pacing of reads made without one of their own."""
        return self._pacing

    @property
    def credentials(self) -> Credentials:
        return self._credentials

    @credentials.setter
    def credentials(self, credentials: Credentials) -> None:
        """New credentials (a fresh ltik, a learned service key) for the requests that follow.

        Replacing the reference is atomic, so requests already under way keep the ones they read.
        """
        if not credentials.api_key:
            raise ConfigError("Connecting to LTIAAS", explanation="the API key is missing")
        self._credentials = credentials

    # -- life cycle --------------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- launch ------------------------------------------------------------------------------

    def id_token(self) -> IdToken:
        """The launch behind the ltik (user, platform, course, services, service key)."""
        action = "Reading the launch details"
        response = self._get("/api/idtoken", action=action, ltik_only=True)
        return self._parse(IdToken, response, action, "/api/idtoken")

    def learn_platform(self) -> IdToken:
        """Read the idtoken and adopt its platform family (it decides paging and comments)."""
        token = self.id_token()
        self.platform = token.platform_family
        return token

    # -- line items --------------------------------------------------------------------------

    def iter_line_item_pages(
        self,
        *,
        resource_link_id: str | None = None,
        resource_id: str | None = None,
        tag: str | None = None,
    ) -> Iterator[list[LineItem]]:
        filters = {"resourceLinkId": resource_link_id, "resourceId": resource_id, "tag": tag}
        return self._iter_pages(
            "/api/lineitems",
            "/api/lineitems",
            items_key="lineItems",
            model_type=LineItem,
            filters=filters,
            action="Loading the grade columns",
        )

    def line_items(
        self,
        *,
        resource_link_id: str | None = None,
        resource_id: str | None = None,
        tag: str | None = None,
    ) -> list[LineItem]:
        pages = self.iter_line_item_pages(
            resource_link_id=resource_link_id, resource_id=resource_id, tag=tag
        )
        return [item for page in pages for item in page]

    def create_line_item(self, draft: LineItemDraft) -> LineItem:
        action = f"Creating the grade column “{draft.label}”"
        response = self._send("POST", "/api/lineitems", action=action, body=draft.to_post_body())
        return self._parse(LineItem, response, action, "/api/lineitems")

    def get_line_item(self, line_item_id: str) -> LineItem:
        action = "Loading the grade column"
        path, shown = line_item_path(line_item_id)
        response = self._get(path, display_path=shown, action=action)
        return self._parse(LineItem, response, action, shown)

    def replace_line_item(self, item: LineItem) -> LineItem:
        """PUT the full item: fields left out would be deleted by the LMS."""
        action = f"Saving the grade column “{item.label}”"
        path, shown = line_item_path(item.id)
        response = self._send(
            "PUT", path, display_path=shown, action=action, body=item.to_put_body()
        )
        if not response.content.strip():
            return item
        return self._parse(LineItem, response, action, shown)

    def delete_line_item(self, line_item_id: str) -> None:
        path, shown = line_item_path(line_item_id)
        self._send("DELETE", path, display_path=shown, action="Deleting the grade column")

    # -- results, roster, scores -------------------------------------------------------------

    def iter_result_pages(
        self,
        line_item_id: str,
        *,
        user_id: str | None = None,
        pacing: Pacing | None = None,
        stopping: Callable[[], bool] | None = None,
        read_ahead: bool = False,
    ) -> Iterator[list[Result]]:
        """Page after page of results. `pacing` replaces the client's own for these reads;
        `stopping` ends a wait between attempts with StoppedError; `read_ahead` asks for the
        next page while this one is read and handed out."""
        path, shown = line_item_path(line_item_id, "/scores")
        return self._iter_pages(
            path,
            shown,
            items_key="scores",
            model_type=Result,
            filters={"userId": user_id},
            action="Loading the grades",
            pacing=pacing,
            stopping=stopping,
            read_ahead=read_ahead,
        )

    def results(
        self,
        line_item_id: str,
        *,
        user_id: str | None = None,
        pacing: Pacing | None = None,
        stopping: Callable[[], bool] | None = None,
    ) -> list[Result]:
        pages = self.iter_result_pages(
            line_item_id, user_id=user_id, pacing=pacing, stopping=stopping
        )
        return [item for page in pages for item in page]

    def iter_member_pages(
        self,
        *,
        role: str | None = None,
        pacing: Pacing | None = None,
        stopping: Callable[[], bool] | None = None,
        read_ahead: bool = False,
    ) -> Iterator[list[Member]]:
        return self._iter_pages(
            "/api/memberships",
            "/api/memberships",
            items_key="members",
            model_type=Member,
            filters={"role": role},
            action="Loading the course roster",
            pacing=pacing,
            stopping=stopping,
            read_ahead=read_ahead,
        )

    def members(self, *, role: str | None = None) -> list[Member]:
        return [member for page in self.iter_member_pages(role=role) for member in page]

    def post_score(self, line_item_id: str, score: Score) -> None:
        path, shown = line_item_path(line_item_id, "/scores")
        self._send(
            "POST",
            path,
            display_path=shown,
            action=f"Sending the score for user {score.userId}",
            body=score.to_payload(),
        )

    def fetch_results_and_roster(
        self,
        line_item_id: str,
        *,
        user_id: str | None = None,
        on_results_page: Callable[[list[Result]], None] | None = None,
        on_members_page: Callable[[list[Member]], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[list[Result], list[Member]]:
        """Results and roster side by side, one thread each; callbacks run in those threads.

        `user_id` narrows the results to one student; the roster is always the whole course.
        Each stream asks for its next page while the current one is read and handed out.

        `cancel` stops both streams after their current page (or during a wait before asking
        a page again) and returns what was fetched so far: a caller that cancels must not take
        those lists for the whole course. The first error of either stream stops the other and
        is raised here.
        """
        stop = threading.Event()

        def stopping() -> bool:
            return stop.is_set() or (cancel is not None and cancel.is_set())

        def drain(
            pages: Iterator[list[ItemT]], on_page: Callable[[list[ItemT]], None] | None
        ) -> list[ItemT]:
            collected: list[ItemT] = []
            try:
                while not stopping():
                    try:
                        page = next(pages, None)
                    except StoppedError:
                        break
                    if page is None:
                        break
                    collected.extend(page)
                    if on_page is not None:
                        on_page(page)
            except BaseException:
                stop.set()
                raise
            return collected

        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="ltiaas-fetch") as pool:
            results_future = pool.submit(
                drain,
                self.iter_result_pages(
                    line_item_id, user_id=user_id, stopping=stopping, read_ahead=True
                ),
                on_results_page,
            )
            members_future = pool.submit(
                drain,
                self.iter_member_pages(stopping=stopping, read_ahead=True),
                on_members_page,
            )
            futures: list[Future[Any]] = [results_future, members_future]
            done, _ = wait(futures, return_when=FIRST_EXCEPTION)
            failures = [future.exception() for future in futures if future in done]
            first_failure = next((failure for failure in failures if failure is not None), None)
        if first_failure is not None:
            raise first_failure
        return results_future.result(), members_future.result()

    # -- plumbing ----------------------------------------------------------------------------

    def _authorization(self, *, ltik_only: bool, action: str) -> str:
        credentials = self._credentials
        if not ltik_only and credentials.service_key:
            return f"SERVICE-AUTH-V1 {credentials.api_key}:{credentials.service_key}"
        if credentials.ltik:
            return f"LTIK-AUTH-V2 {credentials.api_key}:{credentials.ltik}"
        explanation = (
            "this needs an ltik (the token of an LMS launch) and the connection has none"
            if ltik_only
            else "the connection has neither a service key nor an ltik"
        )
        raise ConfigError(action, explanation=explanation)

    def _redact(self, text: str) -> str:
        for secret in self._credentials.secrets():
            if len(secret) >= _MIN_REDACTED_LENGTH:
                text = text.replace(secret, "[redacted]")
        return text

    def _send(
        self,
        method: str,
        path: str,
        *,
        action: str,
        display_path: str | None = None,
        params: Mapping[str, str] | None = None,
        body: Any = None,
        ltik_only: bool = False,
    ) -> httpx.Response:
        """One request, once, within the deadline; an ApiError unless it succeeded."""
        shown = _readable_path(display_path or path, params)
        headers = {"Authorization": self._authorization(ltik_only=ltik_only, action=action)}
        started_at = self._now()
        started = time.perf_counter()
        try:
            with request_deadline(self._deadline):
                response = self._http.request(
                    method, path, params=params, json=body, headers=headers
                )
        except httpx.TransportError as exc:
            failure = self._transport_failure(
                exc, started, action=action, method=method, path=shown
            )
            self._record(started_at, started, method, shown, None, failure)
            raise failure from exc
        if response.is_success:
            self._record(started_at, started, method, shown, response.status_code, None)
            return response
        error = self._error_from_response(response, action=action, method=method, path=shown)
        self._record(started_at, started, method, shown, response.status_code, error)
        raise error

    def _transport_failure(
        self, exc: httpx.TransportError, started: float, *, action: str, method: str, path: str
    ) -> ApiError:
        cut_off = isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout) and (
            time.perf_counter() - started >= self._deadline
        )
        if cut_off:
            return DeadlineExceededError(action, deadline=self._deadline, method=method, path=path)
        return network_error(exc, action=action, method=method, path=path)

    def _get(
        self,
        path: str,
        *,
        action: str,
        display_path: str | None = None,
        params: Mapping[str, str] | None = None,
        ltik_only: bool = False,
        pacing: Pacing | None = None,
        stopping: Callable[[], bool] | None = None,
    ) -> httpx.Response:
        """A GET, asked again while it fails in a way that may pass: reads change nothing.

        Each attempt waits for `pacing` (the client's own by default) and is a request record
        of its own. Raises the last failure after `read_attempts`, WaitTooLongError when the
        server asks for a longer wait than the pacing allows, StoppedError once `stopping()`.
        """
        pacing = pacing or self._pacing
        stopping = stopping or _never
        failure: ApiError | None = None
        for attempt in range(1, self._read_attempts + 1):
            ticket = pacing.acquire(stopping)
            if ticket is None:
                shown = _readable_path(display_path or path, params)
                raise StoppedError(action, method="GET", path=shown)
            try:
                response = self._send(
                    "GET",
                    path,
                    display_path=display_path,
                    params=params,
                    action=action,
                    ltik_only=ltik_only,
                )
            except RateLimitedError as error:
                pacing.rate_limited(ticket, error)
                failure = error
            except ApiError as error:
                if not retryable_read_failure(error):
                    if error.status is not None:
                        pacing.accepted()
                    raise
                unreachable = isinstance(error, NetworkError) and error.unreachable
                if unreachable and attempt >= UNREACHABLE_READ_ATTEMPTS:
                    raise
                pacing.failed()
                failure = error
            else:
                pacing.accepted()
                return response
        assert failure is not None
        raise failure

    def _record(
        self,
        started_at: datetime,
        started: float,
        method: str,
        path: str,
        status: int | None,
        error: ApiError | None,
    ) -> None:
        duration_ms = (time.perf_counter() - started) * 1000
        if error is None:
            logger.debug("%s %s -> %s in %.0f ms", method, path, status, duration_ms)
        else:
            logger.info("%s %s -> %s in %.0f ms: %s", method, path, status, duration_ms, error)
        if self._on_request is None:
            return
        record = RequestRecord(
            started_at=started_at,
            method=method,
            path=path,
            status=status,
            duration_ms=duration_ms,
            lms_reason=error.lms_reason if error is not None else None,
            error=str(error) if error is not None else None,
        )
        try:
            self._on_request(record)
        except Exception:
            # The request log is a convenience; it must never break a grade submission.
            logger.exception("The request log could not take a record")

    def _error_from_response(
        self, response: httpx.Response, *, action: str, method: str, path: str
    ) -> ApiError:
        status = response.status_code
        if response.is_redirect or 300 <= status < 400:
            return self._redirect_error(response, action=action, method=method, path=path)
        text = self._redact(response.text)
        try:
            data = json.loads(text) if text.strip() else None
        except ValueError:
            data = None
        envelope = ErrorEnvelope.parse(data)
        raw_body = None if envelope is not None else text
        fields: dict[str, Any] = {
            "method": method,
            "path": path,
            "status": status,
            "envelope": envelope,
            "raw_body": raw_body,
        }
        relayed = envelope is not None and envelope.relayed_from_lms
        searchable = _searchable_text(envelope, raw_body)
        if status in (429, 503) or (status == 403 and _RATE_LIMIT_TEXT.search(searchable)):
            retry_after = parse_retry_after(response.headers.get("Retry-After"), self._now())
            return RateLimitedError(action, retry_after=retry_after, **fields)
        # Only a 401 the LMS itself sent (relayed by LTIAAS) is about the request; any other,
        # LTIAAS's envelope or a page from whatever stands in front of it, refuses the credentials.
        if status == 401 and not relayed:
            return AuthError(action, **fields)
        if status == 404 and not relayed:
            return NotFoundError(action, **fields)
        if 400 <= status < 500:
            if _TIMESTAMP_REFUSAL_TEXT.search(searchable):
                return TimestampRefusedError(action, **fields)
            return LmsRefusedError(action, **fields)
        if status >= 500:
            return ServerError(action, **fields)
        return UnexpectedResponseError(action, **fields)

    def _redirect_error(
        self, response: httpx.Response, *, action: str, method: str, path: str
    ) -> ApiError:
        location = response.headers.get("Location")
        target = response.url.join(location) if location else None
        if target is not None and not same_origin(target, self._origin):
            return InsecureUrlError(
                action,
                method=method,
                path=path,
                status=response.status_code,
                explanation=(
                    f"the server redirected to {target.scheme}://{target.host}, another "
                    "address; credentials are never sent there"
                ),
            )
        return ConfigError(
            action,
            method=method,
            path=path,
            status=response.status_code,
            explanation="the server answered with a redirect, which is not followed",
        )

    def _json(self, response: httpx.Response, action: str, path: str) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise UnexpectedResponseError(
                action,
                method=response.request.method,
                path=path,
                status=response.status_code,
                raw_body=self._redact(response.text) or None,
                explanation="the answer was empty or not JSON",
            ) from exc

    def _parse(
        self, model_type: type[ModelT], response: httpx.Response, action: str, path: str
    ) -> ModelT:
        return self._model(model_type, self._json(response, action, path), response, action, path)

    def _model(
        self,
        model_type: type[ModelT],
        data: Any,
        response: httpx.Response,
        action: str,
        path: str,
    ) -> ModelT:
        try:
            return model_type.model_validate(data)
        except ValidationError as exc:
            raise UnexpectedResponseError(
                action,
                method=response.request.method,
                path=path,
                status=response.status_code,
                explanation=f"the answer did not have the expected shape ({_first_problem(exc)})",
            ) from exc

    def _models(
        self,
        model_type: type[ModelT],
        items: list[Any],
        response: httpx.Response,
        action: str,
        path: str,
    ) -> list[ModelT]:
        """The items of a page as models, a slice of the list per pass, and when something in
        it does not fit, the first item that does not says what is wrong.

        One pass holds the GIL throughout: a page of thousands (Moodle answers with the whole
        list) validated at once would keep a window's thread from painting meanwhile.
        """
        adapter = _list_adapter(model_type)
        try:
            models: list[ModelT] = []
            for start in range(0, len(items), _ITEMS_VALIDATED_AT_ONCE):
                models += adapter.validate_python(items[start : start + _ITEMS_VALIDATED_AT_ONCE])
            return models
        except ValidationError:
            return [self._model(model_type, item, response, action, path) for item in items]

    def _iter_pages(
        self,
        path: str,
        display_path: str,
        *,
        items_key: str,
        model_type: type[ModelT],
        filters: Mapping[str, str | None],
        action: str,
        pacing: Pacing | None = None,
        stopping: Callable[[], bool] | None = None,
        read_ahead: bool = False,
    ) -> Iterator[list[ModelT]]:
        """Yield page after page, following `next` through LTIAAS's own `url=` parameter.

        A page that fails is asked again on its own (same parameters), so a retry never repeats
        or skips learners. With `read_ahead`, pages are read in a thread of their own, and the
        next page is asked for there as soon as its link is decoded, while this page's items are
        checked and handed out: still one request at a time, and one page ahead at most.
        """
        params = {key: value for key, value in filters.items() if value is not None}
        if self.platform.sends_page_limit:
            params["limit"] = str(self._page_limit)

        def get(params: Mapping[str, str]) -> httpx.Response:
            return self._get(
                path,
                display_path=display_path,
                params=params,
                action=action,
                pacing=pacing,
                stopping=stopping,
            )

        def decode(response: httpx.Response, followed: set[str]) -> _Page:
            body = self._json(response, action, display_path)
            items = body.get(items_key) if isinstance(body, dict) else None
            if not isinstance(items, list):
                raise UnexpectedResponseError(
                    action,
                    method="GET",
                    path=display_path,
                    status=response.status_code,
                    explanation=f"the answer has no “{items_key}” list",
                )
            link = body.get("next")
            looped = isinstance(link, str) and link in followed
            return _Page(response, items, link, looped)

        def follow() -> Generator[_Page, None, None]:
            followed: set[str] = set()
            response = get(params)
            for _ in range(MAX_PAGES):
                page = decode(response, followed)
                yield page
                if not page.link or not isinstance(page.link, str) or page.looped:
                    return
                followed.add(page.link)
                # `url` replaces every other parameter; the LMS URL itself is never requested.
                response = get({"url": page.link})
            raise UnexpectedResponseError(
                action,
                method="GET",
                path=display_path,
                explanation=f"the LMS kept sending more pages after {MAX_PAGES}",
            )

        pages = _read_ahead(follow()) if read_ahead else follow()
        with closing(pages):
            for page in pages:
                yield self._models(model_type, page.items, page.response, action, display_path)
                if not page.link:
                    return
                if not isinstance(page.link, str):
                    raise UnexpectedResponseError(
                        action,
                        method="GET",
                        path=display_path,
                        status=page.response.status_code,
                        explanation="the link to the next page is not text",
                    )
                if page.looped:
                    logger.warning(
                        "%s: the LMS links back to a page already read; stopping", action
                    )
                    return


@dataclass(frozen=True)
class _Page:
    """A page as decoded: its items still unchecked, and its link to the next as sent."""

    response: httpx.Response
    items: list[Any]
    link: Any
    looped: bool  # the link leads to a page already read


@functools.cache
def _list_adapter(model_type: type[ModelT]) -> TypeAdapter[list[ModelT]]:
    return TypeAdapter(list[model_type])  # type: ignore[valid-type]


def _read_ahead(pages: Iterator[PageT]) -> Generator[PageT, None, None]:
    """`pages`, read in a thread of their own one page ahead of the caller.

    Taking a page from `pages` asks for the next one. The reading thread takes the next page as
    soon as the one before is in hand and the caller has asked for that one, so a caller that
    keeps up never holds a request back, and one that does not has at most one page read ahead.
    """
    asked = threading.Semaphore(0)  # one release for each page the caller asks for
    closed = threading.Event()
    read: queue.SimpleQueue[tuple[PageT | None, BaseException | None]] = queue.SimpleQueue()

    def read_pages() -> None:
        try:
            for page in pages:
                read.put((page, None))
                asked.acquire()
                if closed.is_set():
                    return
        except BaseException as error:
            read.put((None, error))
        else:
            read.put((None, None))

    with ThreadPoolExecutor(1, thread_name_prefix="ltiaas-read-ahead") as reader:
        reader.submit(read_pages)
        try:
            while True:
                asked.release()
                page, error = read.get()
                if error is not None:
                    raise error
                if page is None:
                    return
                yield page
        finally:
            # The reader ends after the request it has under way, if any.
            closed.set()
            asked.release()


def _searchable_text(envelope: ErrorEnvelope | None, raw_body: str | None) -> str:
    """The texts that say why a request failed; the echoed request body is left out."""
    if envelope is None:
        return raw_body or ""
    details = envelope.details
    parts = [
        envelope.error,
        details.message,
        details.description,
        lms_reason_from(details.bodyReceived),
        lms_reason_from(list(details.errors)),
    ]
    return " ".join(part for part in parts if part)


def _first_problem(exc: ValidationError) -> str:
    problem = exc.errors()[0]
    location = ".".join(str(part) for part in problem["loc"])
    return f"{location}: {problem['msg']}" if location else problem["msg"]
