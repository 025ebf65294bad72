"""Tìm mọi hồ sơ (Ctrl+K): one box that finds any record by its code, number or words — every word
typed must occur in the record's searchable text, diacritics and case ignored, codes first —
grouped by record type, ten per type with "xem tất cả"; Enter or a double click opens the record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.services.areas import record_type

SHOWN = 10  # results shown per type before "xem tất cả"
ALL = 500  # "xem tất cả": at most this many


def type_label(key: str) -> str:
    return QCoreApplication.translate("RecordTypes", record_type(key).label)


class SearchDialog(QDialog):
    record_chosen = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Tìm mọi hồ sơ"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.box = QLineEdit(self)
        self.box.setObjectName("globalSearch")
        self.box.setPlaceholderText(self.tr("Gõ mã, số hoặc vài chữ (không cần dấu)…"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self.run)
        self.box.returnPressed.connect(self.open_current)
        layout.addWidget(self.box)
        self.summary = QLabel(self)
        self.summary.setObjectName("fieldHelp")
        layout.addWidget(self.summary)
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setColumnCount(2)
        self.results.setHeaderLabels([self.tr("Mã, số"), self.tr("Nội dung")])
        self.results.setColumnWidth(0, 200)
        self.results.setRootIsDecorated(False)
        self.results.itemActivated.connect(self._activated)
        layout.addWidget(self.results, 1)
        self._expanded: set[str] = set()
        self._group_font = self.results.font()
        self._group_font.setBold(True)
        self._link = self.palette().link()
        if not text:
            # The first query prepares every provider's statement: done before the first keystroke.
            services.search.search("a", limit=1)
        self.box.setText(text)
        self.box.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the box goes to the results; Enter there opens.
        if event.key() == Qt.Key.Key_Down and self.box.hasFocus() and self.results.topLevelItemCount():
            self.results.setFocus()
            return
        super().keyPressEvent(event)

    def run(self, text: str | None = None) -> None:
        text = self.box.text() if text is None else text
        self.results.clear()
        if not text.strip():
            self.summary.setText(
                self.tr(
                    "Tìm trong tài liệu (cả mã TTHC), TTHC, văn bản, mục tiêu, kế hoạch, đánh giá, hồ sơ khắc phục…"
                )
            )
            return
        found = self.services.search.search(text, limit=ALL if self._expanded else SHOWN + 1)
        total = 0
        first: QTreeWidgetItem | None = None
        groups: list[QTreeWidgetItem] = []
        for key, hits in found.items():
            folded = len(hits) > SHOWN and key not in self._expanded
            shown = hits[:SHOWN] if folded else hits
            # Items are built detached and added in one call: added one by one to a shown tree,
            # each would lay the view out again (about half of a keystroke's time).
            group = QTreeWidgetItem([f"{type_label(key)} ({len(hits)}{'+' if folded else ''})"])
            group.setFont(0, self._group_font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            children = []
            for hit in shown:
                item = QTreeWidgetItem([hit.code, hit.title])
                item.setData(0, Qt.ItemDataRole.UserRole, (hit.type, hit.id))
                item.setToolTip(1, hit.title)
                first = first or item
                children.append(item)
            if folded:
                more = QTreeWidgetItem([self.tr("xem tất cả…")])
                more.setData(0, Qt.ItemDataRole.UserRole, ("more", key))
                more.setForeground(0, self._link)
                children.append(more)
            group.addChildren(children)
            groups.append(group)
            total += len(hits)
        self.results.addTopLevelItems(groups)
        for group in groups:
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
        self.summary.setText(
            self.tr("{0} kết quả. Enter hoặc bấm đúp để mở.").format(total)
            if total
            else self.tr("Không tìm thấy hồ sơ nào.")
        )
        if first is not None:
            self.results.setCurrentItem(first)

    def _activated(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if not value:
            return
        kind, target = value
        if kind == "more":
            self._expanded.add(str(target))
            self.run()
            return
        self.record_chosen.emit(str(kind), int(target))
        self.accept()

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)
