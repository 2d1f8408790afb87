"""Notes above the grade table that explain what the table shows: the offline copy with its
age, and that the demo course is not kept."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from gradebook_gui.gui.announce import announce
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.moments import moment_text


def demo_notice() -> str:
    return translate(
        "banners",
        "<b>Demo course:</b> the built-in sandbox starts a new course every time the app starts, "
        "so these grades and your changes are gone once you quit. File › Connections… connects "
        "to your LTIAAS account.",
    )


def describe_age(taken_at: datetime, now: datetime) -> str:
    """ "2 hours ago": how long ago a download was made, in the largest whole unit."""
    minutes = int(max(0.0, (now - taken_at).total_seconds()) // 60)
    if minutes < 1:
        return translate("banners", "less than a minute ago")
    if minutes < 60:
        return counted(
            translate("banners", "{count} minute ago"),
            translate("banners", "{count} minutes ago", None, minutes),
            minutes,
        )
    hours = minutes // 60
    if hours < 48:
        return counted(
            translate("banners", "{count} hour ago"),
            translate("banners", "{count} hours ago", None, hours),
            hours,
        )
    days = hours // 24
    return counted(
        translate("banners", "{count} day ago"),
        translate("banners", "{count} days ago", None, days),
        days,
    )


class Banner(QFrame):
    """An icon, a text that wraps, and an optional button, set apart from the table."""

    def __init__(
        self,
        name: str,
        icon: QStyle.StandardPixmap,
        button: QPushButton | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name.replace(" ", ""))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Tooltip colours: a note set apart from the table, readable in light and dark themes.
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAutoFillBackground(True)
        size = self.fontMetrics().height() * 2
        picture = QLabel()
        picture.setPixmap(self.style().standardIcon(icon).pixmap(QSize(size, size)))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(name)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        if button is not None:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()


class OfflineBanner(Banner):
    """Above the table while it shows the copy kept on this computer: how old it is."""

    def __init__(self, parent: QWidget | None = None, *, retry_text: str | None = None) -> None:
        # A banner shown beside the window's own (the Course tab's) names its button its own way,
        # so two buttons never share a text and its keyboard letter.
        self.retry_button = QPushButton(retry_text or translate("OfflineBanner", "Try aga&in"))
        self.retry_button.setAccessibleName(
            translate("OfflineBanner", "Try to reach the LMS again")
        )
        retry_tip = translate("OfflineBanner", "Load the grades from the LMS again (F5)")
        self.retry_button.setToolTip(retry_tip)
        self.retry_button.setAccessibleDescription(retry_tip)
        super().__init__(
            translate("OfflineBanner", "Offline copy"),
            QStyle.StandardPixmap.SP_MessageBoxWarning,
            self.retry_button,
            parent,
        )

    def show_age(self, taken_at: datetime, now: datetime) -> None:
        """Say how old the copy shown is; a screen reader hears it when the banner appears (the
        age ticking on is not worth interrupting the user for)."""
        self.label.setText(
            translate(
                "OfflineBanner",
                "<b>Offline: showing the grades downloaded {age}</b> ({when}).<br>The LMS cannot "
                "be reached. Changes you make are saved on this computer; Submit sends them once "
                "the LMS answers again, after checking that nobody changed those grades there "
                "meanwhile.",
            ).format(age=describe_age(taken_at, now), when=moment_text(taken_at))
        )
        if self.isHidden():
            self.show()
            announce(self.label, self.label.text())


class DemoBanner(Banner):
    """Above the table while the demo course is open: nothing of it is kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("DemoBanner", "Demo course"),
            QStyle.StandardPixmap.SP_MessageBoxInformation,
            None,
            parent,
        )
        self.label.setText(demo_notice())
