"""What the client sends: paths, ids, auth headers, paging, bodies."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest

from gradebook_gui import __version__
from gradebook_gui.api import ConfigError, Credentials, UnexpectedResponseError
from gradebook_gui.models import LineItem, LineItemDraft, PlatformFamily, Score

from .helpers import API_KEY, LTIK, SERVICE_KEY, ClientFactory, json_body

MOODLE_ID = "https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3"
SAKAI_ID = "https://sakai.example/imsblis/lti13/lineitem/abc:::def:::ghi"
BLACKBOARD_ID = "https://bb.example/learn/api/v1/lti/courses/_12_1/lineItems/_34_1"
CANVAS_ID = "https://canvas.example/api/lti/courses/1/line_items/7"
AWKWARD_IDS = [MOODLE_ID, SAKAI_ID, BLACKBOARD_ID, CANVAS_ID]

LMS_PAGE_2 = "https://canvas.example/api/lti/courses/1/line_items/7/results?page=2&per_page=100"
LMS_PAGE_3 = "https://canvas.example/api/lti/courses/1/line_items/7/results?page=3&per_page=100"


def line_item_json(line_item_id: str = CANVAS_ID, **fields: Any) -> dict[str, Any]:
    return {"id": line_item_id, "label": "Essay", "scoreMaximum": 40} | fields


def a_score() -> Score:
    return Score(
        userId="42",
        scoreGiven=8,
        scoreMaximum=10,
        comment="Good",
        timestamp=datetime(2026, 11, 26, 14, 3, 7, 123000, tzinfo=UTC),
    )


def answer_for(request: httpx.Request) -> httpx.Response:
    """A minimal well-behaved LTIAAS for every endpoint."""
    path = request.url.path
    if request.method == "DELETE":
        return httpx.Response(204)
    if request.method == "POST" and path.endswith("/scores"):
        return httpx.Response(204)
    if path.endswith("/scores"):
        return httpx.Response(200, json={"scores": []})
    if path == "/api/memberships":
        return httpx.Response(200, json={"id": "ctx", "members": []})
    if path == "/api/idtoken":
        return httpx.Response(200, json={"platform": {"productFamilyCode": "canvas"}})
    if path == "/api/lineitems":
        if request.method == "POST":
            return httpx.Response(201, json=line_item_json() | json_body(request))
        return httpx.Response(200, json={"lineItems": [line_item_json()]})
    return httpx.Response(200, json=line_item_json(unquote(path.split("/")[3])))


# -- the line item id is one opaque path segment ---------------------------------------------


@pytest.mark.parametrize("line_item_id", AWKWARD_IDS)
def test_line_item_id_reaches_the_server_as_one_segment(
    make_client: ClientFactory, line_item_id: str
) -> None:
    client, mock = make_client(answer_for)
    item = LineItem.model_validate(line_item_json(line_item_id))

    client.get_line_item(line_item_id)
    client.replace_line_item(item)
    client.delete_line_item(line_item_id)
    client.results(line_item_id)
    client.post_score(line_item_id, a_score())

    encoded = quote(line_item_id, safe="").encode()
    for request in mock.requests:
        segments = request.url.raw_path.split(b"?")[0].split(b"/")
        assert segments[:4] == [b"", b"api", b"lineitems", encoded]
        assert segments[4:] in ([], [b"scores"])
        assert unquote(segments[3].decode()) == line_item_id
    assert b"%2F" in encoded and b"%3A" in encoded
    assert mock.requests[0].url.query == b""


def test_query_in_a_moodle_id_is_encoded_not_sent_as_a_query(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for)
    client.get_line_item(MOODLE_ID)
    raw = mock.requests[0].url.raw_path
    assert b"?" not in raw
    assert raw.endswith(b"lineitem%3Ftype_id%3D3")


def test_blank_line_item_id_is_refused_before_sending(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for)
    with pytest.raises(ValueError):
        client.delete_line_item(" ")
    assert mock.requests == []


# -- headers --------------------------------------------------------------------------------


def test_service_key_is_used_for_grade_endpoints_and_ltik_for_idtoken(
    make_client: ClientFactory,
) -> None:
    credentials = Credentials(api_key=API_KEY, ltik=LTIK, service_key=SERVICE_KEY)
    client, mock = make_client(answer_for, credentials=credentials)

    client.id_token()
    client.line_items()
    client.results(CANVAS_ID)
    client.members()
    client.post_score(CANVAS_ID, a_score())

    schemes = [(r.url.path, r.headers["Authorization"]) for r in mock.requests]
    assert schemes[0] == ("/api/idtoken", f"LTIK-AUTH-V2 {API_KEY}:{LTIK}")
    assert {header for _, header in schemes[1:]} == {f"SERVICE-AUTH-V1 {API_KEY}:{SERVICE_KEY}"}


def test_ltik_alone_is_used_everywhere(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for, credentials=Credentials(api_key=API_KEY, ltik=LTIK))
    client.line_items()
    client.post_score(CANVAS_ID, a_score())
    assert {r.headers["Authorization"] for r in mock.requests} == {f"LTIK-AUTH-V2 {API_KEY}:{LTIK}"}


def test_idtoken_without_an_ltik_is_a_clear_error(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for)
    with pytest.raises(ConfigError, match="ltik"):
        client.id_token()
    assert mock.requests == []


def test_user_agent_and_default_timeouts(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for)
    client.line_items()
    request = mock.requests[0]
    assert request.headers["User-Agent"] == f"gradebook-gui/{__version__}"
    timeout = request.extensions["timeout"]
    assert (timeout["connect"], timeout["read"]) == (10.0, 30.0)


# -- endpoints ------------------------------------------------------------------------------


def test_learn_platform_reads_the_product_family(make_client: ClientFactory) -> None:
    credentials = Credentials(api_key=API_KEY, ltik=LTIK)
    client, _ = make_client(answer_for, credentials=credentials)
    token = client.learn_platform()
    assert token.platform_family is PlatformFamily.canvas
    assert client.platform is PlatformFamily.canvas


def test_create_line_item_posts_the_draft(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for)
    draft = LineItemDraft(label="Lab 1", scoreMaximum=5, tag="lab")
    created = client.create_line_item(draft)
    assert json_body(mock.requests[0]) == {"label": "Lab 1", "scoreMaximum": 5.0, "tag": "lab"}
    assert (created.label, created.id) == ("Lab 1", CANVAS_ID)


@pytest.mark.parametrize("status", [200, 201])
def test_replace_line_item_puts_the_full_body(make_client: ClientFactory, status: int) -> None:
    extension = "https://canvas.instructure.com/lti/submission_type"
    stored = line_item_json(resourceId="") | {extension: {"type": "none"}}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=json_body(request))

    client, mock = make_client(answer)
    renamed = LineItem.model_validate(stored).model_copy(update={"label": "Essay 2"})
    saved = client.replace_line_item(renamed)
    assert mock.requests[0].method == "PUT"
    assert json_body(mock.requests[0]) == stored | {"label": "Essay 2", "scoreMaximum": 40.0}
    assert saved == renamed


def test_post_score_sends_the_payload(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for)
    client.post_score(MOODLE_ID, a_score())
    request = mock.requests[0]
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"
    assert json_body(request) == a_score().to_payload()


def test_line_item_filters_and_member_role_are_sent(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for)
    client.line_items(resource_link_id="r1", tag="essay")
    client.members(role="Learner")
    client.results(CANVAS_ID, user_id="42")
    queries = [dict(r.url.params) for r in mock.requests]
    assert queries == [
        {"resourceLinkId": "r1", "tag": "essay", "limit": "100"},
        {"role": "Learner", "limit": "100"},
        {"userId": "42", "limit": "100"},
    ]


# -- paging ---------------------------------------------------------------------------------


def three_result_pages(request: httpx.Request) -> httpx.Response:
    url = request.url.params.get("url")
    if url is None:
        body = {"scores": [result_json("1"), result_json("2")], "next": LMS_PAGE_2}
    elif url == LMS_PAGE_2:
        body = {"scores": [result_json("3"), result_json("4")], "next": LMS_PAGE_3}
    else:
        assert url == LMS_PAGE_3
        body = {"scores": [result_json(5)], "prev": LMS_PAGE_2}
    return httpx.Response(200, json=body)


def result_json(user_id: str | int) -> dict[str, Any]:
    return {"id": f"r{user_id}", "scoreOf": CANVAS_ID, "userId": user_id, "resultScore": 1}


def test_pages_are_followed_through_ltiaas_with_url(make_client: ClientFactory) -> None:
    client, mock = make_client(three_result_pages)

    pages = list(client.iter_result_pages(CANVAS_ID))

    assert [[r.userId for r in page] for page in pages] == [["1", "2"], ["3", "4"], ["5"]]
    assert [dict(r.url.params) for r in mock.requests] == [
        {"limit": "100"},
        {"url": LMS_PAGE_2},
        {"url": LMS_PAGE_3},
    ]
    assert {r.url.host for r in mock.requests} == {"account.ltiaas.example"}
    assert {r.url.path for r in mock.requests} == {f"/api/lineitems/{CANVAS_ID}/scores"}
    # The LMS URL is encoded once, as a query value.
    assert mock.requests[1].url.query == b"url=" + quote(LMS_PAGE_2, safe="").encode()


def test_results_joins_all_pages(make_client: ClientFactory) -> None:
    client, _ = make_client(three_result_pages)
    assert [r.userId for r in client.results(CANVAS_ID)] == ["1", "2", "3", "4", "5"]


def test_moodle_never_gets_a_limit(make_client: ClientFactory) -> None:
    client, mock = make_client(three_result_pages, platform=PlatformFamily.moodle)
    client.results(CANVAS_ID, user_id="7")
    assert dict(mock.requests[0].url.params) == {"userId": "7"}
    assert all("limit" not in r.url.params for r in mock.requests)


def test_page_limit_is_configurable(make_client: ClientFactory) -> None:
    client, mock = make_client(answer_for, page_limit=10)
    client.members()
    assert mock.requests[0].url.params["limit"] == "10"


def test_a_next_link_that_loops_stops_the_paging(make_client: ClientFactory) -> None:
    def looping(request: httpx.Request) -> httpx.Response:
        url = request.url.params.get("url")
        following = LMS_PAGE_3 if url == LMS_PAGE_2 else LMS_PAGE_2
        return httpx.Response(
            200, json={"members": [{"userId": url or "first"}], "next": following}
        )

    client, mock = make_client(looping)
    members = client.members()
    assert [m.userId for m in members] == ["first", LMS_PAGE_2, LMS_PAGE_3]
    assert len(mock.requests) == 3


def test_iterators_fetch_lazily_page_by_page(make_client: ClientFactory) -> None:
    client, mock = make_client(three_result_pages)
    pages = client.iter_result_pages(CANVAS_ID)
    assert mock.requests == []
    next(pages)
    assert len(mock.requests) == 1


# -- answers that are not what the API promises ---------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, json={"items": []}),
        httpx.Response(200, json={"lineItems": [{"id": CANVAS_ID, "label": "x"}]}),
        httpx.Response(200, json={"lineItems": [], "next": 5}),
    ],
)
def test_malformed_success_bodies_are_typed_errors(
    make_client: ClientFactory, response: httpx.Response
) -> None:
    client, _ = make_client(lambda request: response)
    with pytest.raises(UnexpectedResponseError) as caught:
        client.line_items()
    assert "Loading the grade columns failed" in str(caught.value)
