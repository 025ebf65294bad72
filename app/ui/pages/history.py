"""Nhật ký thay đổi: the whole change log (``app.services.history``), newest first, filtered by days,
record type and user; the fields of the selected change below; "Mở hồ sơ" shows the record.

The log grows by one row per record and save (hundreds of thousands after years, or after the demo
at a large scale): the list reads the ids the filters let through a page at a time as the user
scrolls (each filter has its index in the list's order) and the rows a block at a time as they are
painted (``QueryRowsModel``); the count is one COUNT over the same index."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QWidget

from app.bootstrap import Services
from app.services.areas import record_types
from app.services.history import HistoryFilter
from app.ui.formatting import fmt_number
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import DateEdit, add_choice, choice, set_choices
from app.ui.widgets.history import (
    HistoryRow,
    action_label,
    changes_panel,
    history_rows,
    moment,
    record_type_label,
    user_text,
)
from app.ui.widgets.tables import SEARCH_DELAY_MS, Column, ListPanel, QueryRowsModel


class PagedRowsModel(QueryRowsModel):
    """A ``QueryRowsModel`` whose ids come a page at a time: the first page on ``set_ids``, the
    next ones as the view scrolls to the end (Qt's ``canFetchMore``/``fetchMore``)."""

    PAGE = 2000

    def __init__(
        self, columns: Sequence[Column], fetch: Callable[[Sequence[int]], Sequence[Any]], parent: Any
    ) -> None:
        super().__init__(columns, fetch, parent)
        self.next_page: Callable[[int | None], list[int]] = lambda _after: []
        self._more = False

    def load(self, next_page: Callable[[int | None], list[int]]) -> None:
        """Start again from the first page of ``next_page(after_id)``."""
        self.next_page = next_page
        ids = next_page(None)
        self._more = len(ids) >= self.PAGE
        self.set_ids(ids)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        ids = self.next_page(self.ids[-1] if self.ids else None)
        self._more = len(ids) >= self.PAGE
        if ids:
            self.beginInsertRows(QModelIndex(), len(self.ids), len(self.ids) + len(ids) - 1)
            self.ids.extend(ids)
            self._positions = None
            self.endInsertRows()


class HistoryPage(Page):
    key = "history"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Nhật ký thay đổi"),
            self.tr(
                "Mọi lần tạo, sửa, xóa và chuyển trạng thái hồ sơ: lúc nào, ai (tài khoản máy tính), trên máy nào, "
                "thay đổi gì. Nhật ký chỉ được ghi thêm, không sửa hay xóa được."
            ),
            parent,
            tasks=tasks,
        )
        self.body.addLayout(self._filter_row())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("historySplitter")
        columns = [
            Column(self.tr("Thời điểm"), lambda r: moment(r.entry.local_at), width=125),
            Column(self.tr("Người thực hiện"), lambda r: user_text(r.entry), width=150),
            Column(self.tr("Loại hồ sơ"), lambda r: record_type_label(r.entry.record_type), width=150),
            Column(self.tr("Hồ sơ"), self._record_text, width=220),
            Column(self.tr("Thao tác"), lambda r: action_label(r.entry.action), width=140),
            Column(self.tr("Nội dung thay đổi"), lambda r: r.summary()),
        ]
        model = PagedRowsModel(columns, self._fetch, self)
        self.list = ListPanel("", columns, splitter, searchable=False, state_key="history", model=model)
        self.list.title.hide()
        self.list.add_button.hide()
        self.list.delete_button.hide()
        self.list.edit_button.setText(self.tr("Mở hồ sơ"))
        self.list.edit_button.setToolTip(self.tr("Chuyển đến hồ sơ của thay đổi đang chọn"))
        self.list.edit_requested.connect(self.open_selected)
        self.list.selection_changed.connect(self._selected)
        self.changes = changes_panel(splitter, "history_fields", (200, 400))
        self.changes.export_title = lambda: self.tr("Chi tiết thay đổi")
        splitter.addWidget(self.list)
        splitter.addWidget(self.changes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.requery)

    # ---- building ------------------------------------------------------------------------------
    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Từ ngày:"), self))
        self.since_edit = DateEdit(self)
        self.since_edit.changed.connect(self._timer_start)
        row.addWidget(self.since_edit)
        row.addWidget(QLabel(self.tr("Đến ngày:"), self))
        self.until_edit = DateEdit(self)
        self.until_edit.changed.connect(self._timer_start)
        row.addWidget(self.until_edit)
        row.addSpacing(4)
        row.addWidget(QLabel(self.tr("Loại hồ sơ:"), self))
        self.type_combo = QComboBox(self)
        # Sized by a few letters, not by the longest type's name: the row fits the smallest window.
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(8)
        add_choice(self.type_combo, self.tr("Tất cả"), None)
        self.type_combo.currentIndexChanged.connect(lambda _i: self.requery())
        self.type_combo.setMaximumWidth(280)
        row.addWidget(self.type_combo, 2)
        row.addSpacing(4)
        row.addWidget(QLabel(self.tr("Người dùng:"), self))
        self.user_combo = QComboBox(self)
        self.user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.user_combo.setMinimumContentsLength(6)
        add_choice(self.user_combo, self.tr("Tất cả"), None)
        self.user_combo.currentIndexChanged.connect(lambda _i: self.requery())
        self.user_combo.setMaximumWidth(200)
        row.addWidget(self.user_combo, 1)
        row.addStretch(1)
        return row

    def _timer_start(self) -> None:
        self._timer.start()

    # ---- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        log = self.services.history
        present = set(log.record_types())
        registry = [t.key for t in record_types()]
        keys = [k for k in registry if k in present] + sorted(present - set(registry), key=record_type_label)
        set_choices(self.type_combo, [(self.tr("Tất cả"), None)] + [(record_type_label(k), k) for k in keys])
        set_choices(self.user_combo, [(self.tr("Tất cả"), None)] + [(u or "—", u) for u in log.users()])
        self.requery()

    def filter(self) -> HistoryFilter:
        """What the filters ask for (a date that is not a real date yet is left out)."""
        days = []
        for edit in (self.since_edit, self.until_edit):
            try:
                days.append(edit.value())
            except ValueError:
                days.append(None)
        return HistoryFilter(
            since=days[0], until=days[1], record_type=choice(self.type_combo), user=choice(self.user_combo)
        )

    def requery(self) -> None:
        current = self.list.current()
        flt, log = self.filter(), self.services.history
        model: PagedRowsModel = self.list.model
        model.load(lambda after: log.entry_ids(flt, limit=model.PAGE, after=after))
        self.list.count_label.setText(self.tr("{0} thay đổi").format(fmt_number(log.count(flt))))
        if (current is None or not self.list.select_key(current.id)) and model.ids:
            self.list.select_view_row(0)
        self._selected(self.list.current())

    def _fetch(self, ids: list[int]) -> list[HistoryRow]:
        return history_rows(self.services, self.services.history.entries(ids))

    def _record_text(self, row: HistoryRow) -> str:
        entry = row.entry
        if entry.title:
            return entry.title
        return f"#{entry.record_id}" if entry.record_id is not None else ""

    def _selected(self, row: HistoryRow | None) -> None:
        self.changes.set_rows(list(row.changes) if row is not None else [])
        self.list.edit_button.setEnabled(row is not None and self._openable(row))

    def _openable(self, row: HistoryRow) -> bool:
        keys = {t.key for t in record_types()}
        return (
            row.entry.record_type in keys and row.entry.record_id is not None and row.entry.action != "delete"
        )

    def open_selected(self, row: HistoryRow | None = None) -> None:
        row = row or self.list.current()
        if row is not None and self._openable(row) and row.entry.record_id is not None:
            self.open_record(row.entry.record_type, row.entry.record_id)

    def screenshots(self, shoot: Shoot) -> None:
        index = self.type_combo.findData("corrective_action")
        if index >= 0:
            self.type_combo.setCurrentIndex(index)
            shoot("loc theo loai ho so")
            self.type_combo.setCurrentIndex(0)
