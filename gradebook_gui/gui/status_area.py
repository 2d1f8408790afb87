"""The window's status bar: loading progress with Cancel, sending progress, unsent changes, the
connection, the LMS, the learner count, offline and read-only marks."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QStyle,
    QWidget,
)

from gradebook_gui.gui.submission import SubmissionController, SubmissionProgress


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def describe_pending(unsent: int, conflicts: int) -> str:
    """ "3 unsent changes (1 conflict)" for the status bar."""
    text = _plural(unsent, "unsent change", "unsent changes") if unsent else "No unsent changes"
    if conflicts:
        text += f" ({_plural(conflicts, 'conflict', 'conflicts')})"
    return text


def _labelled(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    return label


# The connection and LMS labels never take more than this many average characters: the status
# message beside them must stay readable whole.
LABEL_CHARACTERS = 44


def _show_elided(label: QLabel, text: str) -> None:
    metrics = label.fontMetrics()
    width = metrics.averageCharWidth() * LABEL_CHARACTERS
    label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width))
    label.setToolTip(text)


class StatusArea:
    """Builds the status bar's widgets; the controllers fill them in."""

    def __init__(self, bar: QStatusBar, submission: SubmissionController, window: QWidget) -> None:
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setAccessibleName("Loading progress")
        self.progress_label = _labelled("Loading")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel loading")
        self.cancel_button.setToolTip("Stop loading; what arrived stays on screen")
        self.submission_progress = SubmissionProgress(submission)
        self.pending_label = _labelled("Unsent changes")
        self.pending_label.setToolTip(
            "Changes saved on this computer and not yet shown by the LMS. "
            "Grades › Submit (Ctrl+S) sends them."
        )
        self.connection_label = _labelled("Connection")
        self.platform_label = _labelled("LMS")
        self.learners_label = _labelled("Learners")
        self.offline_label = _labelled("Offline")
        warning = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = window.fontMetrics().height()
        self.offline_icon = QLabel()
        self.offline_icon.setPixmap(warning.pixmap(QSize(size, size)))
        self.read_only_label = _labelled("Read-only mode", "Read-only")
        self.read_only_label.setToolTip("Nothing can be changed or sent (View › Read-only mode)")
        font = self.read_only_label.font()
        font.setBold(True)
        self.read_only_label.setFont(font)
        self.read_only_label.setFrameShape(QLabel.Shape.StyledPanel)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            bar.addWidget(widget)
            widget.hide()
        for permanent in (
            self.submission_progress,
            self.offline_icon,
            self.offline_label,
            self.pending_label,
            self.connection_label,
            self.platform_label,
            self.learners_label,
            self.read_only_label,
        ):
            bar.addPermanentWidget(permanent)
        self.submission_progress.hide()
        self.offline_icon.hide()
        self.offline_label.hide()

    def show_connection(self, description: str, platform: str | None, platform_tip: str) -> None:
        """The connection and its LMS, cut to a fixed width (the whole text in the tooltip)."""
        _show_elided(self.connection_label, description)
        self.platform_label.setVisible(platform is not None)
        if platform is not None:
            _show_elided(self.platform_label, f"LMS: {platform}")
            self.platform_label.setToolTip(f"LMS: {platform}\n{platform_tip}")

    def show_loading(self, text: str) -> None:
        self.progress_label.setText(text)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()

    def hide_loading(self) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()

    def show_offline(self, offline: bool, explanation: str) -> None:
        self.offline_label.setText("Offline" if offline else "")
        self.offline_label.setToolTip(explanation)
        self.offline_icon.setToolTip(explanation)
        self.offline_label.setVisible(offline)
        self.offline_icon.setVisible(offline)
