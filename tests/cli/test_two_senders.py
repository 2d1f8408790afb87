"""Two senders never mix: a second `gradebook submit` for a connection being sent for is refused
before it writes anything, so nothing of it is ever sent by the first one or by a later sync."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gradebook_gui.cli.errors import ExitCode
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.services.submitting import UNSENT_STATES
from gradebook_gui.store import GradeStore

COMMAND = [sys.executable, "-m", "gradebook_gui.cli"]


def _sheet(path: Path, rows: list[dict[str, str]], fraction: float) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "score": str(float(row["maximum"]) * fraction)})


def _posts(sandbox: Sandbox) -> int:
    return len([r for r in sandbox.control.requests() if r.method == "POST"])


def test_a_second_submit_is_refused_and_leaves_nothing_queued(tmp_path: Path) -> None:
    with Sandbox(SandboxOptions(seed=23, students=40, latency_ms=80)) as sb:
        env = {
            **os.environ,
            "GRADEBOOK_BASE_URL": sb.base_url,
            "GRADEBOOK_API_KEY": sb.credentials.api_key,
            "GRADEBOOK_SERVICE_KEY": sb.credentials.service_key,
            "PYTHONUNBUFFERED": "1",
        }
        line_item = sb.line_item_ids()[0]
        exported = tmp_path / "grades.csv"
        subprocess.run(
            [*COMMAND, "results", line_item, "--format", "csv", "--output", str(exported)],
            env=env,
            check=True,
            capture_output=True,
        )
        with exported.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        _sheet(tmp_path / "a.csv", rows, 0.5)
        _sheet(tmp_path / "b.csv", rows, 0.25)

        first = subprocess.Popen(
            [*COMMAND, "submit", line_item, str(tmp_path / "a.csv"), "--yes", "--concurrency", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 30
            while _posts(sb) < 3 and time.monotonic() < deadline:
                time.sleep(0.01)
            assert _posts(sb) >= 3, "the first submit must be sending"

            second = subprocess.run(
                [*COMMAND, "submit", line_item, str(tmp_path / "b.csv"), "--yes"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert first.poll() is None, "the refusal must happen while the first one sends"
            assert second.returncode != ExitCode.OK
            assert f"already being sent by gradebook submit (process {first.pid})" in second.stderr
            # The refused run changed nothing on disk: no grade of its file is queued.
            with GradeStore.open() as store:
                entries = store.outbox(states=UNSENT_STATES)
            assert all(
                entry.edit.score == pytest.approx(entry.edit.maximum * 0.5) for entry in entries
            )
        finally:
            _, first_err = first.communicate(timeout=120)
        assert first.returncode == ExitCode.OK, first_err

        after = subprocess.run(
            [*COMMAND, "sync"], env=env, capture_output=True, text=True, timeout=60
        )
        assert after.returncode == ExitCode.OK, after.stderr
        assert "Nothing is queued" in after.stdout
        for user, held in sb.control.results(line_item).items():
            assert held["resultScore"] / held.get("resultMaximum", 1) == pytest.approx(0.5), user
