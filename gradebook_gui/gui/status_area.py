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

from gradebook_gui.gui.announce import announce
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.submission import SubmissionController, SubmissionProgress


def describe_pending(unsent: int, conflicts: int) -> str:
    """ "3 unsent changes (1 conflict)" for the status bar."""
    if unsent:
        changes = counted(
            translate("status_area", "{count} unsent change"),
            translate("status_area", "{count} unsent changes", None, unsent),
            unsent,
        )
    else:
        changes = translate("status_area", "No unsent changes")
    if conflicts == 0:
        return changes
    return counted(
        translate("status_area", "{changes} ({count} conflict)"),
        translate("status_area", "{changes} ({count} conflicts)", None, conflicts),
        conflicts,
        changes=changes,
    )


def _labelled(name: str, text: str = "", description: str = "") -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    if description:
        label.setAccessibleDescription(description)
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
        self.progress_bar.setAccessibleName(translate("StatusArea", "Loading progress"))
        self.progress_label = _labelled(translate("StatusArea", "Loading"))
        self.cancel_button = QPushButton(translate("StatusArea", "Cancel"))
        self.cancel_button.setAccessibleName(translate("StatusArea", "Cancel loading"))
        stop_loading = translate("StatusArea", "Stop loading; what arrived stays on screen")
        self.cancel_button.setToolTip(stop_loading)
        self.cancel_button.setAccessibleDescription(stop_loading)
        self.submission_progress = SubmissionProgress(submission)
        pending_tip = translate(
            "StatusArea",
            "Changes saved on this computer and not yet shown by the LMS. "
            "Grades › Submit (Ctrl+S) sends them.",
        )
        self.pending_label = _labelled(
            translate("StatusArea", "Unsent changes"), description=pending_tip
        )
        self.pending_label.setToolTip(pending_tip)
        self.connection_label = _labelled(translate("StatusArea", "Connection"))
        self.platform_label = _labelled(translate("StatusArea", "LMS"))
        self.learners_label = _labelled(translate("StatusArea", "Learners"))
        self.offline_label = _labelled(translate("StatusArea", "Offline"))
        warning = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = window.fontMetrics().height()
        self.offline_icon = QLabel()
        self.offline_icon.setPixmap(warning.pixmap(QSize(size, size)))
        self.offline_icon.setAccessibleName(translate("StatusArea", "Offline"))
        read_only_tip = translate(
            "StatusArea", "Nothing can be changed or sent (View › Read-only mode)"
        )
        self.read_only_label = _labelled(
            translate("StatusArea", "Read-only mode"),
            translate("StatusArea", "Read-only"),
            read_only_tip,
        )
        self.read_only_label.setToolTip(read_only_tip)
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
        # A run's outcome is a short sentence; why the run stopped is the message's tooltip
        # while that outcome is shown.
        self._bar = bar
        bar.messageChanged.connect(self._forget_cause)
        submission.outcome_explained.connect(self._explain_message)

    def _explain_message(self, shown: str, cause: str) -> None:
        if cause and self._bar.currentMessage() == shown:
            self._bar.setToolTip(cause)
            self._bar.setAccessibleDescription(cause)

    def _forget_cause(self, _message: str) -> None:
        self._bar.setToolTip("")
        self._bar.setAccessibleDescription("")

    def show_connection(self, description: str, platform: str | None, platform_tip: str) -> None:
        """The connection and its LMS, cut to a fixed width (the whole text in the tooltip)."""
        _show_elided(self.connection_label, description)
        self.platform_label.setVisible(platform is not None)
        if platform is not None:
            shown = translate("StatusArea", "LMS: {platform}").format(platform=platform)
            _show_elided(self.platform_label, shown)
            self.platform_label.setToolTip(f"{shown}\n{platform_tip}")

    def show_loading(self, text: str) -> None:
        self.progress_label.setText(text)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()
        announce(self.progress_label, text)

    def show_pending(self, unsent: int, conflicts: int) -> None:
        """The count of unsent changes; a screen reader hears it when it changes, which is how
        its user learns that a grade was saved, sent or is in conflict."""
        text = describe_pending(unsent, conflicts)
        if text != self.pending_label.text():
            self.pending_label.setText(text)
            announce(self.pending_label, text)

    def hide_loading(self) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()

    def show_offline(self, offline: bool, explanation: str) -> None:
        self.offline_label.setText(translate("StatusArea", "Offline") if offline else "")
        self.offline_label.setToolTip(explanation)
        self.offline_icon.setToolTip(explanation)
        self.offline_label.setVisible(offline)
        self.offline_icon.setVisible(offline)
