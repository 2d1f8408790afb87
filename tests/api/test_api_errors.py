"""Every failure becomes a typed error with the LMS's reason and a readable message."""

from __future__ import annotations

import json
import ssl
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from gradebook_gui.api import (
    ApiError,
    AuthError,
    LmsRefusedError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TimestampRefusedError,
    TlsError,
    outcome_unknown,
)
from gradebook_gui.api.errors import lms_reason_from, parse_retry_after
from gradebook_gui.models import Score

from .helpers import ClientFactory, envelope, relayed

LINE_ITEM = "https://canvas.example/api/lti/courses/1/line_items/7"
NOW = datetime(2026, 11, 26, 14, 0, 0, tzinfo=UTC)

LTIAAS_401 = envelope(
    401,
    "Unauthorized",
    message="INVALID_LTIK_AUTH_AUTHORIZATION_HEADER",
    description="Invalid or expired ltik.",
)


def a_score() -> Score:
    return Score(userId="42", scoreGiven=8, scoreMaximum=10, timestamp=NOW)


def failing_post(
    make_client: ClientFactory,
    status: int,
    body: Any,
    headers: dict[str, str] | None = None,
) -> ApiError:
    """POST a score to a server answering `status` with `body`; return the error raised."""

    def answer(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    client, _ = make_client(answer, now=lambda: NOW)
    with pytest.raises(ApiError) as caught:
        client.post_score(LINE_ITEM, a_score())
    return caught.value


# -- which class ----------------------------------------------------------------------------


def test_ltiaas_own_401_is_an_auth_error(make_client: ClientFactory) -> None:
    error = failing_post(make_client, 401, LTIAAS_401)
    assert type(error) is AuthError
    assert error.status == 401
    assert error.envelope is not None and error.envelope.error == "Unauthorized"
    assert error.method == "POST"
    assert error.path == f"/api/lineitems/{LINE_ITEM}/scores"
    assert "Invalid or expired ltik" in str(error)
    assert "Sign in again" in str(error)


def test_a_401_page_from_in_front_of_ltiaas_says_what_to_do_about_credentials(
    make_client: ClientFactory,
) -> None:
    page = "<html><head><title>401 Authorization Required</title></head><body>nginx</body></html>"
    error = failing_post(make_client, 401, page)
    assert type(error) is AuthError
    assert error.envelope is None and error.status == 401
    message = str(error)
    assert "401 Authorization Required" in message
    assert "launch the tool from the LMS once more" in message
    assert "API key" in message
    assert "Correct the request" not in message


def test_describe_failure_tells_the_command_line_where_new_credentials_go(
    make_client: ClientFactory,
) -> None:
    from gradebook_gui.cli.errors import ExitCode, describe_failure

    code, line = describe_failure(failing_post(make_client, 401, "<html>Unauthorized</html>"))
    assert code is ExitCode.STOPPED
    assert "GRADEBOOK_LTIK" in line and "gradebook profile add" in line


def test_a_401_or_403_refused_by_the_lms_is_about_permission_not_the_value(
    make_client: ClientFactory,
) -> None:
    canvas = {"errors": [{"message": "Cannot delete a line item created by Canvas"}]}
    error = failing_post(make_client, 401, relayed(401, canvas))
    assert type(error) is LmsRefusedError
    assert "check in the LMS that the tool may change" in str(error)
    assert "Correct the request" not in str(error)


def test_a_401_relayed_from_the_lms_is_an_ordinary_refusal(make_client: ClientFactory) -> None:
    canvas = {"errors": [{"message": "Cannot delete a line item created by Canvas"}]}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json=relayed(401, canvas))

    client, _ = make_client(answer)
    with pytest.raises(LmsRefusedError) as caught:
        client.delete_line_item(LINE_ITEM)
    error = caught.value
    assert not isinstance(error, AuthError)
    assert error.relayed_from_lms
    assert error.lms_reason == "Cannot delete a line item created by Canvas"
    assert "Deleting the grade column failed (HTTP 401)" in str(error)


def test_ltiaas_404_is_not_found_but_a_relayed_404_is_a_refusal(
    make_client: ClientFactory,
) -> None:
    not_found = failing_post(
        make_client, 404, envelope(404, "Not Found", message="LINEITEM_NOT_FOUND")
    )
    assert type(not_found) is NotFoundError
    d2l = failing_post(make_client, 404, relayed(404, "User in requested score does not exist"))
    assert type(d2l) is LmsRefusedError
    assert d2l.lms_reason == "User in requested score does not exist"


def test_canvas_422_carries_the_canvas_reason(make_client: ClientFactory) -> None:
    canvas = {"errors": [{"message": "User not found in course or is not a student"}]}
    error = failing_post(make_client, 422, relayed(422, canvas))
    assert type(error) is LmsRefusedError
    assert error.status == 422
    assert error.lms_reason == "User not found in course or is not a student"
    assert "the LMS said “User not found in course or is not a student”" in str(error)


def test_ltiaas_validation_400_shows_its_errors(make_client: ClientFactory) -> None:
    body = envelope(
        400,
        "Bad Request",
        message="VALIDATION_ERROR",
        errors=[{"message": '"scoreMaximum" must be greater than 0'}],
    )
    error = failing_post(make_client, 400, body)
    assert type(error) is LmsRefusedError
    assert not error.relayed_from_lms
    assert error.lms_reason is None
    assert '"scoreMaximum" must be greater than 0' in str(error)
    assert "LTIAAS said" in str(error)


@pytest.mark.parametrize(
    ("status", "body_received"),
    [
        (409, "Refusing score with an earlier timestamp for item 7 and user 3"),
        (
            400,
            {
                "errors": [
                    {
                        "message": "Provided timestamp of 2026-11-26T14:00:00Z before last "
                        "updated timestamp of 2026-11-26T14:01:00Z"
                    }
                ]
            },
        ),
        (
            400,
            json.dumps({"errors": {"message": "Provided timestamp BEFORE LAST UPDATED TIMESTAMP"}}),
        ),
    ],
)
def test_timestamp_refusals(make_client: ClientFactory, status: int, body_received: Any) -> None:
    error = failing_post(make_client, status, relayed(status, body_received))
    assert type(error) is TimestampRefusedError
    assert isinstance(error, LmsRefusedError)
    assert error.status == status
    assert "timestamp" in (error.lms_reason or "").lower()


def test_a_plain_409_is_not_a_timestamp_refusal(make_client: ClientFactory) -> None:
    error = failing_post(make_client, 409, relayed(409, "Conflict with the gradebook lock"))
    assert type(error) is LmsRefusedError


@pytest.mark.parametrize(
    "body",
    [
        relayed(403, "403 Forbidden (Rate Limit Exceeded)"),
        envelope(403, "Forbidden", description="Rate limit exceeded, slow down"),
        "Rate Limit Exceeded",
    ],
)
def test_a_403_saying_rate_limit_is_rate_limited(make_client: ClientFactory, body: Any) -> None:
    error = failing_post(make_client, 403, body)
    assert type(error) is RateLimitedError
    assert error.retry_after is None


def test_an_ordinary_403_is_a_refusal(make_client: ClientFactory) -> None:
    error = failing_post(make_client, 403, relayed(403, "User in requested score is not enrolled"))
    assert type(error) is LmsRefusedError


def test_the_echoed_request_body_does_not_make_a_403_a_rate_limit(
    make_client: ClientFactory,
) -> None:
    body = relayed(403, "Not enrolled", bodySent={"comment": "mind the rate limit next time"})
    assert type(failing_post(make_client, 403, body)) is LmsRefusedError


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_in_seconds(make_client: ClientFactory, status: int) -> None:
    error = failing_post(make_client, status, "slow down", {"Retry-After": "7"})
    assert type(error) is RateLimitedError
    assert error.retry_after == 7.0
    assert "try again in 7 seconds" in str(error)


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_as_an_http_date(make_client: ClientFactory, status: int) -> None:
    later = format_datetime(NOW + timedelta(seconds=90), usegmt=True)
    error = failing_post(make_client, status, envelope(status, "Too Many"), {"Retry-After": later})
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 90.0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("120", 120.0),
        (" 2.5 ", 2.5),
        ("Thu, 26 Nov 2026 14:00:30 GMT", 30.0),
        ("Thu, 26 Nov 2026 13:00:00 GMT", 0.0),
        ("-5", None),
        ("soon", None),
        ("nan", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


@pytest.mark.parametrize(
    ("status", "unknown"), [(500, True), (502, True), (504, True), (501, False)]
)
def test_server_errors(make_client: ClientFactory, status: int, unknown: bool) -> None:
    error = failing_post(make_client, status, envelope(status, "Server Error"))
    assert type(error) is ServerError
    assert isinstance(error, ServerError) and error.outcome_unknown is unknown
    assert outcome_unknown(error) is unknown
    assert ("may or may not have been applied" in str(error)) is unknown


def test_a_non_envelope_body_is_shown_raw(make_client: ClientFactory) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    error = failing_post(make_client, 502, page)
    assert error.envelope is None
    assert error.raw_body == page
    assert "the server answered “502 Bad Gateway" in str(error)


def test_a_json_body_that_is_not_the_envelope_is_raw(make_client: ClientFactory) -> None:
    error = failing_post(make_client, 400, {"message": "from a proxy"})
    assert error.envelope is None
    assert error.raw_body == '{"message":"from a proxy"}'


def test_outcome_is_known_for_refusals_and_rate_limits(make_client: ClientFactory) -> None:
    assert not outcome_unknown(failing_post(make_client, 429, "busy"))
    assert not outcome_unknown(failing_post(make_client, 422, relayed(422, "nope")))
    assert not outcome_unknown(ValueError("not an api error"))


# -- no answer at all -----------------------------------------------------------------------


def raising(exc: Exception) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        raise exc

    return answer


@pytest.mark.parametrize(
    ("exc", "not_sent"),
    [
        (httpx.ConnectError("Name or service not known"), True),
        (httpx.ConnectTimeout("timed out"), True),
        (httpx.ReadTimeout("timed out"), False),
        (httpx.WriteTimeout("timed out"), False),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), False),
        (httpx.ReadError("Connection reset by peer"), False),
        (httpx.WriteError("Broken pipe"), False),
    ],
)
def test_network_errors_tell_whether_anything_was_sent(
    make_client: ClientFactory, exc: Exception, not_sent: bool
) -> None:
    client, _ = make_client(raising(exc))
    with pytest.raises(NetworkError) as caught:
        client.post_score(LINE_ITEM, a_score())
    error = caught.value
    assert type(error) is NetworkError
    assert error.surely_not_sent is not_sent
    assert outcome_unknown(error) is not not_sent
    assert error.status is None
    assert isinstance(error.__cause__, httpx.TransportError)
    assert ("Nothing was sent" in str(error)) is not_sent


def certificate_failure() -> httpx.ConnectError:
    cause = ssl.SSLCertVerificationError(
        1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate"
    )
    error = httpx.ConnectError(str(cause))
    error.__cause__ = cause
    return error


def test_a_certificate_failure_is_a_tls_error_in_plain_words(make_client: ClientFactory) -> None:
    client, _ = make_client(raising(certificate_failure()))
    with pytest.raises(TlsError) as caught:
        client.line_items()
    error = caught.value
    assert error.surely_not_sent
    message = str(error)
    assert "certificate could not be verified" in message
    assert "trust store" in message


# -- reasons from LMS bodies ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body_received", "reason"),
    [
        ({"errors": [{"message": "A"}, {"message": "B"}]}, "A; B"),
        (
            {"errors": {"message": "ScoreMaximum not supplied when ScoreGiven present."}},
            "ScoreMaximum not supplied when ScoreGiven present.",
        ),
        (
            {
                "exception": "moodle_exception",
                "errorcode": "x",
                "message": "Incorrect score received",
            },
            "Incorrect score received",
        ),
        ("User could not be found: 9", "User could not be found: 9"),
        ('"Refusing score with an earlier timestamp"', "Refusing score with an earlier timestamp"),
        ('{"errors":[{"message":"Nested JSON text"}]}', "Nested JSON text"),
        ("<html><body><h1>Invalid</h1><p>score &gt; max</p></body></html>", "Invalid\nscore > max"),
        ({"code": 17}, '{"code": 17}'),
        (None, None),
        ("   ", None),
    ],
)
def test_lms_reason_from_real_bodies(body_received: Any, reason: str | None) -> None:
    assert lms_reason_from(body_received) == reason


def test_a_very_long_reason_is_shortened() -> None:
    reason = lms_reason_from("x" * 5000)
    assert reason is not None and len(reason) <= 500 and reason.endswith("…")
