"""The "Lịch sử" tab of a record's detail view: every change of the record from the change log
(``app.services.history``) — when, who on which computer, what (Tạo mới, Sửa, Xóa, Chuyển trạng
thái) — and, for the selected change, each field with its value before and after.

A page adds it with ``add_history_tab(tabs, services, "risk", follow=self.list)``: the tab follows
the list's selection and reads the log only while it is shown (and again each time it is shown)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.services.history import ACTION_LABELS, TABLE_LABELS, FieldChange, HistoryEntry, change_text
from app.ui.formatting import fmt_date
from app.ui.widgets.tables import Column, ListPanel

translate = QCoreApplication.translate


def action_label(action: str) -> str:
    return translate("History", ACTION_LABELS.get(action, action))


def record_type_label(key: str) -> str:
    """A record type as the screens name it (the registry's label, or the log's own)."""
    from app.services.areas import record_type

    try:
        return translate("RecordTypes", record_type(key).label)
    except KeyError:
        return translate("History", TABLE_LABELS.get(key, key))


def moment(at: datetime) -> str:
    """ "22/11/2026 14:05" in the computer's time."""
    return f"{fmt_date(at.date())} {at:%H:%M}"


def user_text(entry: HistoryEntry) -> str:
    return f"{entry.user} ({entry.computer})" if entry.computer else entry.user


@dataclass(frozen=True)
class HistoryRow:
    """An entry of the log as a list shows it: its changes already described."""

    entry: HistoryEntry
    changes: tuple[FieldChange, ...]

    @property
    def id(self) -> int:
        return self.entry.id

    def summary(self, limit: int = 240) -> str:
        text = "; ".join(f"{translate('History', c.label)}: {change_text(c)}" for c in self.changes)
        return text if len(text) <= limit else text[: limit - 1] + "…"


def history_rows(services: Services, entries: list[HistoryEntry]) -> list[HistoryRow]:
    described = services.history.describe(entries)
    return [HistoryRow(e, tuple(d)) for e, d in zip(entries, described, strict=True)]


def changes_panel(parent: QWidget, state_key: str, widths: tuple[int, int] = (130, 140)) -> ListPanel:
    """The fields of one change: label, value before, value after (the widths of the first two)."""
    panel = ListPanel(
        "",
        [
            Column(
                QCoreApplication.translate("HistoryTab", "Thông tin"),
                lambda c: translate("History", c.label),
                width=widths[0],
            ),
            Column(QCoreApplication.translate("HistoryTab", "Trước"), lambda c: c.old, width=widths[1]),
            Column(QCoreApplication.translate("HistoryTab", "Sau"), lambda c: c.new),
        ],
        parent,
        searchable=False,
        state_key=state_key,
    )
    panel.title.hide()
    for button in (panel.add_button, panel.edit_button, panel.delete_button):
        button.hide()
    return panel


class HistoryTab(QWidget):
    """The changes of one record (``set_record``), newest first, and the fields of the selected one."""

    def __init__(self, services: Services, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.record_type = record_type
        self.record_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Side by side: a detail view is short (a list above it), each list keeps its rows visible.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName(f"{record_type}HistorySplitter")
        self.entries = ListPanel(
            "",
            [
                Column(
                    self.tr("Thời điểm"),
                    lambda r: moment(r.entry.local_at),
                    sort=lambda r: r.entry.at,
                    width=132,
                ),
                Column(self.tr("Người thực hiện"), lambda r: user_text(r.entry), width=135),
                # What changed is beside the list (the fields of the selected change).
                Column(self.tr("Thao tác"), lambda r: action_label(r.entry.action)),
            ],
            splitter,
            searchable=False,
            state_key=f"{record_type}_history",
        )
        self.entries.title.hide()
        self.entries.export_title = lambda: self.tr("Lịch sử thay đổi")
        for button in (self.entries.add_button, self.entries.edit_button, self.entries.delete_button):
            button.hide()
        self.entries.selection_changed.connect(self._show_changes)
        self.changes = changes_panel(splitter, f"{record_type}_history_fields")
        self.changes.export_title = lambda: self.tr("Chi tiết thay đổi")
        splitter.addWidget(self.entries)
        splitter.addWidget(self.changes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 420])
        layout.addWidget(splitter)

    def follow(self, panel: ListPanel) -> None:
        """Show the history of the record selected in ``panel`` (rows with an ``id``)."""
        panel.selection_changed.connect(lambda row: self.set_record(getattr(row, "id", None)))

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        if self.record_id is None:
            rows: list[HistoryRow] = []
        else:
            entries = self.services.history.record_history(self.record_type, self.record_id)
            rows = history_rows(self.services, entries)
        self.entries.set_rows(rows)
        if self.entries.current() is None and rows:
            self.entries.select_view_row(0)
        self._show_changes(self.entries.current())

    def rows(self) -> list[HistoryRow]:
        return list(self.entries.model.rows)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # the record may have changed since the tab was last shown

    def _show_changes(self, row: HistoryRow | None) -> None:
        self.changes.set_rows(list(row.changes) if row is not None else [])


def add_history_tab(
    tabs: QTabWidget, services: Services, record_type: str, *, follow: ListPanel | None = None
) -> HistoryTab:
    """Add the "Lịch sử" tab of ``record_type`` to a detail view's tabs (following ``follow``'s
    selection when given)."""
    tab = HistoryTab(services, record_type, tabs)
    tabs.addTab(tab, QCoreApplication.translate("HistoryTab", "Lịch sử"))
    if follow is not None:
        tab.follow(follow)
    return tab
