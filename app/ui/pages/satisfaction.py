"""Hài lòng, phản ánh (ISO 9001:2015 §9.1.2): the year's satisfaction surveys with their % satisfied
per survey, per quarter and for the year (pooled counts); and the complaints and feedback received,
their handling and ruling, and the corrective action a well-founded one raises."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.models import Frequency
from app.services import vocabulary
from app.services.errors import DomainError
from app.services.objectives import period_bounds
from app.services.satisfaction import ComplaintRow, SurveyRow
from app.ui import errors as ui_errors
from app.ui.dialogs.satisfaction_dialogs import ComplaintDialog, SurveyDialog, ruling_text
from app.ui.formatting import fmt_date, fmt_number, quarter_label
from app.ui.pages.base import Shoot, YearPage
from app.ui.tasks import TaskRunner
from app.ui.theme import DANGER, WARNING
from app.ui.widgets.tables import MUTED_COLOR, Column, ListPanel

FOUNDED_COLOR = DANGER  # a well-founded complaint
PENDING_COLOR = WARNING  # not resolved yet
_SURVEYS, _COMPLAINTS = 0, 1


def _one_line(text: str) -> str:
    return " ".join(text.split())


class SatisfactionPage(YearPage):
    key = "satisfaction"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Hài lòng, phản ánh"),
            self.tr(
                "Kết quả khảo sát sự hài lòng của người dân, tổ chức (đợt khảo sát tính vào kỳ chứa ngày kết thúc) "
                "và các phản ánh, kiến nghị; phản ánh có căn cứ cần lập phiếu yêu cầu hành động khắc phục."
            ),
            parent,
            tasks=tasks,
        )
        row = self._year_row()
        row.addStretch(1)
        self.body.addLayout(row)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_surveys(), self.tr("Khảo sát sự hài lòng"))
        self.tabs.addTab(self._build_complaints(), self.tr("Phản ánh, kiến nghị"))
        self.body.addWidget(self.tabs, 1)

    def _build_surveys(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        self.summary = QLabel(box)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        def count(name: str, header: str, width: int = 95) -> Column:
            return Column(
                header,
                lambda r: fmt_number(getattr(r, name)),
                sort=lambda r: getattr(r, name),
                width=width,
                align_right=True,
            )

        self.surveys = ListPanel(
            "",
            [
                Column(self.tr("Từ ngày"), lambda r: fmt_date(r.from_on), sort=lambda r: r.from_on, width=95),
                Column(self.tr("Đến ngày"), lambda r: fmt_date(r.to_on), sort=lambda r: r.to_on, width=95),
                Column(self.tr("Hình thức"), lambda r: r.method, width=160),
                count("forms", self.tr("Số phiếu"), 80),
                count("very_satisfied", self.tr("Rất hài lòng")),
                count("satisfied", self.tr("Hài lòng"), 80),
                count("neutral", self.tr("Bình thường")),
                count("dissatisfied", self.tr("Không hài lòng"), 110),
                Column(
                    self.tr("Tỷ lệ hài lòng"),
                    lambda r: r.percent_text,
                    sort=lambda r: r.percent_satisfied,
                    align_right=True,
                ),
            ],
            box,
            searchable=False,
            add_text=self.tr("Thêm đợt khảo sát…"),
            state_key="surveys",
        )
        self.surveys.title.hide()
        self.surveys.add_requested.connect(lambda: self.edit_survey(None))
        self.surveys.edit_requested.connect(self.edit_survey)
        self.surveys.delete_requested.connect(self.delete_survey)
        layout.addWidget(self.surveys, 1)
        return box

    def _summary_html(self, year: int, rows: list[SurveyRow]) -> str:
        figures = self.services.satisfaction.period_figures
        parts = []
        for q in range(1, 5):
            start, end = period_bounds(year, Frequency.QUARTER, q)
            f = figures(start, end)
            value = f.percent_text if f.answered else self.tr("chưa có số liệu")
            parts.append(f"{html.escape(quarter_label(q))}: <b>{html.escape(value)}</b>")
        year_figures = figures(*period_bounds(year, Frequency.YEAR, 1))
        if year_figures.answered:
            total = self.tr("Cả năm {0}: <b>{1}</b> ({2} / {3} ý kiến, {4} đợt khảo sát)").format(
                year,
                html.escape(year_figures.percent_text),
                fmt_number(year_figures.very_satisfied + year_figures.satisfied),
                fmt_number(year_figures.answered),
                vocabulary.count_text(year_figures.surveys),
            )
        elif rows:
            total = self.tr("Cả năm {0}: <b>chưa có số liệu</b> (các đợt chưa có ý kiến đánh giá)").format(
                year
            )
        else:
            total = self.tr(
                "Năm {0} chưa có đợt khảo sát nào. Bấm “Thêm đợt khảo sát…” để ghi kết quả."
            ).format(year)
        return (
            f"{total}<br><span style='color:#555'>{html.escape(self.tr('Tỷ lệ hài lòng theo quý:'))}</span> "
            + " &nbsp;·&nbsp; ".join(parts)
        )

    def edit_survey(self, row: SurveyRow | None) -> None:
        dialog = SurveyDialog(self.services, row, self)
        if dialog.exec():
            saved = dialog.result_value
            if isinstance(saved, int):
                self.show_record("survey", saved)

    def delete_survey(self, row: SurveyRow) -> None:
        self.delete_record(
            self.tr("đợt khảo sát {0} – {1}").format(fmt_date(row.from_on), fmt_date(row.to_on)),
            lambda: self.services.satisfaction.delete_survey(row.id),
        )

    # ---- complaints ----------------------------------------------------------------------------
    def _build_complaints(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("complaintsSplitter")
        self.complaints = ListPanel(
            "",
            [
                Column(
                    self.tr("Ngày tiếp nhận"),
                    lambda r: fmt_date(r.received_on),
                    sort=lambda r: r.received_on,
                    width=110,
                ),
                Column(self.tr("Hình thức"), lambda r: r.channel, width=120),
                Column(self.tr("Nội dung"), lambda r: _one_line(r.content), width=280),
                Column(self.tr("Bộ phận"), lambda r: r.department_name, width=140),
                Column(self.tr("Kết luận"), lambda r: ruling_text(r.ruling), width=110),
                Column(
                    self.tr("Giải quyết xong"),
                    lambda r: fmt_date(r.resolved_on),
                    sort=lambda r: r.resolved_on,
                    width=115,
                ),
                Column(self.tr("Phiếu HĐKP"), lambda r: r.corrective_action_number or ""),
            ],
            splitter,
            add_text=self.tr("Thêm phản ánh…"),
            state_key="complaints",
        )
        self.complaints.title.hide()
        self.complaints.model.color = self._complaint_color
        self.complaints.set_legend(
            [
                (FOUNDED_COLOR, self.tr("có căn cứ, chưa lập phiếu HĐKP")),
                (PENDING_COLOR, self.tr("chưa giải quyết xong")),
            ]
        )
        self.complaints.add_requested.connect(lambda: self.edit_complaint(None))
        self.complaints.edit_requested.connect(self.edit_complaint)
        self.complaints.delete_requested.connect(self.delete_complaint)
        self.complaints.selection_changed.connect(lambda _r: self._show_complaint())
        action = self.complaints.insert_button(self.tr("Lập phiếu HĐKP…"), clicked=self.corrective_action)
        assert isinstance(action, QPushButton)
        self.action_button = action
        splitter.addWidget(self.complaints)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.complaint_text = QLabel(scroll)
        self.complaint_text.setObjectName("detailText")
        self.complaint_text.setWordWrap(True)
        self.complaint_text.setTextFormat(Qt.TextFormat.RichText)
        self.complaint_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.complaint_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.complaint_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        scroll.setWidget(self.complaint_text)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 200])
        return splitter

    @staticmethod
    def _complaint_color(row: ComplaintRow) -> str | None:
        if row.can_raise:
            return FOUNDED_COLOR
        if row.resolved_on is None:
            return PENDING_COLOR
        return None

    def _show_complaint(self) -> None:
        row: ComplaintRow | None = self.complaints.current()
        button = self.action_button
        if row is None:
            self.complaint_text.setText(
                self.tr("Chọn một phản ánh, kiến nghị để xem nội dung, cách xử lý và kết quả.")
                if self.complaints.model.rows
                else self.tr("Năm {0} chưa có phản ánh, kiến nghị nào.").format(self.year())
            )
            button.setText(self.tr("Lập phiếu HĐKP…"))
            button.setEnabled(False)
            return
        self.complaint_text.setText(self._complaint_html(row))
        if row.corrective_action_id is not None:
            button.setText(self.tr("Mở phiếu HĐKP {0}").format(row.corrective_action_number))
            button.setToolTip(self.tr("Mở phiếu yêu cầu hành động khắc phục ở trang Hành động khắc phục"))
            button.setEnabled(True)
            return
        button.setText(self.tr("Lập phiếu HĐKP…"))
        button.setEnabled(row.can_raise)
        button.setToolTip(
            self.tr("Lập phiếu yêu cầu hành động khắc phục cho phản ánh có căn cứ này")
            if row.can_raise
            else self.tr("Chỉ lập phiếu cho phản ánh có kết luận “Đúng” hoặc “Đúng một phần”")
        )

    def _complaint_html(self, r: ComplaintRow) -> str:
        def line(label: str, value: str) -> str:
            if not value.strip():
                value = f'<span style="color:{MUTED_COLOR}">{html.escape(self.tr("(chưa ghi)"))}</span>'
            else:
                value = html.escape(value).replace("\n", "<br>")
            return f"<tr><td style='padding:2px 12px 2px 0; color:#555'>{html.escape(label)}</td><td>{value}</td></tr>"

        ruling = ruling_text(r.ruling)
        if r.well_founded:
            ruling = self.tr("{0} (có căn cứ)").format(ruling)
        rows = [
            line(self.tr("Người phản ánh"), r.sender),
            line(self.tr("Nội dung"), r.content),
            line(self.tr("Xử lý"), r.handling),
            line(self.tr("Kết quả trả lời"), r.result),
            line(self.tr("Kết luận"), ruling),
        ]
        if r.corrective_action_number:
            rows.append(line(self.tr("Phiếu yêu cầu HĐKP"), r.corrective_action_number))
        return "<table>" + "".join(rows) + "</table>"

    def edit_complaint(self, row: ComplaintRow | None) -> None:
        dialog = ComplaintDialog(self.services, row, self)
        if dialog.exec():
            saved = dialog.result_value
            if isinstance(saved, int):
                self.show_record("complaint", saved)

    def delete_complaint(self, row: ComplaintRow) -> None:
        self.delete_record(
            self.tr("phản ánh, kiến nghị ngày {0}").format(fmt_date(row.received_on)),
            lambda: self.services.satisfaction.delete_complaint(row.id),
        )

    def corrective_action(self) -> None:
        row: ComplaintRow | None = self.complaints.current()
        if row is None:
            return
        if row.corrective_action_id is not None:
            self.open_record("corrective_action", row.corrective_action_id)
            return
        if not ui_errors.confirm(
            self,
            self.tr("Lập phiếu yêu cầu hành động khắc phục"),
            self.tr("Lập phiếu yêu cầu hành động khắc phục cho phản ánh “{0}”?").format(
                _one_line(row.content)[:120]
            ),
            self.tr("Lập phiếu"),
        ):
            return
        try:
            ca_id = self.services.satisfaction.raise_corrective_action(row.id)
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
            return
        self.reload()
        self.open_record("corrective_action", ca_id)

    # ---- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        year = self.year()
        surveys = self.services.satisfaction.surveys(year)
        self.surveys.set_rows(surveys)
        self.surveys.count_label.setText(self.tr("{0} đợt khảo sát").format(len(surveys)))
        self.summary.setText(self._summary_html(year, surveys))
        complaints = self.services.satisfaction.complaints(year)
        self.complaints.set_rows(complaints)
        founded = sum(1 for c in complaints if c.well_founded)
        self.complaints.count_label.setText(
            self.tr("{0} phản ánh, có căn cứ: {1}").format(len(complaints), founded)
        )
        self.tabs.setTabText(_SURVEYS, self.tr("Khảo sát sự hài lòng ({0})").format(len(surveys)))
        self.tabs.setTabText(_COMPLAINTS, self.tr("Phản ánh, kiến nghị ({0})").format(len(complaints)))
        self._show_complaint()

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        try:
            if record_type == "survey":
                year, panel, tab = (
                    self.services.satisfaction.get_survey(record_id).to_on.year,
                    self.surveys,
                    _SURVEYS,
                )
            elif record_type == "complaint":
                year = self.services.satisfaction.get_complaint(record_id).received_on.year
                panel, tab = self.complaints, _COMPLAINTS
            else:
                return False
        except DomainError:
            return False
        if year != self.year():
            self.select_year(year)
        else:
            self.reload()
        self.tabs.setCurrentIndex(tab)
        if not panel.select_key(record_id):
            panel.search.clear()
            return panel.select_key(record_id)
        return True

    def screenshots(self, shoot: Shoot) -> None:
        self.tabs.setCurrentIndex(_SURVEYS)
        row = self.surveys.current() or (self.surveys.model.rows[0] if self.surveys.model.rows else None)
        dialog = SurveyDialog(self.services, row, self)
        dialog.show()
        shoot("hop thoai khao sat", dialog)
        dialog.close()
        self.tabs.setCurrentIndex(_COMPLAINTS)
        rows = self.complaints.model.rows
        founded = next((r for r in rows if r.corrective_action_id is not None), rows[0] if rows else None)
        if founded is not None:
            self.complaints.select_key(founded.id)
        shoot("phan anh kien nghi")
        complaint = ComplaintDialog(self.services, founded, self)
        complaint.show()
        shoot("hop thoai phan anh", complaint)
        complaint.close()
        self.tabs.setCurrentIndex(_SURVEYS)
