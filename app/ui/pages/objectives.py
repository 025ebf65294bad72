"""Mục tiêu chất lượng: the year's objectives, their measurements, chart and plan lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.services import dto
from app.services.errors import DomainError
from app.services.indicators import objective_figures
from app.ui import errors as ui_errors
from app.ui.dialogs.objective_dialog import MeasurementDialog, ObjectiveDialog, default_period
from app.ui.dialogs.plan_document_dialog import (
    export_plan_document,
    meta_fields,
    printed_defaults,
    show_printed_defaults,
)
from app.ui.formatting import (
    frequency_label,
    objective_status_color,
    objective_status_label,
    period_label,
    target_text,
    value_with_unit,
)
from app.ui.pages.base import Shoot, YearPage
from app.ui.tasks import TaskRunner
from app.ui.widgets.chart import ObjectiveChart
from app.ui.widgets.forms import RecordDialog
from app.ui.widgets.history import add_history_tab
from app.ui.widgets.tables import Column, ListPanel

AT_RISK_COLOR = "#9a6700"
NOT_MET_COLOR = "#b3261e"


class ColorDelegate(QStyledItemDelegate):
    """Coloured, bold text in one column (the status), the colour chosen per row."""

    def __init__(
        self, color_of: Callable[[QModelIndex | QPersistentModelIndex], str | None], parent: Any
    ) -> None:
        super().__init__(parent)
        self._color_of = color_of

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        color = self._color_of(index)
        if color:
            option.palette.setColor(option.palette.ColorRole.Text, QColor(color))
            option.palette.setColor(option.palette.ColorRole.HighlightedText, QColor(color).lighter(170))
            font = QFont(option.font)
            font.setBold(True)
            option.font = font


class ObjectivesPage(YearPage):
    key = "objectives"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Mục tiêu chất lượng"),
            self.tr(
                "Mục tiêu chất lượng của năm, kế hoạch thực hiện và kết quả đo từng kỳ; tình trạng đạt/không đạt "
                "được tính từ kết quả đo."
            ),
            parent,
            tasks=tasks,
        )
        self._build_toolbar()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("objectivesSplitter")
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.body.addWidget(splitter, 1)
        self._objective: dto.ObjectiveInfo | None = None

    # ---- building ------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        row = self._year_row()
        self.meta_button = QPushButton(self.tr("Số, ngày văn bản…"), self)
        self.meta_button.setToolTip(
            self.tr("Số, ngày ký, căn cứ, người ký và nơi nhận của văn bản mục tiêu chất lượng")
        )
        self.meta_button.clicked.connect(self.edit_meta)
        self.export_button = QPushButton(self.tr("Xuất kế hoạch…"), self)
        self.export_button.setToolTip(
            self.tr("Xuất Mục tiêu chất lượng và Kế hoạch thực hiện mục tiêu của năm (PDF, Word hoặc Excel)")
        )
        self.export_button.clicked.connect(
            lambda: export_plan_document(self, self.services, "objectives", self.year(), self.tasks)
        )
        self.next_year_button = QPushButton(self.tr("Bắt đầu năm sau…"), self)
        self.next_year_button.setToolTip(
            self.tr("Sao chép mục tiêu (không kèm kết quả đo) và kế hoạch năm sang năm kế tiếp")
        )
        self.next_year_button.clicked.connect(self.start_next_year)
        for button in (self.meta_button, self.export_button, self.next_year_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)

    def _build_list(self) -> QWidget:
        self.list = ListPanel(
            "",
            [
                Column(self.tr("STT"), self._position, width=44, align_right=True),
                Column(self.tr("Mục tiêu"), lambda r: " ".join(r.statement.split()), width=300),
                Column(
                    self.tr("Chỉ tiêu"),
                    lambda r: target_text(r.comparison, r.target, r.unit),
                    sort=lambda r: r.target,
                    width=95,
                ),
                Column(self.tr("Tần suất"), lambda r: frequency_label(r.frequency), width=85),
                Column(
                    self.tr("Giá trị hiện tại"),
                    lambda r: value_with_unit(r.value_so_far, r.unit),
                    sort=lambda r: r.value_so_far,
                    width=125,
                    align_right=True,
                ),
                Column(self.tr("Tình trạng"), lambda r: objective_status_label(r.status), width=172),
                Column(self.tr("Bộ phận/người"), self._owner_text),
            ],
            searchable=False,
            add_text=self.tr("Thêm mục tiêu…"),
            state_key="objectives",
        )
        self.list.title.hide()
        self.list.model.color = lambda r: (
            NOT_MET_COLOR
            if r.status is dto.ObjectiveStatus.NOT_MET
            else AT_RISK_COLOR
            if r.status is dto.ObjectiveStatus.AT_RISK
            else None
        )
        self.list.set_legend(
            [
                (NOT_MET_COLOR, objective_status_label(dto.ObjectiveStatus.NOT_MET).lower()),
                (AT_RISK_COLOR, objective_status_label(dto.ObjectiveStatus.AT_RISK).lower()),
            ]
        )
        self.list.view.setItemDelegateForColumn(5, ColorDelegate(self._status_color, self.list.view))
        self.list.add_requested.connect(lambda: self.edit_objective(None))
        self.list.edit_requested.connect(self.edit_objective)
        self.list.delete_requested.connect(self.delete_objective)
        self.list.selection_changed.connect(self._show_detail)
        return self.list

    def _position(self, row: dto.ObjectiveInfo) -> int:
        return next((i + 1 for i, r in enumerate(self.list.model.rows) if r.id == row.id), 0)

    @staticmethod
    def _owner_text(row: dto.ObjectiveInfo) -> str:
        return " – ".join(x for x in (row.department_name, row.owner_name) if x)

    def _status_color(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        if not 0 <= index.row() < self.list.model.rowCount():
            return None
        return objective_status_color(self.list.model.row_at(index.row()).status)

    def _build_detail(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        self.tabs = QTabWidget(box)
        # Kết quả đo
        self.measurements = ListPanel(
            "",
            [
                Column(
                    self.tr("Kỳ"),
                    lambda r: period_label(self._frequency(), r.period),
                    sort=lambda r: r.period,
                    width=140,
                ),
                Column(
                    self.tr("Giá trị"),
                    lambda r: value_with_unit(r.value, self._objective.unit if self._objective else ""),
                    sort=lambda r: r.value,
                    width=110,
                    align_right=True,
                ),
                Column(self.tr("Ghi chú"), lambda r: " ".join(r.note.split()), width=300),
                Column(self.tr("Minh chứng"), lambda r: r.attachment.original_name if r.attachment else ""),
            ],
            self.tabs,
            searchable=False,
            add_text=self.tr("Ghi kết quả…"),
            delete_text=self.tr("Xóa kết quả"),
            state_key="measurements",
        )
        self.measurements.title.hide()
        self.measurements.add_requested.connect(lambda: self.record_measurement(None))
        self.measurements.edit_requested.connect(self.record_measurement)
        self.measurements.delete_requested.connect(self.delete_measurement)
        self.open_evidence_button = QPushButton(self.tr("Mở minh chứng"), self.measurements)
        self.open_evidence_button.clicked.connect(self.open_evidence)
        self.open_evidence_button.setEnabled(False)
        self.measurements.insert_button(self.open_evidence_button)
        self.measurements.selection_changed.connect(
            lambda r: self.open_evidence_button.setEnabled(r is not None and r.attachment is not None)
        )
        self.tabs.addTab(self.measurements, self.tr("Kết quả đo"))
        # Biểu đồ
        self.chart = ObjectiveChart(self.tabs)
        self.tabs.addTab(self.chart, self.tr("Biểu đồ"))
        # Kế hoạch thực hiện
        self.plan_lines = ListPanel(
            "",
            [
                Column(self.tr("Nội dung thực hiện"), lambda r: " ".join(r.action.split()), width=280),
                Column(self.tr("Nguồn lực"), lambda r: " ".join(r.resources.split()), width=130),
                Column(self.tr("Người thực hiện"), lambda r: r.responsible, width=140),
                Column(self.tr("Thời gian"), lambda r: r.due, width=110),
                Column(self.tr("Cách đánh giá"), lambda r: " ".join(r.evaluation.split())),
            ],
            self.tabs,
            searchable=False,
        )
        self.plan_lines.title.hide()
        self.plan_lines.add_button.hide()
        self.plan_lines.delete_button.hide()
        self.plan_lines.edit_button.setText(self.tr("Sửa kế hoạch…"))
        self.plan_lines.edit_button.setToolTip(self.tr("Sửa mục tiêu cùng các dòng kế hoạch thực hiện"))
        self.plan_lines.edit_button.clicked.disconnect()
        self.plan_lines.edit_button.clicked.connect(lambda: self.edit_objective(self._objective))
        self.plan_lines.edit_requested.connect(lambda _r: self.edit_objective(self._objective))
        self.tabs.addTab(self.plan_lines, self.tr("Kế hoạch thực hiện"))
        self.history = add_history_tab(self.tabs, self.services, "objective", follow=self.list)
        layout.addWidget(self.tabs, 1)
        return box

    def _frequency(self) -> Any:
        return self._objective.frequency if self._objective else None

    # ---- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        rows = self.services.objectives.list_objectives(self.year(), on=self.today())
        self.list.set_rows(rows)
        if self.list.current() is None and rows:
            self.list.select_where(lambda r: r.id == rows[0].id)
        self.list.count_label.setText(self._summary(rows))
        self._show_detail(self.list.current())

    def _summary(self, rows: list[dto.ObjectiveInfo]) -> str:
        if not rows:
            return self.tr("Năm {0} chưa có mục tiêu").format(self.year())
        figures = objective_figures(self.year(), rows)
        return self.tr("{0} mục tiêu: đạt {1}, chưa đạt {2}").format(figures.total, figures.good, figures.bad)

    def _show_detail(self, row: dto.ObjectiveInfo | None) -> None:
        self._objective = row
        has = row is not None
        self.tabs.setEnabled(has)
        if row is None:
            self.detail_title.setText(self.tr("Chọn một mục tiêu để xem kết quả đo và kế hoạch thực hiện."))
            self.measurements.set_rows([])
            self.plan_lines.set_rows([])
            self.chart.show_objective(None)
            self.open_evidence_button.setEnabled(False)
            return
        self.detail_title.setText(
            self.tr("{0} — chỉ tiêu {1}, {2}").format(
                " ".join(row.statement.split()),
                target_text(row.comparison, row.target, row.unit),
                frequency_label(row.frequency).lower(),
            )
        )
        self.measurements.set_rows(sorted(row.measurements, key=lambda m: m.period), keep=lambda m: m.period)
        current = self.measurements.current()
        self.open_evidence_button.setEnabled(current is not None and current.attachment is not None)
        self.plan_lines.set_rows(list(row.plan_lines), keep=lambda p: p.action)
        self.plan_lines.edit_button.setEnabled(True)
        self.chart.show_objective(row)

    # ---- objectives ----------------------------------------------------------------------------
    def edit_objective(self, row: dto.ObjectiveInfo | None) -> None:
        dialog = ObjectiveDialog(self.services, self.year(), row, self)
        if dialog.exec():
            saved = dialog.result_value
            self.reload()
            if isinstance(saved, dto.ObjectiveInfo):
                self.list.select_where(lambda r: r.id == saved.id)

    def delete_objective(self, row: dto.ObjectiveInfo) -> None:
        self.delete_record(
            self.tr("mục tiêu “{0}” cùng các kết quả đo").format(" ".join(row.statement.split())[:80]),
            lambda: self.services.objectives.delete_objective(row.id),
        )

    # ---- measurements --------------------------------------------------------------------------
    def record_measurement(self, measurement: dto.MeasurementInfo | None) -> None:
        objective = self._objective
        if objective is None:
            return
        period = measurement.period if measurement else default_period(objective, self.today())
        dialog = MeasurementDialog(self.services, objective, period, self)
        if dialog.exec():
            self.reload()

    def delete_measurement(self, measurement: dto.MeasurementInfo) -> None:
        objective = self._objective
        if objective is None:
            return
        self.delete_record(
            self.tr("kết quả đo kỳ {0}").format(period_label(objective.frequency, measurement.period)),
            lambda: self.services.objectives.delete_measurement(objective.id, measurement.period),
        )

    def open_evidence(self) -> None:
        measurement = self.measurements.current()
        if measurement is None or measurement.attachment is None:
            return
        try:
            path = self.services.attachments.viewing_copy(measurement.attachment.id)
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ---- the year's document -------------------------------------------------------------------
    def edit_meta(self) -> RecordDialog:
        """Number, date, legal bases, signing and recipients of the year's objectives plan; an empty
        field shows what prints in its place."""
        year = self.year()
        dialog = RecordDialog(
            self.tr("Văn bản mục tiêu chất lượng năm {0}").format(year),
            meta_fields(),
            lambda values: self.services.objectives.save_meta(year, dto.DocumentMeta(**values)),
            self,
            values=self.services.objectives.get_meta(year),
            width=640,
        )
        show_printed_defaults(dialog.form, printed_defaults(self.services, "objectives", year))
        if dialog.exec():
            self.refresh()
        return dialog

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "objective":
            return False
        if not self.list.select_where(lambda r: r.id == record_id):
            try:
                year = self.services.objectives.get_objective(record_id).year
            except DomainError:
                return False
            self.select_year(year)
            return self.list.select_where(lambda r: r.id == record_id)
        return True

    def screenshots(self, shoot: Shoot) -> None:
        """A measured objective selected: its results, its chart, its plan lines, its dialogs."""
        rows = self.list.model.rows
        measured = next((r for r in rows if len(r.measurements) > 1), None) or next(
            (r for r in rows if r.measurements), None
        )
        if measured is None:
            return
        self.list.select_where(lambda r: r.id == measured.id)
        shoot("ket qua do")
        self.tabs.setCurrentIndex(1)
        shoot("bieu do")
        self.tabs.setCurrentIndex(2)
        shoot("ke hoach thuc hien")
        self.tabs.setCurrentIndex(0)
        dialog = ObjectiveDialog(self.services, self.year(), measured, self)
        dialog.show()
        shoot("hop thoai muc tieu chat luong", dialog)
        dialog.close()
        measure = MeasurementDialog(self.services, measured, default_period(measured, self.today()), self)
        measure.show()
        shoot("hop thoai ghi ket qua do", measure)
        measure.close()
