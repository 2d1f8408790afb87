"""Line item CRUD, opaque URL ids routed as one encoded segment, and line item filters."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox


def seeded_id_containing(sandbox: Sandbox, marker: str) -> str:
    return next(item_id for item_id in sandbox.line_item_ids() if marker in item_id)


@pytest.mark.parametrize("marker", ["?type_id=", ":::", "_1/lineItems/_"])
def test_ids_with_query_strings_and_colons_work_only_fully_encoded(
    sandbox: Sandbox, client: httpx.Client, lti: Any, marker: str
) -> None:
    line_item_id = seeded_id_containing(sandbox, marker)

    right = client.get(lti.item_path(line_item_id))
    assert right.status_code == 200
    assert right.json()["id"] == line_item_id

    # The official Python SDK's mistake: quote() keeps the slashes of the id.
    wrong = client.get(f"/api/lineitems/{quote(line_item_id)}")
    assert wrong.status_code == 404
    assert wrong.json()["status"] == 404
    wrong_scores = client.get(f"/api/lineitems/{quote(line_item_id)}/scores")
    assert wrong_scores.status_code == 404


def test_seeded_line_items_have_distinct_maxima_and_platform_style_ids(
    make_sandbox: Any, connect: Any
) -> None:
    sandbox = make_sandbox(platform="canvas")
    items = connect(sandbox).get("/api/lineitems").json()["lineItems"]
    assert [item["scoreMaximum"] for item in items] == [10, 20, 25, 50, 100]
    assert items[0]["id"].startswith("https://canvas.example.edu/api/lti/courses/101/line_items/")
    assert [item["id"] for item in items] == sandbox.line_item_ids()


def test_create_read_replace_delete(client: httpx.Client, lti: Any) -> None:
    created = client.post(
        "/api/lineitems",
        json={
            "label": "Essay – «draft»",
            "scoreMaximum": 30,
            "tag": "essay",
            "resourceId": "essay-1",
            "https://example.edu/extension": {"kept": True},
        },
    )
    assert created.status_code == 201
    item = created.json()
    assert item["label"] == "Essay – «draft»" and item["scoreMaximum"] == 30
    assert item["https://example.edu/extension"] == {"kept": True}
    path = lti.item_path(item["id"])
    assert client.get(path).json() == item

    replaced = client.put(path, json={"label": "Essay", "scoreMaximum": 40})
    assert replaced.status_code == 200
    # Full replacement: every optional field left out is gone.
    assert replaced.json() == {"id": item["id"], "label": "Essay", "scoreMaximum": 40}
    assert client.get(path).json() == replaced.json()

    deleted = client.delete(path)
    assert deleted.status_code == 204 and deleted.content == b""
    missing = client.get(path)
    assert missing.status_code == 404
    assert missing.json()["details"]["message"] == "LINEITEM_NOT_FOUND"
    assert client.delete(path).status_code == 404


def test_replace_works_on_an_id_with_a_query_string(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = seeded_id_containing(sandbox, "?type_id=")
    response = client.put(lti.item_path(line_item_id), json={"label": "Renamed", "scoreMaximum": 5})
    assert response.status_code == 200
    assert response.json()["id"] == line_item_id
    assert client.get(lti.item_path(line_item_id)).json()["label"] == "Renamed"


@pytest.mark.parametrize(
    ("body", "expected_problems"),
    [
        ({"label": "  ", "scoreMaximum": 10}, ['"label"']),
        ({"scoreMaximum": 10}, ['"label"']),
        ({"label": "Quiz"}, ['"scoreMaximum"']),
        ({"label": "Quiz", "scoreMaximum": 0}, ['"scoreMaximum"']),
        ({"label": "Quiz", "scoreMaximum": -5}, ['"scoreMaximum"']),
        ({"label": "Quiz", "scoreMaximum": "10"}, ['"scoreMaximum"']),
        ({"label": "", "scoreMaximum": True}, ['"label"', '"scoreMaximum"']),
        (
            {"label": "Quiz", "scoreMaximum": 1, "startDateTime": "2026-01-01T10:00:00"},
            ['"startDateTime"'],
        ),
        ([], ["JSON object"]),
    ],
)
def test_invalid_line_items_are_refused_with_every_problem_listed(
    client: httpx.Client, body: Any, expected_problems: list[str]
) -> None:
    response = client.post("/api/lineitems", json=body)
    assert response.status_code == 400
    envelope = response.json()
    assert envelope["status"] == 400 and envelope["error"] == "Bad Request"
    errors = envelope["details"]["errors"]
    assert len(errors) == len(expected_problems)
    for problem, error in zip(expected_problems, errors, strict=True):
        assert problem in error


def test_a_body_that_is_not_json_is_refused(client: httpx.Client, sandbox: Sandbox) -> None:
    response = client.post(
        "/api/lineitems", content=b"label=Quiz", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 400
    assert response.json()["details"]["errors"] == ["the body must be valid JSON"]
    assert len(sandbox.line_item_ids()) == 5


def test_put_on_an_unknown_id_is_404(client: httpx.Client, lti: Any) -> None:
    path = lti.item_path("https://lms.example.edu/lti/courses/demo-101/lineitems/999")
    assert client.put(path, json={"label": "X", "scoreMaximum": 1}).status_code == 404


def test_filters_by_tag_and_resource_link(client: httpx.Client) -> None:
    quizzes = client.get("/api/lineitems", params={"tag": "quiz"}).json()["lineItems"]
    assert [item["tag"] for item in quizzes] == ["quiz"]
    linked = client.get("/api/lineitems", params={"resourceLinkId": quizzes[0]["resourceLinkId"]})
    assert [item["id"] for item in linked.json()["lineItems"]] == [quizzes[0]["id"]]
    assert client.get("/api/lineitems", params={"resourceId": "nope"}).json()["lineItems"] == []


def test_line_items_page_through_url(client: httpx.Client, sandbox: Sandbox, lti: Any) -> None:
    items, pages = lti.follow_pages(client, "/api/lineitems", "lineItems", {"limit": 2})
    assert pages == 3
    assert [item["id"] for item in items] == sandbox.line_item_ids()


def test_unknown_routes_and_methods(client: httpx.Client, lti: Any, sandbox: Sandbox) -> None:
    assert client.get("/api/nothing").status_code == 404
    assert client.get("/api/lineitems/").status_code == 404
    path = lti.item_path(sandbox.line_item_ids()[0])
    assert client.get(path + "/results").status_code == 404
    not_allowed = client.patch(path, json={})
    assert not_allowed.status_code == 405
    assert not_allowed.json()["status"] == 405
