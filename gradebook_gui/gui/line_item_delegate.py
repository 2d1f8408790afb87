"""Drawing a grade column in the narrow list: its name, and its summary under it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gradebook_gui.gui.line_item_model import SUMMARY_ROLE, ModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    """The column's name, and under it its summary in the palette's secondary text colour.

    Fits a narrow panel where five table columns would cut every name short.
    """

    MARGIN = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        height = option.fontMetrics.height() * 2 + 3 * self.MARGIN
        return QSize(super().sizeHint(option, index).width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        name = item_option.text
        item_option.text = ""
        widget = item_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus exactly as the style draws them.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item_option, painter, widget)

        selected = bool(item_option.state & QStyle.StateFlag.State_Selected)
        palette = item_option.palette
        metrics = item_option.fontMetrics
        area = item_option.rect.adjusted(2 * self.MARGIN, self.MARGIN, -2 * self.MARGIN, 0)
        line_height = metrics.height()
        first = QRect(area.left(), area.top(), area.width(), line_height)
        second = first.translated(0, line_height + self.MARGIN)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        secondary_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setPen(palette.color(text_role))
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(first, align, metrics.elidedText(name, elide, first.width()))
        painter.setPen(palette.color(secondary_role))
        details = str(index.data(SUMMARY_ROLE) or "")
        painter.drawText(second, align, metrics.elidedText(details, elide, second.width()))
        painter.restore()
