"""Lists of records: a table model over frozen DTOs, a sort/filter proxy, and a panel with a
search box and Thêm / Sửa / Xóa buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
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
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
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


class ListPanel(QWidget):
    """A titled, searchable table of records with the usual buttons.

    Signals carry the selected row object (a DTO); pages connect them to dialogs and services.
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    selection_changed = Signal(object)

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
    ) -> None:
        super().__init__(parent)
        self.state_key = state_key
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
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text or self.tr("Thêm…"), self)
        self.edit_button = QPushButton(self.tr("Sửa…"), self)
        self.delete_button = QPushButton(delete_text or self.tr("Xóa"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._emit_edit)
        self.delete_button.clicked.connect(self._emit_delete)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        self._update_buttons()

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
