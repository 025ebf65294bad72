"""The home page's charts, where a picture says more than a table: the year's objectives by status,
its corrective actions by status, the TTHC on-time rate by period, and the risk heat map in small."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy import func, select

from app import models as m
from app.bootstrap import Services
from app.services import ca_rules
from app.services.dto import ObjectiveStatus
from app.services.vocabulary import ca_status_label
from app.ui.formatting import fmt_date
from app.ui.theme import ACCENT

translate = QCoreApplication.translate

OBJECTIVE_ORDER = (
    ObjectiveStatus.MET,
    ObjectiveStatus.ON_TRACK,
    ObjectiveStatus.AT_RISK,
    ObjectiveStatus.NOT_MET,
    ObjectiveStatus.NOT_MEASURED,
)


# Short names under the bars (the lists and tooltips say them in full).
OBJECTIVE_SHORT = {
    ObjectiveStatus.MET: "Đạt",
    ObjectiveStatus.ON_TRACK: "Đang đạt",
    ObjectiveStatus.AT_RISK: "Nguy cơ",
    ObjectiveStatus.NOT_MET: "Không đạt",
    ObjectiveStatus.NOT_MEASURED: "Chưa đo",
}
CA_SHORT = {
    "moi": "Mới",
    "dang_phan_tich": "Phân tích",
    "dang_thuc_hien": "Thực hiện",
    "cho_kiem_tra": "Chờ kiểm tra",
    "da_dong": "Đã đóng",
    "huy": "Hủy",
}


def _category_axis(chart: QChart, series: QAbstractSeries, labels: list[str]) -> None:
    """The bottom axis of ``labels``, in a smaller font, never cut short."""
    axis_x = QBarCategoryAxis()
    axis_x.append(labels)
    small = QFont(axis_x.labelsFont())
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
    axis_x.setLabelsFont(small)
    axis_x.setTruncateLabels(False)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setLocalizeNumbers(True)  # "98,7", as the rest of the app writes numbers
    chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().hide()
    return chart


def _view(parent: QWidget) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(260, 190)
    return view


def _bars(view: QChartView, title: str, labels: list[str], values: list[int]) -> None:
    chart = _chart(title)
    bars = QBarSet("")
    bars.setColor(QColor(ACCENT))
    for v in values:
        bars.append(v)
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    _category_axis(chart, series, labels)
    axis_y = QValueAxis()
    top = max(values, default=0) + 1  # whole numbers: one tick per count
    axis_y.setRange(0, top)
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(max(1, round(top / 5)))
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


class StatusCharts(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        grid = QGridLayout()
        self.objectives = _view(self)
        self.actions = _view(self)
        self.tthc = _view(self)
        grid.addWidget(self.objectives, 0, 0)
        grid.addWidget(self.actions, 0, 1)
        grid.addWidget(self.tthc, 1, 0)
        heat_box = QWidget(self)
        heat_layout = QVBoxLayout(heat_box)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        self.heat_title = QLabel(heat_box)
        self.heat_title.setObjectName("panelTitle")
        self.heat_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heat_layout.addWidget(self.heat_title)
        from app.ui.pages.risks import HeatMap

        self.heat_map = HeatMap(heat_box)
        heat_layout.addWidget(self.heat_map, 0, Qt.AlignmentFlag.AlignHCenter)
        heat_layout.addStretch(1)
        grid.addWidget(heat_box, 1, 1)
        layout.addLayout(grid, 1)
        self.objective_counts: list[int] = []
        self.action_counts: list[int] = []
        self.tthc_points: list[tuple[date, float]] = []

    def show_year(self, year: int, today: date) -> None:
        s = self.services
        statuses = [o.status for o in s.objectives.list_objectives(year, on=today)]
        self.objective_counts = [statuses.count(x) for x in OBJECTIVE_ORDER]
        _bars(
            self.objectives,
            translate("StatusCharts", "Mục tiêu chất lượng năm {0}").format(year),
            [translate("StatusCharts", OBJECTIVE_SHORT[x]) for x in OBJECTIVE_ORDER],
            self.objective_counts,
        )
        ca = m.CorrectiveAction
        with s.uow() as uow:
            counted = dict(
                uow.session.execute(
                    select(ca.status, func.count()).where(ca_rules.register_clause(year)).group_by(ca.status)
                ).all()
            )
        order = list(m.CaStatus)
        self.action_counts = [int(counted.get(x, 0)) for x in order]
        _bars(
            self.actions,
            translate("StatusCharts", "Phiếu HĐKP năm {0} theo tình trạng").format(year),
            [translate("StatusCharts", CA_SHORT.get(x.value, ca_status_label(x))) for x in order],
            self.action_counts,
        )
        self._show_tthc(year)
        counts = s.risks.heat_map(today)
        self.heat_map.set_counts(counts, s.risks.settings())
        self.heat_title.setText(
            translate("StatusCharts", "Rủi ro đang theo dõi: {0}").format(sum(map(sum, counts)))
        )

    def _show_tthc(self, year: int) -> None:
        """The on-time rate of each period of the year (the whole agency's rows, else the fields'
        summed), in date order."""
        rows = self.services.tthc_results.rows(year)
        periods: dict[tuple[date, date], list[int]] = {}
        whole = {(r.from_on, r.to_on) for r in rows if not r.field}
        for r in rows:
            key = (r.from_on, r.to_on)
            if key in whole and r.field:
                continue
            total = periods.setdefault(key, [0, 0])
            total[0] += r.early + r.on_time
            total[1] += r.resolved
        self.tthc_points = [(k[1], 100 * a / b) for k, (a, b) in sorted(periods.items()) if b]
        chart = _chart(translate("StatusCharts", "Tỷ lệ giải quyết TTHC đúng hạn năm {0} (%)").format(year))
        series = QLineSeries()
        series.setPointsVisible(True)
        labels = []
        for i, (day, rate) in enumerate(self.tthc_points):
            series.append(QPointF(i, round(rate, 1)))
            # The value under its period, written the Vietnamese way ("98,7 %").
            value = "100" if round(rate, 1) >= 100 else f"{rate:.1f}".replace(".", ",")
            labels.append(f"{fmt_date(day)[:5]}: {value} %")
        chart.addSeries(series)
        _category_axis(chart, series, labels or [translate("StatusCharts", "chưa có số liệu")])
        axis_y = QValueAxis()
        low = min((r for _d, r in self.tthc_points), default=90.0)
        bottom = max(0, min(90, int(low // 2 * 2) - 2))
        axis_y.setRange(bottom, 101)
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(bottom)
        axis_y.setTickInterval(max(1, (100 - bottom) // 5))
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.tthc.chart()
        self.tthc.setChart(chart)
        if old is not None:
            old.deleteLater()
