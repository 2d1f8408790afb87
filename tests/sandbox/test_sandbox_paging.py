"""LMS-style paging of results, memberships and line items, followed via `?url=`."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox


@pytest.mark.parametrize("platform", ["generic", "canvas"])
def test_results_page_at_ten_even_without_limit(
    make_sandbox: Any, connect: Any, lti: Any, platform: str
) -> None:
    sandbox = make_sandbox(platform=platform)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    path = lti.item_path(line_item_id, "/scores")

    first_page = client.get(path).json()
    assert len(first_page["scores"]) == 10
    assert "prev" not in first_page
    next_url = urlsplit(first_page["next"])
    assert next_url.netloc != urlsplit(sandbox.base_url).netloc  # an LMS URL, not LTIAAS's
    second_page = client.get(path, params={"url": first_page["next"]}).json()
    assert second_page["prev"] == first_page["first"]
    assert second_page["first"] == first_page["first"]

    results, pages = lti.follow_pages(client, path, "scores")
    assert pages >= 3
    everything = client.get(path, params={"limit": 100}).json()
    assert "next" not in everything
    assert results == everything["scores"]
    user_ids = [str(result["userId"]) for result in results]
    assert len(set(user_ids)) == len(user_ids)


def test_canvas_result_links_look_like_canvas(make_sandbox: Any, connect: Any, lti: Any) -> None:
    sandbox = make_sandbox(platform="canvas")
    line_item_id = sandbox.line_item_ids()[0]
    page = connect(sandbox).get(lti.item_path(line_item_id, "/scores")).json()
    assert page["next"] == f"{line_item_id}/results?page=2&per_page=10"


def test_memberships_page_through_url(make_sandbox: Any, connect: Any, lti: Any) -> None:
    sandbox = make_sandbox(platform="canvas", students=40)
    client = connect(sandbox)
    members, pages = lti.follow_pages(client, "/api/memberships", "members")
    assert pages == 5  # 40 learners, an instructor and a TA, 10 a page
    assert len({member["userId"] for member in members}) == 42
    body = client.get("/api/memberships").json()
    assert body["id"] and {"id", "label", "title"} <= set(body["context"])


def test_url_overrides_every_other_parameter(client: httpx.Client, lti: Any) -> None:
    first_page = client.get("/api/memberships").json()
    second_page = client.get(
        "/api/memberships", params={"url": first_page["next"], "limit": 1, "role": "Instructor"}
    ).json()
    assert len(second_page["members"]) == 10


def test_a_filter_travels_inside_the_page_links(client: httpx.Client) -> None:
    learners = client.get("/api/memberships", params={"role": "Learner", "limit": 20}).json()
    assert "role=Learner" in learners["next"]
    rest = client.get("/api/memberships", params={"url": learners["next"]}).json()
    assert len(learners["members"]) + len(rest["members"]) == 40
    assert all(
        any(role.endswith("Learner") for role in member["roles"]) for member in rest["members"]
    )


@pytest.mark.parametrize(
    "bad_url",
    [
        "https://elsewhere.example.edu/lti/courses/demo-101/memberships?page=2&per_page=10",
        "https://lms.example.edu/lti/courses/demo-101/lineitems?page=2&per_page=10",
        "https://lms.example.edu/lti/courses/demo-101/memberships?page=two&per_page=10",
        "https://lms.example.edu/lti/courses/demo-101/memberships?page=2&per_page=1000",
        "https://lms.example.edu/lti/courses/demo-101/memberships?page=2&per_page=10&x=1",
        "not a url",
    ],
)
def test_a_url_of_another_endpoint_is_refused(client: httpx.Client, bad_url: str) -> None:
    response = client.get("/api/memberships", params={"url": bad_url})
    assert response.status_code == 400
    assert response.json()["details"]["message"] == "INVALID_PAGINATION_URL"


def test_a_results_link_does_not_work_for_another_line_item(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    first, second = sandbox.line_item_ids()[:2]
    link = client.get(lti.item_path(first, "/scores")).json()["next"]
    response = client.get(lti.item_path(second, "/scores"), params={"url": link})
    assert response.status_code == 400


@pytest.mark.parametrize("limit", ["0", "-3", "ten", "1.5"])
def test_a_bad_limit_is_refused(client: httpx.Client, limit: str) -> None:
    response = client.get("/api/memberships", params={"limit": limit})
    assert response.status_code == 400
    assert response.json()["details"]["message"] == "INVALID_LIMIT"


def test_limit_is_capped_at_one_hundred(make_sandbox: Any, connect: Any) -> None:
    sandbox = make_sandbox(students=150)
    page = connect(sandbox).get("/api/memberships", params={"limit": 500}).json()
    assert len(page["members"]) == 100
    assert "per_page=100" in page["next"]


def test_page_size_option_sets_the_default(make_sandbox: Any, connect: Any) -> None:
    sandbox = make_sandbox(page_size=4)
    assert len(connect(sandbox).get("/api/memberships").json()["members"]) == 4


def test_generic_single_page_has_no_links(client: httpx.Client) -> None:
    body = client.get("/api/memberships", params={"limit": 100}).json()
    assert len(body["members"]) == 42
    assert not {"next", "prev", "first", "last"} & set(body)


def test_moodle_pages_only_with_limit_and_then_loses_next(
    make_sandbox: Any, connect: Any, lti: Any
) -> None:
    sandbox = make_sandbox(platform="moodle")
    client = connect(sandbox)
    everyone = client.get("/api/memberships").json()
    assert len(everyone["members"]) == 42
    limited = client.get("/api/memberships", params={"limit": 5}).json()
    assert len(limited["members"]) == 5
    assert not {"next", "prev", "first", "last"} & set(limited)

    path = lti.item_path(sandbox.line_item_ids()[0], "/scores")
    all_results = client.get(path).json()
    assert len(all_results["scores"]) > 10 and "next" not in all_results
    assert len(client.get(path, params={"limit": 3}).json()["scores"]) == 3


def test_results_filter_by_user(sandbox: Sandbox, client: httpx.Client, lti: Any) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    body = client.get(lti.item_path(line_item_id, "/scores"), params={"userId": "007"}).json()
    assert [result["userId"] for result in body["scores"]] == ["007"]
