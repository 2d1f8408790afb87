"""Results and roster are fetched side by side, page by page, and can be cancelled."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from gradebook_gui.api import ServerError, UnexpectedResponseError
from gradebook_gui.api.records import RequestRecord
from gradebook_gui.models import Member, Result

from .helpers import ClientFactory, envelope

LINE_ITEM = "https://canvas.example/api/lti/courses/1/line_items/7"
PAGES = 3
# Long enough never to fire when the streams really run side by side.
BARRIER_TIMEOUT = 5.0


def paged_course(request: httpx.Request, *, pages: int = PAGES) -> tuple[str, int, dict[str, Any]]:
    """(stream, page number, body) of a course whose results and roster span `pages` pages."""
    stream = "members" if request.url.path == "/api/memberships" else "scores"
    url = request.url.params.get("url")
    number = int(url.rsplit("=", 1)[1]) if url else 1
    if stream == "members":
        items: list[dict[str, Any]] = [
            {"userId": f"{number}-{i}", "roles": ["Learner"]} for i in range(2)
        ]
    else:
        items = [
            {"id": f"r{number}-{i}", "scoreOf": LINE_ITEM, "userId": f"{number}-{i}"}
            for i in range(2)
        ]
    body: dict[str, Any] = {stream: items}
    if number < pages:
        body["next"] = f"https://lms.example/{stream}?page={number + 1}"
    return stream, number, body


def test_both_streams_run_at_the_same_time(make_client: ClientFactory) -> None:
    # Each first request waits until the other has arrived: one after the other would time out.
    both_started = threading.Barrier(2, timeout=BARRIER_TIMEOUT)

    def answer(request: httpx.Request) -> httpx.Response:
        _, number, body = paged_course(request)
        if number == 1:
            both_started.wait()
        return httpx.Response(200, json=body)

    client, _ = make_client(answer)
    callback_threads: set[str] = set()
    result_pages: list[list[Result]] = []
    member_pages: list[list[Member]] = []

    def on_results(page: list[Result]) -> None:
        callback_threads.add(threading.current_thread().name)
        result_pages.append(page)

    def on_members(page: list[Member]) -> None:
        callback_threads.add(threading.current_thread().name)
        member_pages.append(page)

    results, members = client.fetch_results_and_roster(
        LINE_ITEM, on_results_page=on_results, on_members_page=on_members
    )

    assert len(results) == len(members) == 2 * PAGES
    assert [len(page) for page in result_pages] == [2] * PAGES
    assert [len(page) for page in member_pages] == [2] * PAGES
    assert [r.userId for r in results] == [m.userId for m in members]
    assert threading.current_thread().name not in callback_threads


def test_an_error_in_one_stream_stops_the_other_and_is_raised(
    make_client: ClientFactory,
) -> None:
    members_answered = threading.Event()
    scores_failed = threading.Event()
    member_requests: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        stream, number, body = paged_course(request, pages=50)
        if stream == "scores":
            # Fail only once the roster is under way, so the stop has something to stop.
            members_answered.wait(BARRIER_TIMEOUT)
            scores_failed.set()
            return httpx.Response(500, json=envelope(500, "Internal Server Error"))
        member_requests.append(number)
        members_answered.set()
        if number > 1:
            # Later roster pages come after the failure, at a pace that gives the stop time
            # to be seen: without the stop, all 50 pages would still be read.
            scores_failed.wait(BARRIER_TIMEOUT)
            time.sleep(0.02)
        return httpx.Response(200, json=body)

    client, _ = make_client(answer)
    with pytest.raises(ServerError) as caught:
        client.fetch_results_and_roster(LINE_ITEM)
    assert caught.value.status == 500
    assert len(member_requests) < 50


def test_the_next_page_is_asked_for_while_this_one_is_handed_out(
    make_client: ClientFactory,
) -> None:
    asked: dict[str, threading.Event] = {"scores": threading.Event(), "members": threading.Event()}

    def answer(request: httpx.Request) -> httpx.Response:
        stream, number, body = paged_course(request)
        if number == 2:
            asked[stream].set()
        return httpx.Response(200, json=body)

    client, _ = make_client(answer)
    # Each first page is held by its reader until the next one was asked for: a client that
    # asks only when a page has been handed out would wait here in vain.
    seen: list[bool] = []

    def hold_first(stream: str) -> Any:
        def on_page(page: list[Any]) -> None:
            if page[0].userId.startswith("1-"):
                seen.append(asked[stream].wait(BARRIER_TIMEOUT))

        return on_page

    results, members = client.fetch_results_and_roster(
        LINE_ITEM, on_results_page=hold_first("scores"), on_members_page=hold_first("members")
    )

    assert seen == [True, True]
    assert len(results) == len(members) == 2 * PAGES


def test_cancel_stops_after_the_current_page(make_client: ClientFactory) -> None:
    cancel = threading.Event()
    both_started = threading.Barrier(2, timeout=BARRIER_TIMEOUT)
    requested: list[tuple[str, int]] = []
    lock = threading.Lock()

    def answer(request: httpx.Request) -> httpx.Response:
        stream, number, body = paged_course(request, pages=10)
        with lock:
            requested.append((stream, number))
        if number == 1:
            both_started.wait()
        else:
            # A later roster page is still in flight when the results page cancels.
            cancel.wait(BARRIER_TIMEOUT)
        return httpx.Response(200, json=body)

    client, _ = make_client(answer)
    results, members = client.fetch_results_and_roster(
        LINE_ITEM, on_results_page=lambda page: cancel.set(), cancel=cancel
    )

    result_requests = [n for stream, n in requested if stream == "scores"]
    member_requests = [n for stream, n in requested if stream == "members"]
    # Each stream may have asked for its second page (read ahead, or in flight) when the cancel
    # came, never for a third; what was read after the cancel is not handed out.
    assert result_requests in ([1], [1, 2])
    assert member_requests in ([1], [1, 2])
    assert len(results) == 2
    assert len(members) == 2 * len(member_requests)


def test_a_cancel_set_beforehand_sends_nothing(make_client: ClientFactory) -> None:
    client, mock = make_client(lambda request: httpx.Response(200, json=paged_course(request)[2]))
    cancel = threading.Event()
    cancel.set()
    assert client.fetch_results_and_roster(LINE_ITEM, cancel=cancel) == ([], [])
    assert mock.requests == []


def test_results_can_be_narrowed_to_one_student(make_client: ClientFactory) -> None:
    client, mock = make_client(
        lambda request: httpx.Response(200, json=paged_course(request, pages=1)[2])
    )
    client.fetch_results_and_roster(LINE_ITEM, user_id="7")
    queries = {request.url.path: dict(request.url.params) for request in mock.requests}
    assert queries == {
        f"/api/lineitems/{LINE_ITEM}/scores": {"userId": "7", "limit": "100"},
        "/api/memberships": {"limit": "100"},
    }


# -- reading ahead changes when pages are asked for, never what comes out ---------------------


def numbered_roster(request: httpx.Request, *, pages: int = PAGES) -> dict[str, Any]:
    url = request.url.params.get("url")
    number = int(url.rsplit("=", 1)[1]) if url else 1
    body: dict[str, Any] = {"members": [{"userId": f"{number}-{i}"} for i in range(2)]}
    if number < pages:
        body["next"] = f"https://lms.example/members?page={number + 1}"
    return body


@pytest.mark.parametrize("read_ahead", [False, True])
def test_pages_come_whole_and_in_order_through_retries(
    make_client: ClientFactory, read_ahead: bool
) -> None:
    refused: set[str] = set()

    def answer(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("url", "first")
        if page not in refused:  # every page is refused once before it is answered
            refused.add(page)
            return httpx.Response(503, json=envelope(503, "Service Unavailable"))
        return httpx.Response(200, json=numbered_roster(request, pages=5))

    records: list[RequestRecord] = []
    client, mock = make_client(answer, on_request=records.append)
    pages = list(client.iter_member_pages(read_ahead=read_ahead))

    assert [[member.userId for member in page] for page in pages] == [
        [f"{number}-0", f"{number}-1"] for number in range(1, 6)
    ]
    assert all(isinstance(member, Member) for page in pages for member in page)
    asked = [request.url.params.get("url", "first") for request in mock.requests]
    assert asked == [
        page
        for page in ["first", *(f"https://lms.example/members?page={n}" for n in range(2, 6))]
        for _ in range(2)
    ]
    assert [record.status for record in records] == [503, 200] * 5


@pytest.mark.parametrize("read_ahead", [False, True])
def test_a_page_that_does_not_fit_says_which_field_after_the_pages_before(
    make_client: ClientFactory, read_ahead: bool
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = numbered_roster(request)
        if request.url.params.get("url"):
            body["members"][1] = {"roles": ["Learner"]}  # no userId
        return httpx.Response(200, json=body)

    client, mock = make_client(answer)
    pages = client.iter_member_pages(read_ahead=read_ahead)
    assert [member.userId for member in next(pages)] == ["1-0", "1-1"]
    with pytest.raises(UnexpectedResponseError) as caught:
        next(pages)
    assert caught.value.explanation == (
        "the answer did not have the expected shape (userId: Field required)"
    )
    # Reading ahead, the third page was asked for before the second one's items were checked.
    assert len(mock.requests) == (3 if read_ahead else 2)


@pytest.mark.parametrize("read_ahead", [False, True])
def test_a_link_that_is_not_text_is_an_error_once_its_page_is_handed_out(
    make_client: ClientFactory, read_ahead: bool
) -> None:
    client, mock = make_client(
        lambda request: httpx.Response(200, json={"members": [{"userId": "1"}], "next": 5})
    )
    pages = client.iter_member_pages(read_ahead=read_ahead)
    assert [member.userId for member in next(pages)] == ["1"]
    with pytest.raises(UnexpectedResponseError) as caught:
        next(pages)
    assert caught.value.explanation == "the link to the next page is not text"
    assert len(mock.requests) == 1


@pytest.mark.parametrize("read_ahead", [False, True])
def test_a_link_back_to_a_page_already_read_ends_the_list(
    make_client: ClientFactory, read_ahead: bool, caplog: pytest.LogCaptureFixture
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = numbered_roster(request)
        body["next"] = "https://lms.example/members?page=2"
        return httpx.Response(200, json=body)

    client, mock = make_client(answer)
    pages = list(client.iter_member_pages(read_ahead=read_ahead))
    assert [[member.userId for member in page] for page in pages] == [
        ["1-0", "1-1"],
        ["2-0", "2-1"],
    ]
    assert len(mock.requests) == 2
    assert "links back to a page already read" in caplog.text


def test_a_reader_that_stops_early_leaves_at_most_the_next_page_asked(
    make_client: ClientFactory,
) -> None:
    client, mock = make_client(
        lambda request: httpx.Response(200, json=numbered_roster(request, pages=10))
    )
    pages = client.iter_member_pages(read_ahead=True)
    assert [member.userId for member in next(pages)] == ["1-0", "1-1"]
    pages.close()  # type: ignore[attr-defined]
    # Closing waits for the reader: nothing is asked for afterwards.
    assert len(mock.requests) <= 2
