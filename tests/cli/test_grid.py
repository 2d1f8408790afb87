"""`gradebook grid` and `gradebook submit --grid` against the sandbox over real sockets."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from gradebook_gui.cli.main import ExitCode, main
from gradebook_gui.sandbox import Sandbox, SandboxOptions, app, lms


@pytest.fixture
def sandbox(monkeypatch):
    with Sandbox(SandboxOptions(seed=21, students=8, line_items=3, page_size=10)) as sb:
        monkeypatch.setenv("GRADEBOOK_BASE_URL", sb.base_url)
        monkeypatch.setenv("GRADEBOOK_API_KEY", sb.credentials.api_key)
        monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", sb.credentials.service_key)
        yield sb


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def posts(sandbox) -> list[Any]:
    return [r for r in sandbox.control.requests() if r.method == "POST"]


def export_grid(capsys, path: Path, fmt: str = "csv") -> None:
    code, _, err = run(capsys, "grid", "--format", fmt, "--output", str(path))
    assert code == ExitCode.OK, err


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, headers: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=headers)
        writer.writeheader()
        writer.writerows(rows)


def item_header(headers: list[str], line_item: str) -> str:
    return next(h for h in headers if h.endswith(f"[{line_item}]") and not h.startswith("base:"))


def fraction_on_server(sandbox, line_item: str, user: str) -> float | None:
    held = sandbox.control.results(line_item).get(user)
    if not held or held.get("resultScore") is None:
        return None
    return held["resultScore"] / held.get("resultMaximum", 1)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_grid_export_submitted_unchanged_is_zero_changes(sandbox, capsys, tmp_path, fmt):
    path = tmp_path / f"course.{fmt}"
    export_grid(capsys, path, fmt)
    code, out, err = run(capsys, "submit", "--grid", str(path), "--yes")
    assert code == ExitCode.OK, err
    assert "Plan: 0 changes" in out and "Nothing to send" in out
    assert not posts(sandbox)


def test_the_grid_lists_every_learner_and_line_item(sandbox, capsys, tmp_path):
    code, out, _ = run(capsys, "grid", "--format", "json")
    assert code == ExitCode.OK
    document = json.loads(out)
    assert [item["id"] for item in document["lineItems"]] == sandbox.line_item_ids()
    assert len(document["learners"]) == 8
    first = sandbox.line_item_ids()[0]
    learner = document["learners"][0]
    held = fraction_on_server(sandbox, first, learner["userId"])
    shown = learner["scores"][first]
    maximum = document["lineItems"][0]["scoreMaximum"]
    assert (shown is None and held is None) or shown == pytest.approx(held * maximum)
    code, out, _ = run(capsys, "grid")
    assert code == ExitCode.OK and "8 learners, 3 line items" in out


def test_two_cells_in_two_columns_are_exactly_what_is_sent_and_verified(sandbox, capsys, tmp_path):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    headers, rows = read_rows(path)
    first, second = sandbox.line_item_ids()[:2]
    rows[1][item_header(headers, first)] = "3"
    rows[4][item_header(headers, second)] = "4.5"
    write_rows(tmp_path / "edited.csv", headers, rows)
    code, out, err = run(capsys, "submit", "--grid", str(tmp_path / "edited.csv"), "--yes")
    assert code == ExitCode.OK, err
    assert "Plan: 2 changes" in out and out.count("All 1 grade sent and verified.") == 2
    sent = sorted((r.line_item_id, r.json_body["userId"]) for r in posts(sandbox))
    assert sent == sorted([(first, rows[1]["userId"]), (second, rows[4]["userId"])])
    assert fraction_on_server(sandbox, first, rows[1]["userId"]) == pytest.approx(3 / 10)
    assert fraction_on_server(sandbox, second, rows[4]["userId"]) == pytest.approx(4.5 / 20)


def test_an_edited_workbook_sends_its_changed_cells(sandbox, capsys, tmp_path):
    path = tmp_path / "course.xlsx"
    export_grid(capsys, path, "xlsx")
    workbook = load_workbook(path)
    sheet = workbook["Grades"]
    user = sheet.cell(row=3, column=1).value
    sheet.cell(row=3, column=5).value = 11  # the second line item, out of 20
    workbook.save(path)
    code, _, err = run(capsys, "submit", "--grid", str(path), "--yes")
    assert code == ExitCode.OK, err
    assert [(r.line_item_id, r.json_body["userId"]) for r in posts(sandbox)] == [
        (sandbox.line_item_ids()[1], user)
    ]
    assert fraction_on_server(sandbox, sandbox.line_item_ids()[1], user) == pytest.approx(11 / 20)


def test_a_cell_changed_in_the_lms_since_the_export_is_a_conflict_skipped_and_listed(
    sandbox, capsys, tmp_path
):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    headers, rows = read_rows(path)
    first, second = sandbox.line_item_ids()[:2]
    target, other = rows[2]["userId"], rows[3]["userId"]
    rows[2][item_header(headers, first)] = "1"
    rows[3][item_header(headers, second)] = "2"
    write_rows(tmp_path / "edited.csv", headers, rows)
    sandbox.control.set_grade(first, target, 6, 10)  # an instructor, in the LMS, meanwhile
    code, _, err = run(capsys, "submit", "--grid", str(tmp_path / "edited.csv"), "--yes")
    assert code == ExitCode.PARTIAL
    assert f"conflict: {target}" in err
    assert fraction_on_server(sandbox, first, target) == pytest.approx(0.6)
    assert fraction_on_server(sandbox, second, other) == pytest.approx(2 / 20)
    assert [r.json_body["userId"] for r in posts(sandbox)] == [other]


def test_an_inactive_learners_cell_is_refused_unless_included(
    sandbox, capsys, tmp_path, monkeypatch
):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    headers, rows = read_rows(path)
    inactive = rows[5]["userId"]

    def member_json(member):
        body = lms.member_json(member)
        if member.user_id == inactive:
            body["status"] = "Inactive"
        return body

    monkeypatch.setattr(app, "member_json", member_json)
    first = sandbox.line_item_ids()[0]
    rows[5][item_header(headers, first)] = "7"
    rows[6][item_header(headers, first)] = "8"
    write_rows(tmp_path / "edited.csv", headers, rows)
    edited = str(tmp_path / "edited.csv")

    code, _, err = run(capsys, "submit", "--grid", edited, "--yes")
    assert code == ExitCode.PARTIAL
    assert "not an active student (roster status Inactive)" in err
    assert "--include-inactive" in err
    assert [r.json_body["userId"] for r in posts(sandbox)] == [rows[6]["userId"]]

    code, _, err = run(capsys, "submit", "--grid", edited, "--yes", "--include-inactive")
    assert code == ExitCode.OK, err
    assert [r.json_body["userId"] for r in posts(sandbox)][1:] == [inactive]
    assert fraction_on_server(sandbox, first, inactive) == pytest.approx(0.7)


def test_a_removed_line_item_column_is_a_clear_error(sandbox, capsys, tmp_path):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    headers, rows = read_rows(path)
    gone = item_header(headers, sandbox.line_item_ids()[1])
    kept = [h for h in headers if h != gone]
    for row in rows:
        del row[gone]
    write_rows(tmp_path / "edited.csv", kept, rows)
    code, _, err = run(capsys, "submit", "--grid", str(tmp_path / "edited.csv"), "--yes")
    assert code == ExitCode.USAGE
    assert f"The column '{gone}' was removed" in err and "Nothing was sent" in err
    assert not posts(sandbox)


def test_an_unknown_column_is_a_clear_error(sandbox, capsys, tmp_path):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    headers, rows = read_rows(path)
    for extra, name in (("Notes", "notes.csv"), ("Quiz 9 [https://lms.example.edu/x/9]", "9.csv")):
        write_rows(tmp_path / name, [*headers, extra], [{**row, extra: "1"} for row in rows])
    code, _, err = run(capsys, "submit", "--grid", str(tmp_path / "notes.csv"), "--yes")
    assert code == ExitCode.USAGE and "The column 'Notes' is not a line item" in err
    code, _, err = run(capsys, "submit", "--grid", str(tmp_path / "9.csv"), "--yes")
    assert code == ExitCode.USAGE
    assert "names the line item https://lms.example.edu/x/9, which this course" in err
    assert not posts(sandbox)


def test_an_invalid_cell_refuses_the_whole_file_unless_skip_invalid(sandbox, capsys, tmp_path):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    headers, rows = read_rows(path)
    first, second = sandbox.line_item_ids()[:2]
    rows[0][item_header(headers, first)] = "85%"
    rows[1][item_header(headers, second)] = "5"
    write_rows(tmp_path / "bad.csv", headers, rows)
    code, _, err = run(capsys, "submit", "--grid", str(tmp_path / "bad.csv"), "--yes")
    assert code == ExitCode.USAGE
    assert "line 2: error:" in err and "percentage" in err
    assert not posts(sandbox)
    code, _, err = run(
        capsys, "submit", "--grid", str(tmp_path / "bad.csv"), "--yes", "--skip-invalid"
    )
    assert code == ExitCode.PARTIAL
    assert [r.json_body["userId"] for r in posts(sandbox)] == [rows[1]["userId"]]


def test_grid_and_a_line_item_are_one_or_the_other(sandbox, capsys, tmp_path):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    line_item = sandbox.line_item_ids()[0]
    code, _, err = run(capsys, "submit", line_item, str(path), "--grid", str(path))
    assert code == ExitCode.USAGE and "one or the other" in err
    code, _, err = run(capsys, "submit")
    assert code == ExitCode.USAGE
    assert not posts(sandbox)


def test_a_grid_dry_run_lists_every_cell_only_when_verbose(sandbox, capsys, tmp_path):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    headers, rows = read_rows(path)
    first = sandbox.line_item_ids()[0]
    rows[1][item_header(headers, first)] = "3"
    write_rows(tmp_path / "edited.csv", headers, rows)
    edited = str(tmp_path / "edited.csv")
    code, out, _ = run(capsys, "submit", "--grid", edited, "--dry-run")
    assert code == ExitCode.OK
    assert out.count("  line ") == 1 and "will change" in out
    code, out, _ = run(capsys, "submit", "--grid", edited, "--dry-run", "--verbose")
    assert code == ExitCode.OK
    assert out.count("  line ") == 3 * len(rows) and "unchanged: " in out
    assert not posts(sandbox)


def test_one_invalid_grid_cell_is_counted_in_the_singular(sandbox, capsys, tmp_path):
    path = tmp_path / "course.csv"
    export_grid(capsys, path)
    headers, rows = read_rows(path)
    rows[1][item_header(headers, sandbox.line_item_ids()[0])] = "85%"
    write_rows(tmp_path / "bad.csv", headers, rows)
    code, _, err = run(capsys, "submit", "--grid", str(tmp_path / "bad.csv"), "--yes")
    assert code == ExitCode.USAGE
    assert "not sent: 1 cell has errors (listed above)" in err
    assert not posts(sandbox)
