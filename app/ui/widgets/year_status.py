"""The home page's answer to "what is due, what is late, what is missing before the inspection?":
the yearly cycle as a checklist for the chosen year, what is late and due soon across all years,
and inspection readiness — each line opens the record (or page) behind it on a double click."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.services.status import CycleItem, CycleState, DueItem
from app.ui.formatting import fmt_date
from app.ui.theme import DANGER, OK, WARNING

translate = QCoreApplication.translate

CYCLE_LABELS = {
    "plan": "Kế hoạch duy trì, cải tiến HTQLCL",
    "objectives": "Mục tiêu chất lượng",
    "steering": "Kiện toàn Ban chỉ đạo ISO",
    "risks": "Rà soát rủi ro, cơ hội (quý I)",
    "report_h1": "Báo cáo 6 tháng",
    "audit": "Đánh giá nội bộ",
    "review": "Xem xét của lãnh đạo (sau đánh giá)",
    "report_year": "Báo cáo năm",
    "publication": "Công bố HTQLCL còn phù hợp",
}
STATE_LABELS = {
    CycleState.DONE: "Đã xong",
    CycleState.DONE_LATE: "Xong muộn",
    CycleState.DUE_SOON: "Sắp đến hạn",
    CycleState.LATE: "Quá hạn",
    CycleState.UPCOMING: "Chưa đến hạn",
    CycleState.NOT_APPLICABLE: "Không áp dụng",
}
STATE_COLORS = {
    CycleState.DONE: OK,
    CycleState.DONE_LATE: WARNING,
    CycleState.DUE_SOON: WARNING,
    CycleState.LATE: DANGER,
}
CRITERIA_LABELS = {
    "tthc_coverage": "100 % TTHC thuộc thẩm quyền có quy trình",
    "publication_posted": "Công bố HTQLCL còn phù hợp, đã niêm yết",
    "audit_12_months": "Đánh giá nội bộ trong 12 tháng qua",
    "nc_with_action": "Điểm không phù hợp, kiến nghị đều có hành động khắc phục",
    "complaints_resolved": "Phản ánh, kiến nghị đã giải quyết",
    "legal_updates_on_time": "Quy trình cập nhật đúng hạn theo văn bản mới",
    "objectives_measured": "Mục tiêu chất lượng đo đủ các kỳ",
    "ca_on_time": "Hành động khắc phục đúng hạn",
    "steering_current": "Ban chỉ đạo ISO được kiện toàn",
    "plan_objectives_issued": "Kế hoạch, mục tiêu chất lượng năm đã ban hành",
}
# A proving record that is a page, not a record type (cycle items).
PAGE_OF = {"plan": "plan", "objectives": "objectives", "risks": "risks", "steering": "steering"}
PAGE_OF |= {"publications": "publications"}


def _tr(text: str) -> str:
    return translate("YearStatus", text)


class YearStatusPanel(QWidget):
    record_requested = Signal(str, int)
    page_requested = Signal(str)
    year_changed = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("yearStatusSplitter")
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.cycle_title = QLabel(left)
        self.cycle_title.setObjectName("panelTitle")
        self.cycle_title.setWordWrap(True)
        top.addWidget(self.cycle_title, 1)
        top.addWidget(QLabel(_tr("Năm:"), left))
        self.year_combo = QComboBox(left)
        self.year_combo.setMinimumWidth(90)
        self.year_combo.currentIndexChanged.connect(self._year_picked)
        top.addWidget(self.year_combo)
        left_layout.addLayout(top)
        self.cycle = QTableWidget(0, 4, left)
        self.cycle.setObjectName("cycleTable")
        self.cycle.setHorizontalHeaderLabels(
            [_tr("Việc trong năm"), _tr("Tình trạng"), _tr("Hạn"), _tr("Ghi chú")]
        )
        self.cycle.verticalHeader().hide()
        self.cycle.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cycle.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.cycle.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 110, 95)):
            self.cycle.setColumnWidth(column, width)
        self.cycle.verticalHeader().setDefaultSectionSize(24)
        self.cycle.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cycle.cellDoubleClicked.connect(lambda row, _c: self._open_cycle(row))
        left_layout.addWidget(self.cycle)
        self.due_title = QLabel(left)
        self.due_title.setObjectName("panelTitle")
        self.due_title.setWordWrap(True)
        left_layout.addWidget(self.due_title)
        self.due = QListWidget(left)
        self.due.setObjectName("dueList")
        self.due.itemDoubleClicked.connect(self._open_due)
        self.due.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.due.setTextElideMode(Qt.TextElideMode.ElideRight)
        left_layout.addWidget(self.due, 1)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.readiness_title = QLabel(right)
        self.readiness_title.setObjectName("panelTitle")
        self.readiness_title.setWordWrap(True)
        right_layout.addWidget(self.readiness_title)
        self.readiness = QListWidget(right)
        self.readiness.setObjectName("readinessList")
        self.readiness.setWordWrap(True)
        right_layout.addWidget(self.readiness, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 440])
        layout.addWidget(splitter, 1)
        self._items: list[CycleItem] = []

    # ---- showing --------------------------------------------------------------------------------
    def set_years(self, years: list[int], selected: int) -> None:
        blocked = self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(set(years) | {selected}, reverse=True):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(selected), 0))
        self.year_combo.blockSignals(blocked)

    def year(self) -> int:
        value = self.year_combo.currentData()
        return int(value) if value is not None else self.services.clock.today().year

    def _year_picked(self, _index: int) -> None:
        self.show_year(self.year(), self.services.clock.today())
        self.year_changed.emit(self.year())

    def show_year(self, year: int, today: date, items: list[CycleItem] | None = None) -> None:
        """The year's checklist; ``items`` when the caller has them already."""
        self._items = items if items is not None else self.services.status.cycle(year, today)
        done = sum(x.state in (CycleState.DONE, CycleState.DONE_LATE) for x in self._items)
        counted = sum(x.state is not CycleState.NOT_APPLICABLE for x in self._items)
        self.cycle_title.setText(_tr("Các việc trong năm {0}: xong {1}/{2}").format(year, done, counted))
        self.cycle.setRowCount(len(self._items))
        for row, x in enumerate(self._items):
            state = _tr(STATE_LABELS[x.state])
            if x.done_on is not None:
                state = _tr("{0} {1}").format(state, fmt_date(x.done_on))
            cells = (_tr(CYCLE_LABELS[x.key]), state, fmt_date(x.due_on), x.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1 and x.state in STATE_COLORS:
                    item.setForeground(QBrush(QColor(STATE_COLORS[x.state])))
                if x.record is not None:
                    item.setToolTip(_tr("Bấm đúp để mở hồ sơ"))
                self.cycle.setItem(row, column, item)
        self.cycle.resizeColumnToContents(1)
        # Every item on screen without scrolling: the rows, the header, the frame.
        rows = sum(self.cycle.rowHeight(r) for r in range(self.cycle.rowCount()))
        self.cycle.setFixedHeight(
            rows + self.cycle.horizontalHeader().height() + 2 * self.cycle.frameWidth() + 2
        )

    def show_due(self, late: list[DueItem], soon: list[DueItem], today: date) -> None:
        self.due_title.setText(_tr("Quá hạn: {0} · sắp đến hạn: {1}").format(len(late), len(soon)))
        self.due.clear()
        for items, color, label in ((late, DANGER, _tr("Quá hạn")), (soon, WARNING, _tr("Sắp đến hạn"))):
            for x in items:
                item = QListWidgetItem(f"{fmt_date(x.due_on)} · {label} · {x.title}")
                item.setForeground(QBrush(QColor(color)))
                item.setData(Qt.ItemDataRole.UserRole, (x.type, x.id))
                item.setToolTip(x.title)
                self.due.addItem(item)
        if not late and not soon:
            self.due.addItem(_tr("Không có việc quá hạn hay sắp đến hạn."))

    def show_readiness(self, criteria: list) -> None:  # type: ignore[type-arg]
        passed = sum(c.passed for c in criteria)
        self.readiness_title.setText(
            _tr("Sẵn sàng kiểm tra: {0}/{1} tiêu chí đạt").format(passed, len(criteria))
        )
        self.readiness.clear()
        for c in criteria:
            mark = "✓" if c.passed else "✗"
            text = f"{mark} {_tr(CRITERIA_LABELS[c.key])}" + (
                f"\n    {c.gap}" if c.gap and not c.passed else ""
            )
            item = QListWidgetItem(text)
            item.setForeground(QBrush(QColor(OK if c.passed else DANGER)))
            self.readiness.addItem(item)

    # ---- opening --------------------------------------------------------------------------------
    def _open_cycle(self, row: int) -> None:
        if not 0 <= row < len(self._items):
            return
        record = self._items[row].record
        if record is None:
            return
        kind, record_id = record
        if kind in PAGE_OF or record_id is None:
            self.page_requested.emit(PAGE_OF.get(kind, kind))
        else:
            self.record_requested.emit(kind, int(record_id))

    def _open_due(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if not value:
            return
        kind, record_id = value
        if kind == "report" and not record_id:
            self.page_requested.emit("reports")
        else:
            self.record_requested.emit(kind, int(record_id))
