"""Credentials go only to the configured origin over https and never into logs or records."""

from __future__ import annotations

import logging
import ssl
from datetime import UTC, datetime

import httpx
import pytest
import truststore

from gradebook_gui.api import (
    ApiError,
    ConfigError,
    Credentials,
    InsecureUrlError,
    LtiaasClient,
    NetworkError,
    RequestRecord,
)
from gradebook_gui.api.transport import create_ssl_context, validate_base_url
from gradebook_gui.models import Score

from .helpers import API_KEY, LTIK, SERVICE_KEY, ClientFactory, envelope, relayed

LINE_ITEM = "https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3"
ALL_SECRETS = (API_KEY, LTIK, SERVICE_KEY)


# -- the base URL ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "origin"),
    [
        ("https://account.ltiaas.com", "https://account.ltiaas.com"),
        ("https://Account.LTIAAS.com/", "https://account.ltiaas.com"),
        ("https://account.ltiaas.com:8443", "https://account.ltiaas.com:8443"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://127.4.5.6", "http://127.4.5.6"),
        ("http://localhost:5000/", "http://localhost:5000"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_accepted_base_urls(base_url: str, origin: str) -> None:
    assert validate_base_url(base_url) == origin


@pytest.mark.parametrize(
    "base_url",
    [
        "http://account.ltiaas.com",
        "http://10.0.0.5",
        "http://localhost.evil.example",
        "ftp://account.ltiaas.com",
        "account.ltiaas.com",
        "https://",
    ],
)
def test_insecure_base_urls_are_refused(base_url: str) -> None:
    with pytest.raises(InsecureUrlError):
        validate_base_url(base_url)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://account.ltiaas.com/api",
        "https://account.ltiaas.com/?x=1",
        "https://account.ltiaas.com/#top",
        "https://user:pw@account.ltiaas.com",
        "https://account.ltiaas.com:99999",
    ],
)
def test_base_urls_with_more_than_an_origin_are_refused(base_url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        validate_base_url(base_url)
    assert type(caught.value) is ConfigError


def test_the_client_refuses_an_insecure_url_before_any_request() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    mock = httpx.MockTransport(answer)
    with pytest.raises(InsecureUrlError) as caught:
        LtiaasClient("http://account.ltiaas.com", Credentials(API_KEY), transport=mock)
    assert seen == []
    assert "https://" in str(caught.value)


def test_tls_uses_the_operating_system_trust_store() -> None:
    context = create_ssl_context()
    assert isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname


# -- redirects ------------------------------------------------------------------------------


def test_a_redirect_to_another_host_is_refused_not_followed(make_client: ClientFactory) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://collector.example/api/lineitems"})

    client, mock = make_client(answer)
    with pytest.raises(InsecureUrlError) as caught:
        client.line_items()
    assert len(mock.requests) == 1
    assert caught.value.status == 302
    assert "collector.example" in str(caught.value)


def test_a_same_origin_redirect_is_not_followed_either(make_client: ClientFactory) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"Location": "/api/v2/lineitems"})

    client, mock = make_client(answer)
    with pytest.raises(ConfigError) as caught:
        client.line_items()
    assert type(caught.value) is ConfigError
    assert len(mock.requests) == 1


# -- secrets stay out of logs, records and messages -----------------------------------------


def a_score() -> Score:
    return Score(userId="42", scoreGiven=1, scoreMaximum=2, timestamp=datetime.now(UTC))


def test_no_secret_reaches_logs_records_or_messages(
    make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter(
        [
            httpx.Response(200, json={"scores": []}),
            httpx.Response(401, json=envelope(401, "Unauthorized", description="Invalid ltik.")),
            httpx.Response(422, json=relayed(422, {"errors": [{"message": "not a student"}]})),
        ]
    )

    def answer(request: httpx.Request) -> httpx.Response:
        try:
            return next(answers)
        except StopIteration:
            raise httpx.ReadTimeout("timed out", request=request) from None

    records: list[RequestRecord] = []
    credentials = Credentials(api_key=API_KEY, ltik=LTIK, service_key=SERVICE_KEY)
    client, mock = make_client(answer, credentials=credentials, on_request=records.append)
    caplog.set_level(logging.DEBUG)
    errors: list[ApiError] = []

    client.results(LINE_ITEM)
    for _ in range(3):
        with pytest.raises(ApiError) as caught:
            client.post_score(LINE_ITEM, a_score())
        errors.append(caught.value)

    assert all("Authorization" in request.headers for request in mock.requests)
    assert len(records) == 4
    assert caplog.records, "requests are logged"
    exposed = [caplog.text, *map(repr, records), *map(str, errors), *map(repr, errors)]
    for text in exposed:
        for secret in ALL_SECRETS:
            assert secret not in text


def test_secrets_echoed_by_a_server_are_redacted(make_client: ClientFactory) -> None:
    body = envelope(400, "Bad Request", description=f"bad header {API_KEY}:{SERVICE_KEY}")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json=body)

    client, _ = make_client(answer)
    with pytest.raises(ApiError) as caught:
        client.line_items()
    assert API_KEY not in str(caught.value) and SERVICE_KEY not in str(caught.value)
    assert "[redacted]" in str(caught.value)


def test_credentials_repr_hides_the_secrets() -> None:
    text = repr(Credentials(api_key=API_KEY, ltik=LTIK, service_key=SERVICE_KEY))
    assert not any(secret in text for secret in ALL_SECRETS)


# -- the request log ------------------------------------------------------------------------


def test_request_records_describe_each_request(make_client: ClientFactory) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json={"scores": []})
        return httpx.Response(422, json=relayed(422, {"errors": [{"message": "not a student"}]}))

    moment = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)
    records: list[RequestRecord] = []
    client, _ = make_client(answer, on_request=records.append, now=lambda: moment)

    client.results(LINE_ITEM)
    with pytest.raises(ApiError):
        client.post_score(LINE_ITEM, a_score())

    read, refused = records
    assert (read.method, read.path, read.status) == (
        "GET",
        f"/api/lineitems/{LINE_ITEM}/scores?limit=100",
        200,
    )
    assert read.started_at == moment and read.duration_ms >= 0
    assert read.succeeded and read.error is None and read.lms_reason is None
    assert (refused.method, refused.status, refused.lms_reason) == ("POST", 422, "not a student")
    assert not refused.succeeded
    assert refused.error is not None and "Sending the score for user 42 failed" in refused.error


def test_a_network_failure_is_recorded_without_status(make_client: ClientFactory) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    records: list[RequestRecord] = []
    client, _ = make_client(answer, on_request=records.append, read_attempts=3)
    with pytest.raises(NetworkError):
        client.members()
    # A read is asked again after a failure; each attempt is a record of its own.
    assert len(records) == 3
    assert all(record.status is None and record.error is not None for record in records)


def test_a_broken_request_log_does_not_break_requests(
    make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_log(record: RequestRecord) -> None:
        raise RuntimeError("log window closed")

    client, _ = make_client(
        lambda request: httpx.Response(200, json={"members": []}), on_request=broken_log
    )
    assert client.members() == []
    assert "log window closed" in caplog.text
