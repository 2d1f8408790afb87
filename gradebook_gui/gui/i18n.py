"""The window's words in the instructor's language, through Qt's translation system.

Every user-visible string of the window is written `translate("Context", "Source text")`, with
named `{placeholders}` filled by `.format()` after translating (translators may move them) and
`%n` for plural forms (`translate("Context", "%n grade(s) waiting", None, count)`). `lupdate`
finds these calls by the name `translate`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
