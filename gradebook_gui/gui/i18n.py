"""The window's words in the instructor's language, through Qt's translation system.

Every user-visible string of the window is written `translate("Context", "Source text")`, with
named `{placeholders}` filled by `.format()` after translating (translators may move them) and
the count as the last argument for plural forms. The context is the class name, or the module
name for module-level functions. `lupdate` finds these calls by the name `translate` (never
`self.tr()`: PySide6 takes the runtime class as its context, so a subclass would miss the
translations filed under its base class).

A count in a sentence: `counted(translate("Ctx", "{count} grade waiting"), translate("Ctx",
"{count} grades waiting", None, count), count)`. The English singular is its own text: the window
has no English catalogue, so a `%n grade(s)` text would show "(s)". The plural text carries the
count, so each language gets its plural forms there (French also for 0), and `{count}` is written
in the locale's digits. `packaging/translations.py update` gives every text with a count its
plural forms in the catalogues (lupdate's Python reader alone does not).

Text kept in a table made at import time, before any translator is installed, is marked
`QT_TRANSLATE_NOOP("Context", "Text")` and translated where it is shown. The layers below the
window hand over their sentences (a refused score, a submit report) as a `wording.Wording`:
show it with `translated(wording)`, and an error's reason with `reason_text(error)`.

The language follows the system unless the instructor picked one in View > Language; the app's
own catalogue (`translations/gradebook_<code>.qm`, compiled from `resources/translations/` by
`packaging/translations.py build`) and Qt's for its standard buttons are installed at start.
A language picked there also sets how scores are written and read (`use_language_numbers`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.wording import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from gradebook_gui.wording import Wording, reason_of

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

# The window is written in English; these are the languages it is translated into, each named
# in its own language so that anyone finds theirs whatever the window shows now.
SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
}
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
CATALOGUE_PREFIX = "gradebook_"


def translated(wording: Wording | str) -> str:
    """A sentence made below the window, in the window's language: its template translated in
    its context, then filled with its values (values that are `Wording`s translated too, whole
    numbers in the locale's digits). Text that is already a `str` is shown as it is."""
    if isinstance(wording, str):
        return wording
    locale = QLocale()
    values = {
        name: _shown_value(value, locale)
        for name, value in wording.values.items()
        if name != "count" or wording.count is None
    }
    if wording.count is None:
        return translate(wording.context, wording.template).format(**values)
    if wording.plural is None:
        text = translate(wording.context, wording.template, None, wording.count)
    elif wording.count == 1:
        text = translate(wording.context, wording.template)
    else:
        text = translate(wording.context, wording.plural, None, wording.count)
    return text.format(count=locale.toString(wording.count), **values)


def _shown_value(value: object, locale: QLocale) -> object:
    """A value of a sentence as the window writes it: sentences translated, whole numbers (a
    count, a line number) in the locale's digits, like every count the window shows."""
    if isinstance(value, Wording):
        return translated(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return locale.toString(value)
    return value


def reason_text(error: BaseException) -> str:
    """Why `error` happened, in the window's language when the error carries its `Wording`."""
    return translated(reason_of(error))


def counted(
    one: str, many: str, count: int, locale: QLocale | None = None, **values: object
) -> str:
    """`one` for a count of 1, else `many`, with `{count}` in the locale's digits and the other
    placeholders filled from `values`."""
    text = one if count == 1 else many
    return text.format(count=(locale or QLocale()).toString(count), **values)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the user's preferred languages that the window speaks; English otherwise."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(settings: WindowSettings, locale: QLocale | None = None) -> str:
    """The language picked in View > Language, or the system's when none (or an unknown one)."""
    picked = settings.language
    return picked if picked in LANGUAGES else system_language(locale)


def install_translations(
    app: QCoreApplication,
    settings: WindowSettings,
    *,
    locale: QLocale | None = None,
    folder: Path = TRANSLATIONS_DIR,
) -> str:
    """Install the catalogues of the chosen language; returns the language the window speaks.

    Call once, after the QApplication exists and before any window is built. A catalogue that
    cannot be found (translations not compiled) leaves the window in English rather than half
    translated, and says so in the log.
    """
    language = chosen_language(settings, locale)
    if language == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    own = QTranslator(app)
    if not own.load(f"{CATALOGUE_PREFIX}{language}", str(folder)):
        log.warning("No %s translation in %s: the window stays in English", language, folder)
        return SOURCE_LANGUAGE
    app.installTranslator(own)
    # Qt's own words: the standard buttons (Cancel, Yes, No), file dialogs, context menus.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_words)
    else:
        log.warning("No Qt %s translation in %s", language, qt_folder)
    return language


def use_language_numbers(
    settings: WindowSettings, language: str, *, locale: QLocale | None = None
) -> Callable[[], None]:
    """Scores written and read as `language` writes them, when the instructor picked it in View
    > Language and the system (`locale`) speaks another: "7,5" beside German words on an English
    system. The system's territory stays where the language has a way of writing for it (French
    on a Swiss system writes as the Swiss do); without a pick the system's locale rules.

    Call after `install_translations`, with the language it returned; returns the function that
    puts the previous locale back.
    """
    previous = QLocale()
    system = locale or QLocale.system()
    spoken = QLocale(language).language()
    if settings.language in LANGUAGES and spoken != system.language():
        # Every QLocale() made from now on (models, delegates, dialogs, statistics) uses it.
        QLocale.setDefault(QLocale(spoken, system.territory()))
    return lambda: QLocale.setDefault(previous)


def language_menu(parent: QWidget, settings: WindowSettings, tell: Callable[[str], None]) -> QMenu:
    """View > Language: follow the system or pick a language, remembered in `settings`.

    The new language shows at the next start: `tell` receives the sentence that says so.
    """
    menu = QMenu(translate("i18n", "&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    picked = settings.language if settings.language in LANGUAGES else None
    choices: list[tuple[str | None, str]] = [(None, translate("i18n", "System language"))]
    choices += list(LANGUAGES.items())
    for code, name in choices:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == picked)
        action.setData(code or "")
        group.addAction(action)
        menu.addAction(action)

    def on_picked(action: QAction) -> None:
        code = str(action.data()) or None
        if code == settings.language:
            return
        settings.language = code
        settings.sync()
        tell(
            translate("i18n", "The window will show the new language the next time the app starts.")
        )

    group.triggered.connect(on_picked)
    return menu
