"""The ASGI app: LTIAAS's REST API over the sandbox LMS, routed on the raw request path.

Line item ids are whole LMS URLs sent as ONE percent-encoded path segment. uvicorn decodes
`%2F` in `scope["path"]`, so routing happens on `scope["raw_path"]` and the segment is unquoted
here: a client that leaves the slashes of an id unencoded gets 404, as it would in production.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import Message, Receive, Scope, Send

from gradebook_gui.sandbox.admin import AdminRoutes
from gradebook_gui.sandbox.auth import (
    ANY_GRADE_SCHEME,
    LTIK_ONLY,
    LTIK_SCHEME,
    SERVICE_KEY_SCHEME,
    Authenticator,
    parse_authorization,
)
from gradebook_gui.sandbox.control import (
    FailureKind,
    Faults,
    RecordedRequest,
    SandboxControl,
    Traffic,
)
from gradebook_gui.sandbox.data import COURSE_CONTEXT, RESOURCE_LINK_ID
from gradebook_gui.sandbox.lms import (
    NOT_A_STUDENT,
    Gradebook,
    LmsRefusal,
    UnknownLineItem,
    lms_error_body,
    member_json,
    with_path_suffix,
)
from gradebook_gui.sandbox.options import SandboxOptions
from gradebook_gui.sandbox.paging import InvalidQuery, Pager
from gradebook_gui.sandbox.throttle import (
    Admission,
    FaultDice,
    RateLimiter,
    canvas_limiter,
    retry_after_header,
)
from gradebook_gui.sandbox.validation import InvalidBody, validate_line_item, validate_score

ADMIN_PREFIX = "/_sandbox/"
# Recorded as the scheme only when it is one of these: an unknown first word could be a secret.
RECORDED_SCHEMES = frozenset({LTIK_SCHEME, SERVICE_KEY_SCHEME, "Bearer", "Basic"})
# LTIAAS query parameter -> the LMS's own name for it in page links.
LINE_ITEM_FILTERS = {
    "resourceLinkId": "resource_link_id",
    "resourceId": "resource_id",
    "tag": "tag",
}
RESULT_FILTERS = {"userId": "user_id"}
MEMBER_FILTERS = {"role": "role"}
RETRY_AFTER_ONE_SECOND = {"Retry-After": "1"}

ConnectionCloser = Callable[[tuple[str, int] | None], bool]


class Resource(enum.Enum):
    IDTOKEN = "idtoken"
    LINE_ITEMS = "line items"
    LINE_ITEM = "line item"
    SCORES = "scores"
    MEMBERSHIPS = "memberships"


# What answers a page of a list when asked with GET.
LISTS = frozenset({Resource.LINE_ITEMS, Resource.SCORES, Resource.MEMBERSHIPS})


@dataclass(frozen=True)
class Route:
    resource: Resource
    line_item_id: str | None = None


@dataclass(frozen=True)
class ApiCall:
    method: str
    query: Mapping[str, str]
    json_body: Any
    json_valid: bool
    line_item_id: str  # empty outside the line item routes


class HangUp:
    """Answer nothing: close the connection once the request has been handled."""


HANG_UP = HangUp()


def route_for(raw_path: str) -> Route | None:
    segments = raw_path.split("/")[1:]
    if segments == ["api", "idtoken"]:
        return Route(Resource.IDTOKEN)
    if segments == ["api", "memberships"]:
        return Route(Resource.MEMBERSHIPS)
    if segments[:2] != ["api", "lineitems"]:
        return None
    if len(segments) == 2:
        return Route(Resource.LINE_ITEMS)
    line_item_id = unquote(segments[2])
    if not line_item_id:
        return None
    if len(segments) == 3:
        return Route(Resource.LINE_ITEM, line_item_id)
    if len(segments) == 4 and segments[3] == "scores":
        return Route(Resource.SCORES, line_item_id)
    return None


def envelope(
    status: int,
    message: str,
    description: str | None = None,
    *,
    errors: list[str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """An error in LTIAAS's own `{status, error, details}` shape."""
    details: dict[str, Any] = {"message": message}
    if description:
        details["description"] = description
    if errors:
        details["errors"] = errors
    body = {"status": status, "error": HTTPStatus(status).phrase, "details": details}
    return JSONResponse(body, status_code=status, headers=headers)


def relayed_error(
    status: int,
    text: str,
    body_received: Any,
    external_url: str,
    body_sent: Any,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """An LMS error passed on by LTIAAS, with the LMS's own body in `bodyReceived`."""
    details = {
        "message": text,
        "externalError": True,
        "externalUrl": external_url,
        "bodyReceived": body_received,
        "bodySent": body_sent,
    }
    body = {"status": status, "error": HTTPStatus(status).phrase, "details": details}
    return JSONResponse(body, status_code=status, headers=headers)


def gateway_page(status: int) -> HTMLResponse:
    """What a proxy in front of LTIAAS answers: not the LTIAAS envelope."""
    title = f"{status} {HTTPStatus(status).phrase}"
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"
    return HTMLResponse(page, status_code=status)


def line_item_not_found() -> JSONResponse:
    return envelope(404, "LINEITEM_NOT_FOUND", "Line item not found.")


def _parse_json(body: bytes) -> tuple[Any, bool]:
    """(parsed body, whether it was JSON); NaN and Infinity tokens are not JSON."""
    if not body:
        return None, False

    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    try:
        return json.loads(body, parse_constant=refuse_constant), True
    except ValueError:
        return None, False


def _recorded_scheme(header_value: str | None) -> str | None:
    if header_value is None:
        return None
    scheme = header_value.strip().partition(" ")[0]
    return scheme if scheme in RECORDED_SCHEMES else "unrecognized"


async def _wait_for_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


class SandboxApp:
    def __init__(
        self,
        options: SandboxOptions,
        gradebook: Gradebook,
        authenticator: Authenticator,
        faults: Faults,
        traffic: Traffic,
        control: SandboxControl,
        close_connection: ConnectionCloser,
    ) -> None:
        self._options = options
        self._gradebook = gradebook
        self._authenticator = authenticator
        self._faults = faults
        self._traffic = traffic
        self._admin = AdminRoutes(control)
        self._close_connection = close_connection
        self._pager = Pager(options.platform, options.page_size)
        self._rate_limiter = _rate_limiter(options)
        self._fault_dice = FaultDice(options.fault_rate, options.seed)
        self._drop_dice = FaultDice(options.drop_rate, f"drop-{options.seed}")
        self._trickle_dice = FaultDice(options.trickle_rate, f"trickle-{options.seed}")
        self._handlers: dict[tuple[Resource, str], Callable[[ApiCall], Response | HangUp]] = {
            (Resource.IDTOKEN, "GET"): self._get_idtoken,
            (Resource.LINE_ITEMS, "GET"): self._list_line_items,
            (Resource.LINE_ITEMS, "POST"): self._create_line_item,
            (Resource.LINE_ITEM, "GET"): self._get_line_item,
            (Resource.LINE_ITEM, "PUT"): self._replace_line_item,
            (Resource.LINE_ITEM, "DELETE"): self._delete_line_item,
            (Resource.SCORES, "GET"): self._list_results,
            (Resource.SCORES, "POST"): self._post_score,
            (Resource.MEMBERSHIPS, "GET"): self._list_members,
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # lifespan is off and there are no websockets
        raw_path = (scope.get("raw_path") or scope["path"].encode()).split(b"?", 1)[0]
        path = raw_path.decode("latin-1")
        request = Request(scope, receive)
        if path.startswith(ADMIN_PREFIX):
            response = await self._admin.handle(request, path.removeprefix(ADMIN_PREFIX))
            await response(scope, receive, send)
            return
        answer = await self._handle_api_call(request, path)
        if isinstance(answer, HangUp):
            client = scope.get("client")
            if not self._close_connection(tuple(client) if client else None):
                raise RuntimeError("the connection to close was not found")
            await _wait_for_disconnect(receive)
        elif self._trickle_dice.request_fails():
            await answer(scope, receive, self._trickling(send))
        else:
            await answer(scope, receive, send)

    def _trickling(self, send: Send) -> Send:
        """Send the body a few bytes at a time with a pause between, to try client deadlines."""
        size = self._options.trickle_bytes
        delay = self._options.trickle_delay_ms / 1000

        async def trickle(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
                return
            body = message.get("body", b"")
            for start in range(0, len(body), size):
                await send(
                    {
                        "type": "http.response.body",
                        "body": body[start : start + size],
                        "more_body": True,
                    }
                )
                await self._options.sleep(delay)
            await send(
                {
                    "type": "http.response.body",
                    "body": b"",
                    "more_body": message.get("more_body", False),
                }
            )

        return trickle

    async def _handle_api_call(self, request: Request, path: str) -> Response | HangUp:
        arrived = self._options.clock()
        json_body, json_valid = _parse_json(await request.body())
        route = route_for(path)
        authorization = request.headers.get("authorization")
        score_user_id = None
        if route and route.resource is Resource.SCORES and request.method == "POST":
            user_id = json_body.get("userId") if isinstance(json_body, dict) else None
            score_user_id = user_id if isinstance(user_id, str) else None
        record = RecordedRequest(
            method=request.method,
            raw_path=path,
            line_item_id=route.line_item_id if route else None,
            query=dict(request.query_params),
            auth_scheme=_recorded_scheme(authorization),
            json_body=json_body,
            status=None,
            started=arrived,
            ended=None,
        )
        entry = self._traffic.begin(record, score_user_id)
        status: int | None = None
        try:
            answer = await self._answer(
                request, route, authorization, json_body, json_valid, arrived
            )
            status = answer.status_code if isinstance(answer, Response) else None
            return answer
        finally:
            self._traffic.finish(entry, status, self._options.clock())

    async def _answer(
        self,
        request: Request,
        route: Route | None,
        authorization: str | None,
        json_body: Any,
        json_valid: bool,
        arrived: float,
    ) -> Response | HangUp:
        # The latency is how long LTIAAS and the LMS take from a request's arrival to its answer.
        latency_ms = self._options.latency_ms
        if request.method == "GET" and route is not None and route.resource in LISTS:
            latency_ms += self._options.page_latency_ms
        # The rate limit sits in front of everything: every request, read or write, is counted
        # when it arrives, so that the limiter sees arrivals as they are spaced.
        admission = self._admission(authorization)
        if request.method != "GET":
            # A write is judged and applied when the LMS answers it: once the latency is over.
            await self._wait_for_latency(latency_ms, arrived)
            return self._build_answer(
                request, route, authorization, json_body, json_valid, admission
            )
        # A read changes nothing: its answer is gathered on arrival, and the time that takes is
        # part of the latency, not added on top.
        answer = self._build_answer(request, route, authorization, json_body, json_valid, admission)
        await self._wait_for_latency(latency_ms, arrived)
        return answer

    async def _wait_for_latency(self, latency_ms: float, arrived: float) -> None:
        if latency_ms:
            left = latency_ms / 1000 - (self._options.clock() - arrived)
            await self._options.sleep(max(left, 0.0))

    def _build_answer(
        self,
        request: Request,
        route: Route | None,
        authorization: str | None,
        json_body: Any,
        json_valid: bool,
        admission: Admission | None,
    ) -> Response | HangUp:
        if admission is None:
            return self._answer_within_limit(request, route, authorization, json_body, json_valid)
        if admission.allowed:
            answer = self._answer_within_limit(request, route, authorization, json_body, json_valid)
        else:
            answer = self._rate_limit_refusal(admission, request, json_body)
        if self._options.rate_limit_style != "ltiaas" and isinstance(answer, Response):
            # Canvas tells the quota left on every answer, refusals included.
            answer.headers["X-Rate-Limit-Remaining"] = f"{admission.remaining:.3f}"
            answer.headers["X-Request-Cost"] = f"{admission.cost:.3f}"
        return answer

    def _admission(self, authorization: str | None) -> Admission | None:
        """The rate limiter's decision on a request, None when no limit is set."""
        if self._rate_limiter is None:
            return None
        header = parse_authorization(authorization)
        return self._rate_limiter.acquire(header.api_key if header else "")

    def _rate_limit_refusal(
        self, admission: Admission, request: Request, json_body: Any
    ) -> Response:
        style = self._options.rate_limit_style
        if style == "ltiaas":
            retry_after = retry_after_header(admission.wait, self._options.retry_after)
            return envelope(
                429,
                "TOO_MANY_REQUESTS",
                "Rate limit exceeded.",
                headers={"Retry-After": retry_after},
            )
        # Canvas's throttle answers plain text and no Retry-After; LTIAAS relays it.
        status = 403 if style == "canvas" else 429
        text = f"{status} {HTTPStatus(status).phrase} (Rate Limit Exceeded)"
        external_url = self._gradebook.profile.issuer + request.url.path
        return relayed_error(status, text, text, external_url, json_body)

    def _answer_within_limit(
        self,
        request: Request,
        route: Route | None,
        authorization: str | None,
        json_body: Any,
        json_valid: bool,
    ) -> Response | HangUp:
        if self._fault_dice.request_fails():
            return envelope(
                503,
                "SERVICE_UNAVAILABLE",
                "The service is temporarily unavailable.",
                headers=RETRY_AFTER_ONE_SECOND,
            )
        if self._drop_dice.request_fails():
            return HANG_UP  # before anything is applied
        if route is None:
            return envelope(404, "NOT_FOUND", "Route not found.")
        handler = self._handlers.get((route.resource, request.method))
        if handler is None:
            return envelope(405, "METHOD_NOT_ALLOWED", f"{request.method} is not supported here.")
        schemes = LTIK_ONLY if route.resource is Resource.IDTOKEN else ANY_GRADE_SCHEME
        failure = self._authenticator.check(authorization, schemes)
        if failure is not None:
            return envelope(401, failure.message, failure.description)
        query = dict(request.query_params)
        call = ApiCall(request.method, query, json_body, json_valid, route.line_item_id or "")
        try:
            return handler(call)
        except InvalidQuery as problem:
            return envelope(400, problem.message, problem.description)
        except InvalidBody as problem:
            return envelope(
                400, "INVALID_REQUEST_BODY", "Invalid request body.", errors=problem.errors
            )
        except UnknownLineItem:
            return line_item_not_found()

    # idtoken

    def _get_idtoken(self, call: ApiCall) -> Response:
        profile = self._gradebook.profile
        instructor = self._gradebook.instructor
        line_item_ids = self._gradebook.line_item_ids()
        first_item = self._gradebook.line_item(line_item_ids[0]) if line_item_ids else None
        grades: dict[str, Any] = {"available": True}
        if first_item is not None:
            grades["lineItemId"] = first_item["id"]
        return JSONResponse(
            {
                "user": {
                    "id": instructor.user_id,
                    "roles": list(instructor.roles),
                    "name": instructor.name,
                    "email": instructor.email,
                    "given_name": instructor.given_name,
                    "family_name": instructor.family_name,
                },
                "platform": {
                    "id": profile.issuer,
                    "url": profile.issuer,
                    "clientId": "sandbox-client",
                    "deploymentId": "1",
                    "name": profile.name,
                    "productFamilyCode": profile.product_family_code,
                    "version": profile.version,
                },
                "launch": {
                    "type": "LtiResourceLinkRequest",
                    "context": dict(COURSE_CONTEXT),
                    "resourceLink": {
                        "id": RESOURCE_LINK_ID,
                        "title": first_item["label"] if first_item else "Sandbox activity",
                    },
                    "custom": {},
                },
                "services": {
                    "assignmentAndGrades": grades,
                    "namesAndRoles": {"available": True},
                    "deepLinking": {"available": False},
                    "outcomes": {"available": False},
                    "serviceKey": self._authenticator.current.service_key,
                },
                "ltiVersion": "1.3.0",
            }
        )

    # Line items

    def _list_line_items(self, call: ApiCall) -> Response:
        base_url = self._gradebook.profile.line_items_url
        request = self._pager.request(
            call.query,
            base_url,
            _lms_filters(call.query, LINE_ITEM_FILTERS),
            LINE_ITEM_FILTERS.values(),
        )
        items = self._gradebook.line_items(
            resource_link_id=request.filters.get("resource_link_id"),
            resource_id=request.filters.get("resource_id"),
            tag=request.filters.get("tag"),
        )
        chosen, links = self._pager.page(items, request, base_url)
        return JSONResponse({"lineItems": chosen, **links})

    def _create_line_item(self, call: ApiCall) -> Response:
        fields = validate_line_item(self._json_or_invalid(call))
        return JSONResponse(self._gradebook.create_line_item(fields), status_code=201)

    def _get_line_item(self, call: ApiCall) -> Response:
        item = self._gradebook.line_item(call.line_item_id)
        return JSONResponse(item) if item is not None else line_item_not_found()

    def _replace_line_item(self, call: ApiCall) -> Response:
        if self._gradebook.line_item(call.line_item_id) is None:
            return line_item_not_found()
        fields = validate_line_item(self._json_or_invalid(call))
        return JSONResponse(self._gradebook.replace_line_item(call.line_item_id, fields))

    def _delete_line_item(self, call: ApiCall) -> Response:
        self._gradebook.delete_line_item(call.line_item_id)
        return Response(status_code=204)

    # Results and scores

    def _list_results(self, call: ApiCall) -> Response:
        base_url = with_path_suffix(call.line_item_id, "/results")
        request = self._pager.request(
            call.query, base_url, _lms_filters(call.query, RESULT_FILTERS), RESULT_FILTERS.values()
        )
        user_ids = self._gradebook.listed_user_ids(
            call.line_item_id, request.filters.get("user_id")
        )
        chosen, links = self._pager.page(user_ids, request, base_url)
        scores = self._gradebook.results_json(call.line_item_id, chosen)
        return JSONResponse({"scores": scores, **links})

    def _post_score(self, call: ApiCall) -> Response | HangUp:
        if self._gradebook.line_item(call.line_item_id) is None:
            return line_item_not_found()
        score = validate_score(self._json_or_invalid(call))
        scores_url = with_path_suffix(call.line_item_id, "/scores")
        failure = self._faults.take_failure(score.user_id)
        if failure is not None:
            return self._injected_failure(failure, call, scores_url, score.user_id)
        if self._faults.take_ignore(score.user_id):
            return Response(status_code=204)
        try:
            self._gradebook.post_score(call.line_item_id, score)
        except LmsRefusal as refusal:
            return relayed_error(
                refusal.status, refusal.text, refusal.body_received, scores_url, call.json_body
            )
        if self._faults.take_drop(score.user_id):
            return HANG_UP
        return Response(status_code=204)

    def _injected_failure(
        self, kind: FailureKind, call: ApiCall, scores_url: str, user_id: str
    ) -> Response:
        if kind in ("502", "504"):
            return gateway_page(int(kind))
        if kind == "429":
            return envelope(
                429, "TOO_MANY_REQUESTS", "Rate limit exceeded.", headers=RETRY_AFTER_ONE_SECOND
            )
        earlier = (
            f"Refusing score with an earlier timestamp for item {call.line_item_id} "
            f"and user {user_id}"
        )
        status, text = {
            "rate_limit_403": (403, "Rate Limit Exceeded"),
            "409": (409, earlier),
            "422": (422, NOT_A_STUDENT),
            "500": (500, "Internal Server Error"),
        }[kind]
        return relayed_error(
            status,
            text,
            lms_error_body(self._gradebook.platform, status, text),
            scores_url,
            call.json_body,
            headers=RETRY_AFTER_ONE_SECOND if status == 403 else None,
        )

    # Roster

    def _list_members(self, call: ApiCall) -> Response:
        base_url = self._gradebook.profile.memberships_url
        request = self._pager.request(
            call.query, base_url, _lms_filters(call.query, MEMBER_FILTERS), MEMBER_FILTERS.values()
        )
        members = self._gradebook.members(request.filters.get("role"))
        chosen, links = self._pager.page(members, request, base_url)
        return JSONResponse(
            {
                "id": base_url,
                "context": dict(COURSE_CONTEXT),
                "members": [member_json(member) for member in chosen],
                **links,
            }
        )

    @staticmethod
    def _json_or_invalid(call: ApiCall) -> Any:
        if not call.json_valid:
            raise InvalidBody(["the body must be valid JSON"])
        return call.json_body


def _rate_limiter(options: SandboxOptions) -> RateLimiter | None:
    if not options.rate_limit:
        return None
    if options.rate_limit_style == "ltiaas":
        return RateLimiter(options.rate_limit, options.clock, burst=options.rate_burst)
    return canvas_limiter(options.rate_limit, options.rate_burst, options.clock, options.seed)


def _lms_filters(query: Mapping[str, str], names: Mapping[str, str]) -> dict[str, str]:
    return {lms_name: query[name] for name, lms_name in names.items() if name in query}
