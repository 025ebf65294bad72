"""Biểu đồ of one quality objective: the measured values per period against the target line."""

from __future__ import annotations

import math

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.models import Aggregation
from app.services import dto
from app.services.objectives import period_count
from app.ui.formatting import period_label, target_text

VALUE_COLOR = "#1f5fa8"
TARGET_COLOR = "#b3261e"
CUMULATIVE_COLOR = "#6a3d9a"


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def nice_top(high: float) -> float:
    """A round upper bound a little above ``high``."""
    if high <= 0:
        return 1.0
    raw = high * 1.12
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 2.5, 5, 10):
        if raw <= step * magnitude:
            return step * magnitude
    return 10 * magnitude  # pragma: no cover


class ObjectiveChart(QChartView):
    """Line of measured values (only measured periods are plotted), a dashed red target line across
    every period of the year and, for a summed objective, the running total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(280, 200)
        self.values_series: QLineSeries | None = None
        self.target_series: QLineSeries | None = None
        self.cumulative_series: QLineSeries | None = None
        self.category_labels: list[str] = []
        self.y_range: tuple[float, float] = (0.0, 1.0)
        self.show_objective(None)

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10))
        chart.setTitleFont(font)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def show_objective(self, objective: dto.ObjectiveInfo | None) -> None:
        self.values_series = self.target_series = self.cumulative_series = None
        self.category_labels = []
        if objective is None:
            chart = self._new_chart(self.tr("Chọn một mục tiêu để xem biểu đồ"))
            chart.legend().hide()
            return
        chart = self._new_chart(_shorten(objective.statement))
        count = period_count(objective.frequency)
        self.category_labels = [period_label(objective.frequency, p) for p in range(1, count + 1)]
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        for i, label in enumerate(self.category_labels):
            x_axis.append(label, i + 0.5)
        x_axis.setRange(-0.5, count - 0.5)
        x_axis.setStartValue(-0.5)
        x_axis.setGridLineVisible(False)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.4g")

        measured = sorted(objective.measurements, key=lambda m: m.period)
        values = QLineSeries()
        values.setName(self.tr("Kết quả đo"))
        values.setPen(QPen(QColor(VALUE_COLOR), 2.5))
        values.setPointsVisible(True)
        values.setMarkerSize(7)
        for m in measured:
            values.append(QPointF(m.period - 1, m.value))
        target = QLineSeries()
        target.setName(
            self.tr("Chỉ tiêu {0}").format(
                target_text(objective.comparison, objective.target, objective.unit)
            )
        )
        pen = QPen(QColor(TARGET_COLOR), 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        target.setPen(pen)
        target.append(QPointF(-0.5, objective.target))
        target.append(QPointF(count - 0.5, objective.target))
        series = [values, target]
        highs = [objective.target, *(m.value for m in measured)]
        lows = [0.0, objective.target, *(m.value for m in measured)]
        if objective.aggregation is Aggregation.SUM:
            running = QLineSeries()
            running.setName(self.tr("Cộng dồn"))
            running.setPen(QPen(QColor(CUMULATIVE_COLOR), 2))
            running.setPointsVisible(True)
            total = 0.0
            for m in measured:
                total += m.value
                running.append(QPointF(m.period - 1, total))
            highs.append(total)
            series.append(running)
            self.cumulative_series = running
        for s in series:
            chart.addSeries(s)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            s.attachAxis(x_axis)
            s.attachAxis(y_axis)
        high = max(highs)
        top = nice_top(high)
        ticks = 6
        if objective.unit.strip() == "%" and high <= 100:
            # A rate stops at 100 %; leave a little room above values close to it.
            top, ticks = (110.0, 12) if high > 90 else (100.0, 6)
        bottom = min(lows)
        bottom = 0.0 if bottom >= 0 else -nice_top(-bottom)
        if objective.unit.strip() == "%" and top == 110.0:
            # Rates near the target differ by a point or two: zoom to the band that matters.
            low = min([*(m.value for m in measured), objective.target], default=objective.target)
            bottom = max(0.0, float(int(low // 10) * 10 - 10))
            ticks = int((top - bottom) // 5) + 1 if top - bottom <= 40 else int((top - bottom) // 10) + 1
        y_axis.setRange(bottom, top)
        y_axis.setTickCount(ticks)
        if objective.unit:
            y_axis.setTitleText(objective.unit)
        self.y_range = (bottom, top)
        self.values_series = values
        self.target_series = target
