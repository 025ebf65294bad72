"""Lists of records: a table model over frozen DTOs, a sort/filter proxy, and a panel with a
search box, Thêm / Sửa / Xóa buttons and "Xuất Excel…" (the page behind it writes the file)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from app.services.text import fold

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    header: str
    value: Callable[[Any], object]
    sort: Callable[[Any], object] | None = None
    width: int | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Read-only rows; each column says how to show and how to sort its value."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.muted: Callable[[Any], bool] = lambda _row: False
        # Optional text colour per row (e.g. red for overdue), as a colour name or None.
        self.color: Callable[[Any], str | None] = lambda _row: None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            value = column.value(row)
            text = "" if value is None else str(value)
            return text if len(text) > 40 else None
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        if role == SEARCH_ROLE:
            return fold(" ".join(str(c.value(row) or "") for c in self.columns))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.muted(row):
                return QBrush(QColor("#8a8a8a"))
            color = self.color(row)
            if color:
                return QBrush(QColor(color))
        return None

    def sort_key(self, row_index: int, column_index: int) -> Any:
        row = self.rows[row_index]
        column = self.columns[column_index]
        key = column.sort(row) if column.sort else column.value(row)
        return fold(key) if isinstance(key, str) else key

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


class FoldingFilter(QSortFilterProxyModel):
    """Filters on every column at once, ignoring case and diacritics; sorts on raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_needle(self, text: str) -> None:
        # Qt 6.9+ replaced invalidateFilter() with a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._needle = fold(text.strip())
            self.endFilterChange()
        else:
            self._needle = fold(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in haystack for word in self._needle.split())

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        # Keys come straight from the Python model: QModelIndex.data() returning None drops a
        # reference to None in PySide6 6.12 on CPython 3.11 (None sort keys are common: no date).
        model = self.sourceModel()
        if isinstance(model, RowsModel):
            a = model.sort_key(left.row(), left.column())
            b = model.sort_key(right.row(), right.column())
        else:  # pragma: no cover - every list uses RowsModel
            a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class _ButtonRow(QLayout):
    """The row under a list: buttons from the left, the trailing ones ("Xuất Excel…", the row
    count) on the right. When the panel is narrower than the row, the row wraps onto more lines
    instead of widening the window (the smallest window must show every page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing = 0  # how many of the last items sit on the right
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(6)

    # ---- QLayout -------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.insert(len(self._items) - self._trailing, item)
        self.invalidate()

    def insertWidget(self, index: int, widget: QWidget) -> None:  # as QBoxLayout: old reach-ins
        """Put ``widget`` at ``index`` among the left buttons (after them when out of range)."""
        self.addChildWidget(widget)
        lead = len(self._items) - self._trailing
        self._items.insert(max(0, min(index, lead)), QWidgetItem(widget))
        self.invalidate()

    def add_trailing(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self._trailing += 1
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if index >= len(self._items) - self._trailing:
            self._trailing -= 1
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self.spacing() * max(0, len(shown) - 1)
        return QSize(width + 24, max((s.height() for s in shown), default=0))

    def minimumSize(self) -> QSize:
        shown = [i.minimumSize() for i in self._items if not i.isEmpty()]
        return QSize(max((s.width() for s in shown), default=0), max((s.height() for s in shown), default=0))

    # ---- layout --------------------------------------------------------------------------------
    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); returns the height they take."""
        space = self.spacing()
        split = len(self._items) - self._trailing
        lead = [i for i in self._items[:split] if not i.isEmpty()]
        trail = [i for i in self._items[split:] if not i.isEmpty()]
        lines: list[tuple[list[QLayoutItem], list[QLayoutItem]]] = []  # (left items, right items)
        line: list[QLayoutItem] = []
        used = 0
        for item in lead:
            width = item.sizeHint().width()
            if line and used + space + width > rect.width():
                lines.append((line, []))
                line, used = [], 0
            used += (space if line else 0) + width
            line.append(item)
        trail_width = sum(i.sizeHint().width() for i in trail) + space * max(0, len(trail) - 1)
        if line and trail and used + 4 * space + trail_width <= rect.width():
            lines.append((line, trail))  # the trailing group fits on the right of the last line
        else:
            if line:
                lines.append((line, []))
            if trail:
                lines.append(([], trail))
        y = rect.y()
        for left, right in lines:
            height = max(i.sizeHint().height() for i in left + right)
            if move:
                x = rect.x()
                for item in left:
                    hint = item.sizeHint()
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                    x += hint.width() + space
                x = rect.right() + 1
                for item in reversed(right):
                    hint = item.sizeHint()
                    x -= hint.width()
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                    x -= space
            y += height + space
        return max(0, y - space - rect.y())


class ListPanel(QWidget):
    """A titled, searchable table of records with the usual buttons.

    Signals carry the selected row object (a DTO); pages connect them to dialogs and services.
    Pages add their own controls through ``insert_button``, ``add_header_widget`` and
    ``add_widget_above_table``, never by reaching into the layout. "Xuất Excel…" stays hidden until
    ``offer_export`` (the ``Page`` base offers it on every list of a page); clicking it emits
    ``export_requested`` and ``shown_table`` gives what the list shows.
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    selection_changed = Signal(object)
    export_requested = Signal()

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        add_text: str | None = None,
        delete_text: str | None = None,
        searchable: bool = True,
        multi_select: bool = False,
        state_key: str = "",
        exportable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.state_key = state_key
        self.exportable = exportable  # False: never offer "Xuất Excel…" (rows being edited in a dialog)
        self.export_offered = False
        # What an exported file calls this list when the title (or the tab) does not say enough,
        # e.g. the members "of decision 15/QĐ-UBND"; None: the page decides.
        self.export_title: Callable[[], str] | None = None
        self.model = RowsModel(columns, self)
        self.proxy = FoldingFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(title, self)
        self.title.setObjectName("panelTitle")
        top.addWidget(self.title)
        top.addStretch(1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm (không cần gõ dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(170)
        self.search.setMaximumWidth(320)
        self.search.textChanged.connect(self.proxy.set_needle)
        self.search.setVisible(searchable)
        top.addWidget(self.search)
        self._top = top
        layout.addLayout(top)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi_select
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, column in enumerate(columns):
            if column.width:
                header.resizeSection(i, column.width)
        self.view.doubleClicked.connect(lambda _i: self._emit_edit())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.view, 1)
        buttons = _ButtonRow()
        self.add_button = QPushButton(add_text or self.tr("Thêm…"), self)
        self.edit_button = QPushButton(self.tr("Sửa…"), self)
        self.delete_button = QPushButton(delete_text or self.tr("Xóa"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._emit_edit)
        self.delete_button.clicked.connect(self._emit_delete)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.export_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.export_button.setToolTip(
            self.tr("Lưu ra tệp Excel đúng các dòng đang hiện (theo ô tìm và thứ tự sắp xếp)")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.export_button.hide()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        self.legend = QLabel(self)
        self.legend.setObjectName("legendLabel")
        self.legend.hide()
        buttons.add_trailing(self.legend)
        buttons.add_trailing(self.export_button)
        buttons.add_trailing(self.count_label)
        self._buttons = buttons
        self._last_button: QWidget = self.delete_button
        layout.addLayout(buttons)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_export_button)
        self._update_buttons()
        self._update_export_button()

    def hasHeightForWidth(self) -> bool:
        # The button row wraps (height for width) inside the panel only. Were the panel itself
        # height-for-width, a parent box layout would take its preferred height (the table's) as
        # its minimum and squeeze the forms above it.
        return False

    # ---- the page's own controls ---------------------------------------------------------------
    def insert_button(
        self,
        button: QWidget | str,
        *,
        after: QWidget | None = None,
        clicked: Callable[[], object] | None = None,
        tooltip: str = "",
    ) -> QWidget:
        """Put an extra button (or any widget) in the row under the table, among Thêm / Sửa / Xóa:
        right after ``after``, else after the last one added. A text makes a QPushButton.
        Returns the widget."""
        widget = QPushButton(button, self) if isinstance(button, str) else button
        if clicked is not None and isinstance(widget, QPushButton):
            widget.clicked.connect(lambda _checked=False: clicked())
        if tooltip:
            widget.setToolTip(tooltip)
        anchor = after if after is not None else self._last_button
        index = self._buttons.indexOf(anchor)
        self._buttons.insertWidget(index + 1 if index >= 0 else 3, widget)
        if after is None or after is self._last_button:
            self._last_button = widget
        return widget

    def add_header_widget(self, widget: QWidget) -> QWidget:
        """Put ``widget`` (a filter, say) on the title row, after the title and earlier ones."""
        index = self._top.indexOf(self.title) + 1
        while index < self._top.count() and self._top.itemAt(index).widget() is not None:
            index += 1
        self._top.insertWidget(index, widget)
        return widget

    def add_widget_above_table(self, widget: QWidget) -> QWidget:
        """Put ``widget`` on its own row between the title row and the table."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.view), widget)
        return widget

    def set_legend(self, entries: Sequence[tuple[str, str]]) -> None:
        """Say what the row colours mean, on the row under the table: ``[(colour, text), …]``,
        e.g. ``[("#b3261e", "quá hạn"), ("#9a6700", "sắp đến hạn")]``. Empty: no legend."""
        parts = [f'<span style="color:{color}">■ {html.escape(text)}</span>' for color, text in entries]
        self.legend.setText("&nbsp;&nbsp;".join(parts))
        self.legend.setVisible(bool(parts))

    # ---- export ----------------------------------------------------------------------------------
    def offer_export(self) -> bool:
        """Show "Xuất Excel…" (clicking it emits ``export_requested``); False when the panel was
        built with ``exportable=False`` or offers it already."""
        if not self.exportable or self.export_offered:
            return False
        self.export_offered = True
        self.export_button.show()
        return True

    def _update_export_button(self) -> None:
        self.export_button.setEnabled(self.proxy.rowCount() > 0)

    def shown_columns(self) -> list[int]:
        """The model columns the user sees, in the order shown (moved or hidden ones respected)."""
        header = self.view.horizontalHeader()
        logical = (header.logicalIndex(v) for v in range(header.count()))
        return [c for c in logical if 0 <= c < self.model.columnCount() and not header.isSectionHidden(c)]

    def shown_table(self) -> tuple[list[str], list[list[str]]]:
        """(headers, rows) exactly as shown: rows the search lets through, in the current sort
        order; the visible columns in their order, as displayed texts."""
        columns = self.shown_columns()
        headers = [self.model.columns[c].header for c in columns]
        rows = []
        for proxy_row in range(self.proxy.rowCount()):
            source_row = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
            rows.append(
                [
                    self.model.data(self.model.index(source_row, c), Qt.ItemDataRole.DisplayRole) or ""
                    for c in columns
                ]
            )
        return headers, rows

    # ---- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], *, keep: Callable[[Any], object] | None = None) -> None:
        """Replace the rows, keeping the selection on the row with the same ``keep`` key."""
        key_of = keep or (lambda r: getattr(r, "id", None))
        previous = self.current()
        previous_key = key_of(previous) if previous is not None else None
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{0} dòng").format(len(rows)))
        if previous_key is not None:
            self.select_where(lambda r: key_of(r) == previous_key)
        self._update_buttons()

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for source_row, row in enumerate(self.model.rows):
            if predicate(row):
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                if index.isValid():
                    self.view.selectRow(index.row())
                    self.view.scrollTo(index)
                    return True
        return False

    def selected(self) -> list[Any]:
        """Every selected row, in view order."""
        rows = []
        for index in sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row()):
            source = self.proxy.mapToSource(index)
            if source.isValid():
                rows.append(self.model.rows[source.row()])
        return rows

    def current(self) -> Any:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        source = self.proxy.mapToSource(indexes[0])
        return self.model.rows[source.row()] if source.isValid() else None

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit(self.current())

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _emit_edit(self) -> None:
        row = self.current()
        if row is not None:
            self.edit_requested.emit(row)

    def _emit_delete(self) -> None:
        row = self.current()
        if row is not None:
            self.delete_requested.emit(row)
