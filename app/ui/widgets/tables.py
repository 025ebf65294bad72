"""Lists of records and the panel that shows them: a search box, Thêm / Sửa / Xóa buttons and
"Xuất Excel…" (the page behind it writes the file).

Two models, one panel. ``RowsModel`` holds a list's rows in memory and searches and sorts them on
keys computed once per row; ``QueryRowsModel`` is for the big lists that live in the database: it
holds the ordered ids a SQL query returned and fetches rows a block at a time as they are painted.
Neither goes through a QSortFilterProxyModel, whose per-row and per-comparison calls into Python
cost seconds at 30,000 rows."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
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

from app.services.text import fold, fold_key

AnyIndex = QModelIndex | QPersistentModelIndex

# A list that queries the database waits this long after the last keystroke (one query per pause).
SEARCH_DELAY_MS = 150
MUTED_COLOR = "#8a8a8a"  # rows that no longer count (obsolete, replaced, closed)
_MUTED = QColor(MUTED_COLOR)
GONE = object()  # a row deleted after the list was read: blank cells until the page reloads
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class Column:
    """One column of a list: its header, how to show a row's value, how to sort it (``sort``: a
    key function for lists held in memory; ``sort_by``: the name the service sorts by in SQL for
    lists that live in the database — None there means the column does not sort)."""

    header: str
    value: Callable[[Any], object]
    sort: Callable[[Any], object] | None = None
    width: int | None = None
    align_right: bool = False
    sort_by: str | None = None


class _BaseRowsModel(QAbstractTableModel):
    """What both kinds of list model share: columns, display, colours; rows reached by view row."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.muted: Callable[[Any], bool] = lambda _row: False
        # Optional text colour per row (e.g. red for overdue), as a colour name or None.
        self.color: Callable[[Any], str | None] = lambda _row: None
        self._brushes: dict[str, QBrush] = {}

    def row_at(self, view_row: int) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            value = None if row is GONE else self.columns[index.column()].value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.row_at(index.row())
            value = None if row is GONE else self.columns[index.column()].value(row)
            text = "" if value is None else str(value)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index.row())
            if row is GONE:
                return None
            if self.muted(row):
                return QBrush(_MUTED)
            color = self.color(row)
            if color:
                brush = self._brushes.get(color)
                if brush is None:
                    brush = self._brushes[color] = QBrush(QColor(color))
                return brush
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


def _sort_keys(values: Sequence[object]) -> list[tuple[bool, Any]]:
    """Keys that sort ``values`` with empty ones (None) first and never raise on mixed types."""
    keys: list[tuple[bool, Any]] = [
        (False, "") if v is None else (True, fold_key(v) if isinstance(v, str) else v) for v in values
    ]
    try:
        sorted(keys[:64])  # cheap probe; a full sort below would raise the same way
        return keys
    except TypeError:
        return [(present, str(v)) for present, v in keys]


class RowsModel(_BaseRowsModel):
    """Rows held in memory (small and medium lists), filtered and sorted here, not through a
    QSortFilterProxyModel: each row's folded search text and each column's sort keys are computed
    once per ``set_rows`` (lazily, on the first search or sort), so a keystroke is a substring test
    per row and a header click one ``sorted`` of precomputed keys.

    ``rows`` keeps every row in the order given; the view shows ``shown`` (indexes into ``rows``)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.rows: list[Any] = []
        self.shown: list[int] = []
        self._needle: list[str] = []
        self._sort_column = -1
        self._descending = False
        self._haystacks: list[str] | None = None
        self._keys: dict[int, list[tuple[bool, Any]]] = {}
        self._positions: dict[int, int] | None = None
        # A list the user searches folds its rows when they are set, not on the first keystroke.
        self.searched = False

    # ---- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._haystacks = None
        self._keys.clear()
        if self.searched:
            self._haystack()
        self._arrange()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def row_at(self, view_row: int) -> Any:
        return self.rows[self.shown[view_row]]

    def shown_rows(self) -> list[Any]:
        return [self.rows[i] for i in self.shown]

    def source_row(self, view_row: int) -> int:
        """Position in ``rows`` of the row shown at ``view_row``."""
        return self.shown[view_row]

    def view_row(self, source_row: int) -> int | None:
        """Where the row ``rows[source_row]`` is shown; None when the search hides it."""
        if self._positions is None:
            self._positions = {source: view for view, source in enumerate(self.shown)}
        return self._positions.get(source_row)

    # ---- search and sort -------------------------------------------------------------------------
    def set_needle(self, text: str) -> None:
        """Show only the rows containing every word of ``text`` in some column (case and
        diacritics ignored)."""
        needle = fold(text.strip()).split()
        if needle == self._needle:
            return
        self._needle = needle
        self.beginResetModel()
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        column = column if 0 <= column < len(self.columns) else -1
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return  # already in that order (QTableView.sortByColumn asks twice)
        self._sort_column, self._descending = column, descending
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.shown[i.row()] if i.isValid() else -1 for i in persistent]
        self._arrange()
        self._remap(persistent, sources)
        self.layoutChanged.emit()

    def _remap(self, persistent: list[QModelIndex], sources: list[int]) -> None:
        moved = []
        for index, source in zip(persistent, sources, strict=True):
            view = self.view_row(source) if source >= 0 else None
            moved.append(QModelIndex() if view is None else self.index(view, index.column()))
        if persistent:
            self.changePersistentIndexList(persistent, moved)

    def _haystack(self) -> list[str]:
        if self._haystacks is None:
            columns = [c.value for c in self.columns]
            self._haystacks = [
                fold(" ".join(str(v) for v in (value(row) for value in columns) if v not in (None, "")))
                for row in self.rows
            ]
        return self._haystacks

    def sort_keys(self, column: int) -> list[tuple[bool, Any]]:
        keys = self._keys.get(column)
        if keys is None:
            spec = self.columns[column]
            get = spec.sort or spec.value
            keys = self._keys[column] = _sort_keys([get(row) for row in self.rows])
        return keys

    def _arrange(self) -> None:
        shown: list[int]
        if self._needle:
            hay = self._haystack()
            if len(self._needle) == 1:
                word = self._needle[0]
                shown = [i for i, text in enumerate(hay) if word in text]
            else:
                words = self._needle
                shown = [i for i, text in enumerate(hay) if all(w in text for w in words)]
        else:
            shown = list(range(len(self.rows)))
        if self._sort_column >= 0:
            keys = self.sort_keys(self._sort_column)
            shown.sort(key=keys.__getitem__, reverse=self._descending)
        self.shown = shown
        self._positions = None


class QueryRowsModel(_BaseRowsModel):
    """Rows that live in the database (the big lists: tens of thousands of documents, and later
    corrective actions). The model holds only the ids of the rows that pass the filters, in order —
    one SQL query that the page runs with the filters and the sort the user chose — and fetches the
    rows themselves ``BLOCK`` at a time, as the view paints them. A header click asks the page
    (``sort_requested``) to query the ids again in the column's ``sort_by`` order."""

    BLOCK = 120
    sort_requested = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[Sequence[int]], Sequence[Any]],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self.ids: list[int] = []
        self._cache: dict[int, Any] = {}
        self._positions: dict[int, int] | None = None
        self.sort_column = -1
        self.descending = False

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show the rows ``ids``, in this order (rows are fetched again as they are painted: a
        block costs a few milliseconds, a stale row would cost the user's trust)."""
        self.beginResetModel()
        self.ids = list(ids)
        self._positions = None
        self._cache.clear()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def row_at(self, view_row: int) -> Any:
        key = self.ids[view_row]
        row = self._cache.get(key)
        if row is None:
            start = max(0, view_row - self.BLOCK // 4)
            wanted = [i for i in self.ids[start : start + self.BLOCK] if i not in self._cache]
            for fetched in self._fetch(wanted):
                self._cache[fetched.id] = fetched
            row = self._cache.get(key, GONE)  # GONE: deleted since the ids were read
        return row

    def shown_rows(self) -> list[Any]:
        """Every listed row in order, read in large batches (an export of 30,000 rows)."""
        rows: list[Any] = []
        for start in range(0, len(self.ids), 500):
            batch = self.ids[start : start + 500]
            fetched = {row.id: row for row in self._fetch(batch)}
            rows.extend(fetched[i] for i in batch if i in fetched)
        return rows

    def view_row(self, key: int) -> int | None:
        if self._positions is None:
            self._positions = {k: i for i, k in enumerate(self.ids)}
        return self._positions.get(key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sortable = 0 <= column < len(self.columns) and self.columns[column].sort_by is not None
        column = column if sortable else -1
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending):
            return  # the ids are in that order already (QTableView.sortByColumn asks twice)
        self.sort_column, self.descending = column, descending
        self.sort_requested.emit()

    def sort_by(self) -> str | None:
        """The ``sort_by`` name of the column the user sorted on (None: the list's own order)."""
        return self.columns[self.sort_column].sort_by if self.sort_column >= 0 else None


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
        model: QueryRowsModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.state_key = state_key
        self.exportable = exportable  # False: never offer "Xuất Excel…" (rows being edited in a dialog)
        self.export_offered = False
        # What an exported file calls this list when the title (or the tab) does not say enough,
        # e.g. the members "of decision 15/QĐ-UBND"; None: the page decides.
        self.export_title: Callable[[], str] | None = None
        # In memory (the default) or in the database (``model=QueryRowsModel(...)``: the page
        # filters and sorts in SQL, the panel's own search box stays hidden).
        self.model: Any = model if model is not None else RowsModel(columns, self)
        self.in_memory = model is None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(title, self)
        self.title.setObjectName("panelTitle")
        top.addWidget(self.title)
        top.addStretch(1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm (không cần gõ dấu)…"))
        self.search.setToolTip(self.tr("Tìm trong mọi cột, không cần gõ dấu"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self.search.setMaximumWidth(max(320, self.search.minimumWidth()))
        if self.in_memory:
            self.search.textChanged.connect(self._search_changed)
        self.search.setVisible(searchable and self.in_memory)
        if self.in_memory:
            self.model.searched = searchable
        top.addWidget(self.search)
        self._top = top
        layout.addLayout(top)
        self.view = QTableView(self)
        self.view.setModel(self.model)
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
        rows_header = self.view.verticalHeader()
        rows_header.hide()
        # Every row the same height: the view never measures rows (30,000 rows paint as fast as 30).
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._widths = [column.width for column in columns]
        self._fit_header()
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
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.layoutChanged,
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

    # ---- header --------------------------------------------------------------------------------
    def _fit_header(self) -> None:
        """Each column at least as wide as its header text and the sort arrow (never "Ngày ban hàn")."""
        header = self.view.horizontalHeader()
        header.ensurePolished()
        metrics = header.fontMetrics()
        bold = QFont(header.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        for i, column in enumerate(self.model.columns):
            text = max(
                metrics.horizontalAdvance(column.header), bold_metrics.horizontalAdvance(column.header)
            )
            needed = text + 34  # padding both sides and the sort indicator
            wanted = self._widths[i] if i < len(self._widths) else None
            width = max(needed, wanted or header.defaultSectionSize())
            header.resizeSection(i, width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_header()

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
        self.export_button.setEnabled(self.model.rowCount() > 0)

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
        for row in self.shown_rows():
            values = [self.model.columns[c].value(row) for c in columns]
            rows.append(["" if v is None else str(v) for v in values])
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

    def _search_changed(self, text: str) -> None:
        """Filter the rows in memory, keeping the selected row selected when it is still shown."""
        previous = self.current()
        self.model.set_needle(text)
        if previous is not None:
            self.select_where(lambda r: r is previous)
        self._update_buttons()

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        """Select (and scroll to) the first shown row that ``predicate`` accepts (lists in memory)."""
        model = self.model
        for view_row in range(model.rowCount()):
            if predicate(model.row_at(view_row)):
                self.select_view_row(view_row)
                return True
        return False

    def shown_rows(self) -> list[Any]:
        """Every row the list shows, in its order (a list in the database reads them all)."""
        return self.model.shown_rows()

    def select_key(self, key: object) -> bool:
        """Select the shown row whose ``id`` is ``key``; False when no shown row has it."""
        if self.in_memory:
            return self.select_where(lambda r: getattr(r, "id", None) == key)
        view_row = self.model.view_row(key)
        if view_row is None:
            return False
        self.select_view_row(view_row)
        return True

    def select_view_row(self, view_row: int) -> None:
        self.view.selectRow(view_row)
        self.view.scrollTo(self.model.index(view_row, 0))

    def selected(self) -> list[Any]:
        """Every selected row, in view order."""
        rows = []
        for index in sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row()):
            row = self.model.row_at(index.row())
            if row is not GONE:
                rows.append(row)
        return rows

    def current(self) -> Any:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes or not 0 <= indexes[0].row() < self.model.rowCount():
            return None
        row = self.model.row_at(indexes[0].row())
        return None if row is GONE else row

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


def fit_placeholder(edit: QLineEdit, extra: int = 44) -> None:
    """Make ``edit`` at least wide enough to show its whole placeholder (and the clear button)."""
    edit.ensurePolished()
    width = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + extra
    edit.setMinimumWidth(max(edit.minimumWidth(), width))
