"""The window's first moments: a window at once, the rest of the app off the window's thread.

Importing what the main window is made of (the pydantic models, httpx and the API client, the
store, every controller) and finding the keyring take several times as long as starting Qt. So a
start-up window, where the main window was last and as large, is shown first, with nothing but
Qt, the saved settings and the icon imported; the rest is imported and the Qt-free collaborators
are made on a background thread (`in_background`), while the start-up window keeps answering;
the main window is then built and takes its place (`StartupWindow.hand_over`).

When the window last closed on a saved connection's grade column, the start-up window shows
that column as it was (`gradebook_gui.last_view`): the title, menus, tool bar and panels, the
learners' rows scrolled as they were, marked as the copy saved then and not editable. At the
hand-over those rows move over the main window's column view (`SavedRowsCover`) until it shows
the column's own rows. The main window keeps that file (`capture_view`) when it closes.

Light to import: nothing here may import more than Qt, `settings`, `icons`, `i18n` and
`last_view`. Not even Qt's `Qt` namespace, nor a model's `headerData` written in Python: the
first use of a Qt enum makes Python enums of all its ninety-odd Qt enums (~20 ms).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QPaintEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.moments import moment_text
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.last_view import (
    LastView,
    ShownColumn,
    ShownDock,
    ShownToolBar,
    window_rows,
)

# The main window's size when none was saved.
DEFAULT_SIZE = (1280, 780)

# How long the start-up window waits to be painted before saying it was (it may start minimised
# or on another desktop, and then is never painted).
PAINT_WAIT_MS = 250

_Child = TypeVar("_Child", bound=QWidget)

# Qt's item data roles by number: Qt's `Qt` namespace is too slow to load here.
_DISPLAY_ROLE = 0
_TEXT_ALIGNMENT_ROLE = 7
# Left and vertically centred, as the main window's table draws text by default.
_ALIGN_LEFT_V_CENTER = 0x0001 | 0x0080


def window_title(course: str | None, column: str | None, *, read_only: bool) -> str:
    """The main window's title: the course and column when known, then the app's name."""
    if course and column:
        title = translate("startup", "{course} / {column} — Gradebook").format(
            course=course, column=column
        )
    elif course:
        title = translate("startup", "{course} — Gradebook").format(course=course)
    else:
        title = translate("startup", "Gradebook")
    return translate("startup", "{title} (read-only)").format(title=title) if read_only else title


def restore_geometry(window: QWidget, settings: WindowSettings) -> None:
    """Put `window` where the main window last was, as large; at the default size when no
    place was saved or the saved one cannot be used. Both windows call it, so the start-up
    window stands exactly where the main window will."""
    geometry = settings.geometry
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)


class StartupWindow(QMainWindow):
    """Stands where the main window will be until it is ready: same place, size and title."""

    # Once, when the window has been painted the first time: the work that makes the main
    # window can start then without slowing that first paint.
    painted = Signal()

    def __init__(
        self,
        settings: WindowSettings,
        *,
        read_only: bool = False,
        last_view: LastView | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("StartupWindow")
        self.last_view = last_view
        if last_view is None:
            self.setWindowTitle(window_title(None, None, read_only=read_only))
        else:
            self.setWindowTitle(
                window_title(last_view.course, last_view.column, read_only=read_only)
            )
        self.setWindowIcon(app_icon())
        restore_geometry(self, settings)
        self.table: QTableView | None = None
        if last_view is None:
            self.setCentralWidget(self._opening())
        else:
            self.setCentralWidget(self._saved_rows(last_view))
            self._add_frame(last_view)
            state = settings.window_state
            if not state.isEmpty():
                # Places the panels and tool bars, by name, where the main window had them.
                self.restoreState(state)
        busy = QProgressBar()
        busy.setRange(0, 0)  # no known length: a moving bar says the app is at work
        busy.setMaximumWidth(160)
        self.statusBar().addPermanentWidget(busy)
        self.closed_by_user = False
        self._handing_over = False
        self._painted = False

    def _opening(self) -> QWidget:
        # Centred by the stretches around it and the paragraph's own alignment.
        self.opening_label: QLabel = _PaintedLabel(self._after_first_paint)
        self.opening_label.setText(
            "<p align='center'>{text}</p>".format(
                text=translate("StartupWindow", "Opening Gradebook…")
            )
        )
        self.opening_label.setAccessibleName(translate("StartupWindow", "Opening"))
        self.opening_label.setEnabled(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addStretch(1)
        layout.addWidget(self.opening_label)
        layout.addStretch(1)
        return central

    def _saved_rows(self, view: LastView) -> QWidget:
        """The column's rows as the window showed them when it closed, marked as that copy."""
        saved = moment_text(view.saved_at)
        self.opening_label = QLabel(
            translate("StartupWindow", "Saved on {date}; connecting…").format(date=saved)
        )
        self.opening_label.setAccessibleName(translate("StartupWindow", "Opening"))
        # Wrapped rather than widening the middle: the panels keep the places they had.
        self.opening_label.setWordWrap(True)
        table = _PaintedTable(self._after_first_paint)
        table.setModel(SavedRowsModel(view.columns, view.rows, table))
        table.horizontalHeader().setModel(titles_model(view.columns, table))
        table.setAccessibleName(translate("StartupWindow", "Learners and their grades as saved"))
        # The copy saved at the last close: looked at, never edited, until the window is ready.
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        columns = table.horizontalHeader()
        columns.setStretchLastSection(True)
        for section, column in enumerate(view.columns):
            columns.resizeSection(section, column.width)
        self.table = table
        self._top_row = view.top_row
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.opening_label)
        layout.addWidget(table, 1)
        return central

    def _add_frame(self, view: LastView) -> None:
        """The main window's menus, tool bars and panels, titled as it showed them: unusable
        (greyed, empty) until the main window takes this one's place."""
        menus = self.menuBar()
        for title in view.menus:
            menus.addMenu(title).setEnabled(False)
        for shown in view.tool_bars:
            bar = QToolBar(shown.title, self)
            bar.setObjectName(shown.name)
            for text in shown.buttons:
                if text:
                    bar.addAction(text).setEnabled(False)
                else:
                    bar.addSeparator()
            self.addToolBar(bar)
        for dock in view.docks:
            panel = QDockWidget(dock.title, self)
            panel.setObjectName(dock.name)
            panel.setWidget(QWidget())
            panel.hide()  # shown by the saved layout, when it was shown then

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._painted:
            QTimer.singleShot(PAINT_WAIT_MS, self._say_painted)
        if self.table is not None and self._top_row:
            # The table scrolls by whole rows: the first row in view is the scroll bar's value.
            self.table.verticalScrollBar().setValue(self._top_row)

    def _after_first_paint(self) -> None:
        # After this paint, not during it.
        QTimer.singleShot(0, self._say_painted)

    def _say_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def hand_over(self, window: QWidget, *, cover: QWidget | None = None) -> SavedRowsCover | None:
        """Show `window` where this one is now (the user may have moved it), then close this one.

        The main window is shown first, so the app never has no window open (Qt would quit).
        With `cover` (the main window's column view), the saved rows move over it; the
        `SavedRowsCover` returned takes them away (None when there were no saved rows).
        """
        if not self.isHidden():
            window.restoreGeometry(self.saveGeometry())
        saved_rows = None
        shown = self.takeCentralWidget() if cover is not None and self.table is not None else None
        if cover is not None and shown is not None:
            saved_rows = SavedRowsCover(shown, cover)
        window.show()
        self._handing_over = True
        self.close()
        return saved_rows

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handing_over:
            self.closed_by_user = True
        event.accept()


class _SaysFirstPaint:
    """A widget that says when it has first been painted (painted last, or nearly: the start-up
    window is then on screen). Its own `paintEvent` rather than an event filter: an event's type
    is one of Qt's enums, slow to load the first time. Put before the widget's Qt class."""

    def __init__(self, painted: Callable[[], None]) -> None:
        super().__init__()
        self._painted: Callable[[], None] | None = painted

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[misc]  # the Qt class after this one paints
        painted, self._painted = self._painted, None
        if painted is not None:
            painted()


class _PaintedTable(_SaysFirstPaint, QTableView):
    """A table that says when it has first painted its rows."""


class _PaintedLabel(_SaysFirstPaint, QLabel):
    """A label that says when it has first been painted."""


class SavedRowsCover(QObject):
    """The start-up window's saved rows, over the main window's column view until its own
    rows are there (`uncover`), the user's first click or key on them, or another window (a
    question) taking the focus."""

    uncovered = Signal()  # once, when the saved rows are taken away

    def __init__(self, saved_rows: QWidget, covered: QWidget) -> None:
        super().__init__(covered)
        self.saved_rows: QWidget | None = saved_rows
        self._covered = covered
        saved_rows.setParent(covered)
        saved_rows.setAutoFillBackground(True)  # nothing of the view below shows through
        saved_rows.setGeometry(covered.rect())
        saved_rows.show()
        saved_rows.raise_()
        covered.installEventFilter(self)
        # Made once the main window exists, so Qt's enums are loaded by then.
        from PySide6.QtCore import Qt

        # What the user does to the saved rows that takes them away.
        self._user_input = frozenset(
            {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress}
        )
        for widget in (saved_rows, *saved_rows.findChildren(QWidget)):
            widget.installEventFilter(self)
            # Keys stay with the main window: what is typed must not land in the saved copy.
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._application = QApplication.instance()
        if isinstance(self._application, QApplication):
            self._application.focusChanged.connect(self._on_focus_changed)

    @property
    def covering(self) -> bool:
        return self.saved_rows is not None

    def uncover(self) -> None:
        saved_rows, self.saved_rows = self.saved_rows, None
        if saved_rows is None:
            return
        self._covered.removeEventFilter(self)
        if isinstance(self._application, QApplication):
            self._application.focusChanged.disconnect(self._on_focus_changed)
        saved_rows.hide()
        saved_rows.deleteLater()
        self.uncovered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.saved_rows is None:
            return False
        kind = event.type()
        if watched is self._covered and kind == QEvent.Type.Resize:
            self.saved_rows.setGeometry(self._covered.rect())
        elif watched is not self._covered and kind in self._user_input:
            # Not the real rows: the user reaching for them gets the real (empty) view.
            self.uncover()
            return True
        return False

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is not self._covered.window():
            self.uncover()  # a question is asked: what it is about is the real view


class SavedRowsModel(QAbstractTableModel):
    """The saved rows' texts, one column each, aligned as the main window aligned them.

    The column titles are the header's own model (`titles_model`): a `headerData` written in
    Python would be handed Qt's orientation, whose first use loads all of Qt's enums (~20 ms).
    """

    def __init__(
        self,
        columns: tuple[ShownColumn, ...],
        rows: tuple[tuple[str, ...], ...],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if role == _DISPLAY_ROLE:
            return self._rows[index.row()][index.column()]
        if role == _TEXT_ALIGNMENT_ROLE:
            return self._columns[index.column()].alignment or _ALIGN_LEFT_V_CENTER
        return None


def titles_model(columns: tuple[ShownColumn, ...], parent: QObject) -> QStandardItemModel:
    """The columns' titles, aligned as their texts are, for a table's header."""
    titles = QStandardItemModel(0, len(columns), parent)
    for section, column in enumerate(columns):
        title = QStandardItem(column.title)
        title.setData(column.alignment or _ALIGN_LEFT_V_CENTER, _TEXT_ALIGNMENT_ROLE)
        titles.setHorizontalHeaderItem(section, title)
    return titles


def capture_view(
    window: QMainWindow,
    table: QTableView,
    *,
    profile: str,
    course: str,
    column: str,
    now: datetime | None = None,
) -> LastView:
    """What `window` shows now, for the next start: the shown columns of `table` in their
    order and width, the display text of the rows in view and around them, and the window's
    menus, tool bars and panels by their titles."""
    model = table.model()
    header = table.horizontalHeader()
    shown = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    columns = []
    for logical in shown:
        alignment = model.data(model.index(0, logical), _TEXT_ALIGNMENT_ROLE)
        columns.append(
            ShownColumn(
                title=str(model.headerData(logical, header.orientation(), _DISPLAY_ROLE) or ""),
                width=header.sectionSize(logical),
                alignment=_as_number(alignment),
            )
        )
    in_view = max(0, table.rowAt(0))
    kept = window_rows(model.rowCount(), in_view)
    rows = tuple(
        tuple(_as_text(model.data(model.index(row, logical), _DISPLAY_ROLE)) for logical in shown)
        for row in kept
    )
    return LastView(
        profile=profile,
        course=course,
        column=column,
        saved_at=now or datetime.now(UTC),
        columns=tuple(columns),
        rows=rows,
        top_row=in_view - kept.start if rows else 0,
        menus=tuple(action.text() for action in window.menuBar().actions() if action.isVisible()),
        tool_bars=tuple(
            ShownToolBar(
                bar.objectName(),
                bar.windowTitle(),
                tuple(
                    "" if action.isSeparator() else action.iconText()
                    for action in bar.actions()
                    if action.isVisible()
                ),
            )
            for bar in _children(window, QToolBar)
            if bar.objectName()
        ),
        docks=tuple(
            ShownDock(dock.objectName(), dock.windowTitle())
            for dock in _children(window, QDockWidget)
            if dock.objectName()
        ),
    )


def _children(window: QMainWindow, kind: type[_Child]) -> list[_Child]:
    """The window's own tool bars or panels (not those inside its widgets)."""
    return [child for child in window.children() if isinstance(child, kind)]


def _as_text(value: object) -> str:
    return "" if value is None else str(value)


def _as_number(alignment: object) -> int:
    """Qt's alignment flags as a number (the model may give the flags or a number)."""
    if alignment is None:
        return 0
    value = getattr(alignment, "value", alignment)
    return value if isinstance(value, int) else 0


class _Delivery(QObject):
    """Lives in the main thread; the background thread emits, Qt queues the call to the slot."""

    arrived = Signal(object, object)  # the result, the exception raised (one of them is None)

    # Every delivery on its way: kept alive until it has arrived, whoever holds its Background
    # (Qt drops a queued call whose receiver was collected meanwhile).
    _on_the_way: set[_Delivery] = set()  # noqa: RUF012 (shared on purpose)

    def __init__(
        self, on_ready: Callable[[Any], None], on_failed: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self._on_ready = on_ready
        self._on_failed = on_failed
        self.arrived.connect(self._deliver)
        _Delivery._on_the_way.add(self)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _Delivery._on_the_way.discard(self)
        if isinstance(error, BaseException):
            self._on_failed(error)
        else:
            self._on_ready(result)


class Background:
    """One function running on a thread of its own; its outcome reaches the main thread."""

    def __init__(
        self,
        work: Callable[[], Any],
        on_ready: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._work = work
        self._delivery = _Delivery(on_ready, on_failed)
        # What the function returned or raised, once it has (also when no event loop is left
        # to deliver it: see `wait`).
        self.outcome: object = None
        # A daemon thread: closing the start-up window early must not wait for imports to end.
        self._thread = threading.Thread(target=self._run, name="gradebook-start", daemon=True)

    def start(self) -> Background:
        self._thread.start()
        return self

    def wait(self, timeout_seconds: float | None = None) -> bool:
        """Wait for the function to return; False when it still runs after the timeout."""
        self._thread.join(timeout_seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:
            self.outcome = error
            self._delivery.arrived.emit(None, error)
        else:
            self.outcome = result
            self._delivery.arrived.emit(result, None)


def in_background(
    work: Callable[[], Any],
    on_ready: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Background:
    """Run `work` on a background thread; then, on the main thread, `on_ready` with what it
    returned or `on_failed` with what it raised. Call from the main thread, with Qt's event loop
    running (or about to)."""
    return Background(work, on_ready, on_failed).start()
