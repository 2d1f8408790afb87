"""What `gradebook` advises after an LMS error: the command to run, never the window's Reload.

Against the sandbox over real sockets, with the faults injected where the LMS would fail."""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from starlette.responses import JSONResponse

from gradebook_gui.api import (
    DeadlineExceededError,
    LmsRefusedError,
    NetworkError,
    NotFoundError,
    ServerError,
    TimestampRefusedError,
    TlsError,
    UnexpectedResponseError,
)
from gradebook_gui.api.client import LtiaasClient, Pacing
from gradebook_gui.cli import sending
from gradebook_gui.cli.errors import next_step
from gradebook_gui.cli.main import ExitCode, main
from gradebook_gui.connection import Connection
from gradebook_gui.engine import EngineOptions
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.sandbox import app as sandbox_app


@pytest.fixture
def waits_faked(monkeypatch, fake_time):
    """The client's and the engine's backoffs pass on the fake clock: the retries are real
    requests, the waits between them take no time."""

    def client(self: Connection, *, on_request=None) -> LtiaasClient:
        pacing = Pacing(clock=fake_time.clock, sleep=fake_time.sleep)
        return LtiaasClient(
            self.base_url,
            self.credentials,
            platform=self.platform,
            on_request=on_request,
            pacing=pacing,
        )

    monkeypatch.setattr(Connection, "client", client)
    monkeypatch.setattr(
        sending,
        "EngineOptions",
        functools.partial(EngineOptions, clock=fake_time.clock, sleep=fake_time.sleep),
    )
    return fake_time


@contextmanager
def sandbox_env(monkeypatch, drop_rate: float = 0.0) -> Iterator[Sandbox]:
    """A sandbox and the environment that connects the command to it."""
    with Sandbox(SandboxOptions(seed=5, students=6, page_size=10, drop_rate=drop_rate)) as sb:
        monkeypatch.setenv("GRADEBOOK_BASE_URL", sb.base_url)
        monkeypatch.setenv("GRADEBOOK_API_KEY", sb.credentials.api_key)
        monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", sb.credentials.service_key)
        yield sb


def answer_line_item_with(monkeypatch, answer) -> None:
    """Every GET of a line item gets `answer` (set before the sandbox starts: it binds its
    handlers then)."""
    monkeypatch.setattr(sandbox_app.SandboxApp, "_get_line_item", lambda self, call: answer())


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_terminal_advice(err: str, command: str) -> None:
    assert f"'gradebook {command}'" in err
    assert "reload" not in err.lower()


def test_a_malformed_answer_names_the_command_to_run_again(monkeypatch, capsys):
    answer_line_item_with(monkeypatch, lambda: JSONResponse({"surprise": True}))
    with sandbox_env(monkeypatch) as sb:
        line_item = sb.line_item_ids()[0]
        code, _, err = run(capsys, "results", line_item)
    assert code == ExitCode.STOPPED
    assert_terminal_advice(err, "results")
    assert "Nothing was changed in the LMS" in err and "--debug" in err
    assert len(err.strip().splitlines()) == 1


def test_a_gateway_error_on_reading_names_the_command_to_run_again(
    monkeypatch, capsys, waits_faked
):
    answer_line_item_with(monkeypatch, lambda: sandbox_app.gateway_page(502))
    with sandbox_env(monkeypatch) as sb:
        line_item = sb.line_item_ids()[0]
        code, _, err = run(capsys, "results", line_item)
        asked = [r for r in sb.control.requests() if r.method == "GET"]
    assert code == ExitCode.STOPPED
    assert len(asked) > 1  # the client asked again before giving up
    assert "HTTP 502" in err
    assert_terminal_advice(err, "results")
    assert "--debug" not in err  # a gateway error is passing trouble, not one for support
    assert len(err.strip().splitlines()) == 1  # the proxy's page quoted on the same line


def test_a_connection_that_breaks_before_the_answer_names_the_command_to_run_again(
    monkeypatch, capsys, waits_faked
):
    # Every connection closes without an answer: the request may have arrived.
    with sandbox_env(monkeypatch, drop_rate=1.0) as sb:
        code, _, err = run(capsys, "grid")
        asked = sb.control.requests()
    assert code == ExitCode.STOPPED
    assert len(asked) > 1 and all(request.status is None for request in asked)
    assert "Nothing was changed in the LMS: run 'gradebook grid' again." in err
    assert "reload" not in err.lower()


def export_and_change(capsys, line_item: str, folder: Path, changed: int) -> tuple[Path, list[str]]:
    """The line item exported, `changed` learners given a new score: the file and who."""
    exported = folder / "grades.csv"
    code, _, err = run(capsys, "results", line_item, "--format", "csv", "--output", str(exported))
    assert code == ExitCode.OK, err
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows[:changed]:
        row["score"] = str(float(row["maximum"]) / 2 + 1)
    edited = folder / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return edited, [row["userId"].removeprefix("'") for row in rows[:changed]]


def test_a_send_the_lms_keeps_failing_says_submitting_again_is_safe(
    monkeypatch, capsys, tmp_path, waits_faked
):
    with sandbox_env(monkeypatch) as sb:
        line_item = sb.line_item_ids()[0]
        edited, (user,) = export_and_change(capsys, line_item, tmp_path, 1)
        sb.control.fail_for_user(user, "500", times=50)
        code, out, err = run(capsys, "submit", line_item, str(edited), "--yes")
    assert code == ExitCode.STOPPED
    assert "HTTP 500" in out
    assert "Running 'gradebook submit' again is safe: it reads the LMS first" in out
    assert "reload" not in (out + err).lower()


def test_sync_for_a_line_item_deleted_meanwhile_points_to_the_outbox(
    monkeypatch, capsys, tmp_path, waits_faked
):
    with sandbox_env(monkeypatch) as sb:
        line_item = sb.line_item_ids()[0]
        edited, (user,) = export_and_change(capsys, line_item, tmp_path, 1)
        sb.control.fail_for_user(user, "500", times=6)
        code, _, _ = run(capsys, "submit", line_item, str(edited), "--yes")
        assert code == ExitCode.STOPPED  # the grade stays queued
        auth = f"SERVICE-AUTH-V1 {sb.credentials.api_key}:{sb.credentials.service_key}"
        deleted = httpx.delete(
            f"{sb.base_url}/api/lineitems/{quote(line_item, safe='')}",
            headers={"Authorization": auth},
        )
        assert deleted.status_code == 204
        code, out, err = run(capsys, "sync")
    assert code == ExitCode.STOPPED
    assert "HTTP 404" in out
    assert "'gradebook outbox list'" in out + err and "'gradebook outbox discard" in out + err
    assert "reload" not in (out + err).lower()


RELOAD_ADVISED = [
    UnexpectedResponseError("Loading the grades", method="GET", status=200),
    ServerError("Sending the score", method="POST", status=500),
    ServerError("Loading the grades", method="GET", status=502),
    ServerError("Sending the score", method="POST", status=504),
    NetworkError("Sending the score", method="POST", surely_not_sent=False),
    DeadlineExceededError("Loading the grades", method="GET", deadline=60),
    TimestampRefusedError("Sending the score", method="POST", status=409),
    NotFoundError("Loading the grade column", method="GET", status=404),
]


@pytest.mark.parametrize("error", RELOAD_ADVISED, ids=lambda error: type(error).__name__)
@pytest.mark.parametrize("command", ["results", "grid", "submit", "sync", "profile test"])
def test_every_error_the_window_would_reload_names_a_command(error, command):
    assert "reload" in error.next_step.lower()  # the window's own advice, unchanged
    step = next_step(error, command)
    assert step is not None and "'gradebook " in step and "reload" not in step.lower()


@pytest.mark.parametrize(
    "error",
    [
        ServerError("Loading the grades", method="GET", status=503),
        NetworkError("Sending the score", method="POST", surely_not_sent=True),
        TlsError("Loading the grades", method="GET", surely_not_sent=True),
        LmsRefusedError("Sending the score", method="POST", status=422),
    ],
    ids=lambda error: type(error).__name__,
)
def test_advice_without_the_windows_controls_is_kept(error):
    assert next_step(error, "submit") is None


def test_after_a_command_errors_speak_the_windows_words_again(monkeypatch, capsys):
    answer_line_item_with(monkeypatch, lambda: JSONResponse({"surprise": True}))
    with sandbox_env(monkeypatch) as sb:
        code, _, _ = run(capsys, "results", sb.line_item_ids()[0])
    assert code == ExitCode.STOPPED
    error = UnexpectedResponseError("Loading the grades", status=200)
    assert str(error) == (
        "Loading the grades failed (HTTP 200). Reload to see the current state; if it persists, "
        "copy the details for support."
    )
