"""The `gradebook` command against the sandbox over real sockets, run in-process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import httpx
import keyring
import pytest
from keyring.backends import fail

from gradebook_gui import last_view
from gradebook_gui.api import NotFoundError
from gradebook_gui.cli.main import ExitCode, build_parser, main
from gradebook_gui.config import Profile, ProfileStore
from gradebook_gui.credentials import CredentialStore
from gradebook_gui.exchange.export import CSV_COLUMNS
from gradebook_gui.models import PlatformFamily
from gradebook_gui.sandbox import Sandbox, SandboxOptions


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(SandboxOptions(seed=3, students=25, page_size=10)) as sb:
        yield sb


@pytest.fixture
def env(sandbox, monkeypatch):
    monkeypatch.setenv("GRADEBOOK_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("GRADEBOOK_API_KEY", sandbox.credentials.api_key)
    monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", sandbox.credentials.service_key)
    return sandbox


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def roster_learners(sandbox) -> set[str]:
    """The learners on the sandbox's roster, read with plain httpx (not the client under test)."""
    auth = {
        "Authorization": f"SERVICE-AUTH-V1 {sandbox.credentials.api_key}:"
        f"{sandbox.credentials.service_key}"
    }
    learners: set[str] = set()
    params: dict[str, str] = {"limit": "100"}
    while True:
        body = httpx.get(f"{sandbox.base_url}/api/memberships", params=params, headers=auth).json()
        for entry in body["members"]:
            if any(role.endswith(("Learner", "#Learner")) for role in entry["roles"]):
                learners.add(str(entry["userId"]))
        if not body.get("next"):
            return learners
        params = {"url": body["next"]}


def test_results_json_lists_every_learner_with_exact_keys(env, capsys):
    line_item = env.line_item_ids()[0]
    code, out, err = run(capsys, "results", line_item, "--format", "json")
    assert code == ExitCode.OK, err
    records = json.loads(out)
    stored = env.control.results(line_item)
    learners = roster_learners(env)
    assert len(records) == len(learners) == 25
    assert {r["userId"] for r in records} == learners
    for record in records:
        assert list(record) == [
            "userId",
            "name",
            "email",
            "resultScore",
            "resultMaximum",
            "comment",
        ]
        assert isinstance(record["userId"], str)
        held = stored.get(record["userId"])
        if held is None or held.get("resultScore") is None:
            assert record["resultScore"] is None
        else:
            assert record["resultScore"] == held["resultScore"]
            assert record["resultMaximum"] == held.get("resultMaximum", 1)
    assert any(r["resultScore"] is None for r in records), "demo has students without a grade"


def test_results_csv_uses_the_line_items_scale_and_base_columns(env, capsys):
    line_item = env.line_item_ids()[1]
    code, out, _ = run(capsys, "results", line_item, "--format", "csv")
    assert code == ExitCode.OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_COLUMNS
    code, raw, _ = run(capsys, "results", line_item, "--format", "json")
    by_user = {r["userId"]: r for r in json.loads(raw)}
    code, items, _ = run(capsys, "line-items", "--format", "json")
    maximum = next(i for i in json.loads(items) if i["id"] == line_item)["scoreMaximum"]
    for row in rows:
        user = row["userId"].removeprefix("'")
        record = by_user[user]
        assert float(row["maximum"]) == maximum
        assert row["score"] == row["base_score"]
        assert row["comment"] == row["base_comment"]
        if record["resultScore"] is None:
            assert row["score"] == ""
        else:
            expected = record["resultScore"] / record["resultMaximum"] * maximum
            assert float(row["score"]) == pytest.approx(expected, abs=1e-9)
        assert row["exported_at"].endswith("Z")


def test_results_for_one_user(env, capsys):
    line_item = env.line_item_ids()[0]
    code, out, _ = run(capsys, "results", line_item, "--format", "json")
    someone = json.loads(out)[3]["userId"]
    code, out, _ = run(capsys, "results", line_item, "--user", someone, "--format", "json")
    assert code == ExitCode.OK
    assert [r["userId"] for r in json.loads(out)] == [someone]


def test_results_table_and_output_file(env, capsys, tmp_path):
    line_item = env.line_item_ids()[0]
    code, out, _ = run(capsys, "results", line_item)
    assert code == ExitCode.OK and "learners" in out.splitlines()[0]
    target = tmp_path / "grades.csv"
    code, out, _ = run(capsys, "results", line_item, "--format", "csv", "--output", str(target))
    assert code == ExitCode.OK and out == ""
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read accents


def test_line_items_lists_ids_that_need_encoding(env, capsys):
    code, out, _ = run(capsys, "line-items", "--format", "json")
    assert code == ExitCode.OK
    ids = [item["id"] for item in json.loads(out)]
    assert ids == env.line_item_ids()
    assert any("?type_id=" in i for i in ids) and any(":::" in i for i in ids)


def test_missing_connection_is_a_usage_error(capsys):
    code, _, err = run(capsys, "line-items")
    assert code == ExitCode.USAGE
    assert "GRADEBOOK_BASE_URL" in err and len(err.strip().splitlines()) == 1


def test_unknown_line_item_is_invalid_input(env, capsys):
    code, _, err = run(capsys, "results", "https://lms.example/no/such/item")
    assert code == ExitCode.USAGE
    assert "gradebook line-items" in err


def test_unknown_line_item_advice_suits_a_terminal(env, capsys):
    # A mistyped id is the likely cause at a terminal; the window's "reload" means nothing here.
    code, _, err = run(capsys, "results", "nope")
    assert code == ExitCode.USAGE
    assert "Check the id" in err and "'gradebook line-items'" in err
    assert "reload" not in err.lower()
    assert len(err.strip().splitlines()) == 1


def test_the_window_keeps_its_own_not_found_advice():
    error = NotFoundError("Loading the grade column", status=404)
    assert error.user_message.endswith(NotFoundError.advice)
    assert error.message_with("Check the id.") == (
        "Loading the grade column failed (HTTP 404). Check the id."
    )


def test_secrets_are_not_accepted_as_arguments(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["line-items", "--api-key", "x"])
    assert caught.value.code == ExitCode.USAGE


def test_expired_credentials_stop_with_one_clear_line(capsys, monkeypatch):
    with Sandbox(SandboxOptions(seed=4, students=3)) as sb:
        monkeypatch.setenv("GRADEBOOK_BASE_URL", sb.base_url)
        monkeypatch.setenv("GRADEBOOK_API_KEY", sb.credentials.api_key)
        monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", sb.credentials.service_key)
        sb.control.expire_credentials()
        code, _, err = run(capsys, "line-items")
    assert code == ExitCode.STOPPED
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "ltik" in lines[0].lower()
    assert sb.credentials.service_key not in err


@pytest.fixture
def expired(monkeypatch):
    """A sandbox whose credentials have expired: every command stops with an AuthError."""
    with Sandbox(SandboxOptions(seed=4, students=3)) as sb:
        monkeypatch.setenv("GRADEBOOK_BASE_URL", sb.base_url)
        monkeypatch.setenv("GRADEBOOK_API_KEY", sb.credentials.api_key)
        monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", sb.credentials.service_key)
        sb.control.expire_credentials()
        yield sb


def assert_traceback_then_one_line(err: str) -> None:
    assert "Traceback (most recent call last)" in err, err
    assert "AuthError" in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("gradebook: ") and "ltik" in last.lower()


def test_debug_adds_a_traceback_before_or_after_the_command(capsys, expired):
    code, _, err = run(capsys, "line-items")
    assert code == ExitCode.STOPPED
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    for argv in (["--debug", "line-items"], ["line-items", "--debug"]):
        code, _, err = run(capsys, *argv)
        assert code == ExitCode.STOPPED, argv
        assert_traceback_then_one_line(err)


def test_debug_adds_the_traceback_in_a_real_process(expired):
    # Run as a user runs it: whatever logging is set up, the traceback reaches stderr.
    debug = subprocess.run(
        [sys.executable, "-m", "gradebook_gui.cli", "--debug", "line-items"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert debug.returncode == ExitCode.STOPPED
    assert_traceback_then_one_line(debug.stderr)
    for secret in (expired.credentials.api_key, expired.credentials.service_key):
        assert secret not in debug.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--debug", "line-items"],
        ["line-items", "--debug"],
        ["--debug", "results", "item"],
        ["results", "item", "--debug"],
        ["--debug", "outbox", "list"],
        ["outbox", "--debug", "list"],
        ["outbox", "list", "--debug"],
        ["--debug", "profile", "list"],
        ["profile", "list", "--debug"],
    ],
)
def test_debug_is_accepted_before_and_after_the_command(argv):
    assert build_parser().parse_args(argv).debug is True
    without = [arg for arg in argv if arg != "--debug"]
    assert build_parser().parse_args(without).debug is False


def test_profile_add_learns_the_launch_and_keeps_secrets_in_the_keyring(
    sandbox, capsys, monkeypatch
):
    monkeypatch.setenv("GRADEBOOK_API_KEY", sandbox.credentials.api_key)
    monkeypatch.setenv("GRADEBOOK_LTIK", sandbox.credentials.ltik)
    monkeypatch.setattr("gradebook_gui.credentials.keyring_status", _persistent_status)
    code, out, err = run(capsys, "profile", "add", "demo", "--base-url", sandbox.base_url)
    assert code == ExitCode.OK, err
    assert "service key was stored" in out
    profile = ProfileStore().get("demo")
    assert profile.credential_kind.has_service_key
    assert profile.platform is PlatformFamily.unknown  # the generic sandbox is no known LMS
    secrets = CredentialStore().load("demo")
    assert secrets is not None and secrets.service_key == sandbox.credentials.service_key
    config_text = ProfileStore().path.read_text()
    assert sandbox.credentials.api_key not in config_text
    assert sandbox.credentials.ltik not in config_text

    monkeypatch.delenv("GRADEBOOK_API_KEY")
    monkeypatch.delenv("GRADEBOOK_LTIK")
    code, out, _ = run(capsys, "profile", "list")
    assert "demo" in out and sandbox.base_url in out
    code, out, err = run(capsys, "profile", "test", "demo")
    assert code == ExitCode.OK, err
    code, out, err = run(capsys, "--debug", "line-items", "--profile", "demo", "--format", "json")
    assert code == ExitCode.OK, err
    code, out, _ = run(capsys, "profile", "remove", "demo")
    assert code == ExitCode.OK
    assert CredentialStore().load("demo") is None
    assert ProfileStore().all() == []


def _persistent_status(backend=None):
    from gradebook_gui.credentials import KeyringStatus

    return KeyringStatus(backend_name="test", usable=True, persistent=True)


def test_profile_add_without_keyring_saves_nothing(sandbox, capsys, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("GRADEBOOK_API_KEY", sandbox.credentials.api_key)
    monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", sandbox.credentials.service_key)
    code, _, err = run(capsys, "profile", "add", "demo", "--base-url", sandbox.base_url)
    assert code == ExitCode.USAGE
    assert "No system keyring" in err
    assert ProfileStore().all() == []


@pytest.mark.parametrize("debug", [[], ["--debug"]])
def test_sandbox_command_prints_pasteable_exports(tmp_path, debug):
    command = [sys.executable, "-m", "gradebook_gui.cli", *debug, "sandbox"]
    process = subprocess.Popen(
        [*command, "--port", "0", "--students", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        exports = {}
        while len(exports) < 4:
            line = process.stdout.readline()
            assert line, process.stderr.read()
            if line.startswith("export "):
                name, _, value = line.removeprefix("export ").strip().partition("=")
                exports[name] = value
        assert set(exports) == {
            "GRADEBOOK_BASE_URL",
            "GRADEBOOK_API_KEY",
            "GRADEBOOK_LTIK",
            "GRADEBOOK_SERVICE_KEY",
        }
        assert exports["GRADEBOOK_BASE_URL"].startswith("http://127.0.0.1:")
    finally:
        process.terminate()
        process.wait(timeout=10)


def kept_view(profile: str) -> last_view.LastView:
    """The rows the window kept of `profile`'s grade column for its next start."""
    return last_view.LastView(
        profile=profile,
        course="Biology 101",
        column="Quiz 3",
        saved_at=datetime(2026, 12, 3, 17, 45, tzinfo=UTC),
        columns=(last_view.ShownColumn("Name", 200, 0),),
        rows=(("Ann Bell",),),
    )


def test_removing_a_profile_forgets_the_rows_the_window_kept_of_it(env, capsys):
    for name in ("Biology 101", "Chemistry"):
        ProfileStore().save(Profile(name=name, base_url=env.base_url))
    last_view.write(kept_view("Chemistry"))
    code, _, err = run(capsys, "profile", "remove", "Biology 101")
    assert code == ExitCode.OK, err
    assert last_view.read() == kept_view("Chemistry")  # another connection's rows stay
    code, _, err = run(capsys, "profile", "remove", "Chemistry")
    assert code == ExitCode.OK, err
    assert last_view.read() is None


def test_forgetting_a_connection_forgets_the_rows_the_window_kept_of_it(env, capsys):
    ProfileStore().save(Profile(name="Biology 101", base_url=env.base_url))
    last_view.write(kept_view("Biology 101"))
    code, _, err = run(
        capsys, "forget", "--yes", "--profile", "Biology 101", env.line_item_ids()[0]
    )
    assert code == ExitCode.OK, err
    assert last_view.read() == kept_view("Biology 101")  # one line item: the connection stays
    code, _, err = run(capsys, "forget", "--yes", "--profile", "Biology 101")
    assert code == ExitCode.OK, err
    assert last_view.read() is None
