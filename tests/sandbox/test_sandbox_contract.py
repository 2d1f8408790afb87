"""Every sandbox answer holds only the values the LTIAAS and AGS/NRPS documentation allows."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import pytest

from gradebook_gui.sandbox import PLATFORMS

LAUNCH_TYPES = {"LtiResourceLinkRequest", "LtiDeepLinkingRequest"}
# LIS v2 roles, matched on the suffix after '#' or '/'; short names are allowed too.
KNOWN_ROLES = {
    "Administrator",
    "ContentDeveloper",
    "Instructor",
    "Learner",
    "Mentor",
    "Manager",
    "Member",
    "Officer",
    "TeachingAssistant",
}
MEMBER_STATUSES = {"Active", "Inactive", "Deleted"}
PAGE_LINKS = {"next", "prev", "first", "last"}


def role_suffix(role: str) -> str:
    return role.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def check_context(context: Any) -> None:
    assert isinstance(context, dict)
    assert {"id", "label", "title"} <= set(context)
    assert all(isinstance(context[key], str) and context[key] for key in ("id", "label", "title"))


def check_page_links(body: dict[str, Any], sandbox_url: str) -> None:
    for key in PAGE_LINKS & set(body):
        link = urlsplit(body[key])
        assert link.scheme == "https" and link.netloc
        assert not body[key].startswith(sandbox_url)  # links are the LMS's, not LTIAAS's


def check_timestamp(text: Any) -> None:
    assert isinstance(text, str)
    assert datetime.fromisoformat(text.replace("Z", "+00:00")).tzinfo is not None


def check_line_item(item: Any) -> None:
    assert isinstance(item["id"], str) and urlsplit(item["id"]).scheme == "https"
    assert isinstance(item["label"], str) and item["label"].strip()
    maximum = item["scoreMaximum"]
    assert isinstance(maximum, int | float) and not isinstance(maximum, bool) and maximum > 0
    for key in ("resourceLinkId", "resourceId", "tag"):
        assert key not in item or isinstance(item[key], str)
    for key in ("startDateTime", "endDateTime"):
        if key in item:
            check_timestamp(item[key])
    assert "gradesReleased" not in item or isinstance(item["gradesReleased"], bool)
    documented = {"id", "label", "scoreMaximum", "resourceLinkId", "resourceId", "tag"}
    documented |= {"startDateTime", "endDateTime", "gradesReleased"}
    assert all(key in documented or key.startswith("https://") for key in item)


def check_result(result: Any, line_item_id: str) -> None:
    assert set(result) <= {"id", "scoreOf", "userId", "resultScore", "resultMaximum", "comment"}
    assert isinstance(result["id"], str) and result["scoreOf"] == line_item_id
    assert isinstance(result["userId"], str | int) and not isinstance(result["userId"], bool)
    score = result.get("resultScore")
    assert score is None or (isinstance(score, int | float) and score >= 0)
    if "resultMaximum" in result:
        assert isinstance(result["resultMaximum"], int | float) and result["resultMaximum"] > 0
    assert "comment" not in result or isinstance(result["comment"], str)


def check_member(member: Any) -> None:
    assert isinstance(member["userId"], str) and member["userId"]
    assert member["roles"] and all(role_suffix(role) in KNOWN_ROLES for role in member["roles"])
    assert member.get("status", "Active") in MEMBER_STATUSES
    for key in ("name", "email", "givenName", "familyName"):
        assert key not in member or isinstance(member[key], str)


def all_pages(client: Any, path: str, sandbox_url: str) -> list[dict[str, Any]]:
    pages = [client.get(path).json()]
    while "next" in pages[-1]:
        check_page_links(pages[-1], sandbox_url)
        pages.append(client.get(path, params={"url": pages[-1]["next"]}).json())
    check_page_links(pages[-1], sandbox_url)
    return pages


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_answer_holds_documented_values(
    make_sandbox: Any, connect: Any, lti: Any, platform: str
) -> None:
    sandbox = make_sandbox(platform=platform, students=25, page_size=10)
    client = connect(sandbox)

    idtoken = client.get("/api/idtoken").json()
    assert idtoken["launch"]["type"] in LAUNCH_TYPES
    check_context(idtoken["launch"]["context"])
    assert idtoken["launch"]["resourceLink"]["id"]
    assert all(role_suffix(role) in KNOWN_ROLES for role in idtoken["user"]["roles"])
    assert isinstance(idtoken["platform"]["productFamilyCode"], str)
    services = idtoken["services"]
    for service in ("assignmentAndGrades", "namesAndRoles", "deepLinking", "outcomes"):
        assert isinstance(services[service]["available"], bool)
    assert isinstance(services["serviceKey"], str)
    assert idtoken["ltiVersion"] == "1.3.0"

    items = [
        item
        for page in all_pages(client, "/api/lineitems", sandbox.base_url)
        for item in page["lineItems"]
    ]
    assert items
    for item in items:
        check_line_item(item)
        assert client.get(lti.item_path(item["id"])).json() == item
        pages = all_pages(client, lti.item_path(item["id"], "/scores"), sandbox.base_url)
        for page in pages:
            for result in page["scores"]:
                check_result(result, item["id"])

    for page in all_pages(client, "/api/memberships", sandbox.base_url):
        assert isinstance(page["id"], str)
        check_context(page["context"])
        for member in page["members"]:
            check_member(member)


def test_errors_use_the_ltiaas_envelope(make_sandbox: Any, connect: Any, lti: Any) -> None:
    sandbox = make_sandbox()
    client = connect(sandbox)
    answers = [
        client.get(lti.item_path("https://lms.example.edu/no-such-item")),
        client.get("/api/lineitems", params={"limit": "0"}),
        client.get("/api/lineitems", headers={"Authorization": "LTIK-AUTH-V2 a:b"}),
    ]
    for answer in answers:
        body = answer.json()
        assert body["status"] == answer.status_code
        assert isinstance(body["error"], str) and isinstance(body["details"]["message"], str)
