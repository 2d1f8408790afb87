"""Both LTIAAS auth schemes, the exact 401 envelope, and the idtoken."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox

LTIK_ENVELOPE = {
    "status": 401,
    "error": "Unauthorized",
    "details": {
        "message": "INVALID_LTIK_AUTH_AUTHORIZATION_HEADER",
        "description": "Invalid or expired ltik.",
    },
}
INSTRUCTOR_URI = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
UUID_SHAPE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def get(sandbox: Sandbox, path: str, authorization: str | None) -> httpx.Response:
    headers = {"Authorization": authorization} if authorization is not None else {}
    return httpx.get(sandbox.base_url + path, headers=headers, timeout=5)


@pytest.mark.parametrize("path", ["/api/idtoken", "/api/lineitems", "/api/memberships"])
def test_ltik_scheme_is_accepted(sandbox: Sandbox, path: str) -> None:
    credentials = sandbox.credentials
    response = get(sandbox, path, f"LTIK-AUTH-V2 {credentials.api_key}:{credentials.ltik}")
    assert response.status_code == 200


def test_service_key_scheme_reaches_grades_and_roster(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials
    header = f"SERVICE-AUTH-V1 {credentials.api_key}:{credentials.service_key}"
    first_item = sandbox.line_item_ids()[0]
    for path in (
        "/api/lineitems",
        f"/api/lineitems/{quote(first_item, safe='')}",
        f"/api/lineitems/{quote(first_item, safe='')}/scores",
        "/api/memberships",
    ):
        assert get(sandbox, path, header).status_code == 200, path


def test_idtoken_refuses_the_service_key(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials
    header = f"SERVICE-AUTH-V1 {credentials.api_key}:{credentials.service_key}"
    response = get(sandbox, "/api/idtoken", header)
    assert response.status_code == 401
    assert response.json() == LTIK_ENVELOPE


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer {api_key}",
        "LTIK-AUTH-V2 {api_key}",
        "LTIK-AUTH-V2 {api_key}:not-the-ltik",
        "LTIK-AUTH-V2 another-api-key:{ltik}",
        "ltik-auth-v2 {api_key}:{ltik}",
        "{ltik}",
    ],
)
def test_anything_but_valid_credentials_gets_the_documented_envelope(
    sandbox: Sandbox, authorization: str | None
) -> None:
    credentials = sandbox.credentials
    if authorization is not None:
        authorization = authorization.format(api_key=credentials.api_key, ltik=credentials.ltik)
    response = get(sandbox, "/api/lineitems", authorization)
    assert response.status_code == 401
    assert response.json() == LTIK_ENVELOPE


def test_a_wrong_service_key_gets_the_same_envelope_shape(sandbox: Sandbox) -> None:
    header = f"SERVICE-AUTH-V1 {sandbox.credentials.api_key}:wrong-service-key"
    response = get(sandbox, "/api/memberships", header)
    assert response.status_code == 401
    body = response.json()
    assert body["status"] == 401 and body["error"] == "Unauthorized"
    assert body["details"]["message"] == "INVALID_SERVICE_KEY_AUTH_AUTHORIZATION_HEADER"
    assert set(body["details"]) == {"message", "description"}


@pytest.mark.parametrize(
    ("platform", "family_code"),
    [("generic", "sandbox"), ("canvas", "canvas"), ("moodle", "moodle")],
)
def test_idtoken_describes_the_launch(
    make_sandbox: Callable[..., Sandbox],
    connect: Callable[[Sandbox], httpx.Client],
    platform: str,
    family_code: str,
) -> None:
    sandbox = make_sandbox(platform=platform)
    token = connect(sandbox).get("/api/idtoken").json()
    assert token["ltiVersion"] == "1.3.0"
    assert token["platform"]["productFamilyCode"] == family_code
    assert {"id", "name", "version"} <= set(token["platform"])
    user = token["user"]
    assert user["roles"] == [INSTRUCTOR_URI]
    assert {"id", "name", "email", "given_name", "family_name"} <= set(user)
    launch = token["launch"]
    assert {"id", "label", "title"} <= set(launch["context"])
    assert {"id", "title"} <= set(launch["resourceLink"])
    assert launch["custom"] == {} and launch["type"]
    services = token["services"]
    assert services["assignmentAndGrades"] == {
        "available": True,
        "lineItemId": sandbox.line_item_ids()[0],
    }
    assert services["namesAndRoles"] == {"available": True}
    assert services["deepLinking"] == {"available": False}
    assert services["outcomes"] == {"available": False}
    assert services["serviceKey"] == sandbox.credentials.service_key


def test_demo_credentials_are_deterministic_and_not_uuid_shaped(
    make_sandbox: Callable[..., Sandbox],
) -> None:
    first, same_seed, other_seed = make_sandbox(seed=3), make_sandbox(seed=3), make_sandbox(seed=4)
    assert first.credentials == same_seed.credentials
    assert first.credentials.ltik != other_seed.credentials.ltik
    credentials = first.credentials
    assert credentials.api_key.startswith("sandbox-api-key-")
    for secret in (credentials.api_key, credentials.ltik, credentials.service_key):
        assert not UUID_SHAPE.search(secret)
    assert len({credentials.api_key, credentials.ltik, credentials.service_key}) == 3
