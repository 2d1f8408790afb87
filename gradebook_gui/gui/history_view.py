"""The History view: what the app sent, when, and how it ended, so support staff can answer
"what did the app send, and when?".

Read-only, newest first, from the store's journal: time (local), line item, learner, old → new
score and comment, outcome, HTTP status and reason. Sort by a header (learners by family name,
in the instructor's language's order), filter by line item, copy rows, or export a
CSV for support staff (formula-safe, like every export). The journal is read, and the CSV
written, on a worker: the window never waits on the disk.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import (
    QDate,
    QLocale,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.edits import same_comment
from gradebook_gui.engine.journal import NOT_SENT, THEIRS
from gradebook_gui.engine.plan import stored_reason_wording
from gradebook_gui.exchange.export import (
    format_number,
    neutralise_for_csv,
    replace_unwritable,
    write_csv,
)
from gradebook_gui.files import replace_file_atomically
from gradebook_gui.gui.i18n import counted, translate, translated
from gradebook_gui.gui.locale_numbers import display_number
from gradebook_gui.gui.plain_text import plain_tooltip
from gradebook_gui.gui.row_order import family_first, name_collator, name_sort_key
from gradebook_gui.gui.text_table import TextTableModel
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import Member, format_timestamp, visible_text
from gradebook_gui.store import GradeStore, JournalEntry

# The newest entries shown; support questions are about recent sends.
JOURNAL_LIMIT = 10_000
# Comments longer than this are cut in a cell; the tooltip holds the whole text.
COMMENT_CHARS_SHOWN = 30


def _outcome_labels() -> dict[str, str]:
    return {
        "verified": translate("history_view", "Verified"),
        "conflict": translate("history_view", "Conflict: not sent"),
        "failed:refused": translate("history_view", "Refused by the LMS"),
        "failed:ignored": translate("history_view", "Ignored by the LMS"),
        "failed:capped": translate("history_view", "Capped at the maximum"),
        "failed:error": translate("history_view", "Failed"),
        "theirs": translate("history_view", "Kept the LMS's grade and comment"),
        "superseded": translate("history_view", "Replaced by a newer grade"),
    }


EXPORT_COLUMNS = (
    "time_utc",
    "profile",
    "line_item_id",
    "line_item",
    "userId",
    "name",
    "old_score",
    "new_score",
    "old_comment",
    "new_comment",
    "outcome",
    "http_status",
    "reason",
)


class HistoryColumn(IntEnum):
    TIME = 0
    LINE_ITEM = 1
    LEARNER = 2
    SCORE = 3
    COMMENT = 4
    OUTCOME = 5
    STATUS = 6
    REASON = 7


def _headers() -> tuple[str, ...]:
    return (
        translate("HistoryModel", "Time"),
        translate("HistoryModel", "Line item"),
        translate("HistoryModel", "Learner"),
        translate("HistoryModel", "Score (old → new)"),
        translate("HistoryModel", "Comment"),
        translate("HistoryModel", "Outcome"),
        translate("HistoryModel", "HTTP"),
        translate("HistoryModel", "Reason"),
    )


def outcome_label(outcome: str) -> str:
    return _outcome_labels().get(outcome, outcome)


def _single_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str) -> str:
    single = _single_line(text)
    if len(single) <= COMMENT_CHARS_SHOWN:
        return single
    return single[: COMMENT_CHARS_SHOWN - 1].rstrip() + "…"


# -- export (plain Python, run on a worker) ------------------------------------------------------


def _csv_text(text: str | None) -> str:
    written, _ = replace_unwritable(text or "")
    return neutralise_for_csv(written)


def journal_rows(entries: Iterable[JournalEntry], names: Mapping[str, str]) -> list[list[str]]:
    """Rows of the CSV export: times in UTC, scores as numbers, text formula-safe."""
    return [
        [
            format_timestamp(entry.at),
            _csv_text(entry.profile),
            _csv_text(entry.line_item_id),
            _csv_text(entry.line_item_label),
            _csv_text(entry.user_id),
            _csv_text(names.get(entry.user_id)),
            format_number(entry.old_score),
            format_number(entry.new_score),
            _csv_text(visible_text(entry.old_comment or "")),
            _csv_text(visible_text(entry.new_comment or "")),
            _csv_text(entry.outcome),
            "" if entry.http_status is None else str(entry.http_status),
            _csv_text(entry.reason),
        ]
        for entry in entries
    ]


def write_journal_csv(
    path: Path, entries: Sequence[JournalEntry], names: Mapping[str, str]
) -> Path:
    """Write the CSV atomically, UTF-8 with a BOM so spreadsheets read accents."""
    buffer = io.StringIO()
    write_csv(buffer, journal_rows(entries, names), EXPORT_COLUMNS)
    body = ("\ufeff" + buffer.getvalue()).encode("utf-8")

    def write(handle: BinaryIO) -> None:
        handle.write(body)

    replace_file_atomically(path, write)
    return path


@dataclass(frozen=True)
class JournalPage:
    """What one load found: the entries, and every line item the filter can offer."""

    entries: tuple[JournalEntry, ...]
    line_items: tuple[tuple[str, str], ...]  # (id, label)


def load_journal(
    store: GradeStore, key: str, line_item_id: str | None, limit: int, context: TaskContext
) -> JournalPage:
    """Runs on a worker: the journal, and the line items known for the connection."""
    entries = tuple(store.journal(key, line_item_id=line_item_id, limit=limit))
    labels = {info.line_item_id: info.label for info in store.snapshot_list(key)}
    labels.update({entry.line_item_id: entry.line_item_label for entry in entries})
    return JournalPage(entries, tuple(labels.items()))


def ask_export_path(parent: QWidget | None) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("history_view", "Export the history"),
        "grade-history.csv",
        translate("history_view", "CSV files (*.csv)"),
    )
    return Path(chosen) if chosen else None


# -- the table -----------------------------------------------------------------------------------


class HistoryModel(TextTableModel):
    """Journal entries as table rows, newest first until sorted by another column; read-only."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(_headers(), (HistoryColumn.STATUS,), parent)
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._name_key = name_sort_key(name_collator(self._locale))
        self._entries: tuple[JournalEntry, ...] = ()  # in the order shown
        self._names: dict[str, str] = {}
        self._sort_names: dict[str, str] = {}  # what each learner's name sorts by
        self._sort_column = int(HistoryColumn.TIME)
        self._sort_order = Qt.SortOrder.DescendingOrder

    @property
    def entries(self) -> tuple[JournalEntry, ...]:
        """The entries in the order shown."""
        return self._entries

    @property
    def names(self) -> dict[str, str]:
        return dict(self._names)

    def set_entries(self, entries: Sequence[JournalEntry]) -> None:
        """Entries newest first (as the journal gives them), shown in the current sort order."""
        self.beginResetModel()
        self._entries = self._sorted(entries)
        self._rows = [self._cells(entry) for entry in self._entries]
        self.endResetModel()

    def set_names(self, names: Mapping[str, str]) -> None:
        """Display names by user ID; they sort as written."""
        self._names = dict(names)
        self._sort_names = dict(names)
        self.set_entries(self._entries)

    def set_learners(self, learners: Iterable[Member]) -> None:
        """The roster: display names, sorting by family name then given name."""
        members = list(learners)
        self._names = {member.userId: member.display_name for member in members}
        self._sort_names = {
            member.userId: family_first(member.display_name, member.givenName, member.familyName)
            for member in members
        }
        self.set_entries(self._entries)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.set_entries(self._entries)

    def _sorted(self, entries: Iterable[JournalEntry]) -> tuple[JournalEntry, ...]:
        """Ties keep the journal's order; learners not on the roster come after the others."""
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if column == HistoryColumn.TIME:
            return tuple(sorted(entries, key=lambda entry: entry.at, reverse=descending))
        by_time = sorted(entries, key=lambda entry: entry.at, reverse=True)
        if column == HistoryColumn.LEARNER:
            known = [entry for entry in by_time if entry.user_id in self._sort_names]
            unknown = [entry for entry in by_time if entry.user_id not in self._sort_names]
            known.sort(
                key=lambda entry: self._name_key(self._sort_names[entry.user_id]),
                reverse=descending,
            )
            return tuple(known + unknown)
        texts = {id(entry): self._cells(entry)[0][column] for entry in by_time}
        by_time.sort(key=lambda entry: self._name_key(texts[id(entry)]), reverse=descending)
        return tuple(by_time)

    def _time(self, entry: JournalEntry) -> str:
        moment = entry.at.astimezone()
        day = QDate(moment.year, moment.month, moment.day)
        return f"{self._locale.toString(day, QLocale.FormatType.ShortFormat)} {moment:%H:%M:%S}"

    def _score(self, score: float | None) -> str:
        if score is None:
            return translate("HistoryModel", "no grade")
        return display_number(self._locale, score)

    @staticmethod
    def _comment(entry: JournalEntry) -> tuple[str, str]:
        """The comment cell and its tooltip. A line of an edit that was not sent holds the
        instructor's own comment, None when the edit left it as it was (see engine.journal)."""
        before = visible_text(entry.old_comment or "")
        if entry.outcome == THEIRS:
            return _theirs_comment(before, entry.new_comment)
        if entry.outcome in NOT_SENT and entry.new_comment is None:
            return _comment_change(before, before)
        return _comment_change(before, visible_text(entry.new_comment or ""))

    def _cells(self, entry: JournalEntry) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The row's texts and tooltips."""
        name = self._names.get(entry.user_id)
        comment, comment_tip = self._comment(entry)
        # The reason in the window's language; the CSV copy keeps the English it was stored in.
        reason = translated(stored_reason_wording(entry.reason)) if entry.reason else ""
        texts = (
            self._time(entry),
            entry.line_item_label,
            name or entry.user_id,
            f"{self._score(entry.old_score)} → {self._score(entry.new_score)}",
            comment,
            outcome_label(entry.outcome),
            "" if entry.http_status is None else str(entry.http_status),
            _single_line(reason),
        )
        tips = (
            f"{entry.at.astimezone().isoformat(timespec='milliseconds')} "
            f"({format_timestamp(entry.at)})",
            entry.line_item_id,
            translate("HistoryModel", "LMS user ID: {user_id}; profile: {profile}").format(
                user_id=entry.user_id, profile=entry.profile
            )
            if entry.profile
            else translate("HistoryModel", "LMS user ID: {user_id}").format(user_id=entry.user_id),
            "",
            plain_tooltip(comment_tip),
            entry.outcome,
            "",
            plain_tooltip(reason),
        )
        return texts, tips


def _quoted(text: str) -> str:
    return translate("history_view", "“{text}”").format(text=_shorten(text))


def _comment_change(before: str, after: str) -> tuple[str, str]:
    """Visible texts before and after: "same", or old → new."""
    none = translate("history_view", "none")
    if same_comment(before, after):
        if not before:
            return none, ""
        return translate("history_view", "“{text}” (same)").format(text=_shorten(before)), before
    old_text = _quoted(before) if before else none
    new_text = _quoted(after) if after else translate("history_view", "removed")
    nothing = translate("history_view", "(none)")
    return (
        f"{old_text} → {new_text}",
        translate("history_view", "Before: {before}\nAfter: {after}").format(
            before=before or nothing, after=after or nothing
        ),
    )


def _theirs_comment(before: str, mine: str | None) -> tuple[str, str]:
    """The LMS's comment was kept: never shown as the instructor's. The reason names it."""
    if mine is None:
        shown = translate("history_view", "LMS's comment kept")
        yours_tip = translate("history_view", "left as it was")
    elif visible_text(mine):
        yours_tip = visible_text(mine)
        shown = translate("history_view", "LMS's comment kept; yours “{text}” not sent").format(
            text=_shorten(yours_tip)
        )
    else:
        shown = translate("history_view", "LMS's comment kept; your removal not sent")
        yours_tip = translate("history_view", "removed")
    return (
        shown,
        translate(
            "history_view",
            "Before: {before}\nYours, not sent: {yours}\n"
            "The LMS's grade and comment were kept (the reason says what they are).",
        ).format(before=before or translate("history_view", "(none)"), yours=yours_tip),
    )


class HistoryView(QWidget):
    """The journal of one connection, filterable by line item, with Export… and Copy."""

    loaded = Signal(int)  # the number of entries shown
    exported = Signal(object)  # the Path written
    failed = Signal(str, object)  # what was attempted, the exception (for report_failure)

    def __init__(
        self,
        runner: TaskRunner,
        store: GradeStore,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        ask_path: Callable[[QWidget | None], Path | None] = ask_export_path,
        limit: int = JOURNAL_LIMIT,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._store = store
        self._ask_path = ask_path
        self._limit = limit
        self._key: str | None = None
        self._line_item_id: str | None = None
        self._load_task: int | None = None
        # Line items seen for this connection: a filtered load finds only its own.
        self._known_line_items: dict[str, str] = {}
        self.model = HistoryModel(self, locale)

        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(translate("HistoryView", "Line item shown"))
        self.filter_combo.setAccessibleDescription(
            translate("HistoryView", "Show what was sent for one line item, or for all of them")
        )
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.addItem(translate("HistoryView", "All line items"), None)
        filter_label = QLabel(translate("HistoryView", "Sho&w:"))
        filter_label.setBuddy(self.filter_combo)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(translate("HistoryView", "History status"))
        self.refresh_button = QPushButton(translate("HistoryView", "&Refresh"))
        self.refresh_button.setAccessibleName(translate("HistoryView", "Refresh the history"))
        self.copy_button = QPushButton(translate("HistoryView", "Copy ta&ble"))
        self.copy_button.setAccessibleName(translate("HistoryView", "Copy the history"))
        copy_tip = translate("HistoryView", "Copy the selected rows (or all of them) as text")
        self.copy_button.setToolTip(copy_tip)
        self.copy_button.setAccessibleDescription(copy_tip)
        self.export_button = QPushButton(translate("HistoryView", "E&xport…"))
        self.export_button.setAccessibleName(translate("HistoryView", "Export the history to CSV"))
        export_tip = translate("HistoryView", "Save the rows shown as a CSV file, e.g. for support")
        self.export_button.setToolTip(export_tip)
        self.export_button.setAccessibleDescription(export_tip)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("HistoryView", "Submission history"))
        self.table.setAccessibleDescription(
            translate("HistoryView", "What was sent, newest first; a column's header sorts by it")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("HistoryView", "History columns"))
        header.setSortIndicator(HistoryColumn.TIME, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {
            HistoryColumn.TIME: 150,
            HistoryColumn.LINE_ITEM: 140,
            HistoryColumn.LEARNER: 150,
            HistoryColumn.SCORE: 120,
            HistoryColumn.COMMENT: 200,
            HistoryColumn.OUTCOME: 150,
            HistoryColumn.STATUS: 50,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.copy_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.filter_combo.currentIndexChanged.connect(self._on_filter_chosen)
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_rows)
        self.export_button.clicked.connect(self.export)
        copy_shortcut = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy_shortcut.activated.connect(self.copy_rows)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._load_task is not None

    def load(self, key: str, line_item_id: str | None = None) -> None:
        """Show the journal of connection `key`, of one line item or (None) of all."""
        if key != self._key:
            self._known_line_items.clear()
        self._key = key
        self._line_item_id = line_item_id
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self._key is None:
            return
        if self._load_task is not None:
            self._runner.cancel(self._load_task)  # its late reply is dropped
        self.status_label.setText(translate("HistoryView", "Loading…"))
        self._load_task = self._runner.submit(
            partial(load_journal, self._store, self._key, self._line_item_id, self._limit),
            on_success=self._on_loaded,
            on_failure=self._on_load_failed,
            description="read the submission history",
        )
        self._update_buttons()

    def set_names(self, names: Mapping[str, str]) -> None:
        """Learners' display names by user ID (the journal keeps only IDs)."""
        self.model.set_names(names)

    def set_learners(self, learners: Iterable[Member]) -> None:
        """The roster (the journal keeps only IDs): names shown, sorting by family name."""
        self.model.set_learners(learners)

    def _on_loaded(self, page: JournalPage) -> None:
        self._load_task = None
        self._known_line_items.update(page.line_items)
        self._fill_filter()
        self.model.set_entries(page.entries)
        count = len(page.entries)
        if count == 0:
            self.status_label.setText(translate("HistoryView", "No grades have been sent yet."))
        elif count >= self._limit:
            self.status_label.setText(
                translate("HistoryView", "The newest {count} entries", None, count).format(
                    count=count
                )
            )
        else:
            self.status_label.setText(
                counted(
                    translate("HistoryView", "{count} entry"),
                    translate("HistoryView", "{count} entries", None, count),
                    count,
                )
            )
        self._update_buttons()
        self.loaded.emit(count)

    def _on_load_failed(self, error: BaseException) -> None:
        self._load_task = None
        self.status_label.setText(translate("HistoryView", "The history could not be read."))
        self._update_buttons()
        self.failed.emit(translate("HistoryView", "Reading the submission history"), error)

    def _fill_filter(self) -> None:
        line_items = sorted(
            self._known_line_items.items(), key=lambda pair: (pair[1].casefold(), pair[0])
        )
        self.filter_combo.blockSignals(True)
        try:
            self.filter_combo.clear()
            self.filter_combo.addItem(translate("HistoryView", "All line items"), None)
            for line_item_id, label in line_items:
                self.filter_combo.addItem(label, line_item_id)
                self.filter_combo.setItemData(
                    self.filter_combo.count() - 1, line_item_id, Qt.ItemDataRole.ToolTipRole
                )
            index = self.filter_combo.findData(self._line_item_id)
            self.filter_combo.setCurrentIndex(max(index, 0))
        finally:
            self.filter_combo.blockSignals(False)

    @Slot(int)
    def _on_filter_chosen(self, index: int) -> None:
        if self._key is not None:
            self.load(self._key, self.filter_combo.itemData(index))

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.copy_button.setEnabled(has_rows)
        self.export_button.setEnabled(has_rows)
        self.refresh_button.setEnabled(self._key is not None)

    # -- copy and export ---------------------------------------------------------------------

    @Slot()
    def copy_rows(self) -> None:
        """The selected rows, or every row when none is selected, as tab-separated text."""
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        QApplication.clipboard().setText(self.model.as_text(rows or None))

    @Slot()
    def export(self) -> None:
        path = self._ask_path(self)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the rows shown to `path` (CSV) on a worker; `exported` or `failed` follows."""
        entries, names = self.model.entries, self.model.names
        self.status_label.setText(
            translate("HistoryView", "Exporting to {file}…").format(file=path.name)
        )

        def job(context: TaskContext) -> Path:
            return write_journal_csv(path, entries, names)

        self._runner.submit(
            job,
            on_success=self._on_exported,
            on_failure=self._on_export_failed,
            description="export the submission history",
        )

    def _on_exported(self, path: Path) -> None:
        count = self.model.rowCount()
        self.status_label.setText(
            counted(
                translate("HistoryView", "Exported {count} entry to {file}."),
                translate("HistoryView", "Exported {count} entries to {file}.", None, count),
                count,
                file=path.name,
            )
        )
        self.exported.emit(path)

    def _on_export_failed(self, error: BaseException) -> None:
        self.status_label.setText(translate("HistoryView", "The export failed."))
        self.failed.emit(translate("HistoryView", "Exporting the history"), error)
