"""The LMS's results as the sandbox writes them: each result's id is its line item's URL with
`/results/<userId>` added to the path, the query (Moodle's `?type_id=3`) kept at the end; and
who is listed, in LMS order, as grades come and go."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

import pytest

from gradebook_gui.sandbox import Platform, SandboxOptions
from gradebook_gui.sandbox.data import build_course
from gradebook_gui.sandbox.lms import UNCHANGED, Gradebook
from gradebook_gui.sandbox.validation import ScoreSubmission

MOMENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def result_url(line_item_id: str, user_id: str) -> str:
    parts = urlsplit(line_item_id)
    return urlunsplit(parts._replace(path=f"{parts.path}/results/{user_id}"))


@pytest.mark.parametrize("platform", ["generic", "canvas", "moodle"])
def test_every_result_id_is_its_line_items_url_with_the_user_in_the_path(
    platform: Platform,
) -> None:
    gradebook = Gradebook(build_course(SandboxOptions(platform=platform, seed=5)))
    line_item_ids = gradebook.line_item_ids()
    assert any("?" in line_item_id for line_item_id in line_item_ids)  # the Moodle-style one
    for line_item_id in line_item_ids:
        listed = list(gradebook.listed_user_ids(line_item_id, None))
        page = gradebook.results_json(line_item_id, listed)
        assert page and [result["id"] for result in page] == [
            result_url(line_item_id, str(result["userId"])) for result in page
        ]
        stored = gradebook.stored_results(line_item_id)
        assert {result["id"] for result in stored.values()} == {result["id"] for result in page}


def test_a_line_item_made_later_names_its_results_the_same_way() -> None:
    gradebook = Gradebook(build_course(SandboxOptions(seed=5)))
    created = gradebook.create_line_item({"label": "Late quiz", "scoreMaximum": 10})
    learner = next(member for member in gradebook.members(None) if member.is_active_learner)
    gradebook.set_grade(created["id"], learner.user_id, 4.0, None, "Good start")
    [result] = gradebook.results_json(created["id"], [learner.user_id])
    assert result["id"] == result_url(created["id"], learner.user_id)
    assert result["comment"] == "Good start"


def score(user_id: str, given: float | None, seconds: int) -> ScoreSubmission:
    moment = MOMENT + timedelta(seconds=seconds)
    return ScoreSubmission(
        user_id=user_id,
        activity_progress="Completed",
        grading_progress="FullyGraded" if given is not None else "NotReady",
        score_given=given,
        score_maximum=10 if given is not None else None,
        comment=None,
        timestamp=moment,
        timestamp_text=moment.isoformat(),
    )


def test_who_is_listed_follows_every_grade_given_changed_and_cleared() -> None:
    gradebook = Gradebook(build_course(SandboxOptions(seed=5)))
    item = gradebook.line_item_ids()[0]
    before = list(gradebook.listed_user_ids(item, None))
    learners = [member.user_id for member in gradebook.members(None) if member.is_active_learner]
    ungraded = next(user for user in learners if user not in before)
    listed = before[3]

    gradebook.post_score(item, score(listed, 7, 1))  # a new score for a listed learner
    assert list(gradebook.listed_user_ids(item, None)) == before
    gradebook.post_score(item, score(ungraded, 5, 1))  # a first grade: listed from now on
    now = list(gradebook.listed_user_ids(item, None))
    assert set(now) == {*before, ungraded} and len(now) == len(before) + 1
    gradebook.post_score(item, score(listed, None, 2))  # the grade cleared, no comment left
    assert listed not in gradebook.listed_user_ids(item, None)
    gradebook.set_grade(item, listed, 4.0, None, UNCHANGED)  # given again in the LMS
    assert list(gradebook.listed_user_ids(item, None)) == now
    gradebook.set_grade(item, ungraded, None, None, None)  # cleared in the LMS
    assert list(gradebook.listed_user_ids(item, None)) == before
    [result] = gradebook.results_json(item, [listed])
    assert result["resultScore"] == 4.0
