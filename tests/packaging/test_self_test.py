"""`gradebook-gui --self-test` from source: what it checks, and that it fails when it should."""

from __future__ import annotations

import io
import platform
import subprocess
import sys
import types
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from gradebook_gui import __version__
from gradebook_gui.gui import self_test
from gradebook_gui.gui.app import compose, parse_arguments, prepare
from gradebook_gui.gui.self_test import (
    SystemKeyring,
    check_keyring_backends,
    check_keyring_choice,
    run_self_test,
)
from gradebook_gui.gui.self_test_report import Outcome, SelfTestReport
from gradebook_gui.sandbox import Sandbox, SandboxOptions

SMALL_COURSE = SandboxOptions(students=6, line_items=2)


def run_in_process(demo: SandboxOptions = SMALL_COURSE) -> tuple[int, str]:
    out = io.StringIO()
    code = run_self_test(compose, out, prepare=prepare, demo=demo)
    return code, out.getvalue()


def outcome_of(output: str, check: str) -> str:
    """The outcome word of `check`'s line (`ok       check: detail`)."""
    lines = [line for line in output.splitlines() if line[9:].startswith(f"{check}: ")]
    assert len(lines) == 1, output
    return lines[0].split()[0]


def test_the_option_is_parsed() -> None:
    assert parse_arguments(["--self-test"]).self_test
    assert not parse_arguments([]).self_test


def test_the_command_passes_from_source_without_touching_the_users_files(tmp_path: Path) -> None:
    # The suite's fixture points the config and data folders into tmp_path.
    completed = subprocess.run(
        [sys.executable, "-m", "gradebook_gui", "--self-test"],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    output = completed.stdout
    assert f"gradebook-gui {__version__}, from source" in output
    for check in ("main window", "sandbox", "line item", "sandbox stop", "imports", "icon"):
        assert outcome_of(output, check) == "ok"
    assert "window shown" in output
    assert "loaded “" in output and "learners through the window" in output
    assert output.splitlines()[-1].startswith("self-test passed")
    assert not (tmp_path / "config").exists()
    assert not (tmp_path / "data").exists()


def test_every_check_runs_and_reports_the_keyring_in_use(qtbot: QtBot) -> None:
    code, output = run_in_process()
    assert code == 0, output
    assert "loaded “" in output and "with 6 learners" in output
    assert outcome_of(output, "keyring") == "ok"
    assert "would use gradebook_gui.credentials.SessionKeyring" in output
    assert outcome_of(output, "keyring backends") == "ok"
    assert "Secret Service, macOS Keychain, Windows Credential Locker bundled" in output


def test_no_system_keyring_is_a_warning_not_a_failure(qtbot: QtBot) -> None:
    keyring.set_keyring(fail.Keyring())
    code, output = run_in_process()
    assert code == 0, output
    assert outcome_of(output, "keyring") == "warning"
    assert "would use keyring.backends.fail.Keyring" in output
    assert output.splitlines()[-1] == "self-test passed (1 warning)"


def test_falling_back_while_the_system_keyring_answers_is_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answering = types.ModuleType("answering_keyring")

    class Keyring:
        priority = 5

    answering.Keyring = Keyring  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "answering_keyring", answering)
    monkeypatch.setitem(
        self_test.SYSTEM_KEYRINGS,
        platform.system(),
        SystemKeyring("Test keyring", "Test", "answering_keyring", "Keyring", ()),
    )
    keyring.set_keyring(fail.Keyring())
    report = SelfTestReport(io.StringIO())
    check_keyring_choice(report)
    assert [r.outcome for r in report.results] == [Outcome.FAILED]
    assert "although the Test keyring is available" in report.results[0].detail


def test_a_backend_missing_from_keyrings_registry_is_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What a frozen build without keyring's package metadata looks like.
    monkeypatch.setattr(self_test.importlib.metadata, "entry_points", lambda **_: [])
    report = SelfTestReport(io.StringIO())
    report.run("keyring backends", check_keyring_backends)
    assert report.failures
    assert "does not know the Secret Service backend" in report.results[0].detail


def test_a_sandbox_that_cannot_start_fails_the_test_with_the_reason(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_sandbox: Sandbox) -> None:
        raise OSError("address already in use")

    monkeypatch.setattr(Sandbox, "start", refuse)
    code, output = run_in_process()
    assert code == 1
    assert outcome_of(output, "sandbox") == "FAILED"
    assert "line item" not in output
    verdict = output.splitlines()[-1]
    assert verdict.startswith("self-test FAILED (1 problem)")
    assert "sandbox: did not start: OSError: address already in use" in verdict


def test_a_course_that_loads_no_learners_is_a_failure(qtbot: QtBot) -> None:
    code, output = run_in_process(SandboxOptions(students=0, line_items=1))
    assert code == 1
    assert outcome_of(output, "line item") == "FAILED"
    assert "no learners" in output
    # The other checks still ran, so one run lists every problem.
    assert outcome_of(output, "https") == "ok"
