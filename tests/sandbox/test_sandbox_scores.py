"""Score posts: LTIAAS validation and the AGS effects each platform applies."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox

INSTRUCTOR_ROLE_SUFFIX = "Instructor"


def post(client: httpx.Client, lti: Any, line_item_id: str, body: Any) -> httpx.Response:
    return client.post(lti.item_path(line_item_id, "/scores"), json=body)


def staff_ids(client: httpx.Client, lti: Any) -> list[str]:
    return [member["userId"] for member in lti.roster(client) if not lti.is_learner(member)]


def test_a_score_is_stored_and_answered_with_204(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[5]
    response = post(client, lti, line_item_id, lti.score(learner, 8.5, 10, comment="Nice"))
    assert response.status_code == 204 and response.content == b""
    result = lti.results_by_user(client, line_item_id)[learner]
    assert result["resultScore"] == 8.5 and result["resultMaximum"] == 10
    assert result["comment"] == "Nice"
    assert result["scoreOf"] == line_item_id
    assert result["id"] == f"{line_item_id}/results/{learner}"


def test_zero_and_extra_credit_are_valid(sandbox: Sandbox, client: httpx.Client, lti: Any) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    first, second = lti.learner_ids(client)[3:5]
    assert post(client, lti, line_item_id, lti.score(first, 0, 10)).status_code == 204
    assert post(client, lti, line_item_id, lti.score(second, 12, 10)).status_code == 204
    results = lti.results_by_user(client, line_item_id)
    assert results[first]["resultScore"] == 0
    assert results[second]["resultScore"] == 12


@pytest.mark.parametrize("platform", ["canvas", "moodle"])
def test_canvas_and_moodle_rescale_to_the_column_maximum(
    make_sandbox: Any, connect: Any, lti: Any, platform: str
) -> None:
    sandbox = make_sandbox(platform=platform)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[1]  # scoreMaximum 20
    learner = lti.learner_ids(client)[3]
    assert post(client, lti, line_item_id, lti.score(learner, 7, 10)).status_code == 204
    result = lti.results_by_user(client, line_item_id)[learner]
    assert result["resultMaximum"] == 20
    assert result["resultScore"] / result["resultMaximum"] == pytest.approx(0.7)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"userId": ""}, "userId"),
        ({"userId": 42}, "userId"),
        ({"activityProgress": "Initiated"}, "activityProgress"),
        ({"gradingProgress": "Graded"}, "gradingProgress"),
        ({"scoreGiven": -1}, "scoreGiven"),
        ({"scoreGiven": "7"}, "scoreGiven"),
        ({"scoreMaximum": None}, "scoreMaximum"),
        ({"scoreMaximum": 0}, "scoreMaximum"),
        ({"comment": 5}, "comment"),
        ({"timestamp": None}, "timestamp"),
        ({"timestamp": "2026-03-02T09:00:00.000"}, "timestamp"),
        ({"timestamp": "2026-03-02"}, "timestamp"),
        ({"timestamp": "yesterday"}, "timestamp"),
    ],
)
def test_invalid_scores_get_a_400_envelope_naming_the_problem(
    sandbox: Sandbox, client: httpx.Client, lti: Any, changes: dict[str, Any], field: str
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    body = lti.score("007") | changes
    body = {key: value for key, value in body.items() if value is not None}
    before = lti.results_by_user(client, line_item_id)["007"]
    response = post(client, lti, line_item_id, body)
    assert response.status_code == 400
    envelope = response.json()
    assert envelope["status"] == 400 and envelope["error"] == "Bad Request"
    [error] = envelope["details"]["errors"]
    assert f'"{field}"' in error
    assert lti.results_by_user(client, line_item_id)["007"] == before


def test_every_problem_is_listed_at_once(sandbox: Sandbox, client: httpx.Client, lti: Any) -> None:
    body = {"userId": "", "activityProgress": "Done", "scoreGiven": 3}
    response = post(client, lti, sandbox.line_item_ids()[0], body)
    errors = response.json()["details"]["errors"]
    for field in ("userId", "activityProgress", "gradingProgress", "scoreMaximum", "timestamp"):
        assert any(f'"{field}"' in error for error in errors), field


def test_scores_for_an_unknown_line_item_are_404(client: httpx.Client, lti: Any) -> None:
    missing = "https://lms.example.edu/lti/courses/demo-101/lineitems/404"
    assert post(client, lti, missing, lti.score("007")).status_code == 404
    assert client.get(lti.item_path(missing, "/scores")).status_code == 404


@pytest.mark.parametrize("platform", ["generic", "canvas", "moodle"])
def test_a_score_without_score_given_clears_the_grade(
    make_sandbox: Any, connect: Any, lti: Any, platform: str
) -> None:
    sandbox = make_sandbox(platform=platform)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[1]
    assert post(client, lti, line_item_id, lti.score(learner, 9, 10)).status_code == 204
    cleared = lti.score(learner, None, None, at=5)
    assert post(client, lti, line_item_id, cleared).status_code == 204
    assert learner not in lti.results_by_user(client, line_item_id)


@pytest.mark.parametrize("progress", ["Pending", "PendingManual", "Failed", "NotReady"])
def test_generic_clears_the_grade_unless_fully_graded(
    sandbox: Sandbox, client: httpx.Client, lti: Any, progress: str
) -> None:
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[1]
    post(client, lti, line_item_id, lti.score(learner, 9, 10))
    pending = lti.score(learner, 6, 10, at=5, grading_progress=progress)
    assert post(client, lti, line_item_id, pending).status_code == 204
    assert learner not in lti.results_by_user(client, line_item_id)


def test_canvas_keeps_a_pending_manual_grade(make_sandbox: Any, connect: Any, lti: Any) -> None:
    sandbox = make_sandbox(platform="canvas")
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[1]
    body = lti.score(learner, 6, 10, comment="To review", grading_progress="PendingManual")
    assert post(client, lti, line_item_id, body).status_code == 204
    assert lti.results_by_user(client, line_item_id)[learner]["resultScore"] == 6
    pending = lti.score(learner, 6, 10, at=5, grading_progress="Pending")
    post(client, lti, line_item_id, pending)
    # The grade is gone; Canvas still lists the submission (it has a comment) with a null score.
    result = lti.results_by_user(client, line_item_id)[learner]
    assert result["resultScore"] is None and result["comment"] == "To review"


def test_an_overflowing_number_is_not_finite(
    sandbox: Sandbox, client: httpx.Client, lti: Any
) -> None:
    body = json.dumps(lti.score("007", given=0)).replace('"scoreGiven": 0', '"scoreGiven": 1e999')
    response = client.post(
        lti.item_path(sandbox.line_item_ids()[0], "/scores"),
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["details"]["errors"] == ['"scoreGiven" must be a finite number']


def test_nan_is_not_json(sandbox: Sandbox, client: httpx.Client, lti: Any) -> None:
    body = json.dumps(lti.score("007", given=float("nan")))
    assert "NaN" in body
    response = client.post(
        lti.item_path(sandbox.line_item_ids()[0], "/scores"),
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["details"]["errors"] == ["the body must be valid JSON"]


@pytest.mark.parametrize("platform", ["generic", "moodle"])
def test_a_score_without_comment_clears_the_comment(
    make_sandbox: Any, connect: Any, lti: Any, platform: str
) -> None:
    sandbox = make_sandbox(platform=platform)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[1]
    post(client, lti, line_item_id, lti.score(learner, 9, 10, comment="Great"))
    assert lti.results_by_user(client, line_item_id)[learner]["comment"] == "Great"
    post(client, lti, line_item_id, lti.score(learner, 8, 10, at=5))
    result = lti.results_by_user(client, line_item_id)[learner]
    assert "comment" not in result and result["resultScore"] == 8


def test_canvas_appends_every_comment_and_keeps_it_when_none_is_sent(
    make_sandbox: Any, connect: Any, lti: Any
) -> None:
    sandbox = make_sandbox(platform="canvas")
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[1]
    before = sandbox.control.comment_history(line_item_id, learner)
    post(client, lti, line_item_id, lti.score(learner, 9, 10, comment="First"))
    post(client, lti, line_item_id, lti.score(learner, 9, 10, at=1, comment="First"))
    post(client, lti, line_item_id, lti.score(learner, 8, 10, at=2))
    assert sandbox.control.comment_history(line_item_id, learner) == [*before, "First", "First"]
    result = lti.results_by_user(client, line_item_id)[learner]
    assert result["comment"] == "First" and result["resultScore"] == 8


@pytest.mark.parametrize("platform", ["generic", "canvas"])
def test_an_older_or_equal_timestamp_is_refused_with_400(
    make_sandbox: Any, connect: Any, lti: Any, platform: str
) -> None:
    sandbox = make_sandbox(platform=platform)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[1]
    assert post(client, lti, line_item_id, lti.score(learner, 9, 10, at=10)).status_code == 204
    for at in (10, 9.999):
        stale = lti.score(learner, 3, 10, at=at)
        response = post(client, lti, line_item_id, stale)
        assert response.status_code == 400
        details = response.json()["details"]
        text = (
            f"Provided timestamp of {stale['timestamp']} before last updated timestamp "
            f"of {lti.timestamp(10)}"
        )
        assert details["message"] == text
        assert details["externalError"] is True
        assert details["externalUrl"] == f"{line_item_id}/scores"
        assert details["bodySent"] == stale
        if platform == "canvas":
            assert details["bodyReceived"] == {"errors": {"type": "bad_request", "message": text}}
        else:
            assert details["bodyReceived"] == text
    assert lti.results_by_user(client, line_item_id)[learner]["resultScore"] == 9
    newer = lti.score(learner, 4, 10, at=10.001)
    assert post(client, lti, line_item_id, newer).status_code == 204


def test_moodle_refuses_a_second_score_within_the_same_second(
    make_sandbox: Any, connect: Any, lti: Any
) -> None:
    sandbox = make_sandbox(platform="moodle")
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    learner = lti.learner_ids(client)[1]
    assert post(client, lti, line_item_id, lti.score(learner, 9, 10, at=0.1)).status_code == 204
    response = post(client, lti, line_item_id, lti.score(learner, 5, 10, at=0.9))
    assert response.status_code == 409
    details = response.json()["details"]
    expected = (
        f"Refusing score with an earlier timestamp for item {line_item_id} and user {learner}"
    )
    assert details["message"] == expected and details["bodyReceived"] == expected
    assert post(client, lti, line_item_id, lti.score(learner, 5, 10, at=1.0)).status_code == 204


@pytest.mark.parametrize("platform", ["generic", "canvas"])
def test_scores_for_staff_or_strangers_get_422(
    make_sandbox: Any, connect: Any, lti: Any, platform: str
) -> None:
    sandbox = make_sandbox(platform=platform)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    for user_id in [*staff_ids(client, lti), "not-enrolled"]:
        response = post(client, lti, line_item_id, lti.score(user_id))
        assert response.status_code == 422, user_id
        details = response.json()["details"]
        assert details["message"] == "User not found in course or is not a student"
        assert details["externalError"] is True


def test_moodle_answers_400_for_staff(make_sandbox: Any, connect: Any, lti: Any) -> None:
    sandbox = make_sandbox(platform="moodle")
    client = connect(sandbox)
    assistant = staff_ids(client, lti)[1]
    response = post(client, lti, sandbox.line_item_ids()[0], lti.score(assistant))
    assert response.status_code == 400
    assert response.json()["details"]["bodyReceived"] == "Incorrect score received"


def test_canvas_sends_numeric_user_ids_as_numbers(
    make_sandbox: Any, connect: Any, lti: Any
) -> None:
    sandbox = make_sandbox(platform="canvas")
    client = connect(sandbox)
    results, _ = lti.follow_pages(
        client, lti.item_path(sandbox.line_item_ids()[0], "/scores"), "scores", {"limit": 100}
    )
    user_ids = [result["userId"] for result in results]
    assert "007" in user_ids  # leading zeros must stay a string
    assert any(isinstance(user_id, int) for user_id in user_ids)
    roster_ids = {member["userId"] for member in lti.roster(client)}
    assert all(isinstance(user_id, str) for user_id in roster_ids)
    assert {str(user_id) for user_id in user_ids} <= roster_ids


def test_the_listing_shows_a_student_as_soon_as_they_have_a_grade(
    make_sandbox: Any, connect: Any, lti: Any
) -> None:
    sandbox = make_sandbox(students=40, seed=1)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    path = lti.item_path(line_item_id, "/scores")

    def listed() -> list[str]:
        return [
            result["userId"] for result in client.get(path, params={"limit": 100}).json()["scores"]
        ]

    learners = [
        member["userId"]
        for member in client.get(
            "/api/memberships", params={"role": "Learner", "limit": 100}
        ).json()["members"]
        if member.get("status", "Active") == "Active"
    ]
    before = listed()
    ungraded = next(user for user in learners if user not in before and user != "007")
    assert client.post(path, json=lti.score(ungraded, 4, 10)).status_code == 204
    after_post = listed()
    assert ungraded in after_post and len(after_post) == len(before) + 1
    others = [user for user in learners if user not in after_post]
    if others:  # a grade set in the LMS's own gradebook is listed too
        sandbox.control.set_grade(line_item_id, others[0], 3, 10, None)
        assert others[0] in listed()
