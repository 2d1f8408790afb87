"""The pydantic models: lenient reading of real LMS shapes, strict validation of scores."""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from gradebook_gui.models import (
    ActivityProgress,
    GradingProgress,
    IdToken,
    LineItem,
    LineItemDraft,
    Member,
    PlatformFamily,
    Result,
    Score,
    format_timestamp,
    visible_text,
)

CANVAS_SUBMISSION_TYPE = "https://canvas.instructure.com/lti/submission_type"
MOODLE_LINE_ITEM = "https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3"
WHEN = datetime(2026, 11, 26, 15, 3, 7, 123456, tzinfo=timezone(timedelta(hours=1)))


def error_locations(exc: ValidationError) -> dict[tuple[str | int, ...], str]:
    return {tuple(error["loc"]): error["msg"] for error in exc.errors()}


# -- platform family ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "family"),
    [
        ("canvas", PlatformFamily.canvas),
        ("moodle", PlatformFamily.moodle),
        ("BlackboardLearn", PlatformFamily.blackboard),
        ("desire2learn", PlatformFamily.d2l),
        ("sakai", PlatformFamily.sakai),
        ("schoology", PlatformFamily.unknown),
        ("", PlatformFamily.unknown),
        (None, PlatformFamily.unknown),
    ],
)
def test_platform_family_from_product_code(code: str | None, family: PlatformFamily) -> None:
    assert PlatformFamily.from_product_code(code) is family


def test_only_moodle_goes_without_page_limit_and_only_canvas_appends_comments() -> None:
    assert [f for f in PlatformFamily if not f.sends_page_limit] == [PlatformFamily.moodle]
    assert [f for f in PlatformFamily if f.appends_comments] == [PlatformFamily.canvas]


# -- line items -----------------------------------------------------------------------------


def canvas_line_item() -> dict[str, Any]:
    return {
        "id": "https://canvas.example/api/lti/courses/1/line_items/7",
        "label": "Essay",
        "scoreMaximum": 40,
        "resourceId": "",
        "tag": "essay",
        "startDateTime": "2026-12-01T08:00:00.000+01:00",
        "endDateTime": "2026-12-15T23:59:59-05:00",
        CANVAS_SUBMISSION_TYPE: {"type": "external_tool", "external_tool_url": "https://t.example"},
    }


def test_line_item_put_body_keeps_every_field_and_the_extension_keys() -> None:
    item = LineItem.model_validate(canvas_line_item())

    renamed = item.model_copy(update={"label": "Essay 1"})

    expected = canvas_line_item() | {"label": "Essay 1", "scoreMaximum": 40.0}
    assert renamed.to_put_body() == expected


def test_line_item_dates_round_trip_unchanged() -> None:
    body = LineItem.model_validate(canvas_line_item()).to_put_body()
    assert body["startDateTime"] == "2026-12-01T08:00:00.000+01:00"
    assert body["endDateTime"] == "2026-12-15T23:59:59-05:00"


def test_line_item_absent_fields_stay_absent_and_empty_strings_stay() -> None:
    item = LineItem.model_validate({"id": MOODLE_LINE_ITEM, "label": "Quiz", "scoreMaximum": 10})
    body = item.to_put_body()
    assert body == {"id": MOODLE_LINE_ITEM, "label": "Quiz", "scoreMaximum": 10.0}
    assert "tag" not in body
    with_empty = LineItem.model_validate(canvas_line_item())
    assert with_empty.resourceId == ""
    assert with_empty.to_put_body()["resourceId"] == ""


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"label": "  "}, "label"), ({"scoreMaximum": 0}, "scoreMaximum")],
)
def test_line_item_refuses_blank_label_and_non_positive_maximum(
    changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        LineItem.model_validate(canvas_line_item() | changes)
    assert (field,) in error_locations(caught.value)


def test_line_item_is_immutable() -> None:
    item = LineItem.model_validate(canvas_line_item())
    with pytest.raises(ValidationError):
        item.label = "Changed"  # type: ignore[misc]


def test_draft_post_body_has_no_id_and_keeps_extensions() -> None:
    draft = LineItemDraft.model_validate(
        {"label": "Lab", "scoreMaximum": 5, "tag": "lab", CANVAS_SUBMISSION_TYPE: {"type": "none"}}
    )
    assert draft.to_post_body() == {
        "label": "Lab",
        "scoreMaximum": 5.0,
        "tag": "lab",
        CANVAS_SUBMISSION_TYPE: {"type": "none"},
    }


# -- results --------------------------------------------------------------------------------


def result(**fields: Any) -> Result:
    return Result.model_validate(
        {"id": "https://lms.example/results/1", "scoreOf": MOODLE_LINE_ITEM} | fields
    )


def test_result_user_id_arrives_as_a_number() -> None:
    assert result(userId=42).userId == "42"


@pytest.mark.parametrize("maximum", ["missing", None])
def test_result_without_maximum_is_on_a_scale_of_one(maximum: Any) -> None:
    fields: dict[str, Any] = {"userId": "7", "resultScore": 0.85}
    if maximum != "missing":
        fields["resultMaximum"] = maximum
    graded = result(**fields)
    assert graded.resultMaximum == 1.0
    assert graded.score_on_scale(40) == pytest.approx(34.0)


def test_result_without_score_has_no_fraction() -> None:
    ungraded = result(userId="7", resultMaximum=10)
    assert ungraded.resultScore is None
    assert ungraded.fraction is None
    assert ungraded.score_on_scale(100) is None


def test_result_scales_to_the_line_item_maximum() -> None:
    graded = result(userId="7", resultScore=8, resultMaximum=10)
    assert graded.fraction == pytest.approx(0.8)
    assert graded.score_on_scale(40) == pytest.approx(32.0)


def test_result_keeps_extension_keys() -> None:
    extension = "https://canvas.instructure.com/lti/submission"
    graded = result(userId="7", resultScore=1, **{extension: {"submitted_at": "x"}})
    assert graded.model_extra == {extension: {"submitted_at": "x"}}


def test_result_comment_text_is_what_a_person_sees() -> None:
    graded = result(
        userId="7",
        comment=(
            "<p>Good&nbsp;work &amp; effort,\n  well   done</p><p>Next: cite <b>sources</b></p>"
        ),
    )
    assert graded.comment_text == "Good work & effort, well done\nNext: cite sources"
    assert result(userId="7").comment_text == ""


@pytest.mark.parametrize(
    ("comment", "seen"),
    [
        ("  plain text  ", "plain text"),
        ("score < 5 & needs work", "score < 5 & needs work"),
        ("line one\r\nline two", "line one\nline two"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("first<br>second<br/>third", "first\nsecond\nthird"),
        ("<p>one</p>\n<p>two</p>", "one\ntwo"),
        ("one\n\ntwo", "one\ntwo"),
    ],
)
def test_visible_text(comment: str, seen: str) -> None:
    assert visible_text(comment) == seen


@given(
    score=st.floats(min_value=0, max_value=1e6, allow_nan=False),
    maximum=st.floats(min_value=1e-3, max_value=1e6, allow_nan=False),
    scale=st.floats(min_value=1e-3, max_value=1e6, allow_nan=False),
)
def test_result_scaling_is_proportional(score: float, maximum: float, scale: float) -> None:
    graded = result(userId="7", resultScore=score, resultMaximum=maximum)
    assert graded.score_on_scale(maximum) == pytest.approx(score, rel=1e-9, abs=1e-9)
    assert graded.score_on_scale(scale) == pytest.approx(score / maximum * scale, rel=1e-9)


# -- members and the idtoken ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "learner"),
    [
        ("Learner", True),
        ("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", True),
        ("http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#Learner", True),
        ("urn:lti:role:ims/lis/Learner", True),
        ("Instructor", False),
        ("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor", False),
        ("http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#NonCreditLearner", False),
        ("NotALearner", False),
    ],
)
def test_member_learner_role_matches_on_the_suffix(role: str, learner: bool) -> None:
    assert Member.model_validate({"userId": 5, "roles": [role]}).is_learner is learner


def test_member_display_name_falls_back() -> None:
    assert Member(userId="1", name="Ada Lovelace", givenName="A").display_name == "Ada Lovelace"
    assert Member(userId="1", givenName="Ada", familyName="Lovelace").display_name == (
        "Ada Lovelace"
    )
    assert Member(userId="1", familyName="Lovelace").display_name == "Lovelace"
    assert Member(userId="1", name="  ").display_name == "1"


def test_member_user_id_is_required() -> None:
    with pytest.raises(ValidationError):
        Member.model_validate({"roles": ["Learner"]})


def idtoken_body() -> dict[str, Any]:
    return {
        "user": {"id": 2, "roles": ["Instructor"], "name": "Grace", "email": "g@example.edu"},
        "platform": {
            "id": "https://blackboard.example",
            "name": "Blackboard",
            "productFamilyCode": "BlackboardLearn",
            "guid": "p-1",
        },
        "launch": {
            "type": "ResourceLinkRequest",
            "context": {"id": "c1", "label": "HIS101", "title": "History 101"},
            "resourceLink": {"id": "r1", "title": "Essay"},
            "custom": {"due": "soon"},
        },
        "services": {
            "assignmentAndGrades": {"available": True, "lineItemId": MOODLE_LINE_ITEM},
            "namesAndRoles": {"available": True},
            "deepLinking": {"available": False},
            "outcomes": {"available": False},
            "serviceKey": "fake-service-key-in-token",
        },
        "ltiVersion": "1.3.0",
    }


def test_idtoken_conveniences() -> None:
    token = IdToken.model_validate(idtoken_body())
    assert token.platform_family is PlatformFamily.blackboard
    assert token.service_key == "fake-service-key-in-token"
    assert token.grades_available is True
    assert token.course_title == "History 101"
    assert token.user.id == "2"


def test_idtoken_repr_hides_the_service_key() -> None:
    assert "fake-service-key-in-token" not in repr(IdToken.model_validate(idtoken_body()))


def test_idtoken_is_lenient_about_missing_parts() -> None:
    token = IdToken.model_validate({"user": {"id": "9"}})
    assert token.platform_family is PlatformFamily.unknown
    assert token.service_key is None
    assert token.grades_available is False
    assert token.course_title is None


# -- scores ---------------------------------------------------------------------------------


def score(**fields: Any) -> Score:
    return Score.model_validate(
        {"userId": "42", "scoreGiven": 8.5, "scoreMaximum": 10, "timestamp": WHEN} | fields
    )


def test_score_payload_is_exactly_what_ags_expects() -> None:
    payload = score(comment="Well argued").to_payload()
    assert payload == {
        "userId": "42",
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "scoreGiven": 8.5,
        "scoreMaximum": 10.0,
        "comment": "Well argued",
        "timestamp": "2026-11-26T14:03:07.123Z",
    }


def test_score_payload_omits_absent_fields() -> None:
    payload = score(scoreGiven=None, scoreMaximum=None).to_payload()
    assert set(payload) == {"userId", "activityProgress", "gradingProgress", "timestamp"}


def test_zero_and_extra_credit_are_valid_scores() -> None:
    assert score(scoreGiven=0).to_payload()["scoreGiven"] == 0
    assert score(scoreGiven=12, scoreMaximum=10).scoreGiven == 12


@pytest.mark.parametrize(
    ("fields", "location", "words"),
    [
        ({"scoreGiven": -1}, "scoreGiven", "negative"),
        ({"scoreGiven": math.nan}, "scoreGiven", "ordinary number"),
        ({"scoreGiven": math.inf}, "scoreGiven", "ordinary number"),
        ({"scoreGiven": True}, "scoreGiven", "number"),
        ({"scoreMaximum": None}, "scoreMaximum", "maximum"),
        ({"scoreMaximum": 0}, "scoreMaximum", "greater than 0"),
        ({"scoreMaximum": -math.inf}, "scoreMaximum", "ordinary number"),
        ({"userId": "  "}, "userId", "user id"),
        ({"timestamp": datetime(2026, 11, 26, 14, 3, 7)}, "timestamp", "timezone"),
        ({"activityProgress": "Initiated"}, "activityProgress", "Initialized"),
        ({"grade": 5}, "grade", "not permitted"),
    ],
)
def test_invalid_scores_are_refused_beside_the_field(
    fields: dict[str, Any], location: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        score(**fields)
    messages = error_locations(caught.value)
    assert list(messages) == [(location,)]
    assert words in messages[(location,)]


@pytest.mark.parametrize(
    ("fields", "clears"),
    [
        ({}, False),
        ({"scoreGiven": None, "scoreMaximum": None}, True),
        ({"gradingProgress": GradingProgress.Pending}, True),
        ({"gradingProgress": GradingProgress.PendingManual}, True),
        ({"activityProgress": ActivityProgress.Submitted}, False),
    ],
)
def test_clears_grade(fields: dict[str, Any], clears: bool) -> None:
    assert score(**fields).clears_grade is clears


def test_timestamp_is_utc_with_milliseconds() -> None:
    assert format_timestamp(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05.000Z"
    assert format_timestamp(WHEN) == "2026-11-26T14:03:07.123Z"


TIMESTAMP_FORMAT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
aware_datetimes = st.datetimes(
    min_value=datetime(2000, 1, 2),
    max_value=datetime(2099, 12, 30),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))]),
)


@given(
    given_score=st.none() | st.floats(min_value=0, max_value=1e9, allow_nan=False),
    maximum=st.floats(min_value=1e-6, max_value=1e9, allow_nan=False),
    comment=st.none() | st.text(max_size=50),
    moment=aware_datetimes,
)
def test_any_valid_score_gives_a_strict_json_payload(
    given_score: float | None, maximum: float, comment: str | None, moment: datetime
) -> None:
    sent = Score(
        userId="u1",
        scoreGiven=given_score,
        scoreMaximum=maximum,
        comment=comment,
        timestamp=moment,
    )
    payload = sent.to_payload()
    json.dumps(payload, allow_nan=False)
    assert None not in payload.values()
    assert ("scoreGiven" in payload) is (given_score is not None)
    assert ("comment" in payload) is (comment is not None)
    assert TIMESTAMP_FORMAT.fullmatch(payload["timestamp"])
    stamped = datetime.fromisoformat(payload["timestamp"].replace("Z", "+00:00"))
    assert timedelta(0) <= moment - stamped < timedelta(milliseconds=1)


@given(
    bad=st.floats(max_value=-1e-9) | st.sampled_from([math.nan, math.inf, -math.inf]),
)
def test_any_negative_or_non_finite_score_is_refused(bad: float) -> None:
    with pytest.raises(ValidationError) as caught:
        score(scoreGiven=bad)
    assert list(error_locations(caught.value)) == [("scoreGiven",)]


def test_score_is_immutable() -> None:
    with pytest.raises(ValidationError):
        score().scoreGiven = 3  # type: ignore[misc]
