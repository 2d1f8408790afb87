"""Loading a grade column into the table, and what the window shows while the LMS cannot be
reached: the column's snapshot saved on this computer, labelled offline with its age."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QLocale, QObject, QTimer, Slot

from gradebook_gui.gui.banners import OfflineBanner
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.line_item_picker import LineItemPicker
from gradebook_gui.gui.status_area import StatusArea
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.gui.workspace import Workspace
from gradebook_gui.models import LineItem
from gradebook_gui.store import GradeStore

# How often the offline label's "downloaded 2 hours ago" is brought up to date.
AGE_REFRESH_MS = 60_000


def _line_items_with_snapshots(store: GradeStore, key: str, _: TaskContext) -> list[LineItem]:
    """Line items with a snapshot on this computer, most recent first."""
    found = []
    for info in store.snapshot_list(key):
        snapshot = store.load_snapshot(key, info.line_item_id)
        if snapshot is not None:
            found.append(snapshot.line_item)
    return found


class LoadingController(QObject):
    """Follows the results loader: progress, the learner count, and the snapshot shown offline."""

    def __init__(
        self,
        workspace: Workspace,
        picker: LineItemPicker,
        status: StatusArea,
        banner: OfflineBanner,
    ) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        self._picker = picker
        self._status = status
        self._banner = banner
        # The snapshot shown instead of fresh data while the LMS cannot be reached.
        self._snapshot_shown: tuple[LineItem, datetime] | None = None
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REFRESH_MS)
        self._age_timer.timeout.connect(self._show_snapshot_age)
        loader = workspace.loader
        loader.started.connect(self._on_load_started)
        loader.progressed.connect(self._on_load_progressed)
        loader.finished.connect(self._on_load_finished)
        loader.stopped.connect(self._on_load_stopped)
        loader.failed.connect(self._on_load_failed)
        loader.snapshot_shown.connect(self._on_snapshot_shown)
        loader.replacing_rows.connect(workspace.results_view.commit_open_editor)
        workspace.messages.offline_changed.connect(self._on_offline_changed)
        workspace.results_model.modelReset.connect(self.update_learner_count)
        workspace.results_model.rowsInserted.connect(self.update_learner_count)
        status.cancel_button.clicked.connect(loader.cancel)

    def leave(self) -> None:
        """No line item is shown any more."""
        self._ws.loader.clear()
        self._ws.edits.unload()
        self._hide_snapshot()

    def stop(self) -> None:
        self._age_timer.stop()

    @Slot(object)
    def _on_load_started(self, item: object) -> None:
        assert isinstance(item, LineItem)
        self._status.show_loading(
            translate("LoadingController", "Loading “{label}”…").format(label=item.label)
        )
        if self._snapshot_shown is not None and self._snapshot_shown[0].id != item.id:
            self._hide_snapshot()
        key = self._ws.session.key
        if key is not None:
            # Drafts and outbox states show as the rows arrive, and edits go to this line item.
            self._ws.edits.load(key, item.id)
        # The rows of the same line item stay while it loads again: they now count as loading.
        self.update_learner_count()

    @Slot(int, int)
    def _on_load_progressed(self, learners: int, results: int) -> None:
        locale = QLocale()
        self._status.progress_label.setText(
            translate("LoadingController", "Loading: {learners}, {grades} so far…").format(
                learners=counted(
                    translate("LoadingController", "{count} learner"),
                    translate("LoadingController", "{count} learners", None, learners),
                    learners,
                    locale,
                ),
                grades=counted(
                    translate("LoadingController", "{count} grade"),
                    translate("LoadingController", "{count} grades", None, results),
                    results,
                    locale,
                ),
            )
        )

    @Slot(object)
    def _on_load_finished(self, item: object) -> None:
        assert isinstance(item, LineItem)
        self._status.hide_loading()
        self._hide_snapshot()
        if self._ws.loader.announcing:
            count = self._ws.results_model.rows_count_total()
            self._ws.messages.inform(
                counted(
                    translate("LoadingController", "Loaded {count} learner of “{label}”."),
                    translate(
                        "LoadingController", "Loaded {count} learners of “{label}”.", None, count
                    ),
                    count,
                    label=item.label,
                )
            )
        self.update_learner_count()

    @Slot(object)
    def _on_load_stopped(self, item: object) -> None:
        self._status.hide_loading()
        if self._ws.loader.grades is not None:
            # Stopped before the first page: the complete rows from before are still shown,
            # and nothing on screen is incomplete.
            self._ws.messages.inform(
                translate(
                    "LoadingController",
                    "Stopped loading: the grades shown are those loaded before. "
                    "Press F5 to load them again.",
                ),
                0,
            )
            self.update_learner_count()
            return
        count = self._ws.results_model.rows_count_total()
        self._ws.messages.inform(
            counted(
                translate(
                    "LoadingController",
                    "Stopped loading: the list is incomplete ({count} learner so far). "
                    "Press F5 to load everything.",
                ),
                translate(
                    "LoadingController",
                    "Stopped loading: the list is incomplete ({count} learners so far). "
                    "Press F5 to load everything.",
                    None,
                    count,
                ),
                count,
            ),
            0,
        )
        self.update_learner_count()

    @Slot(object, object)
    def _on_load_failed(self, item: object, error: object) -> None:
        self._status.hide_loading()
        self.update_learner_count()

    @Slot()
    def update_learner_count(self) -> None:
        model = self._ws.results_model
        if model.line_item() is None:
            self._status.learners_label.setText("")
            return
        count = model.rows_count_total()
        if self._ws.loader.loading:
            text = counted(
                translate("LoadingController", "{count} learner (loading)"),
                translate("LoadingController", "{count} learners (loading)", None, count),
                count,
            )
        else:
            text = counted(
                translate("LoadingController", "{count} learner"),
                translate("LoadingController", "{count} learners", None, count),
                count,
            )
        self._status.learners_label.setText(text)

    # -- offline -----------------------------------------------------------------------------

    @Slot(object, object)
    def _on_snapshot_shown(self, item: object, taken_at: object) -> None:
        assert isinstance(item, LineItem) and isinstance(taken_at, datetime)
        self._snapshot_shown = (item, taken_at)
        self._show_snapshot_age()
        self._age_timer.start()
        self._ws.edits.refresh_states()
        self.update_learner_count()

    @Slot()
    def _show_snapshot_age(self) -> None:
        if self._snapshot_shown is not None:
            self._banner.show_age(self._snapshot_shown[1], self._ws.clock())

    def _hide_snapshot(self) -> None:
        self._snapshot_shown = None
        self._age_timer.stop()
        self._banner.hide()

    @Slot(bool, str)
    def _on_offline_changed(self, offline: bool, explanation: str) -> None:
        self._status.show_offline(offline, explanation)
        key = self._ws.session.key
        picker = self._picker
        if offline and key and picker.model.total_count() == 0 and not picker.busy:
            # The grade columns could not be listed: offer those kept on this computer.
            self._ws.runner.submit_store(
                partial(_line_items_with_snapshots, self._ws.store, key),
                on_success=partial(self._on_line_items_with_snapshots, key),
                on_failure=partial(
                    self._ws.messages.report_failure,
                    translate("LoadingController", "Listing the kept grades"),
                ),
                description="list the line items with a snapshot",
            )

    def _on_line_items_with_snapshots(self, key: str, items: list[LineItem]) -> None:
        picker = self._picker
        if key != self._ws.session.key or picker.model.total_count() or not items:
            return  # another connection, or the LMS answered meanwhile, or nothing kept
        picker.model.set_items(items)
        wanted = self._ws.session.last_line_item_id
        if wanted is None or picker.model.row_of(wanted) is None:
            wanted = items[0].id
        picker.select(wanted)
        picker.status_label.setText(
            counted(
                translate(
                    "LoadingController",
                    "Offline: {count} grade column kept on this computer. "
                    "Press F5 to try the LMS again.",
                ),
                translate(
                    "LoadingController",
                    "Offline: {count} grade columns kept on this computer. "
                    "Press F5 to try the LMS again.",
                    None,
                    len(items),
                ),
                len(items),
            )
        )
