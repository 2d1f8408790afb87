"""Fixtures for talking to real sandboxes over loopback sockets with plain httpx."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox, SandboxOptions

LEARNER_SUFFIX = "Learner"
TIMESTAMP_ORIGIN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


SandboxFactory = Callable[..., Sandbox]


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_sandbox() -> Iterator[SandboxFactory]:
    """Start sandboxes with the given SandboxOptions fields; all are stopped after the test."""
    started: list[Sandbox] = []

    def make(**options: Any) -> Sandbox:
        sandbox = Sandbox(SandboxOptions(**options))
        sandbox.start()
        started.append(sandbox)
        return sandbox

    yield make
    for sandbox in started:
        sandbox.stop()


@pytest.fixture
def sandbox(make_sandbox: SandboxFactory) -> Sandbox:
    return make_sandbox()


@pytest.fixture
def connect() -> Iterator[Callable[[Sandbox], httpx.Client]]:
    """An httpx client on a sandbox, authenticated with its ltik."""
    clients: list[httpx.Client] = []

    def make(sandbox: Sandbox) -> httpx.Client:
        client = httpx.Client(
            base_url=sandbox.base_url, headers=Lti.ltik_header(sandbox), timeout=5
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(sandbox: Sandbox, connect: Callable[[Sandbox], httpx.Client]) -> httpx.Client:
    return connect(sandbox)


class Lti:
    """Plain helpers for raw LTIAAS calls (a fixture, so test modules need no imports)."""

    @staticmethod
    def ltik_header(sandbox: Sandbox) -> dict[str, str]:
        credentials = sandbox.credentials
        return {"Authorization": f"LTIK-AUTH-V2 {credentials.api_key}:{credentials.ltik}"}

    @staticmethod
    def item_path(line_item_id: str, suffix: str = "") -> str:
        """The LTIAAS path of a line item: its id as ONE percent-encoded segment."""
        return f"/api/lineitems/{quote(line_item_id, safe='')}{suffix}"

    @staticmethod
    def timestamp(seconds: float = 0.0) -> str:
        moment = TIMESTAMP_ORIGIN + timedelta(seconds=seconds)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    @staticmethod
    def score(
        user_id: str,
        given: float | None = 7.0,
        maximum: float | None = 10.0,
        *,
        at: float = 0.0,
        comment: str | None = None,
        grading_progress: str = "FullyGraded",
        activity_progress: str = "Completed",
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "userId": user_id,
            "activityProgress": activity_progress,
            "gradingProgress": grading_progress,
            "timestamp": Lti.timestamp(at),
        }
        if given is not None:
            body["scoreGiven"] = given
        if maximum is not None:
            body["scoreMaximum"] = maximum
        if comment is not None:
            body["comment"] = comment
        return body

    @staticmethod
    def follow_pages(
        client: httpx.Client, path: str, key: str, params: dict[str, Any] | None = None
    ) -> tuple[list[dict[str, Any]], int]:
        """All items of a paged collection, following `next` via `?url=`; and the page count."""
        response = client.get(path, params=params)
        response.raise_for_status()
        body = response.json()
        items, pages = list(body[key]), 1
        while "next" in body:
            response = client.get(path, params={"url": body["next"]})
            response.raise_for_status()
            body = response.json()
            items += body[key]
            pages += 1
        return items, pages

    @staticmethod
    def is_learner(member: dict[str, Any]) -> bool:
        return any(role.rsplit("#", 1)[-1] == LEARNER_SUFFIX for role in member["roles"])

    @staticmethod
    def roster(client: httpx.Client) -> list[dict[str, Any]]:
        members, _ = Lti.follow_pages(client, "/api/memberships", "members", {"limit": 100})
        return members

    @staticmethod
    def learner_ids(client: httpx.Client) -> list[str]:
        return [member["userId"] for member in Lti.roster(client) if Lti.is_learner(member)]

    @staticmethod
    def results_by_user(client: httpx.Client, line_item_id: str) -> dict[str, dict[str, Any]]:
        results, _ = Lti.follow_pages(
            client, Lti.item_path(line_item_id, "/scores"), "scores", {"limit": 100}
        )
        return {str(result["userId"]): result for result in results}


@pytest.fixture
def lti() -> type[Lti]:
    return Lti
