"""The deterministic control handle, in Python and through the loopback admin routes."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from gradebook_gui.sandbox import FAILURE_KINDS, Sandbox


def post_score(client: httpx.Client, lti: Any, line_item_id: str, body: Any) -> httpx.Response:
    return client.post(lti.item_path(line_item_id, "/scores"), json=body)


def test_drop_connection_applies_the_grade_then_hangs_up(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    target, other = lti.learner_ids(client)[3:5]
    sandbox.control.drop_connection_after_next_score(user_id=target)

    assert post_score(client, lti, line_item_id, lti.score(other, 1, 10)).status_code == 204
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        post_score(client, lti, line_item_id, lti.score(target, 9.5, 10))
    assert lti.results_by_user(client, line_item_id)[target]["resultScore"] == 9.5
    dropped = [request for request in sandbox.control.requests() if request.method == "POST"][-1]
    assert dropped.json_body["userId"] == target and dropped.status is None

    # One-shot: the next score for the same student gets its answer.
    again = post_score(client, lti, line_item_id, lti.score(target, 9, 10, at=1))
    assert again.status_code == 204


def test_drop_connection_without_a_user_hits_the_next_applied_score(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[3]
    sandbox.control.drop_connection_after_next_score()
    # A refused score is answered: only an applied one is dropped.
    assert post_score(client, lti, line_item_id, lti.score("nobody")).status_code == 422
    with pytest.raises(httpx.RemoteProtocolError):
        post_score(client, lti, line_item_id, lti.score(learner, 2, 10))


def test_ignore_next_score_answers_204_without_applying(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[3]
    before = lti.results_by_user(client, line_item_id).get(learner)
    sandbox.control.ignore_next_score(learner)
    assert post_score(client, lti, line_item_id, lti.score(learner, 1, 10)).status_code == 204
    assert lti.results_by_user(client, line_item_id).get(learner) == before
    assert post_score(client, lti, line_item_id, lti.score(learner, 1, 10)).status_code == 204
    assert lti.results_by_user(client, line_item_id)[learner]["resultScore"] == 1


def test_expire_and_issue_credentials(make_sandbox: Any, lti: Any) -> None:
    sandbox = make_sandbox(seed=11)
    old = sandbox.credentials
    sandbox.control.expire_credentials()
    for header in (
        f"LTIK-AUTH-V2 {old.api_key}:{old.ltik}",
        f"SERVICE-AUTH-V1 {old.api_key}:{old.service_key}",
    ):
        response = httpx.get(f"{sandbox.base_url}/api/lineitems", headers={"Authorization": header})
        assert response.status_code == 401
        assert set(response.json()) == {"status", "error", "details"}

    new = sandbox.control.issue_new_credentials()
    assert new == sandbox.credentials
    assert new.api_key == old.api_key and new.ltik != old.ltik
    assert new.service_key != old.service_key
    with httpx.Client(base_url=sandbox.base_url) as client:
        ltik = {"Authorization": f"LTIK-AUTH-V2 {new.api_key}:{new.ltik}"}
        token = client.get("/api/idtoken", headers=ltik).json()
        assert token["services"]["serviceKey"] == new.service_key
        service = {"Authorization": f"SERVICE-AUTH-V1 {new.api_key}:{new.service_key}"}
        assert client.get("/api/memberships", headers=service).status_code == 200
    # The next credentials are derived from the seed too.
    assert make_sandbox(seed=11).control.issue_new_credentials() == new


def test_set_grade_changes_what_the_lms_shows(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]  # scoreMaximum 10; learner 007 has a comment
    control = sandbox.control
    comment = lti.results_by_user(client, line_item_id)["007"]["comment"]

    control.set_grade(line_item_id, "007", 4.5)
    result = lti.results_by_user(client, line_item_id)["007"]
    assert (result["resultScore"], result["resultMaximum"], result["comment"]) == (4.5, 10, comment)

    control.set_grade(line_item_id, "007", 30, maximum=100, comment="Changed in the LMS")
    assert control.results(line_item_id)["007"] == lti.results_by_user(client, line_item_id)["007"]
    assert control.results(line_item_id)["007"]["comment"] == "Changed in the LMS"

    control.set_grade(line_item_id, "007", None, comment=None)
    assert "007" not in lti.results_by_user(client, line_item_id)
    assert "007" not in control.results(line_item_id)

    with pytest.raises(ValueError, match="unknown line item"):
        control.set_grade("https://nowhere.example.edu/1", "007", 1)
    with pytest.raises(ValueError, match="unknown user"):
        control.set_grade(line_item_id, "nobody", 1)


@pytest.mark.parametrize("kind", FAILURE_KINDS)
def test_fail_for_user_answers_the_failure_without_applying(
    make_sandbox: Any, connect: Any, lti: Any, kind: str
) -> None:
    sandbox = make_sandbox(platform="canvas")
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[3]
    before = lti.results_by_user(client, line_item_id).get(learner)
    sandbox.control.fail_for_user(learner, kind, times=2)

    for attempt in range(2):
        response = post_score(client, lti, line_item_id, lti.score(learner, 1, 10, at=attempt))
        expected_status = 403 if kind == "rate_limit_403" else int(kind)
        assert response.status_code == expected_status
        if kind in ("rate_limit_403", "429"):
            assert response.headers["Retry-After"] == "1"
        if kind in ("502", "504"):
            with pytest.raises(json.JSONDecodeError):
                response.json()  # a proxy page, not the LTIAAS envelope
        else:
            assert response.json()["status"] == expected_status
        if kind == "rate_limit_403":
            details = response.json()["details"]
            assert details["message"] == "Rate Limit Exceeded" and details["externalError"]
    assert lti.results_by_user(client, line_item_id).get(learner) == before
    assert post_score(client, lti, line_item_id, lti.score(learner, 1, 10, at=5)).status_code == 204


def test_fail_for_user_checks_its_arguments(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="kind"):
        sandbox.control.fail_for_user("007", "418")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="times"):
        sandbox.control.fail_for_user("007", "500", times=0)


def test_requests_are_recorded_without_secrets(
    make_sandbox: Any, connect: Any, lti: Any, fake_clock: Any
) -> None:
    sandbox = make_sandbox(clock=fake_clock)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[1]
    body = lti.score("007", 3, 10)
    client.get(lti.item_path(line_item_id, "/scores"), params={"userId": "007"})
    fake_clock.advance(2.5)
    post_score(client, lti, line_item_id, body)
    service = sandbox.credentials
    httpx.get(
        f"{sandbox.base_url}/api/memberships",
        headers={"Authorization": f"SERVICE-AUTH-V1 {service.api_key}:{service.service_key}"},
    )

    listing, score_post, roster = sandbox.control.requests()
    assert listing.method == "GET" and listing.query == {"userId": "007"}
    assert listing.raw_path == lti.item_path(line_item_id, "/scores")
    assert listing.line_item_id == line_item_id
    assert listing.auth_scheme == "LTIK-AUTH-V2" and listing.status == 200
    assert listing.started == listing.ended == 1000.0
    assert score_post.json_body == body and score_post.status == 204
    assert score_post.started == 1002.5
    assert roster.auth_scheme == "SERVICE-AUTH-V1" and roster.line_item_id is None
    for secret in (service.api_key, service.ltik, service.service_key):
        assert secret not in repr(sandbox.control.requests())

    sandbox.control.clear_requests()
    assert sandbox.control.requests() == []


def test_a_bare_secret_in_the_header_is_not_recorded(sandbox: Sandbox) -> None:
    ltik = sandbox.credentials.ltik
    httpx.get(f"{sandbox.base_url}/api/lineitems", headers={"Authorization": ltik})
    [request] = sandbox.control.requests()
    assert request.auth_scheme == "unrecognized" and request.status == 401


def test_comment_history_outside_canvas_is_the_current_comment(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[3]
    post_score(client, lti, line_item_id, lti.score(learner, 1, 10, comment="One"))
    post_score(client, lti, line_item_id, lti.score(learner, 1, 10, at=1, comment="Two"))
    assert sandbox.control.comment_history(line_item_id, learner) == ["Two"]
    assert sandbox.control.comment_history(line_item_id, "nobody") == []


def test_reset_faults_disarms_everything(sandbox: Sandbox, client: httpx.Client, lti: Any) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[3]
    control = sandbox.control
    control.drop_connection_after_next_score()
    control.ignore_next_score()
    control.fail_for_user(learner, "500", times=3)
    control.reset_faults()
    assert post_score(client, lti, line_item_id, lti.score(learner, 6, 10)).status_code == 204
    assert lti.results_by_user(client, line_item_id)[learner]["resultScore"] == 6


def test_admin_routes_mirror_the_control_methods(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[3]
    with httpx.Client(base_url=f"{sandbox.base_url}/_sandbox") as admin:
        armed = admin.post("/fail-for-user", json={"user_id": learner, "kind": "502"})
        assert armed.json() == {"ok": True}
        assert post_score(client, lti, line_item_id, lti.score(learner)).status_code == 502

        admin.post("/ignore-next-score", json={})
        assert post_score(client, lti, line_item_id, lti.score(learner, 2, 10)).status_code == 204
        admin.post(
            "/set-grade",
            json={"line_item_id": line_item_id, "user_id": learner, "score": 8, "comment": "Hi"},
        )
        results = admin.get("/results", params={"line_item_id": line_item_id}).json()
        assert results[learner]["resultScore"] == 8 and results[learner]["comment"] == "Hi"
        history = admin.get(
            "/comment-history", params={"line_item_id": line_item_id, "user_id": learner}
        )
        assert history.json() == ["Hi"]

        recorded = admin.get("/requests").json()
        assert [entry["status"] for entry in recorded][-2:] == [502, 204]
        assert admin.get("/max-in-flight").json() == {
            "max_in_flight": 1,
            "max_in_flight_per_user": 1,
        }
        admin.post("/clear-requests")
        assert admin.get("/requests").json() == []

        admin.post("/drop-connection-after-next-score", json={"user_id": learner})
        admin.post("/reset-faults")
        assert post_score(client, lti, line_item_id, lti.score(learner, 3, 10, at=1)).is_success

        admin.post("/expire-credentials")
        assert client.get("/api/lineitems").status_code == 401
        fresh = admin.post("/issue-new-credentials").json()
        assert fresh == {
            "api_key": sandbox.credentials.api_key,
            "ltik": sandbox.credentials.ltik,
            "service_key": sandbox.credentials.service_key,
        }

        assert admin.post("/fail-for-user", json={"user_id": learner}).status_code == 400
        assert admin.post("/set-grade", json={"line_item_id": line_item_id}).status_code == 400
        assert admin.get("/results", params={"line_item_id": "nope"}).status_code == 400
        assert admin.post("/ignore-next-score", content=b"[1]").status_code == 400
        assert admin.get("/nothing").status_code == 404
    # Admin calls are not part of the API traffic.
    assert all(
        not request.raw_path.startswith("/_sandbox") for request in sandbox.control.requests()
    )


def test_admin_routes_refuse_clients_that_are_not_loopback(sandbox: Sandbox) -> None:
    async def call_from_elsewhere() -> httpx.Response:
        transport = httpx.ASGITransport(app=sandbox.app, client=("203.0.113.7", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as remote:
            return await remote.post("/_sandbox/expire-credentials")

    assert asyncio.run(call_from_elsewhere()).status_code == 403
    credentials = sandbox.credentials
    header = {"Authorization": f"LTIK-AUTH-V2 {credentials.api_key}:{credentials.ltik}"}
    assert httpx.get(f"{sandbox.base_url}/api/lineitems", headers=header).status_code == 200


def test_a_member_made_inactive_is_listed_so_and_refused_a_score(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner, other = lti.learner_ids(client)[3:5]
    before = lti.results_by_user(client, line_item_id).get(learner)
    sandbox.control.set_member_status(learner, "Inactive")

    statuses = {member["userId"]: member["status"] for member in lti.roster(client)}
    assert statuses[learner] == "Inactive" and statuses[other] == "Active"
    refused = post_score(client, lti, line_item_id, lti.score(learner, 3, 10))
    assert refused.status_code == 422
    assert "not a student" in refused.text
    assert lti.results_by_user(client, line_item_id).get(learner) == before
    assert post_score(client, lti, line_item_id, lti.score(other, 3, 10)).status_code == 204

    sandbox.control.set_member_status(learner, "Active")
    assert post_score(client, lti, line_item_id, lti.score(learner, 3, 10)).status_code == 204


def test_a_member_whose_roles_no_longer_include_learner_is_refused_a_score(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[3]
    sandbox.control.set_member_roles(
        learner, ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]
    )
    assert learner not in lti.learner_ids(client)
    assert post_score(client, lti, line_item_id, lti.score(learner, 3, 10)).status_code == 422
