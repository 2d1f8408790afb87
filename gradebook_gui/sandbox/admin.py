"""Loopback-only JSON routes under `/_sandbox/` that mirror SandboxControl for other processes.

`POST /_sandbox/<method-name>` takes the arguments as a JSON object, `GET` as query parameters,
e.g. `POST /_sandbox/fail-for-user {"user_id": "007", "kind": "502"}` or
`GET /_sandbox/results?line_item_id=...`. Answers are JSON; errors are `{"error": "..."}`.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, cast

from starlette.requests import Request
from starlette.responses import JSONResponse

from gradebook_gui.sandbox.control import FAILURE_KINDS, FailureKind, SandboxControl
from gradebook_gui.sandbox.lms import UNCHANGED

Arguments = dict[str, Any]


class _LenientJSONResponse(JSONResponse):
    """Recorded bodies may hold an Infinity a client sent; show it rather than fail."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=True).encode("utf-8")


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _text(arguments: Arguments, name: str) -> str:
    value = arguments.get(name)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string")
    return value


def _optional_text(arguments: Arguments, name: str) -> str | None:
    return None if arguments.get(name) is None else _text(arguments, name)


def _optional_number(arguments: Arguments, name: str) -> float | None:
    value = arguments.get(name)
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(f"{name} must be a number or null")
    return float(value)


class AdminRoutes:
    def __init__(self, control: SandboxControl) -> None:
        self._control = control
        self._routes: dict[tuple[str, str], Callable[[Arguments], Any]] = {
            ("POST", "drop-connection-after-next-score"): self._drop_connection,
            ("POST", "ignore-next-score"): self._ignore_next_score,
            ("POST", "expire-credentials"): lambda _: control.expire_credentials(),
            ("POST", "issue-new-credentials"): lambda _: asdict(control.issue_new_credentials()),
            ("POST", "set-grade"): self._set_grade,
            ("POST", "fail-for-user"): self._fail_for_user,
            ("GET", "requests"): lambda _: [asdict(entry) for entry in control.requests()],
            ("POST", "clear-requests"): lambda _: control.clear_requests(),
            ("GET", "max-in-flight"): lambda _: {
                "max_in_flight": control.max_in_flight(),
                "max_in_flight_per_user": control.max_in_flight_per_user(),
            },
            ("GET", "results"): lambda arguments: control.results(_text(arguments, "line_item_id")),
            ("GET", "comment-history"): lambda arguments: control.comment_history(
                _text(arguments, "line_item_id"), _text(arguments, "user_id")
            ),
            ("POST", "reset-faults"): lambda _: control.reset_faults(),
        }

    async def handle(self, request: Request, name: str) -> JSONResponse:
        if request.client is None or not _is_loopback(request.client.host):
            return JSONResponse({"error": "control routes answer loopback clients only"}, 403)
        handler = self._routes.get((request.method, name))
        if handler is None:
            message = f"unknown control route: {request.method} /_sandbox/{name}"
            return JSONResponse({"error": message}, 404)
        try:
            arguments = await self._arguments(request)
            result = handler(arguments)
        except ValueError as problem:
            return JSONResponse({"error": str(problem)}, 400)
        return _LenientJSONResponse({"ok": True} if result is None else result)

    @staticmethod
    async def _arguments(request: Request) -> Arguments:
        if request.method == "GET":
            return dict(request.query_params)
        body = await request.body()
        arguments = json.loads(body) if body else {}
        if not isinstance(arguments, dict):
            raise ValueError("the body must be a JSON object")
        return arguments

    def _drop_connection(self, arguments: Arguments) -> None:
        self._control.drop_connection_after_next_score(_optional_text(arguments, "user_id"))

    def _ignore_next_score(self, arguments: Arguments) -> None:
        self._control.ignore_next_score(_optional_text(arguments, "user_id"))

    def _set_grade(self, arguments: Arguments) -> None:
        if "score" not in arguments:
            raise ValueError("score is required (null clears the grade)")
        comment = arguments.get("comment", UNCHANGED)
        if comment is not UNCHANGED and comment is not None and not isinstance(comment, str):
            raise ValueError("comment must be a string or null")
        self._control.set_grade(
            _text(arguments, "line_item_id"),
            _text(arguments, "user_id"),
            _optional_number(arguments, "score"),
            _optional_number(arguments, "maximum"),
            comment,
        )

    def _fail_for_user(self, arguments: Arguments) -> None:
        kind = arguments.get("kind")
        if kind not in FAILURE_KINDS:
            raise ValueError(f"kind must be one of {', '.join(FAILURE_KINDS)}")
        times = arguments.get("times", 1)
        if not isinstance(times, int) or isinstance(times, bool):
            raise ValueError("times must be an integer")
        self._control.fail_for_user(_text(arguments, "user_id"), cast(FailureKind, kind), times)
