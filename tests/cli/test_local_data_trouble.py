"""A full disk or a read-only data folder: `gradebook` prints one line saying where and what to
do, exits 3, and keeps what was on disk; against the sandbox over real sockets, in-process."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from gradebook_gui.cli.main import ExitCode, main
from gradebook_gui.config import data_dir
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.store import GradeStore
from tests.store.helpers import DISK_FULL, fail_commits, open_read_only

CHANGED = 6


@pytest.fixture
def sandbox(monkeypatch):
    with Sandbox(SandboxOptions(seed=31, students=10, page_size=10)) as sb:
        monkeypatch.setenv("GRADEBOOK_BASE_URL", sb.base_url)
        monkeypatch.setenv("GRADEBOOK_API_KEY", sb.credentials.api_key)
        monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", sb.credentials.service_key)
        yield sb


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def edited_export(capsys, line_item: str, folder: Path) -> tuple[Path, dict[str, float]]:
    """An export of the line item with the first CHANGED scores changed; the wanted fractions."""
    exported = folder / "grades.csv"
    code, _, err = run(capsys, "results", line_item, "--format", "csv", "--output", str(exported))
    assert code == ExitCode.OK, err
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    maximum = float(rows[0]["maximum"])
    wanted = {}
    for index, row in enumerate(rows[:CHANGED]):
        row["score"] = str(index + 1)
        wanted[row["userId"].removeprefix("'")] = (index + 1) / maximum
    edited = folder / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return edited, wanted


def posts(sandbox) -> list:
    return [request for request in sandbox.control.requests() if request.method == "POST"]


def fractions_on_server(sandbox, line_item: str) -> dict[str, float | None]:
    return {
        user: None
        if held.get("resultScore") is None
        else held["resultScore"] / held.get("resultMaximum", 1)
        for user, held in sandbox.control.results(line_item).items()
    }


def assert_one_clear_line(err: str, *phrases: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("gradebook: Cannot use the local grade data: ")
    assert str(data_dir()) in lines[0]
    assert "What was saved before is kept." in lines[0]
    assert "Traceback" not in err and "unexpected error" not in err
    for phrase in phrases:
        assert phrase in lines[0], lines[0]


def test_a_full_disk_before_sending_sends_nothing_and_says_where(
    sandbox, capsys, tmp_path, monkeypatch
):
    line_item = sandbox.line_item_ids()[0]
    edited, _ = edited_export(capsys, line_item, tmp_path)
    before = fractions_on_server(sandbox, line_item)
    GradeStore.open().close()
    fail_commits(monkeypatch).failure = sqlite3.OperationalError(DISK_FULL)

    code, _, err = run(capsys, "submit", line_item, str(edited), "--yes")
    assert code == ExitCode.STOPPED
    assert_one_clear_line(err, f"Free some space on the disk holding {data_dir()}")
    assert posts(sandbox) == []
    assert fractions_on_server(sandbox, line_item) == before
    with GradeStore.open() as store:
        assert store.connection_keys() == []  # no snapshot, draft or queued grade


# Snapshot, drafts and queue take three commits, each send two (sending with its timestamp,
# then accepted): the disk fills as the third send starts, or once the LMS accepted the second.
@pytest.mark.parametrize("commits_left", [3 + 4, 3 + 3], ids=["before-a-send", "after-a-send"])
def test_a_disk_filling_up_while_sending_keeps_the_queue_for_sync(
    sandbox, capsys, tmp_path, monkeypatch, commits_left
):
    line_item = sandbox.line_item_ids()[0]
    edited, wanted = edited_export(capsys, line_item, tmp_path)
    disk = fail_commits(monkeypatch)
    disk.failure = sqlite3.OperationalError(DISK_FULL)
    disk.commits_left = commits_left

    code, _, err = run(capsys, "submit", line_item, str(edited), "--yes", "--concurrency", "1")
    assert code == ExitCode.STOPPED
    assert_one_clear_line(err, "Free some space")
    sent_before = len(posts(sandbox))
    assert 0 < sent_before < CHANGED
    with GradeStore.open() as store:
        assert {entry.user_id for entry in store.outbox()} == set(wanted)

    disk.failure = None  # space freed
    code, _, err = run(capsys, "sync")
    assert code == ExitCode.OK, err
    on_server = fractions_on_server(sandbox, line_item)
    assert {user: on_server[user] for user in wanted} == pytest.approx(wanted)
    assert sandbox.control.max_in_flight_per_user() <= 1
    # The grade accepted while its outcome could not be written is read back, not sent again.
    assert len(posts(sandbox)) == CHANGED


def test_a_read_only_data_folder_refuses_changes_in_one_line(sandbox, capsys, monkeypatch):
    GradeStore.open().close()
    open_read_only(monkeypatch)

    code, _, err = run(capsys, "outbox", "list")
    assert code == ExitCode.OK, err  # reading what is kept still works

    code, _, err = run(capsys, "forget", "--yes")
    assert code == ExitCode.STOPPED
    assert_one_clear_line(err, f"the data folder {data_dir()} is read-only", "GRADEBOOK_DATA_DIR")

    code, _, err = run(capsys, "--debug", "forget", "--yes")
    assert code == ExitCode.STOPPED
    assert "Traceback (most recent call last)" in err and "StoreUnavailable" in err
    assert err.strip().splitlines()[-1].startswith("gradebook: Cannot use the local grade data")
