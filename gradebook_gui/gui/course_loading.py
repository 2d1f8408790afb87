"""Loading the Course view: the whole course from the LMS, or the downloads kept on this computer.

The roster and every line item's results are read on the pool (`services.grid`), and the table
fills as each list arrives, so it can be browsed while the rest loads; Stop ends it. Each line
item's download is kept in the store. When the LMS cannot be reached, the table shows the kept
downloads instead, labelled offline with their age, and editing goes on: drafts are on disk
and wait to be sent.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gradebook_gui.exchange.grid_file import CourseGrid
from gradebook_gui.gui import course_tasks
from gradebook_gui.gui.course_model import CourseModel
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.loader import unreachable
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.gui.workspace import Workspace
from gradebook_gui.models import LineItem

log = logging.getLogger(__name__)

# How long after a load its downloads begin to be kept, and the pause between two of them.
SNAPSHOT_DELAY_MS = 500
SNAPSHOT_PAUSE_MS = 30


class CourseLoading(QObject):
    """Fills the Course view's model; signals arrive on the main thread."""

    loading_changed = Signal(bool)
    progress = Signal(int, int)
    """(lists read, lists in all): the roster counts as one."""

    columns_shown = Signal()
    """The line items (columns) are in the table: their drafts can be read."""

    offline_shown = Signal(object)
    """{line item id: when it was downloaded}: the table shows the downloads kept here."""

    online_shown = Signal()
    """The table shows what the LMS holds now (or is loading it)."""

    def __init__(self, workspace: Workspace, model: CourseModel, readers: int) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        self._model = model
        self._readers = readers
        self._task: int | None = None
        self._generation = 0
        self.grid: CourseGrid | None = None
        self.kept_at: dict[str, datetime] | None = None
        """When each line item shown offline was downloaded; None when the LMS's are shown."""
        self._to_keep: list[Callable[[TaskContext], None]] = []
        self._keep_timer = QTimer(self)
        self._keep_timer.setSingleShot(True)
        self._keep_timer.timeout.connect(self.keep_next_download)

    @Slot()
    def keep_next_download(self) -> None:
        """Save the next line item's download in the store (see `_on_loaded`)."""
        if not self._to_keep or self._ws.runner.closed:
            return
        job = self._to_keep.pop(0)
        self._ws.runner.submit_store(
            job,
            on_success=self._on_download_kept,
            on_failure=self._on_download_not_kept,
            description="keep a line item's download",
        )

    def _on_download_kept(self, _: object) -> None:
        if self._to_keep:
            self._keep_timer.start(SNAPSHOT_PAUSE_MS)

    def _on_download_not_kept(self, error: BaseException) -> None:
        log.warning("a course snapshot was not saved: %s", error)
        self._on_download_kept(None)

    def keep_downloads_now(self) -> None:
        """Save every download still waiting at once (the window closes, another load)."""
        self._keep_timer.stop()
        while self._to_keep:
            self.keep_next_download()

    @property
    def loading(self) -> bool:
        return self._task is not None

    def load(self, key: str) -> None:
        """Read the whole course again; the table empties and fills as the lists arrive."""
        client = self._ws.session.client
        assert client is not None
        self.stop()
        self.keep_downloads_now()
        self._generation += 1
        generation = self._generation
        self.grid = None
        self.kept_at = None
        self._model.clear()
        self.online_shown.emit()
        self._task = self._ws.runner.submit(
            partial(course_tasks.load, client, self._readers),
            on_success=partial(self._on_loaded, generation, key),
            on_failure=partial(self._on_failed, generation, key),
            on_progress=partial(self._on_progress, generation),
            description="load the whole course",
        )
        self.loading_changed.emit(True)

    @Slot()
    def stop(self) -> None:
        """Stop loading: the lists already shown stay, the others stay "…"."""
        if self._task is not None:
            self._ws.runner.cancel(self._task)
            self._task = None
            self._model.stop_waiting_for_roster()
            self.loading_changed.emit(False)

    def _on_progress(self, generation: int, event: object) -> None:
        if generation != self._generation or not isinstance(event, tuple):
            return
        kind = event[0]
        if kind == "line items":
            items: tuple[LineItem, ...] = event[1]
            self._model.set_line_items(items, roster_coming=True)
            self.progress.emit(0, len(items) + 1)
            self.columns_shown.emit()
        elif kind == "roster":
            self._model.set_roster(event[1])
            gc.freeze()
        elif kind == "results":
            self._model.add_results(event[1], event[2])
            # The lists shown live as long as the table: garbage collections need not walk them
            # again. A full walk holds the GIL for tens of milliseconds, and the window waits.
            gc.freeze()
        elif kind == "progress":
            self.progress.emit(event[1], event[2])

    def _on_loaded(self, generation: int, key: str, loaded: tuple[CourseGrid, datetime]) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.loading_changed.emit(False)
        grid, taken_at = loaded
        self.grid = grid
        gc.freeze()
        # Each line item's download is kept: the base of offline work, and what the app lists
        # as waiting when it is closed with drafts. Encoding one is Python work that holds the
        # GIL, which the window needs for every cell it paints: they are kept one at a time,
        # once the window has painted the course, with a pause between them.
        self._to_keep = [
            partial(course_tasks.save_snapshot, self._ws.store, key, grid, item, taken_at)
            for item in grid.line_items
        ]
        self._keep_timer.start(SNAPSHOT_DELAY_MS)
        learner_count, column_count = self._model.learner_count(), len(grid.line_items)
        learners = counted(
            translate("CourseLoading", "{count} learner"),
            translate("CourseLoading", "{count} learners", None, learner_count),
            learner_count,
        )
        columns = counted(
            translate("CourseLoading", "{count} line item"),
            translate("CourseLoading", "{count} line items", None, column_count),
            column_count,
        )
        self._ws.messages.inform(
            translate("CourseLoading", "The course is loaded: {learners}, {columns}.").format(
                learners=learners, columns=columns
            ),
            5000,
        )

    def _on_failed(self, generation: int, key: str, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self._model.stop_waiting_for_roster()
        self.loading_changed.emit(False)
        self._ws.messages.report_failure(translate("CourseLoading", "Loading the course"), error)
        if unreachable(error):
            self._ws.runner.submit_store(
                partial(course_tasks.read_kept_course, self._ws.store, key),
                on_success=partial(self._on_kept_read, generation),
                on_failure=partial(
                    self._ws.messages.report_failure,
                    translate("CourseLoading", "Opening the grades kept on this computer"),
                ),
                description="open the course's downloads kept on this computer",
            )

    def _on_kept_read(self, generation: int, kept: course_tasks.KeptCourse) -> None:
        if generation != self._generation or self._task is not None:
            return  # another load began meanwhile
        grid = kept.grid
        if not grid.line_items:
            self._ws.messages.inform(
                translate(
                    "CourseLoading",
                    "The LMS cannot be reached and no grades of this course were downloaded on "
                    "this computer yet.",
                ),
                8000,
            )
            return
        model = self._model
        model.set_line_items(grid.line_items)
        self.columns_shown.emit()
        model.set_roster(grid.members)
        for item in grid.line_items:
            model.add_results(item.id, grid.results.get(item.id, ()))
        self.grid = grid
        self.kept_at = dict(kept.taken_at)
        self.offline_shown.emit(self.kept_at)
