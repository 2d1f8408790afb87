"""The API client talking to the sandbox over real sockets."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from gradebook_gui.api import (
    AuthError,
    Credentials,
    LmsRefusedError,
    LtiaasClient,
    Pacing,
    RateLimitedError,
    RequestRecord,
    TimestampRefusedError,
)
from gradebook_gui.models import (
    ActivityProgress,
    GradingProgress,
    LineItemDraft,
    PlatformFamily,
    Score,
)
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from tests.fakes import FakeTime


def service_client(sb: Sandbox, **options) -> LtiaasClient:
    creds = Credentials(api_key=sb.credentials.api_key, service_key=sb.credentials.service_key)
    return LtiaasClient(sb.base_url, creds, **options)


def ltik_client(sb: Sandbox, **options) -> LtiaasClient:
    creds = Credentials(api_key=sb.credentials.api_key, ltik=sb.credentials.ltik)
    return LtiaasClient(sb.base_url, creds, **options)


def score(
    user_id: str,
    given: float | None,
    *,
    comment: str | None = None,
    at: datetime | None = None,
    grading=GradingProgress.FullyGraded,
) -> Score:
    return Score(
        userId=user_id,
        activityProgress=ActivityProgress.Completed,
        gradingProgress=grading,
        scoreGiven=given,
        scoreMaximum=10 if given is not None else None,
        comment=comment,
        timestamp=at or datetime.now(UTC),
    )


@pytest.fixture(scope="module")
def course():
    with Sandbox(SandboxOptions(seed=11, students=35, page_size=10)) as sb:
        yield sb


@pytest.fixture
def fresh():
    with Sandbox(SandboxOptions(seed=12, students=12, page_size=10)) as sb:
        yield sb


def learner_ids(client: LtiaasClient) -> list[str]:
    return [m.userId for m in client.members() if m.is_learner]


def test_results_and_roster_follow_at_least_three_pages(course):
    # page_limit=10 keeps the sandbox's 10-per-page paging, so 35 learners need 4+ pages.
    with service_client(course, page_limit=10) as client:
        line_item = course.line_item_ids()[0]
        result_pages = list(client.iter_result_pages(line_item))
        member_pages = list(client.iter_member_pages())
    assert len(result_pages) >= 3 and len(member_pages) >= 3
    requests = [r for r in course.control.requests() if r.raw_path.startswith("/api/memberships")]
    assert any("url" in r.query for r in requests), "next must come back as url="
    members = [m for page in member_pages for m in page]
    assert len({m.userId for m in members if m.is_learner}) == 35
    stored = course.control.results(line_item)
    results = [r for page in result_pages for r in page]
    assert {r.userId for r in results} == set(stored)


def test_side_by_side_load_returns_everything(course):
    with service_client(course) as client:
        results, members = client.fetch_results_and_roster(course.line_item_ids()[0])
    assert len([m for m in members if m.is_learner]) == 35
    assert {r.userId for r in results} == set(course.control.results(course.line_item_ids()[0]))


def test_both_auth_schemes_and_idtoken_needs_an_ltik(course):
    with ltik_client(course) as client:
        token = client.learn_platform()
        assert token.service_key == course.credentials.service_key
        assert client.platform is PlatformFamily.unknown
        assert client.line_items()
    with service_client(course) as client:
        assert client.line_items()
    schemes = {r.auth_scheme for r in course.control.requests()}
    assert {"LTIK-AUTH-V2", "SERVICE-AUTH-V1"} <= schemes


def test_the_401_envelope_is_an_auth_error(fresh):
    with service_client(fresh) as client:
        fresh.control.expire_credentials()
        with pytest.raises(AuthError) as caught:
            client.line_items()
    assert caught.value.status == 401
    assert fresh.credentials.service_key not in str(caught.value)


@pytest.mark.parametrize("marker", ["?type_id=", ":::"])
def test_awkward_line_item_ids_round_trip(course, marker):
    line_item = next(i for i in course.line_item_ids() if marker in i)
    with service_client(course) as client:
        assert client.get_line_item(line_item).id == line_item
        assert client.results(line_item) is not None


def test_line_item_create_replace_delete(fresh):
    with service_client(fresh) as client:
        created = client.create_line_item(LineItemDraft(label="Essay", scoreMaximum=40, tag="w"))
        renamed = client.replace_line_item(created.model_copy(update={"label": "Essay 1"}))
        assert renamed.label == "Essay 1" and renamed.tag == "w" and renamed.scoreMaximum == 40
        assert [i.id for i in client.line_items(tag="w")] == [created.id]
        client.delete_line_item(created.id)
        assert created.id not in [i.id for i in client.line_items()]


def test_a_score_without_comment_clears_the_comment(fresh):
    line_item = fresh.line_item_ids()[0]
    with service_client(fresh) as client:
        user = learner_ids(client)[0]
        start = datetime.now(UTC)
        client.post_score(line_item, score(user, 7, comment="Well argued", at=start))
        assert fresh.control.results(line_item)[user]["comment"] == "Well argued"
        client.post_score(line_item, score(user, 8, at=start + timedelta(seconds=2)))
        (result,) = client.results(line_item, user_id=user)
    assert result.resultScore == 8 and not result.comment


def test_a_score_without_score_given_clears_the_grade(fresh):
    line_item = fresh.line_item_ids()[0]
    with service_client(fresh) as client:
        user = learner_ids(client)[1]
        start = datetime.now(UTC)
        client.post_score(line_item, score(user, 9, at=start))
        client.post_score(line_item, score(user, None, at=start + timedelta(seconds=2)))
        cleared = client.results(line_item, user_id=user)
        client.post_score(line_item, score(user, 9, at=start + timedelta(seconds=4)))
        client.post_score(
            line_item,
            score(user, 9, at=start + timedelta(seconds=6), grading=GradingProgress.Pending),
        )
        pending = client.results(line_item, user_id=user)
    assert all(r.resultScore is None for r in cleared)
    assert all(r.resultScore is None for r in pending)


def test_an_older_timestamp_is_refused(fresh):
    line_item = fresh.line_item_ids()[0]
    with service_client(fresh) as client:
        user = learner_ids(client)[2]
        now = datetime.now(UTC)
        client.post_score(line_item, score(user, 5, at=now))
        with pytest.raises(TimestampRefusedError) as caught:
            client.post_score(line_item, score(user, 6, at=now - timedelta(minutes=1)))
    assert caught.value.status == 400
    assert "before last updated timestamp" in (caught.value.lms_reason or "")


def test_moodle_refuses_a_second_score_in_the_same_second():
    with Sandbox(SandboxOptions(seed=5, students=4, platform="moodle")) as sb:
        line_item = sb.line_item_ids()[0]
        with service_client(sb, platform=PlatformFamily.moodle) as client:
            user = learner_ids(client)[0]
            now = datetime.now(UTC).replace(microsecond=100_000)
            client.post_score(line_item, score(user, 5, at=now))
            with pytest.raises(TimestampRefusedError) as caught:
                client.post_score(line_item, score(user, 6, at=now + timedelta(milliseconds=500)))
    assert caught.value.status == 409


def test_a_non_learner_is_refused_with_the_lms_reason(fresh):
    with service_client(fresh) as client:
        teacher = next(m.userId for m in client.members() if not m.is_learner)
        with pytest.raises(LmsRefusedError) as caught:
            client.post_score(fresh.line_item_ids()[0], score(teacher, 5))
    assert caught.value.status == 422
    assert "not a student" in (caught.value.lms_reason or "")


def test_rate_limit_429_carries_retry_after():
    frozen = [1000.0]
    options = SandboxOptions(seed=6, students=3, rate_limit=2, clock=lambda: frozen[0])
    with (
        Sandbox(options) as sb,
        service_client(sb, read_attempts=1) as client,
        pytest.raises(RateLimitedError) as caught,
    ):
        for _ in range(3):
            client.line_items()
    assert caught.value.status == 429 and caught.value.retry_after is not None
    assert caught.value.retry_after >= 1


def test_faults_answer_503_with_retry_after():
    with (
        Sandbox(SandboxOptions(seed=7, students=3, fault_rate=1.0)) as sb,
        service_client(sb, read_attempts=1) as client,
        pytest.raises(RateLimitedError) as caught,
    ):
        client.line_items()
    assert caught.value.status == 503 and caught.value.retry_after == 1


def test_a_load_survives_503s_on_any_page(fake_time: FakeTime) -> None:
    options = SandboxOptions(seed=4, students=120, page_size=10, fault_rate=0.2)
    pacing = Pacing(clock=fake_time.clock, sleep=fake_time.sleep)
    records: list[RequestRecord] = []
    with (
        Sandbox(options) as sb,
        service_client(sb, pacing=pacing, page_limit=10, on_request=records.append) as client,
    ):
        line_item_id = sb.line_item_ids()[0]
        results, members = client.fetch_results_and_roster(line_item_id)
        expected = sb.control.results(line_item_id)
    assert any(record.status == 503 for record in records)
    learners = [member.userId for member in members if member.is_learner]
    assert len(learners) == len(set(learners)) == 120
    assert sorted(result.userId for result in results) == sorted(expected)


def test_cancel_stops_a_load_early(course):
    cancel = threading.Event()
    pages: list[int] = []

    def on_page(page) -> None:
        pages.append(len(page))
        cancel.set()

    with service_client(course, page_limit=10) as client:
        client.fetch_results_and_roster(
            course.line_item_ids()[0],
            on_results_page=on_page,
            on_members_page=on_page,
            cancel=cancel,
        )
    assert 1 <= len(pages) <= 2


def test_a_whole_list_in_one_answer_comes_back_whole():
    # Moodle answers with every learner at once: more items than one pass turns into models.
    with Sandbox(SandboxOptions(seed=3, students=1234, platform="moodle")) as sb:
        line_item = sb.line_item_ids()[0]
        held = sb.control.results(line_item)
        with service_client(sb, platform=PlatformFamily.moodle) as client:
            members = client.members()
            results = client.results(line_item)
    assert len({member.userId for member in members}) == len(members) > 1000
    assert len(results) == len(held) > 1000
    assert {result.userId: result.resultScore for result in results} == {
        user_id: result.get("resultScore") for user_id, result in held.items()
    }
