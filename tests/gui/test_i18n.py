"""The window's language: the system's, or the one picked in View > Language, remembered."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.i18n import (
    chosen_language,
    counted,
    install_translations,
    language_menu,
    reason_text,
    system_language,
    translate,
    translated,
)
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.wording import Refusal, Wording

GERMAN_CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>LanguageTest</name>
    <message>
        <source>Submit grades</source>
        <translation>Noten senden</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) waiting</source>
        <translation>
            <numerusform>%n Note wartet</numerusform>
            <numerusform>%n Noten warten</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, rid of every translator a test installed once the test ends."""
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)


def compiled(catalogue: Path) -> Path:
    """`catalogue` (a .ts file) compiled beside it as the build compiles it: the .qm file."""
    qm = catalogue.with_suffix(".qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(catalogue), "-qm", str(qm)], check=True)
    return qm


def german_catalogue(folder: Path, text: str) -> Path:
    """`folder`, holding `text` as the German catalogue, compiled as the build makes it."""
    source = folder / "gradebook_de.ts"
    source.write_text(text, encoding="utf-8")
    compiled(source)
    return folder


@pytest.fixture
def catalogues(tmp_path: Path) -> Path:
    """A folder with a compiled German catalogue of two texts, as the build makes them."""
    return german_catalogue(tmp_path, GERMAN_CATALOGUE)


def test_a_count_picks_its_text_and_is_written_in_the_locale() -> None:
    one, many = "{count} grade for {label}", "{count} grades for {label}"
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert counted(one, many, 1, german, label="Quiz 3") == "1 grade for Quiz 3"
    assert counted(one, many, 0, german, label="Quiz 3") == "0 grades for Quiz 3"
    assert counted(one, many, 1234, german, label="Quiz 3") == "1.234 grades for Quiz 3"


def test_the_system_language_is_the_first_preferred_one_the_window_speaks() -> None:
    assert system_language(QLocale("de_DE")) == "de"
    assert system_language(QLocale("fr_CA")) == "fr"
    assert system_language(QLocale("es_MX")) == "es"
    assert system_language(QLocale("ja_JP")) == "en"
    assert system_language(QLocale.c()) == "en"


def test_a_picked_language_wins_over_the_system(settings: WindowSettings) -> None:
    german = QLocale("de_DE")
    assert chosen_language(settings, german) == "de"
    settings.language = "fr"
    assert chosen_language(settings, german) == "fr"
    settings.language = "en"
    assert chosen_language(settings, german) == "en"
    settings.language = "xx"  # a language this version does not speak: follow the system
    assert chosen_language(settings, german) == "de"


def test_the_picked_language_is_remembered_between_runs(settings: WindowSettings) -> None:
    settings.language = "es"
    settings.sync()
    assert WindowSettings(settings.path).language == "es"


def test_a_german_system_gets_the_window_and_qt_buttons_in_german(
    app: QApplication, settings: WindowSettings, catalogues: Path
) -> None:
    language = install_translations(app, settings, locale=QLocale("de_DE"), folder=catalogues)

    assert language == "de"
    assert translate("LanguageTest", "Submit grades") == "Noten senden"
    assert translate("LanguageTest", "%n grade(s) waiting", None, 1) == "1 Note wartet"
    assert translate("LanguageTest", "%n grade(s) waiting", None, 12) == "12 Noten warten"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_english_picked_on_a_german_system_installs_nothing(
    app: QApplication, settings: WindowSettings, catalogues: Path
) -> None:
    settings.language = "en"

    language = install_translations(app, settings, locale=QLocale("de_DE"), folder=catalogues)

    assert language == "en"
    assert translate("LanguageTest", "Submit grades") == "Submit grades"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_without_compiled_translations_the_window_stays_english_throughout(
    app: QApplication, settings: WindowSettings, tmp_path: Path
) -> None:
    language = install_translations(app, settings, locale=QLocale("fr_FR"), folder=tmp_path)

    assert language == "en"
    # Not Qt's buttons in French beside the window's English words.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_language_menu_saves_the_pick_and_says_when_it_shows(
    qtbot: QtBot, settings: WindowSettings
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    menu = language_menu(parent, settings, told.append)
    actions = {action.text(): action for action in menu.actions()}

    assert list(actions) == ["System language", "English", "Deutsch", "Español", "Français"]
    assert [name for name, action in actions.items() if action.isChecked()] == ["System language"]

    actions["Deutsch"].trigger()

    assert settings.language == "de"
    assert WindowSettings(settings.path).language == "de"
    assert [name for name, action in actions.items() if action.isChecked()] == ["Deutsch"]
    assert told == ["The window will show the new language the next time the app starts."]

    actions["System language"].trigger()

    assert settings.language is None
    assert len(told) == 2


def test_the_language_menu_shows_the_remembered_pick(
    qtbot: QtBot, settings: WindowSettings
) -> None:
    settings.language = "fr"
    parent = QWidget()
    qtbot.addWidget(parent)

    menu = language_menu(parent, settings, lambda _sentence: None)

    checked = [action.text() for action in menu.actions() if action.isChecked()]
    assert checked == ["Français"]


WORDING_CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>WordingTest</name>
    <message>
        <source>{shown} is a fraction: {advice}</source>
        <translation>{shown} ist ein Bruch: {advice}</translation>
    </message>
    <message>
        <source>write the points</source>
        <translation>Punkte eingeben</translation>
    </message>
    <message>
        <source>{count} grade sent to {label}</source>
        <translation>{count} Note an {label} gesendet</translation>
    </message>
    <message numerus="yes">
        <source>{count} grades sent to {label}</source>
        <translation>
            <numerusform>{count} Note an {label} gesendet</numerusform>
            <numerusform>{count} Noten an {label} gesendet</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_a_sentence_made_below_the_window_is_shown_in_its_language(
    app: QApplication, settings: WindowSettings, tmp_path: Path
) -> None:
    german_catalogue(tmp_path, WORDING_CATALOGUE)
    install_translations(app, settings, locale=QLocale("de_DE"), folder=tmp_path)
    advice = Wording("WordingTest", "write the points")
    fraction = Wording(
        "WordingTest", "{shown} is a fraction: {advice}", {"shown": "8/10", "advice": advice}
    )

    def sent(count: int) -> Wording:
        return Wording(
            "WordingTest",
            "{count} grade sent to {label}",
            {"label": "Quiz 1"},
            "{count} grades sent to {label}",
            count,
        )

    assert translated(fraction) == "8/10 ist ein Bruch: Punkte eingeben"
    assert str(fraction) == "8/10 is a fraction: write the points"
    assert reason_text(Refusal(fraction)) == "8/10 ist ein Bruch: Punkte eingeben"
    assert reason_text(ValueError("disk full")) == "disk full"
    assert translated(sent(1)) == "1 Note an Quiz 1 gesendet"
    assert translated(sent(3)) == "3 Noten an Quiz 1 gesendet"
    assert str(sent(3)) == "3 grades sent to Quiz 1"


def test_the_numbers_of_a_sentence_are_written_in_the_locale(app: QApplication) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        verified = Wording(
            "WordingTest", "{verified} of {count} verified", {"verified": 1234}, None, 2000
        )
        assert translated(verified) == "1.234 of 2.000 verified"
        assert str(verified) == "1234 of 2000 verified"
    finally:
        QLocale.setDefault(previous)
