"""Fixtures for the API client tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from gradebook_gui.api import Credentials, LtiaasClient, Pacing
from tests.fakes import FakeTime

from .helpers import API_KEY, BASE_URL, SERVICE_KEY, ClientFactory, Handler, RecordingTransport


@pytest.fixture
def make_client(fake_time: FakeTime) -> Iterator[ClientFactory]:
    """Build a client over a recording MockTransport, its reads paced on the fake clock;
    closed after the test."""
    clients: list[LtiaasClient] = []

    def build(
        handler: Handler,
        *,
        credentials: Credentials | None = None,
        base_url: str = BASE_URL,
        **options: Any,
    ) -> tuple[LtiaasClient, RecordingTransport]:
        mock = RecordingTransport(handler)
        options.setdefault("pacing", Pacing(clock=fake_time.clock, sleep=fake_time.sleep))
        client = LtiaasClient(
            base_url,
            credentials or Credentials(api_key=API_KEY, service_key=SERVICE_KEY),
            transport=mock,
            **options,
        )
        clients.append(client)
        return client, mock

    yield build
    for client in clients:
        client.close()
