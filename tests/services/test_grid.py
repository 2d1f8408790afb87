"""Loading, planning and sending a whole course's grid (the sandbox over real sockets)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from gradebook_gui.api import AuthError, Credentials, LtiaasClient
from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.engine import EngineOptions
from gradebook_gui.exchange.grid_file import (
    CourseGrid,
    column_header,
    grid_columns,
    read_grid,
    write_grid_csv,
)
from gradebook_gui.exchange.importer import RowVerdict, read_table
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.services import submitting
from gradebook_gui.services.grid import load_course_grid, plan_grid, send_grid
from gradebook_gui.store import GradeStore
from gradebook_gui.wording import Wording

KEY = "grid-tests"


def client_of(sb: Sandbox) -> LtiaasClient:
    creds = Credentials(api_key=sb.credentials.api_key, service_key=sb.credentials.service_key)
    return LtiaasClient(sb.base_url, creds)


@pytest.fixture
def sandbox():
    with Sandbox(SandboxOptions(seed=5, students=6, line_items=3, page_size=10)) as sb:
        yield sb


def test_the_course_is_read_side_by_side_within_the_bound():
    options = SandboxOptions(seed=4, students=5, line_items=6, latency_ms=30)
    with Sandbox(options) as sb, client_of(sb) as client:
        sb.control.clear_requests()
        progress: list[tuple[int, int]] = []
        grid = load_course_grid(client, readers=3, on_progress=lambda *p: progress.append(p))
        assert sb.control.max_in_flight() == 3
        assert sorted(progress) == [(done, 7) for done in range(1, 8)]
        assert [item.id for item in grid.line_items] == sb.line_item_ids()
        for item_id in sb.line_item_ids():
            held = sb.control.results(item_id)
            shown = {g.user_id: g.result for g in grid.grades(item_id) if g.result}
            assert set(shown) == set(held)


def test_a_failed_read_stops_the_load_and_is_raised(sandbox):
    with client_of(sandbox) as client:
        items = client.line_items()
        sandbox.control.expire_credentials()
        with pytest.raises(AuthError):
            load_course_grid(client, items, readers=2)


ITEM = LineItem(id="https://lms.example/items/1", label="Essay", scoreMaximum=10)


def small_course(status: str | None) -> CourseGrid:
    members = (
        Member(userId="a", roles=("Learner",), name="Active Ann"),
        Member(userId="b", roles=("Learner",), name="Bo", status=status),
    )
    results = (
        Result(id="1", scoreOf=ITEM.id, userId="a", resultScore=5, resultMaximum=10),
        Result(id="2", scoreOf=ITEM.id, userId="b", resultScore=5, resultMaximum=10),
        Result(id="3", scoreOf=ITEM.id, userId="gone", resultScore=5, resultMaximum=10),
    )
    return CourseGrid((ITEM,), members, {ITEM.id: results})


def edited_file(tmp_path: Path, grid: CourseGrid, scores: dict[str, str]) -> Path:
    path = tmp_path / "grid.csv"
    write_grid_csv(path, grid, "2026-11-26T14:03:07.123Z")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    edited = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        cells[3] = scores.get(cells[0], cells[3])
        edited.append(",".join(cells))
    path.write_text("\n".join(edited), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("status", "held_back"),
    [
        (None, ["gone"]),
        ("Active", ["gone"]),
        ("Inactive", ["b", "gone"]),
        ("Deleted", ["b", "gone"]),
    ],
)
def test_learners_who_are_not_active_students_are_held_back_unless_included(
    tmp_path, status, held_back
):
    grid = small_course(status)
    path = edited_file(tmp_path, grid, {"a": "6", "b": "7", "gone": "8"})
    table = read_grid(path)
    columns = grid_columns(table.headers, [ITEM])
    plan = plan_grid(table, columns, grid)
    assert [row.user_id for _, row in plan.held_back] == held_back
    assert all(row.verdict is RowVerdict.SKIPPED for _, row in plan.held_back)
    sent = [edit.user_id for edit, _ in plan.columns[0].plan.changes]
    assert sent == [user for user in ("a", "b", "gone") if user not in held_back]
    everyone = plan_grid(table, columns, grid, include_inactive=True)
    assert [edit.user_id for edit, _ in everyone.columns[0].plan.changes] == ["a", "b", "gone"]
    assert not everyone.held_back


def test_an_unchanged_grid_plans_no_change_even_for_students_off_the_roster(tmp_path):
    grid = small_course("Inactive")
    table = read_grid(edited_file(tmp_path, grid, {}))
    plan = plan_grid(table, grid_columns(table.headers, [ITEM]), grid)
    assert plan.change_count == 0 and not plan.held_back and not plan.has_errors
    assert plan.summary() == "0 changes, 3 unchanged, 0 skipped, 0 errors"


def export_and_edit(sandbox, client, tmp_path, edits: dict[int, float]):
    """The grid as exported, the first learner's cells of the line items in `edits` changed,
    and the plan of that file."""
    grid = load_course_grid(client)
    path = tmp_path / "grid.csv"
    write_grid_csv(path, grid, "2026-11-26T14:03:07.123Z")
    table = read_table(path)
    user = grid.learners[0].user_id
    row = table.rows[0]
    for index, score in edits.items():
        row.cells[column_header(grid.line_items[index])] = str(score)
    columns = grid_columns(table.headers, grid.line_items)
    return grid, plan_grid(table, columns, grid), user


def test_the_whole_plan_is_queued_before_the_first_grade_is_sent(sandbox, tmp_path):
    """Credentials expire during the first line item: every line item's changes are kept."""
    with client_of(sandbox) as client:
        grid, plan, user = export_and_edit(sandbox, client, tmp_path, {0: 1, 1: 2, 2: 3})
        assert plan.change_count == 3

        def expire_on_first_post() -> None:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if any(r.method == "POST" for r in sandbox.control.requests()):
                    sandbox.control.expire_credentials()
                    return
                time.sleep(0.001)

        watcher = threading.Thread(target=expire_on_first_post, daemon=True)
        watcher.start()
        with GradeStore.open() as store:
            report = send_grid(
                store,
                client,
                KEY,
                grid,
                plan,
                "Grid import",
                profile=None,
                options=EngineOptions(concurrency=1),
            )
            watcher.join()
            assert report.exit_code == 3
            assert [item.id for item, _ in report.kept_queued] == sandbox.line_item_ids()[1:]
            waiting = submitting.waiting_per_line_item(store, KEY)
            assert {each.line_item_id for each in waiting} >= set(sandbox.line_item_ids()[1:])
            queued = store.outbox(KEY, states=submitting.UNSENT_STATES)
            assert {(entry.line_item_id, entry.user_id) for entry in queued} >= {
                (item_id, user) for item_id in sandbox.line_item_ids()[1:]
            }


def test_unsent_window_edits_refuse_the_whole_grid_before_anything_is_queued(sandbox, tmp_path):
    with client_of(sandbox) as client:
        grid, plan, user = export_and_edit(sandbox, client, tmp_path, {0: 1, 2: 3})
        last = grid.line_items[2]
        with GradeStore.open() as store:
            store.apply_edits(KEY, last.id, [(GradeEdit(user, 9, 25), ServerGrade())], "Typed")
            with pytest.raises(submitting.DraftsInTheWay):
                send_grid(store, client, KEY, grid, plan, "Grid import", profile=None)
            assert store.outbox(KEY) == []
            assert list(store.drafts(KEY, last.id)) == [user]  # the window's edit is kept
        assert not [r for r in sandbox.control.requests() if r.method == "POST"]


def test_why_a_learner_is_held_back_is_a_sentence_the_window_translates(tmp_path):
    grid = small_course("Inactive")
    path = edited_file(tmp_path, grid, {"b": "7"})
    table = read_grid(path)
    plan = plan_grid(table, grid_columns(table.headers, [ITEM]), grid)
    [(_, row)] = plan.held_back
    wording = row.shown_reason()
    assert isinstance(wording, Wording)
    assert (wording.context, wording.template) == (
        "grid",
        "{reason}, not sent: {why} (the LMS refuses their grades)",
    )
    # Each part is a sentence of its own, translated in its own context.
    assert isinstance(wording.values["reason"], Wording)
    why = wording.values["why"]
    assert isinstance(why, Wording) and why.context == "submitting"
    # The command line shows the same sentence in English.
    assert str(wording) == row.reason
    assert row.reason.endswith(
        ", not sent: not an active student (roster status Inactive) (the LMS refuses their grades)"
    )
