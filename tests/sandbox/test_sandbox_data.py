"""The seeded demo course: realistic awkwardness, reproducible from the seed, fast at scale."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from gradebook_gui.sandbox import Platform, Sandbox, SandboxOptions
from gradebook_gui.sandbox.data import build_course

REQUIRED_NAMES = {
    "Zoë O'Brien",
    "José Álvarez",
    "Nguyễn Thị Hoa",
    "王伟",
    "Αλέξανδρος Παπαδόπουλος",
    "Ольга Смирнова",
}
LEARNER_URI = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"


def test_roster_has_every_kind_of_name_role_and_id(client: httpx.Client, lti: Any) -> None:
    members = lti.roster(client)
    assert {member["name"] for member in members} >= REQUIRED_NAMES
    learners = [member for member in members if lti.is_learner(member)]
    assert len(learners) == 40
    roles = {role for member in members for role in member["roles"]}
    assert {"Learner", LEARNER_URI} <= roles
    assert any(role.endswith("#Instructor") for role in roles)
    assert any(role.endswith("#TeachingAssistant") for role in roles)
    user_ids = [member["userId"] for member in members]
    assert len(set(user_ids)) == len(user_ids)
    assert "007" in user_ids
    assert any(user_id.isdigit() and not user_id.startswith("0") for user_id in user_ids)
    emails = [member["email"] for member in members]
    assert len(set(emails)) == len(emails) and all("@" in email for email in emails)
    assert all(member["status"] == "Active" for member in members)
    assert all({"givenName", "familyName"} <= set(member) for member in members)


def test_grades_are_as_untidy_as_real_ones(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    learner_count = len(lti.learner_ids(client))
    line_items = client.get("/api/lineitems").json()["lineItems"]
    all_results = {item["id"]: lti.results_by_user(client, item["id"]) for item in line_items}
    for results in all_results.values():
        assert 0 < len(results) < learner_count  # some students have no grade
    first, second, third = (all_results[item["id"]] for item in line_items[:3])
    assert first["007"]["comment"] == "<p>Good work &amp; effort</p>"
    assert any("resultMaximum" not in result for result in second.values())
    assert all(
        0 <= result["resultScore"] <= 1
        for result in second.values()
        if "resultMaximum" not in result
    )
    assert any(
        result["resultMaximum"] != line_items[2]["scoreMaximum"] for result in third.values()
    )
    comments = [
        result.get("comment") for results in all_results.values() for result in results.values()
    ]
    assert sum(comment is not None for comment in comments) > 5


def test_the_course_is_reproducible_from_the_seed(
    make_sandbox: Any, connect: Any, lti: Any
) -> None:
    def snapshot(sandbox: Sandbox) -> tuple[Any, ...]:
        client = connect(sandbox)
        return (
            lti.roster(client),
            client.get("/api/lineitems").json(),
            [lti.results_by_user(client, item_id) for item_id in sandbox.line_item_ids()],
        )

    first, again, other = (snapshot(make_sandbox(seed=seed)) for seed in (21, 21, 22))
    assert first == again
    assert first[0] != other[0] and first[2] != other[2]


@pytest.mark.parametrize("platform", ["generic", "canvas", "moodle"])
def test_ids_follow_the_platform(platform: Platform) -> None:
    ids = [item["id"] for item in build_course(SandboxOptions(platform=platform)).line_items]
    assert any("/lineitem?type_id=" in item_id for item_id in ids)
    assert any(":::" in item_id for item_id in ids)
    host = {"generic": "lms", "canvas": "canvas", "moodle": "moodle"}[platform]
    assert ids[0].startswith(f"https://{host}.example.edu/")
    assert len(set(ids)) == len(ids)


def test_ten_thousand_students_build_in_well_under_a_second() -> None:
    started = time.perf_counter()
    course = build_course(SandboxOptions(students=10_000, line_items=5))
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0
    assert sum(member.is_learner for member in course.members) == 10_000
    assert len({member.user_id for member in course.members}) == 10_002


def test_more_line_items_than_templates_get_unique_labels() -> None:
    labels = [item["label"] for item in build_course(SandboxOptions(line_items=12)).line_items]
    assert len(set(labels)) == 12


def test_an_empty_course_still_serves(make_sandbox: Any, connect: Any) -> None:
    sandbox = make_sandbox(students=0, line_items=0)
    client = connect(sandbox)
    token = client.get("/api/idtoken").json()
    assert token["services"]["assignmentAndGrades"] == {"available": True}
    assert client.get("/api/lineitems").json() == {"lineItems": []}
    assert len(client.get("/api/memberships").json()["members"]) == 2


@pytest.mark.parametrize(
    "options",
    [
        {"platform": "blackboard"},
        {"students": -1},
        {"page_size": 0},
        {"page_size": 101},
        {"fault_rate": 1.5},
        {"rate_limit": 0},
        {"latency_ms": -1},
        {"page_latency_ms": -1},
        {"port": 70000},
    ],
)
def test_options_are_checked(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(options))):
        SandboxOptions(**options)
