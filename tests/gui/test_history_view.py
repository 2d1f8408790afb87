"""The History view over a real journal: rows, filter by line item, copy, and a formula-safe CSV
export; reading and writing happen on a worker."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui.history_view import EXPORT_COLUMNS, HistoryColumn, HistoryView
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Member
from gradebook_gui.services.submitting import Resolution, apply_resolutions
from gradebook_gui.store import GradeStore, JournalEntry

KEY = "https://school.ltiaas.com demo"
QUIZ = "https://lms.example/li/quiz"
ESSAY = "https://lms.example/li/essay"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LOAD_TIMEOUT_MS = 5_000


def journal_entry(
    minutes: int,
    user_id: str,
    outcome: str,
    *,
    line_item: tuple[str, str] = (QUIZ, "Quiz 1"),
    key: str = KEY,
    old: tuple[float | None, str | None] = (7, "Good"),
    new: tuple[float | None, str | None] = (8.5, "Good"),
    status: int | None = None,
    reason: str | None = None,
) -> JournalEntry:
    return JournalEntry(
        at=START + timedelta(minutes=minutes),
        key=key,
        profile="demo",
        line_item_id=line_item[0],
        line_item_label=line_item[1],
        user_id=user_id,
        old_score=old[0],
        old_comment=old[1],
        new_score=new[0],
        new_comment=new[1],
        outcome=outcome,
        http_status=status,
        reason=reason,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GradeStore]:
    with GradeStore.open(tmp_path / "gradebook.sqlite3") as opened:
        opened.record(journal_entry(0, "1", "verified", new=(8.5, "=SUM(A1:A9)")))
        opened.record(
            journal_entry(
                1,
                "2",
                "failed:refused",
                status=422,
                reason="User not found in course or is not a student",
            )
        )
        opened.record(journal_entry(2, "3", "verified", line_item=(ESSAY, "Essay"), new=(None, "")))
        opened.record(journal_entry(3, "9", "verified", key="another connection"))
        yield opened


@pytest.fixture
def chosen_path() -> list[Path | None]:
    """The answer to "Export the history" (the file question is never a real dialog)."""
    return [None]


@pytest.fixture
def view(
    qtbot: QtBot, runner: TaskRunner, store: GradeStore, chosen_path: list[Path | None]
) -> HistoryView:
    history = HistoryView(
        runner,
        store,
        locale=QLocale(QLocale.Language.English),
        ask_path=lambda parent: chosen_path[0],
    )
    qtbot.addWidget(history)
    history.set_names({"1": "Ann Bell", "2": "Bo Diaz"})
    return history


def load(qtbot: QtBot, view: HistoryView, line_item_id: str | None = None) -> int:
    with qtbot.waitSignal(view.loaded, timeout=LOAD_TIMEOUT_MS) as loaded:
        view.load(KEY, line_item_id)
    count = loaded.args[0]
    assert isinstance(count, int)
    return count


def cell(view: HistoryView, row: int, column: HistoryColumn) -> str:
    return str(view.model.index(row, column).data())


def test_the_journal_of_the_connection_is_listed_newest_first(qtbot: QtBot, view: HistoryView):
    assert load(qtbot, view) == 3
    assert [cell(view, row, HistoryColumn.LEARNER) for row in range(3)] == [
        "3",
        "Bo Diaz",
        "Ann Bell",
    ]
    assert cell(view, 2, HistoryColumn.LINE_ITEM) == "Quiz 1"
    assert cell(view, 2, HistoryColumn.SCORE) == "7 → 8.5"
    assert cell(view, 2, HistoryColumn.COMMENT) == "“Good” → “=SUM(A1:A9)”"
    assert cell(view, 2, HistoryColumn.OUTCOME) == "Verified"
    assert cell(view, 1, HistoryColumn.OUTCOME) == "Refused by the LMS"
    assert cell(view, 1, HistoryColumn.STATUS) == "422"
    assert cell(view, 1, HistoryColumn.REASON) == "User not found in course or is not a student"
    assert cell(view, 0, HistoryColumn.SCORE) == "7 → no grade"
    assert cell(view, 0, HistoryColumn.COMMENT) == "“Good” → removed"
    local = (START + timedelta(minutes=1)).astimezone()
    assert cell(view, 1, HistoryColumn.TIME).endswith(f"{local:%H:%M:%S}")
    assert view.status_label.text() == "3 entries"


def test_the_journal_is_read_on_a_worker(
    qtbot: QtBot, view: HistoryView, store: GradeStore, monkeypatch: pytest.MonkeyPatch
):
    readers: list[int] = []
    read = store.journal

    def recording_journal(
        key: str | None = None, line_item_id: str | None = None, limit: int | None = None
    ) -> list[JournalEntry]:
        readers.append(threading.get_ident())
        return read(key, line_item_id, limit)

    monkeypatch.setattr(store, "journal", recording_journal)
    load(qtbot, view)
    assert readers and threading.get_ident() not in readers


def test_the_view_is_read_only(qtbot: QtBot, view: HistoryView):
    load(qtbot, view)
    index = view.model.index(0, 0)
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.setData(index, "x")
    assert view.table.editTriggers() == view.table.EditTrigger.NoEditTriggers


def test_filter_by_line_item(qtbot: QtBot, view: HistoryView):
    load(qtbot, view)
    combo = view.filter_combo
    assert [combo.itemText(index) for index in range(combo.count())] == [
        "All line items",
        "Essay",
        "Quiz 1",
    ]
    with qtbot.waitSignal(view.loaded, timeout=LOAD_TIMEOUT_MS) as loaded:
        combo.setCurrentIndex(combo.findData(QUIZ))
    assert loaded.args == [2]
    assert {cell(view, row, HistoryColumn.LINE_ITEM) for row in range(2)} == {"Quiz 1"}
    # Every line item stays on offer while one is shown.
    assert combo.count() == 3 and combo.currentData() == QUIZ

    assert load(qtbot, view, ESSAY) == 1
    assert combo.currentText() == "Essay"


def test_nothing_sent_yet(qtbot: QtBot, runner: TaskRunner, tmp_path: Path):
    with GradeStore.open(tmp_path / "empty.sqlite3") as empty:
        history = HistoryView(runner, empty)
        qtbot.addWidget(history)
        with qtbot.waitSignal(history.loaded, timeout=LOAD_TIMEOUT_MS):
            history.load(KEY)
        assert history.status_label.text() == "No grades have been sent yet."
        assert not history.export_button.isEnabled() and not history.copy_button.isEnabled()


def test_copy_puts_the_rows_on_the_clipboard(qtbot: QtBot, view: HistoryView):
    load(qtbot, view)
    view.copy_rows()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Time", "Line item", "Learner"]
    assert len(lines) == 4 and "Refused by the LMS" in lines[2]

    view.table.selectRow(2)
    view.copy_rows()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and "Ann Bell" in lines[1]


def test_export_writes_a_formula_safe_csv(
    qtbot: QtBot, view: HistoryView, tmp_path: Path, chosen_path: list[Path | None]
):
    target = tmp_path / "history.csv"
    chosen_path[0] = target
    load(qtbot, view)
    with qtbot.waitSignal(view.exported, timeout=LOAD_TIMEOUT_MS) as exported:
        view.export_button.click()
    assert exported.args == [target]

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert [row["userId"] for row in rows] == ["3", "2", "1"]
    ann = rows[2]
    assert ann["time_utc"] == "2026-03-02T09:00:00.000Z"
    assert (ann["name"], ann["old_score"], ann["new_score"]) == ("Ann Bell", "7", "8.5")
    assert ann["new_comment"] == "'=SUM(A1:A9)"  # neutralised: a spreadsheet shows it as text
    assert (ann["outcome"], ann["line_item_id"], ann["profile"]) == ("verified", QUIZ, "demo")
    assert (rows[1]["http_status"], rows[0]["new_score"]) == ("422", "")
    assert "Exported 3 entries" in view.status_label.text()


def test_a_failed_export_is_reported(qtbot: QtBot, view: HistoryView, tmp_path: Path):
    load(qtbot, view)
    with qtbot.waitSignal(view.failed, timeout=LOAD_TIMEOUT_MS) as failed:
        view.export_to(tmp_path / "no such folder" / "history.csv")
    action, error = failed.args
    assert action == "Exporting the history" and isinstance(error, OSError)
    assert view.status_label.text() == "The export failed."


def test_cancelling_the_file_question_exports_nothing(
    qtbot: QtBot, view: HistoryView, tmp_path: Path
):
    load(qtbot, view)
    view.export_button.click()
    assert list(tmp_path.glob("*.csv")) == []
    assert view.status_label.text() == "3 entries"


def test_downloaded_line_items_are_offered_before_anything_was_sent(
    qtbot: QtBot, view: HistoryView, store: GradeStore
):
    store.save_snapshot(
        KEY, LineItem(id="https://lms.example/li/lab", label="Lab", scoreMaximum=5), [], START
    )
    load(qtbot, view)
    combo = view.filter_combo
    assert "Lab" in [combo.itemText(index) for index in range(combo.count())]


def shown_by_qt(text: str) -> str:
    """What a tooltip shows of `text`: Qt reads text that looks like HTML as rich text."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_a_kept_lms_comment_is_shown_as_the_lms_not_as_the_instructors(
    qtbot: QtBot, view: HistoryView, store: GradeStore
):
    # Ann's edit changed only the score; meanwhile a TA regraded her in the LMS, with a comment.
    quiz = LineItem(id=QUIZ, label="Quiz 1", scoreMaximum=10)
    store.apply_edits(KEY, QUIZ, [(GradeEdit("1", 9, 10), ServerGrade(7, 10, "Good"))], "Edit")
    (entry,) = store.queue_drafts(KEY, QUIZ)
    store.update_entry(entry.id, CellState.CONFLICT, reason="Changed in the LMS")
    lms_now = ServerGrade(8, 10, "<p>Regraded &amp; fair</p>")
    apply_resolutions(store, {entry.id: Resolution.TAKE_THEIRS}, {"1": lms_now}, line_item=quiz)

    load(qtbot, view)
    row = next(
        row for row in range(view.model.rowCount()) if view.model.entries[row].outcome == "theirs"
    )
    assert cell(view, row, HistoryColumn.COMMENT) == "LMS's comment kept"
    assert cell(view, row, HistoryColumn.OUTCOME) == "Kept the LMS's grade and comment"
    assert cell(view, row, HistoryColumn.REASON).startswith(
        "You kept the LMS's grade and comment: 8/10 with the comment “Regraded & fair”"
    )
    tip = str(view.model.index(row, HistoryColumn.COMMENT).data(Qt.ItemDataRole.ToolTipRole))
    assert "Regraded" not in tip and "Yours, not sent: left as it was" in tip


def test_comments_are_shown_as_text_never_as_markup(qtbot: QtBot, runner: TaskRunner, tmp_path):
    with GradeStore.open(tmp_path / "gradebook.sqlite3") as store:
        # The LMS holds HTML; one comment is text that looks like markup ("<b>late</b>").
        store.record(
            journal_entry(
                0,
                "1",
                "verified",
                old=(7, "&lt;b&gt;late&lt;/b&gt;"),
                new=(8, "<p>&lt;b&gt;late&lt;/b&gt;</p>"),
                reason="<b>The LMS said no</b>",
            )
        )
        view = HistoryView(runner, store, locale=QLocale(QLocale.Language.English))
        qtbot.addWidget(view)
        load(qtbot, view)
        assert cell(view, 0, HistoryColumn.COMMENT) == "“<b>late</b>” (same)"
        comment_tip = view.model.index(0, HistoryColumn.COMMENT).data(Qt.ItemDataRole.ToolTipRole)
        reason_tip = view.model.index(0, HistoryColumn.REASON).data(Qt.ItemDataRole.ToolTipRole)
        assert shown_by_qt(comment_tip) == "<b>late</b>"
        assert shown_by_qt(reason_tip) == "<b>The LMS said no</b>"


def test_the_exported_history_holds_comments_as_text(
    qtbot: QtBot, view: HistoryView, store: GradeStore, tmp_path: Path
):
    store.record(journal_entry(9, "1", "verified", new=(9, "<p>Good work &amp; effort</p>")))
    load(qtbot, view)
    path = tmp_path / "history.csv"
    with qtbot.waitSignal(view.exported, timeout=LOAD_TIMEOUT_MS):
        view.export_to(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["new_comment"] == "Good work & effort"


def test_learners_sort_by_family_name_in_the_languages_order(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
):
    with GradeStore.open(tmp_path / "gradebook.sqlite3") as store:
        for minutes, user_id in enumerate(("zimmer", "lukasz", "meyer", "gone", "lange")):
            store.record(journal_entry(minutes, user_id, "verified"))
        history = HistoryView(runner, store, locale=QLocale(QLocale.Language.English))
        qtbot.addWidget(history)
        history.set_learners(
            [
                Member(userId="zimmer", givenName="Anna", familyName="Zimmer"),
                Member(userId="lukasz", givenName="Piotr", familyName="Łukaszewski"),
                Member(userId="meyer", name="Jo Meyer", givenName="Jo", familyName="meyer"),
                Member(userId="lange", givenName="Zoë", familyName="Lange"),
            ]
        )
        load(qtbot, history)

        def learners() -> list[str]:
            return [cell(history, row, HistoryColumn.LEARNER) for row in range(5)]

        # Newest first until a header is clicked.
        assert learners() == ["Zoë Lange", "gone", "Jo Meyer", "Piotr Łukaszewski", "Anna Zimmer"]
        history.table.sortByColumn(HistoryColumn.LEARNER, Qt.SortOrder.AscendingOrder)
        assert learners() == ["Zoë Lange", "Piotr Łukaszewski", "Jo Meyer", "Anna Zimmer", "gone"]
        history.table.sortByColumn(HistoryColumn.LEARNER, Qt.SortOrder.DescendingOrder)
        assert learners() == ["Anna Zimmer", "Jo Meyer", "Piotr Łukaszewski", "Zoë Lange", "gone"]
        assert history.model.as_text().splitlines()[1].split("\t")[2] == "Anna Zimmer"
        history.table.sortByColumn(HistoryColumn.TIME, Qt.SortOrder.DescendingOrder)
        assert learners()[0] == "Zoë Lange"
