"""Kết quả giải quyết TTHC: the one-stop system's figures per period (the whole agency and its
fields), typed in or imported from the system's report, with the year's on-time rate."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from app.bootstrap import Services
from app.models import Frequency
from app.services.objectives import period_bounds
from app.services.tthc_results import TthcResultRow, rate_text
from app.services.vocabulary import number_text
from app.ui.dialogs.tthc_result_dialog import TthcResultDialog, TthcResultImportDialog
from app.ui.formatting import fmt_date
from app.ui.pages.base import Shoot, YearPage
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import add_choice, choice, find_choice
from app.ui.widgets.tables import Column, ListPanel

LATE_COLOR = "#b42318"
_ALL = "__all__"


def _span(row: TthcResultRow) -> str:
    """ "01/01 – 31/03/2026" (one year), "15/12/2025 – 14/01/2026"."""
    if row.from_on.year == row.to_on.year:
        return f"{row.from_on:%d/%m} – {fmt_date(row.to_on)}"
    return f"{fmt_date(row.from_on)} – {fmt_date(row.to_on)}"


def _rate(row: TthcResultRow) -> str:
    return rate_text(row.early, row.on_time, row.late)


class TthcResultsPage(YearPage):
    key = "tthc_results"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Kết quả giải quyết TTHC"),
            self.tr(
                "Số liệu giải quyết thủ tục hành chính theo kỳ, theo báo cáo của hệ thống một cửa: toàn cơ quan "
                "và từng lĩnh vực. Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / số đã giải quyết; kỳ có hồ sơ quá "
                "hạn hiện màu đỏ; “còn trong hạn”, “còn quá hạn”: hồ sơ đang giải quyết cuối kỳ."
            ),
            parent,
            tasks=tasks,
        )
        row = self._year_row()
        row.addWidget(QLabel(self.tr("Lĩnh vực:"), self))
        self.field_combo = QComboBox(self)
        self.field_combo.setMinimumWidth(220)
        self.field_combo.currentIndexChanged.connect(lambda _i: self.reload())
        row.addWidget(self.field_combo)
        row.addStretch(1)
        self.import_button = QPushButton(self.tr("Nhập từ tệp của hệ thống một cửa…"), self)
        self.import_button.clicked.connect(self.import_file)
        row.addWidget(self.import_button)
        self.body.addLayout(row)

        self.summary = QLabel(self)
        self.summary.setObjectName("detailText")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)

        self.list = ListPanel(
            "",
            [
                Column(
                    self.tr("Kỳ"),
                    _span,
                    sort=lambda r: (r.from_on, r.to_on),
                    width=140,
                ),
                Column(
                    self.tr("Lĩnh vực"), self._field_text, sort=lambda r: (r.field != "", r.field), width=120
                ),
                self._number(self.tr("Kỳ trước"), "carried_over"),
                self._number(self.tr("Mới nhận"), "received"),
                self._number(self.tr("Trước hạn"), "early"),
                self._number(self.tr("Đúng hạn"), "on_time"),
                self._number(self.tr("Quá hạn"), "late"),
                Column(self.tr("Tỷ lệ"), _rate, sort=lambda r: r.rate or 0, width=72, align_right=True),
                self._number(self.tr("Còn trong hạn"), "pending_in_time", 100),
                self._number(self.tr("Còn quá hạn"), "pending_overdue", 90),
            ],
            self,
            searchable=False,
            add_text=self.tr("Thêm số liệu…"),
            state_key="tthc_results",
        )
        self.list.title.hide()
        self.list.model.color = lambda r: LATE_COLOR if r.late or r.pending_overdue else None
        self.list.set_legend([(LATE_COLOR, self.tr("có hồ sơ giải quyết quá hạn hoặc đang quá hạn"))])
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.list.delete_requested.connect(self.delete)
        self.body.addWidget(self.list, 1)

    def _number(self, header: str, name: str, width: int = 76) -> Column:
        return Column(
            header,
            lambda r: number_text(getattr(r, name)),
            sort=lambda r: getattr(r, name),
            width=width,
            align_right=True,
        )

    def _field_text(self, row: TthcResultRow) -> str:
        return row.field or self.tr("Toàn cơ quan")

    # ---- years and fields ----------------------------------------------------------------------
    def _fill_fields(self) -> None:
        combo = self.field_combo
        current = choice(combo)
        blocked = combo.blockSignals(True)
        combo.clear()
        add_choice(combo, self.tr("Tất cả"), _ALL)
        add_choice(combo, self.tr("Toàn cơ quan"), "")
        for name in self.services.tthc_results.field_names():
            add_choice(combo, name, name)
        combo.setCurrentIndex(max(find_choice(combo, current if current is not None else _ALL), 0))
        combo.blockSignals(blocked)

    def refresh(self) -> None:
        self.fill_years()
        self._fill_fields()
        self.reload()

    def reload(self) -> None:
        year = self.year()
        wanted = choice(self.field_combo)
        field = None if wanted in (None, _ALL) else str(wanted)
        rows = self.services.tthc_results.rows(year, field)
        self.list.set_rows(rows)
        self.list.count_label.setText(self.tr("{0} dòng số liệu").format(len(rows)))
        self.summary.setText(self._summary(year, field or ""))

    def _summary(self, year: int, field: str) -> str:
        service = self.services.tthc_results
        today = self.today()
        until = min(today, date(year, 12, 31))
        who = field or self.tr("toàn cơ quan")
        if year > today.year:
            return self.tr("Năm {0} chưa bắt đầu.").format(year)
        ytd = service.period_figures(date(year, 1, 1), until, field)
        if not ytd.rows:
            return self.tr("Chưa có số liệu của {0} trong năm {1}.").format(who, year)
        quarters = []
        for quarter in range(1, 5):
            start, end = period_bounds(year, Frequency.QUARTER, quarter)
            if start > today:
                break
            figures = service.period_figures(start, end, field)
            if figures.rows:
                quarters.append(
                    self.tr("quý {0}: {1}").format(
                        ("I", "II", "III", "IV")[quarter - 1],
                        rate_text(figures.early, figures.on_time, figures.late),
                    )
                )
        text = self.tr(
            "Lũy kế năm {0} của {1} ({2}): tiếp nhận mới {3}, đã giải quyết {4} hồ sơ, quá hạn {5}; "
            "tỷ lệ đúng hạn, trước hạn {6}."
        ).format(
            year,
            who,
            ytd.covered_text,
            number_text(ytd.received),
            number_text(ytd.resolved),
            number_text(ytd.late),
            rate_text(ytd.early, ytd.on_time, ytd.late),
        )
        if quarters:
            text += " " + self.tr("Theo quý: {0}.").format("; ".join(quarters))
        return text

    # ---- actions -------------------------------------------------------------------------------
    def edit(self, row: TthcResultRow | None) -> None:
        dialog = TthcResultDialog(self.services, row, self)
        if dialog.exec():
            self.refresh()
            new_id = dialog.result_value
            self.list.select_where(lambda r: r.id == new_id)

    def delete(self, row: TthcResultRow) -> None:
        what = self.tr("số liệu {0} từ {1} đến {2}").format(
            self._field_text(row), fmt_date(row.from_on), fmt_date(row.to_on)
        )
        self.delete_record(what, lambda: self.services.tthc_results.delete(row.id))

    def import_file(self) -> Any:
        dialog = TthcResultImportDialog(self.services, self, tasks=self.tasks)
        dialog.exec()
        self.refresh()
        return dialog.result

    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "tthc_result":
            return False
        try:
            row = self.services.tthc_results.get(record_id)
        except Exception:
            return False
        self.select_year(row.to_on.year)
        self.field_combo.setCurrentIndex(max(find_choice(self.field_combo, _ALL), 0))
        return self.list.select_where(lambda r: r.id == record_id)

    def screenshots(self, shoot: Shoot) -> None:
        dialog = TthcResultImportDialog(self.services, self, tasks=self.tasks)
        dialog.show()
        shoot("nhap bao cao mot cua", dialog)
        dialog.close()
