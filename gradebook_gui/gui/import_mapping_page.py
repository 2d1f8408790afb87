"""The import wizard's second page: which column names the student and which hold the grade."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWizardPage

from gradebook_gui.exchange.importer import (
    CellValue,
    ColumnMapping,
    ImportFileError,
    MatchBy,
    guess_mapping,
)
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, translate
from gradebook_gui.gui.import_page_parts import bold_label, wrapped_label
from gradebook_gui.gui.locale_numbers import score_text
from gradebook_gui.gui.mapping_memory import MappingMemory
from gradebook_gui.gui.plain_text import plain_label

if TYPE_CHECKING:
    from gradebook_gui.gui.import_wizard import ImportWizard


_SAMPLE_VALUES = 3
_SAMPLE_WIDTH = 30  # characters of each sample value shown under a column choice


def automatic_columns(headers: Sequence[str], chosen: ColumnMapping) -> ColumnMapping:
    """`chosen` with the base and progress columns the header names reveal (never shown as a
    choice), leaving out any column the user already uses for something else."""
    # Any ID column will do here: only the columns other than the ID are taken from the guess.
    guessed = guess_mapping(headers, id_column=headers[0])
    used = {
        chosen.id_column,
        chosen.score_column,
        chosen.comment_column,
        chosen.maximum_column,
    }

    def free(column: str | None) -> str | None:
        return None if column in used else column

    return replace(
        chosen,
        activity_column=free(guessed.activity_column),
        grading_column=free(guessed.grading_column),
        base_score_column=free(guessed.base_score_column),
        base_comment_column=free(guessed.base_comment_column),
    )


def starting_mapping(
    headers: Sequence[str], memory: MappingMemory
) -> tuple[ColumnMapping | None, str]:
    """The mapping the mapping page starts from, and a sentence saying where it comes from."""
    remembered = memory.recall(headers)
    if remembered is not None:
        return remembered, translate(
            "import_mapping_page",
            "The columns are as you chose them for the last import: check them.",
        )
    try:
        guessed = guess_mapping(headers)
    except ImportFileError:
        return None, translate(
            "import_mapping_page",
            "No column name says which student a row is for: choose that column.",
        )
    return guessed, translate(
        "import_mapping_page", "The columns were guessed from their names: check them."
    )


# Translated when shown (translate("MappingPage", text)).
_MATCH_CHOICES = (
    (MatchBy.USER_ID, QT_TRANSLATE_NOOP("MappingPage", "User ID (exact)")),
    (MatchBy.EMAIL, QT_TRANSLATE_NOOP("MappingPage", "Email address")),
    (
        MatchBy.NAME,
        QT_TRANSLATE_NOOP("MappingPage", "Full name (refused when two learners share it)"),
    ),
)


def _joined(names: Sequence[str]) -> str:
    """Names joined with "and": "score_base and comment_base"."""
    text = names[0]
    for name in names[1:]:
        text = translate("import_mapping_page", "{first} and {second}").format(
            first=text, second=name
        )
    return text


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._import = wizard
        self._headers: list[str] = []
        self.setTitle(translate("MappingPage", "Which column holds what"))
        self.setSubTitle(
            translate(
                "MappingPage",
                "Tell the import which column names the student and which ones hold the score "
                "and the comment. Your choice is remembered for the next import.",
            )
        )
        self.origin_label = wrapped_label()
        self.id_combo = self._combo(translate("MappingPage", "Column that identifies the student"))
        self.match_combo = QComboBox()
        self.match_combo.setAccessibleName(
            translate("MappingPage", "How the student column identifies the student")
        )
        for kind, text in _MATCH_CHOICES:
            self.match_combo.addItem(translate("MappingPage", text), kind)
        self.score_combo = self._combo(translate("MappingPage", "Score column"))
        self.comment_combo = self._combo(translate("MappingPage", "Comment column"))
        self.maximum_combo = self._combo(translate("MappingPage", "Maximum column"))
        self.samples = {
            combo: plain_label(QLabel())
            for combo in (self.id_combo, self.score_combo, self.comment_combo, self.maximum_combo)
        }
        self.automatic_label = wrapped_label()
        self.problem_label = bold_label()
        self.problem_label.setAccessibleName(translate("MappingPage", "Problem with the columns"))

        form = QFormLayout()
        form.addRow(translate("MappingPage", "&Student:"), self.id_combo)
        form.addRow("", self.samples[self.id_combo])
        form.addRow(translate("MappingPage", "&Identified by:"), self.match_combo)
        form.addRow(translate("MappingPage", "Sc&ore:"), self.score_combo)
        form.addRow("", self.samples[self.score_combo])
        form.addRow(translate("MappingPage", "&Comment:"), self.comment_combo)
        form.addRow("", self.samples[self.comment_combo])
        form.addRow(translate("MappingPage", "&Maximum:"), self.maximum_combo)
        form.addRow("", self.samples[self.maximum_combo])
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin_label)
        layout.addLayout(form)
        layout.addWidget(self.automatic_label)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)

        self.id_combo.currentIndexChanged.connect(self._student_column_chosen)
        for combo in (self.match_combo, self.score_combo, self.comment_combo, self.maximum_combo):
            combo.currentIndexChanged.connect(self._changed)
        wizard.state_changed.connect(self._follow_table)

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def initializePage(self) -> None:
        table = self._import.table
        if table is not None and table.headers != self._headers:
            self._fill(table.headers)

    @Slot()
    def _follow_table(self) -> None:
        # A file read again with other columns: offer its columns, keeping the choices it has.
        table = self._import.table
        if table is not None and self._headers and table.headers != self._headers:
            self._fill(table.headers, keep=self.chosen_mapping())

    def _fill(self, headers: list[str], keep: ColumnMapping | None = None) -> None:
        wizard = self._import
        self._headers = list(headers)
        start: ColumnMapping | None
        if keep is not None and all(column in headers for column in keep.columns):
            start, origin = (
                keep,
                translate(
                    "MappingPage", "The file was read again; the columns you chose are kept."
                ),
            )
        else:
            start, origin = starting_mapping(headers, wizard.memory)
        # Without a known student column the other columns may still be recognised.
        columns = start or guess_mapping(headers, id_column=headers[0])
        maximum = score_text(wizard.locale_used, wizard.line_item.scoreMaximum)
        combos = (
            (
                self.id_combo,
                translate("MappingPage", "Choose the column…"),
                start.id_column if start else None,
            ),
            (
                self.score_combo,
                translate("MappingPage", "None: keep the scores"),
                columns.score_column,
            ),
            (
                self.comment_combo,
                translate("MappingPage", "None: keep the comments"),
                columns.comment_column,
            ),
            (
                self.maximum_combo,
                translate("MappingPage", "None: scores are out of {maximum}").format(
                    maximum=maximum
                ),
                columns.maximum_column,
            ),
        )
        for combo, empty_text, selected in combos:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(empty_text, None)
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(selected), 0) if selected else 0)
            combo.blockSignals(False)
        self.match_combo.blockSignals(True)
        self.match_combo.setCurrentIndex(self.match_combo.findData(columns.match))
        self.match_combo.blockSignals(False)
        self.origin_label.setText(origin)
        self._changed()

    @Slot()
    def _student_column_chosen(self) -> None:
        column = self.id_combo.currentData()
        if column is not None:
            # A column named like "Email" or "Name" says how it identifies the student.
            try:
                kind = guess_mapping([column]).match
            except ImportFileError:
                kind = None
            if kind is not None:
                self.match_combo.setCurrentIndex(self.match_combo.findData(kind))
        self._changed()

    def chosen_mapping(self) -> ColumnMapping | None:
        """The mapping the controls show, with the automatic columns; None while incomplete."""
        id_column = self.id_combo.currentData()
        if id_column is None or not self._headers:
            return None
        chosen = ColumnMapping(
            id_column=id_column,
            match=MatchBy(self.match_combo.currentData()),
            score_column=self.score_combo.currentData(),
            comment_column=self.comment_combo.currentData(),
            maximum_column=self.maximum_combo.currentData(),
        )
        return automatic_columns(self._headers, chosen)

    def problem(self) -> str | None:
        student = self.id_combo.currentData()
        if student is None:
            return translate("MappingPage", "Choose the column that identifies the student.")
        if self.score_combo.currentData() is None and self.comment_combo.currentData() is None:
            return translate("MappingPage", "Choose the score column, the comment column, or both.")
        chosen = {
            translate("MappingPage", "student"): student,
            translate("MappingPage", "score"): self.score_combo.currentData(),
            translate("MappingPage", "comment"): self.comment_combo.currentData(),
            translate("MappingPage", "maximum"): self.maximum_combo.currentData(),
        }
        roles_of: dict[str, list[str]] = {}
        for role, column in chosen.items():
            if column is not None:
                roles_of.setdefault(column, []).append(role)
        for column, roles in roles_of.items():
            if len(roles) > 1:
                return translate(
                    "MappingPage", "The column “{column}” is chosen twice ({roles})."
                ).format(column=column, roles=_joined(roles))
        return None

    @Slot()
    def _changed(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(problem is not None)
        for combo, label in self.samples.items():
            label.setText(self._sample(combo.currentData()))
            label.setVisible(bool(label.text()))
        mapping = self.chosen_mapping()
        self.automatic_label.setText(self._automatic_text(mapping))
        self.automatic_label.setVisible(bool(self.automatic_label.text()))
        self.completeChanged.emit()

    def _sample(self, column: str | None) -> str:
        table = self._import.table
        if column is None or table is None:
            return ""
        values = [
            self._cell_text(row.cells.get(column))
            for row in table.rows
            if row.cells.get(column) not in (None, "")
        ][:_SAMPLE_VALUES]
        if not values:
            return translate("MappingPage", "This column is empty.")
        return translate("MappingPage", "First values: {values}").format(values=", ".join(values))

    def _cell_text(self, value: CellValue) -> str:
        if isinstance(value, float) and not isinstance(value, bool):
            return score_text(self._import.locale_used, value)
        if isinstance(value, date | time | datetime | timedelta):
            return translate("MappingPage", "{value} (a date)").format(value=value)
        text = " ".join(str(value).split())
        return text if len(text) <= _SAMPLE_WIDTH else text[: _SAMPLE_WIDTH - 1] + "…"

    @staticmethod
    def _automatic_text(mapping: ColumnMapping | None) -> str:
        if mapping is None:
            return ""
        parts = []
        if mapping.base_score_column or mapping.base_comment_column:
            named = [c for c in (mapping.base_score_column, mapping.base_comment_column) if c]
            parts.append(
                translate(
                    "MappingPage",
                    "{columns} (the grades when the file was exported: a grade changed in the "
                    "LMS since then is pointed out)",
                ).format(columns=_joined(named))
            )
        if mapping.activity_column or mapping.grading_column:
            named = [c for c in (mapping.activity_column, mapping.grading_column) if c]
            parts.append(
                translate("MappingPage", "{columns} (sent with each grade)").format(
                    columns=_joined(named)
                )
            )
        if not parts:
            return ""
        return translate("MappingPage", "Also read from the file: {columns}.").format(
            columns="; ".join(parts)
        )

    def isComplete(self) -> bool:
        return self.problem() is None and self.chosen_mapping() is not None

    def validatePage(self) -> bool:
        mapping = self.chosen_mapping()
        if mapping is None or self.problem() is not None:
            return False
        self._import.mapping = mapping
        self._import.memory.remember(mapping)
        return True
