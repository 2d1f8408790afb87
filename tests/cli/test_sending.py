"""`gradebook submit`, `sync`, `outbox` and `forget` against the sandbox over real sockets."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from gradebook_gui.cli.main import ExitCode, main
from gradebook_gui.edits import CellState
from gradebook_gui.sandbox import Sandbox, SandboxOptions, lms
from gradebook_gui.sandbox import app as sandbox_app
from gradebook_gui.services import submitting
from gradebook_gui.store import GradeStore


@pytest.fixture
def sandbox(monkeypatch):
    with Sandbox(SandboxOptions(seed=21, students=12, page_size=10, latency_ms=20)) as sb:
        monkeypatch.setenv("GRADEBOOK_BASE_URL", sb.base_url)
        monkeypatch.setenv("GRADEBOOK_API_KEY", sb.credentials.api_key)
        monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", sb.credentials.service_key)
        yield sb


def expire_on_first_post(sandbox) -> threading.Thread:
    """Expire the credentials once sending has begun, as a 24-hour ltik would mid-run."""

    def watch() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if any(r.method == "POST" for r in sandbox.control.requests()):
                sandbox.control.expire_credentials()
                return
            time.sleep(0.001)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    return watcher


def submit_until_credentials_expire(
    sandbox, capsys, tmp_path, changed: int, score: str
) -> tuple[str, list[dict[str, str]], str]:
    """Export the first line item, change `changed` rows to `score` and submit them while the
    credentials expire mid-run: the line item, the exported rows and what the run printed on
    stderr (it stopped, work kept)."""
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    for row in rows[:changed]:
        row["score"] = score
    write_csv(tmp_path / "edited.csv", rows)
    expire_on_first_post(sandbox)
    edited = str(tmp_path / "edited.csv")
    code, _, err = run(capsys, "submit", line_item, edited, "--yes", "--concurrency", "1")
    assert code == ExitCode.STOPPED
    return line_item, rows, err


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def export_csv(capsys, line_item: str, path: Path) -> list[dict[str, str]]:
    code, _, err = run(capsys, "results", line_item, "--format", "csv", "--output", str(path))
    assert code == ExitCode.OK, err
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def scores_on_server(sandbox, line_item: str) -> dict[str, float | None]:
    return {
        user: (held["resultScore"] / held.get("resultMaximum", 1))
        if held.get("resultScore") is not None
        else None
        for user, held in sandbox.control.results(line_item).items()
    }


def test_own_export_comes_back_as_zero_changes(sandbox, capsys, tmp_path):
    line_item = sandbox.line_item_ids()[0]
    export_csv(capsys, line_item, tmp_path / "grades.csv")
    code, out, err = run(capsys, "submit", line_item, str(tmp_path / "grades.csv"), "--yes")
    assert code == ExitCode.OK, err
    assert "0 changes" in out and "Nothing to send" in out
    assert not [r for r in sandbox.control.requests() if r.method == "POST"]


def test_submit_sends_changed_rows_and_verifies_them(sandbox, capsys, tmp_path):
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    maximum = float(rows[0]["maximum"])
    changed = {}
    for row in rows[:5]:
        row["score"] = str(maximum / 2 + len(changed))
        changed[row["userId"].removeprefix("'")] = float(row["score"]) / maximum
    write_csv(tmp_path / "edited.csv", rows)
    code, out, err = run(capsys, "submit", line_item, str(tmp_path / "edited.csv"), "--yes")
    assert code == ExitCode.OK, err
    assert "All 5 grades sent and verified." in out
    server = scores_on_server(sandbox, line_item)
    for user, fraction in changed.items():
        assert server[user] == pytest.approx(fraction)
    posts = [r for r in sandbox.control.requests() if r.method == "POST"]
    assert len(posts) == 5
    # Only the score changed: the current comment is resent, never wiped.
    for post in posts:
        assert post.json_body["scoreMaximum"] == maximum
        assert post.json_body["gradingProgress"] == "FullyGraded"


def test_an_invalid_row_refuses_the_whole_file(sandbox, capsys, tmp_path):
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    rows[0]["score"] = "85/100"
    rows[1]["score"] = "7"
    rows[2]["userId"] = "no-such-student"
    write_csv(tmp_path / "bad.csv", rows)
    code, _, err = run(capsys, "submit", line_item, str(tmp_path / "bad.csv"), "--yes")
    assert code == ExitCode.USAGE
    assert "line 2" in err and "line 4" in err
    assert not [r for r in sandbox.control.requests() if r.method == "POST"]
    code, _, err = run(
        capsys, "submit", line_item, str(tmp_path / "bad.csv"), "--yes", "--skip-invalid"
    )
    assert code == ExitCode.PARTIAL
    assert len([r for r in sandbox.control.requests() if r.method == "POST"]) == 1


def test_dry_run_lists_the_changes_and_counts_the_rest(sandbox, capsys, tmp_path):
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    rows[0]["score"] = "1"
    rows[1]["score"] = ""
    write_csv(tmp_path / "edited.csv", rows)
    code, out, _ = run(capsys, "submit", line_item, str(tmp_path / "edited.csv"), "--dry-run")
    assert code == ExitCode.OK
    lines = out.splitlines()
    assert [line for line in lines if line.startswith("line ")] == [
        line for line in lines if line.startswith("line 2: will change: ")
    ]
    assert len([line for line in lines if line.startswith("line ")]) == 1
    assert f"{len(rows) - 1} rows unchanged or blank, not listed (--verbose lists them)" in lines
    assert lines[-1].startswith("Plan: 1 change, ")
    assert not [r for r in sandbox.control.requests() if r.method == "POST"]


def test_dry_run_verbose_lists_every_row(sandbox, capsys, tmp_path):
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    rows[0]["score"] = "1"
    rows[1]["score"] = ""
    write_csv(tmp_path / "edited.csv", rows)
    edited = str(tmp_path / "edited.csv")
    code, out, _ = run(capsys, "submit", line_item, edited, "--dry-run", "--verbose")
    assert code == ExitCode.OK
    assert out.count("line ") == len(rows)
    assert "will change" in out and "skipped" in out and "unchanged: " in out
    assert "not listed" not in out


def test_one_invalid_row_is_counted_in_the_singular(sandbox, capsys, tmp_path):
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    rows[0]["score"] = "85/100"
    write_csv(tmp_path / "bad.csv", rows)
    code, _, err = run(capsys, "submit", line_item, str(tmp_path / "bad.csv"), "--dry-run")
    assert code == ExitCode.USAGE
    assert "not sent: 1 row has errors (listed above)" in err


def test_without_yes_and_without_a_terminal_nothing_is_sent(sandbox, capsys, tmp_path):
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    rows[0]["score"] = "1"
    write_csv(tmp_path / "edited.csv", rows)
    code, _, err = run(capsys, "submit", line_item, str(tmp_path / "edited.csv"))
    assert code == ExitCode.USAGE and "--yes" in err
    assert not [r for r in sandbox.control.requests() if r.method == "POST"]


def test_a_conflict_is_skipped_by_default_and_listed(sandbox, capsys, tmp_path):
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    target = rows[0]["userId"].removeprefix("'")
    rows[0]["score"] = "1"
    write_csv(tmp_path / "edited.csv", rows)
    sandbox.control.set_grade(line_item, target, 3, 10)  # changed in the LMS meanwhile
    code, _, err = run(capsys, "submit", line_item, str(tmp_path / "edited.csv"), "--yes")
    assert code == ExitCode.PARTIAL
    assert "conflict" in err and target in err
    assert scores_on_server(sandbox, line_item)[target] == pytest.approx(0.3)


def test_outbox_list_discard_and_forget(sandbox, capsys, tmp_path):
    submit_until_credentials_expire(sandbox, capsys, tmp_path, changed=4, score="1")
    code, out, _ = run(capsys, "outbox", "list")
    waiting = len(out.splitlines()) - 3  # after the header and its rule, before the totals
    assert waiting >= 2
    code, out, _ = run(capsys, "outbox", "discard", "--yes")
    assert code == ExitCode.OK and f"Discarded {waiting}" in out
    code, out, _ = run(capsys, "outbox", "list")
    assert "empty" in out
    code, out, _ = run(capsys, "forget", "--yes")
    assert code == ExitCode.OK
    with GradeStore.open() as store:
        assert store.connection_keys() == []


def test_outbox_list_names_each_learner_and_totals_the_states(sandbox, capsys, tmp_path):
    _, rows, _ = submit_until_credentials_expire(sandbox, capsys, tmp_path, changed=6, score="1")
    # Where a killed run leaves grades: one accepted, one in flight, the rest queued.
    with GradeStore.open() as store:
        first, second, *_ = store.outbox(states=[CellState.QUEUED])
        store.update_entry(first.id, CellState.SENT)
        store.update_entry(second.id, CellState.SENDING)
        waiting = len(store.outbox(states=submitting.UNSENT_STATES))
    names = {row["userId"].removeprefix("'"): row["name"] for row in rows}
    requests_before = len(sandbox.control.requests())

    code, out, _ = run(capsys, "outbox", "list")

    assert code == ExitCode.OK
    assert len(sandbox.control.requests()) == requests_before  # the names come from disk
    header, _, *table, totals = out.splitlines()
    assert header.split() == ["line", "item", "userId", "state", "score", "reason", "name"]
    assert len(table) == waiting
    for line in table:
        user = next(user for user in names if f"  {user}  " in line)
        assert line.endswith(f"  {names[user]}")
    assert totals == f"{waiting} grades: 1 sent, 1 sending, {waiting - 2} queued"


def test_expired_credentials_keep_the_queue_and_sync_finishes(
    sandbox, capsys, tmp_path, monkeypatch
):
    line_item, rows, err = submit_until_credentials_expire(
        sandbox, capsys, tmp_path, changed=6, score="2"
    )
    assert "gradebook sync" in err
    fresh = sandbox.control.issue_new_credentials()
    monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", fresh.service_key)
    code, _, err = run(capsys, "sync")
    assert code == ExitCode.OK, err
    held = scores_on_server(sandbox, line_item)
    maximum = float(rows[0]["maximum"])
    for row in rows[:6]:
        assert held[row["userId"].removeprefix("'")] == pytest.approx(2 / maximum)


def test_submit_killed_mid_run_then_sync_ends_with_exactly_the_intended_grades(tmp_path):
    """A real process killed while sending; `gradebook sync` settles what was in flight."""
    with Sandbox(SandboxOptions(seed=22, students=30, latency_ms=40)) as sb:
        env = {
            **os.environ,
            "GRADEBOOK_BASE_URL": sb.base_url,
            "GRADEBOOK_API_KEY": sb.credentials.api_key,
            "GRADEBOOK_SERVICE_KEY": sb.credentials.service_key,
            "PYTHONUNBUFFERED": "1",
        }
        line_item = sb.line_item_ids()[0]
        command = [sys.executable, "-m", "gradebook_gui.cli"]
        exported = tmp_path / "grades.csv"
        subprocess.run(
            [*command, "results", line_item, "--format", "csv", "--output", str(exported)],
            env=env,
            check=True,
            capture_output=True,
        )
        with exported.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        maximum = float(rows[0]["maximum"])
        intended = {}
        for index, row in enumerate(rows):
            row["score"] = str(round(maximum * (index % 10) / 10, 2))
            intended[row["userId"].removeprefix("'")] = float(row["score"]) / maximum
        write_csv(tmp_path / "all.csv", rows)

        child = subprocess.Popen(
            [*command, "submit", line_item, str(tmp_path / "all.csv"), "--yes"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if len([r for r in sb.control.requests() if r.method == "POST"]) >= 5:
                break
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
        child.wait()
        sent_before_kill = len([r for r in sb.control.requests() if r.method == "POST"])
        assert 0 < sent_before_kill < len(rows), "the kill must land mid-run"

        finished = subprocess.run(
            [*command, "sync"], env=env, capture_output=True, text=True, timeout=120
        )
        assert finished.returncode == ExitCode.OK, finished.stderr
        held = sb.control.results(line_item)
        for user, fraction in intended.items():
            score = held[user]["resultScore"] / held[user].get("resultMaximum", 1)
            assert score == pytest.approx(fraction), user
        # Nothing was posted twice for a student whose grade had already applied.
        posts = [r.json_body["userId"] for r in sb.control.requests() if r.method == "POST"]
        assert len(posts) - len(set(posts)) <= sent_before_kill


def test_a_learner_who_is_not_an_active_student_is_held_back_unless_included(
    sandbox, capsys, tmp_path, monkeypatch
):
    line_item = sandbox.line_item_ids()[0]
    rows = export_csv(capsys, line_item, tmp_path / "grades.csv")
    maximum = float(rows[0]["maximum"])
    inactive, active = (row["userId"].removeprefix("'") for row in rows[:2])

    def member_json(member):
        body = lms.member_json(member)
        if member.user_id == inactive:
            body["status"] = "Deleted"
        return body

    monkeypatch.setattr(sandbox_app, "member_json", member_json)
    for row in rows[:2]:
        row["score"] = str(maximum / 4)
    write_csv(tmp_path / "edited.csv", rows)
    sandbox.control.clear_requests()

    code, _, err = run(capsys, "submit", line_item, str(tmp_path / "edited.csv"), "--yes")
    assert code == ExitCode.PARTIAL
    assert f"held back: {inactive}: not an active student (roster status Deleted)" in err
    posted = [r.json_body["userId"] for r in sandbox.control.requests() if r.method == "POST"]
    assert posted == [active]

    code, _, err = run(
        capsys, "submit", line_item, str(tmp_path / "edited.csv"), "--yes", "--include-inactive"
    )
    assert code == ExitCode.OK, err
    posted = [r.json_body["userId"] for r in sandbox.control.requests() if r.method == "POST"]
    assert posted == [active, inactive]
