"""Every text the window shows goes through the translation system.

A pseudo-translator answers every text wrapped as "⟦Text⟧" (placeholders and counts intact); the
windows and dialogs are then built and every visible text walked. Text that is neither wrapped
nor data (names, numbers, dates, emails, what the user typed) is a string a translator never
sees: the test names the widget and the text. `untranslated_texts` works on any widget, so more
windows join by building them under the `pseudo_locale` fixture.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from gradebook_gui.api import AuthError
from gradebook_gui.config import ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.conflict_dialog import ConflictDialog
from gradebook_gui.gui.connection_dialog import ConnectionDialog
from gradebook_gui.gui.credential_prompt import CredentialPrompt
from gradebook_gui.gui.export_dialog import ExportDialog
from gradebook_gui.gui.i18n import LANGUAGES, language_menu
from gradebook_gui.gui.import_wizard import ImportWizard
from gradebook_gui.gui.outbox_prompt import OutboxPrompt
from gradebook_gui.gui.quit_prompt import QuitPrompt
from gradebook_gui.gui.review_dialog import ReviewDialog, ReviewItem
from gradebook_gui.gui.score_dialog import ScoreDialog, confirm_clear
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import GradingProgress, LineItem, PlatformFamily
from gradebook_gui.store import Draft, GradeStore
from tests.test_wording import translations_script

from .conftest import CLOSE, OPEN
from .test_i18n import compiled
from .test_review_dialog import LINE_ITEM, grade

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 5000

OTHER_LINE_ITEM = LineItem(id="https://lms.example/li/2", label="Essay 2", scoreMaximum=20)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
EDITED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# What the dialogs below show that is data, not words of the window.
DATA = {
    "Ann Bell",
    "Bo Diaz",
    "Cy Lane",
    "Quiz 1",
    "Essay 2",
    "Good start",
    "Check question 3",
    "Welcome back",
    "Regraded",
    "Biology 101",
    "userId",
    "name",
    "email",
    "score",
    "comment",
}


# -- the walker ---------------------------------------------------------------------------------

_EMAIL_OR_URL = re.compile(r"\S+@\S+\.\w+|https?://\S+")
_TAG = re.compile(r"<[^>]+>")


def _without_wrapped(text: str) -> str:
    """`text` without its wrapped parts (nested ones included)."""
    kept, depth = [], 0
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE and depth:
            depth -= 1
        elif not depth:
            kept.append(char)
    return "".join(kept)


def is_translated(text: str, data: Iterable[str] = ()) -> bool:
    """True when every word of `text` went through translation or is data."""
    if GuiQt.mightBeRichText(text):
        text = html.unescape(_TAG.sub(" ", text))
    rest = _without_wrapped(text)
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, " ")
    rest = _EMAIL_OR_URL.sub(" ", rest)
    return not any(char.isalpha() for char in rest)


def _name(item: QObject) -> str:
    return (
        f"{type(item).__name__} {item.objectName()!r}" if item.objectName() else type(item).__name__
    )


def _view_texts(where: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    if isinstance(view, QTableView):
        columns = view.horizontalHeader().count()
    elif isinstance(view, QTreeView):
        columns = view.header().count()
    else:
        columns = 1
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for column in range(columns):
        for role in roles:
            yield (
                f"{where} header {column}",
                model.headerData(column, Qt.Orientation.Horizontal, role),
            )
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        for column in range(columns):
            for role in roles:
                yield f"{where} cell {row},{column}", model.index(row, column).data(role)


def _action_texts(where: str, action: QAction) -> Iterator[tuple[str, str]]:
    yield f"{where} action", action.text()
    yield f"{where} action tooltip", action.toolTip()
    yield f"{where} action status tip", action.statusTip()
    if action.menu() is not None:
        yield from _widget_texts(action.menu())


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    where = _name(widget)
    if widget.isWindow():
        yield f"{where} window title", widget.windowTitle()
    yield f"{where} tooltip", widget.toolTip()
    yield f"{where} status tip", widget.statusTip()
    yield f"{where} what's this", widget.whatsThis()
    yield f"{where} accessible name", widget.accessibleName()
    yield f"{where} accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield f"{where} text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield f"{where} text", widget.text()
    if isinstance(widget, QGroupBox):
        yield f"{where} title", widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield f"{where} placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield f"{where} placeholder", widget.placeholderText()
        for index in range(widget.count()):
            yield f"{where} item {index}", widget.itemText(index)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"{where} tab {index}", widget.tabText(index)
            yield f"{where} tab {index} tooltip", widget.tabToolTip(index)
    if isinstance(widget, QMenu):
        yield f"{where} title", widget.title()
    if isinstance(widget, QWizardPage):
        yield f"{where} title", widget.title()
        yield f"{where} subtitle", widget.subTitle()
    if isinstance(widget, QMessageBox):
        yield f"{where} detailed text", widget.detailedText()
    if isinstance(widget, QAbstractItemView):
        yield from _view_texts(where, widget)
    for action in widget.actions():
        yield from _action_texts(where, action)


def untranslated_texts(root: QWidget, data: Iterable[str] = ()) -> list[str]:
    """Every text shown by `root` and its children that skipped translation, with its widget.

    `data` lists the values on screen that are not the window's words (names, labels from the
    LMS, what the user typed); numbers, dates, emails and addresses are recognised as data.
    """
    data = set(data)
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for where, text in _widget_texts(widget):
            if isinstance(text, str) and text.strip() and not is_translated(text, data):
                found.append(f"{where}: {text!r}")
    return found


# -- the dialogs ----------------------------------------------------------------------------------


ANN = grade("1", "Ann Bell", 7, "Good start")
BO = grade("2", "Bo Diaz", 6, "Check question 3")
CY = grade("3", None, None)


def review_item(
    row: StudentGrade,
    edit: GradeEdit,
    base: ServerGrade | None = None,
    line_item: LineItem | None = None,
    not_active: str | None = None,
) -> ReviewItem:
    made_on = base if base is not None else ServerGrade.from_result(row.result)
    return ReviewItem(row, Draft(edit, made_on, EDITED_AT), line_item, not_active)


def test_the_walker_names_text_that_skipped_translation(qtbot: QtBot, pseudo_locale: None):
    box = QGroupBox("Grades")
    qtbot.addWidget(box)
    QLabel(f"{OPEN}Send {{count}} grades{CLOSE}", box)
    QLabel("7 → 8.5", box)
    QLabel("ann@school.example", box)
    QLabel("Ann Bell", box)
    built = QLabel(f"{OPEN}Sent{CLOSE} to Ann Bell", box)
    built.setObjectName("built")

    assert untranslated_texts(box, data={"Ann Bell"}) == [
        "QGroupBox title: 'Grades'",
        "QLabel 'built' text: '⟦Sent⟧ to Ann Bell'",
    ]


def test_the_language_menu_is_translated(qtbot: QtBot, pseudo_locale: None, settings):
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = language_menu(parent, settings, lambda _sentence: None)
    # Each language is named in its own language, whatever the window's.
    assert untranslated_texts(menu, data=LANGUAGES.values()) == []


def test_the_connection_dialog_is_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    profiles: ProfileStore,
    secrets: SecretStorage,
    runner: TaskRunner,
):
    dialog = ConnectionDialog(profiles, secrets, runner)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Biology 101")
    dialog.url_edit.setText("not an address")
    # Where the secrets are kept is said by the keyring layer, which stays English.
    keyring = {dialog.keyring_label.text()}
    # So is why an address is refused (the API client's check), and the LMS products are names.
    address = {dialog.url_problem.text()}
    products = {family.display_name for family in PlatformFamily if family.display_name}
    assert untranslated_texts(dialog, DATA | keyring | address | products) == []


def test_the_credential_prompt_is_translated(qtbot: QtBot, pseudo_locale: None):
    prompt = CredentialPrompt("Biology 101", AuthError("refused", status=401))
    qtbot.addWidget(prompt)
    assert untranslated_texts(prompt, DATA | {"refused"}) == []


@pytest.mark.parametrize("learners", [[ANN], [ANN, BO, CY]], ids=["one", "several"])
def test_the_score_dialog_is_translated(
    qtbot: QtBot, pseudo_locale: None, learners: list[StudentGrade]
):
    dialog = ScoreDialog(learners, LINE_ITEM, ENGLISH)
    qtbot.addWidget(dialog)
    # Warnings: extra credit, a grade that is not fully graded, comments removed.
    dialog.score_edit.setText("12")
    dialog.grading_combo.setCurrentIndex(dialog.grading_combo.findData(GradingProgress.Pending))
    dialog.keep_comments_box.setChecked(False)
    dialog.comment_edit.setPlainText("")
    assert dialog.warnings()
    assert untranslated_texts(dialog, DATA) == []
    dialog.score_edit.setText("")  # a problem under the score
    assert untranslated_texts(dialog, DATA) == []


def test_the_clear_question_is_translated(
    qtbot: QtBot, pseudo_locale: None, monkeypatch: pytest.MonkeyPatch
):
    found: list[str] = []

    def walk(box: QMessageBox) -> int:
        qtbot.addWidget(box)
        found.extend(untranslated_texts(box, DATA))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", walk)
    confirm_clear(None, [ANN, BO])
    confirm_clear(None, [CY])
    assert found == []


def test_the_review_is_translated(qtbot: QtBot, pseudo_locale: None):
    items = [
        review_item(ANN, GradeEdit("1", 8.5, 10)),
        review_item(BO, GradeEdit("2", 11, 10, "")),
        review_item(CY, GradeEdit("3", 10, 20, "Welcome back")),
        review_item(ANN, GradeEdit("1", None, 20), ServerGrade(8, 20), OTHER_LINE_ITEM),
        review_item(BO, GradeEdit("2", 7, 10), not_active="inactive"),
    ]
    for platform in (PlatformFamily.canvas, PlatformFamily.moodle, PlatformFamily.unknown):
        dialog = ReviewDialog(LINE_ITEM, items, platform, ENGLISH)
        qtbot.addWidget(dialog)
        # Why a learner is held back is said by the roster rules, which stay English.
        assert untranslated_texts(dialog, DATA | {"Inactive", "inactive"}) == []


def test_the_conflicts_are_translated(qtbot: QtBot, pseudo_locale: None, tmp_path: Path):
    key = "https://school.ltiaas.com demo"
    bases = {"1": ServerGrade(7, 10, "Good start"), "2": ServerGrade(6, 10)}
    edits = [GradeEdit("1", 8.5, 10), GradeEdit("2", 9, 10, "Welcome back")]
    with GradeStore.open(tmp_path / "gradebook.sqlite3") as store:
        store.apply_edits(key, LINE_ITEM.id, [(e, bases[e.user_id]) for e in edits], "Edits")
        conflicts = [
            store.update_entry(entry.id, CellState.CONFLICT, reason="Changed in the LMS")
            for entry in store.queue_drafts(key, LINE_ITEM.id)
        ]
    names = {"1": "Ann Bell", "2": "Bo Diaz"}
    now = {"1": ServerGrade(18, 20, "Regraded")}
    for shown in (conflicts, conflicts[:1]):
        dialog = ConflictDialog(shown, names, LINE_ITEM, now, ENGLISH)
        qtbot.addWidget(dialog)
        assert untranslated_texts(dialog, DATA) == []


@pytest.mark.parametrize("visible", [3, 1], ids=["all shown", "filtered"])
def test_the_export_dialog_is_translated(
    qtbot: QtBot, pseudo_locale: None, tmp_path: Path, visible: int
):
    dialog = ExportDialog(
        line_item=LINE_ITEM,
        all_count=3,
        visible_count=visible,
        default_folder=tmp_path,
        locale=ENGLISH,
    )
    qtbot.addWidget(dialog)
    assert untranslated_texts(dialog, DATA) == []
    dialog.path_edit.setText(str(tmp_path / "missing" / "grades.txt"))  # a problem
    assert untranslated_texts(dialog, DATA | {str(tmp_path)}) == []


def test_the_import_wizard_is_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    tmp_path: Path,
    runner: TaskRunner,
    settings: WindowSettings,
):
    sheet = tmp_path / "quiz.csv"
    sheet.write_text(
        "userId,name,email,score,comment\n"
        "1,Ann Bell,ann@school.example,9,Good start\n"
        "2,Bo Diaz,bo@school.example,85/100,\n"
        "9,Cy Lane,cy@school.example,4,\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(
        line_item=LINE_ITEM,
        grades=[ANN, BO, CY],
        settings=settings,
        runner=runner,
        connection_key="https://school.ltiaas.com demo",
        start_path=sheet,
        locale=ENGLISH,
        choose_file=lambda parent, start: None,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT_MS)
    # How the file was read and why a row is refused are said by the importer, in English.
    importer_words = {"CSV", "UTF-8", "comma-separated", "quiz.csv", str(sheet)}
    found = untranslated_texts(wizard.file_page, DATA | importer_words)
    wizard.next()
    found += untranslated_texts(wizard.mapping_page, DATA)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.plan is not None, timeout=WAIT_MS)
    reasons = {row.reason for row in wizard.plan.rows} | {
        row.warning for row in wizard.plan.rows if row.warning
    }
    wizard.preview_page.table_view.selectRow(1)
    found += untranslated_texts(wizard, DATA | importer_words | reasons)
    assert found == []


def test_the_queued_grades_and_quit_questions_are_translated(qtbot: QtBot, pseudo_locale: None):
    boxes: list[QMessageBox] = [
        OutboxPrompt([("Quiz 1", 12)], ENGLISH),
        OutboxPrompt([("Quiz 1", 1), ("Essay 2", 3)], ENGLISH),
        QuitPrompt(2, sending=False, demo=False),
        QuitPrompt(1, sending=True, demo=False),
        QuitPrompt(1, sending=False, demo=True),
    ]
    for box in boxes:
        qtbot.addWidget(box)
        assert untranslated_texts(box, DATA) == []


# -- the catalogues -------------------------------------------------------------------------------


def messages(catalogue: Path) -> dict[str, list[str] | str]:
    """A catalogue's translations by source text: a list of plural forms, or one text."""
    found: dict[str, list[str] | str] = {}
    for message in ElementTree.parse(catalogue).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        source = message.findtext("source") or ""
        found[source] = forms if message.get("numerus") == "yes" else translation.text or ""
    return found


def test_updating_a_catalogue_gives_counted_texts_plural_forms_and_keeps_them(tmp_path: Path):
    script = translations_script()
    window = tmp_path / "window.py"
    window.write_text(
        "from gradebook_gui.gui.i18n import translate\n"
        "def texts(count, rows):\n"
        '    translate("Window", "{count} grades waiting", None, count)\n'
        '    translate("Window", "{count} rows read", None, len(rows))\n'
        '    translate("Window", "Submit grades")\n',
        encoding="utf-8",
    )
    catalogue = tmp_path / "gradebook_de.ts"

    script.update_catalogue(catalogue, [window], "de")

    # lupdate alone files the first as one text and leaves the second out.
    assert messages(catalogue) == {
        "{count} grades waiting": ["", ""],
        "{count} rows read": ["", ""],
        "Submit grades": "",
    }
    translated = catalogue.read_text(encoding="utf-8").replace(
        "<source>{count} grades waiting</source>\n"
        '            <translation type="unfinished">\n'
        "                <numerusform />\n"
        "                <numerusform />",
        "<source>{count} grades waiting</source>\n"
        "            <translation>\n"
        "                <numerusform>{count} Note wartet</numerusform>\n"
        "                <numerusform>{count} Noten warten</numerusform>",
    )
    catalogue.write_text(translated, encoding="utf-8")

    script.update_catalogue(catalogue, [window], "de")

    assert messages(catalogue)["{count} grades waiting"] == [
        "{count} Note wartet",
        "{count} Noten warten",
    ]
    translator = QTranslator()
    assert translator.load(str(compiled(catalogue)))
    assert (
        translator.translate("Window", "{count} grades waiting", None, 1) == "{count} Note wartet"
    )
    assert (
        translator.translate("Window", "{count} grades waiting", None, 5) == "{count} Noten warten"
    )


def test_every_catalogue_compiles(tmp_path: Path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    catalogues = sorted((ROOT / "resources" / "translations").glob("gradebook_*.ts"))
    assert [path.stem for path in catalogues] == [
        f"gradebook_{code}" for code in ("de", "es", "fr")
    ]
    for catalogue in catalogues:
        qm = tmp_path / f"{catalogue.stem}.qm"
        completed = subprocess.run(
            [str(lrelease), str(catalogue), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert completed.returncode == 0, completed.stdout + completed.stderr
        assert qm.stat().st_size > 0


def unfinished_texts(catalogue: Path) -> list[str]:
    return [
        message.findtext("source") or ""
        for message in ElementTree.parse(catalogue).getroot().iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
    ]


def test_every_text_the_window_shows_is_translated_in_every_language(tmp_path: Path):
    """The catalogues hold every text of today's code (a catalogue brought up to date from the
    code gains nothing), each one translated: a new text fails here until translators add it."""
    script = translations_script()
    window_files = script.translated_files()
    for catalogue in sorted((ROOT / "resources" / "translations").glob("gradebook_*.ts")):
        assert unfinished_texts(catalogue) == [], f"{catalogue.name}: not translated"
        refreshed = tmp_path / catalogue.name
        refreshed.write_bytes(catalogue.read_bytes())
        language = catalogue.stem.removeprefix("gradebook_")
        script.update_catalogue(refreshed, window_files, language)
        missing = unfinished_texts(refreshed)
        assert missing == [], (
            f"{catalogue.name} lacks {len(missing)} texts of the code: run "
            "`python packaging/translations.py update` and translate them"
        )
