"""Status changes spoken by a screen reader: a grade saved, verified or in conflict, the window
going offline, a load starting. Sighted users see these in the status bar or a banner; a screen
reader user would otherwise hear nothing until they move the focus there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, Qt, QTextDocumentFragment


def announce(source: QObject, text: str, *, urgent: bool = False) -> None:
    """Ask the screen reader to speak `text`, a status change shown by `source`.

    Polite by default: the reader finishes what it is saying first. `urgent` interrupts it,
    for what the user must hear at once (a failure, going offline). Nothing is sent when no
    screen reader listens, so this costs nothing then.
    """
    # A banner's rich text is spoken as its words, never as its markup.
    plain = QTextDocumentFragment.fromHtml(text).toPlainText() if Qt.mightBeRichText(text) else text
    spoken = " ".join(plain.split())
    if not spoken:
        return
    event = QAccessibleAnnouncementEvent(source, spoken)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
