"""Báo cáo định kỳ: the year's 6-month and annual reports on applying, maintaining and improving the
QMS, as stored records. For the selected one: its period and cut-off, what it says (number, date,
Kính gửi, the request it answers, recipients, signer) and its figures, each with where it came from;
a double click on a figure lists the records behind it, and the chosen one opens on its own page.
A draft is refreshed on demand, signed (number and date), then recorded as sent; a correction is a
copy saved as a new draft."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.models import FindingType, ReportKind, ReportStatus
from app.services.errors import DomainError
from app.services.reports import ReportDetail
from app.services.vocabulary import finding_type_label, report_kind_label, report_status_label
from app.ui import errors as ui_errors
from app.ui.dialogs.export_dialog import export_file, suggested_name
from app.ui.dialogs.pick_dialog import FigureRecordsMixin
from app.ui.dialogs.report_dialogs import ReportDialog, SendDialog, SignDialog
from app.ui.formatting import fmt_date
from app.ui.pages.base import Shoot, YearPage
from app.ui.tasks import TaskRunner
from app.ui.widgets.history import add_history_tab
from app.ui.widgets.report_sections import ReportSectionsEditor
from app.ui.widgets.tables import MUTED_COLOR, Column, ListPanel

Figures = dict[str, Any]


def _n(f: Figures, key: str) -> int:
    value = f.get(key)
    return int(value) if isinstance(value, (int, float)) else 0


def _pct(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("ReportsPage", "chưa có số liệu")
    return f"{float(value):.1f}".replace(".", ",").removesuffix(",0") + " %"


@dataclass(frozen=True)
class FigureLine:
    """One line of the figures: what it counts, its value from the stored figures, where it comes
    from, and the key of the records behind it (``figure_records``), if any."""

    label: str
    value: Callable[[Figures], str]
    source: str
    key: str | None = None


def _other_findings(f: Figures) -> str:
    """Observations, opportunities for improvement, recommendations: "điểm lưu ý 3, …"."""
    by_type = f.get("findings_by_type") or {}
    kinds = (FindingType.OBSERVATION, FindingType.OFI, FindingType.RECOMMENDATION)
    return ", ".join(
        f"{QCoreApplication.translate('Labels', finding_type_label(k)).lower()} {int(by_type.get(k.value, 0))}"
        for k in kinds
    )


def figure_groups() -> list[tuple[str, list[FigureLine]]]:
    tr = lambda text: QCoreApplication.translate("ReportsPage", text)  # noqa: E731
    n = lambda key: lambda f: str(_n(f, key))  # noqa: E731
    return [
        (
            tr("Tài liệu, quy trình"),
            [
                FigureLine(
                    tr("TTHC thuộc thẩm quyền giải quyết"),
                    n("tthc_in_jurisdiction"),
                    tr("Danh mục TTHC, khi lập báo cáo"),
                    "tthc_in_jurisdiction",
                ),
                FigureLine(
                    tr("TTHC đã có quy trình đang hiệu lực"),
                    n("tthc_covered"),
                    tr("Danh mục TTHC, tài liệu; tại ngày chốt"),
                ),
                FigureLine(
                    tr("Quy trình nội bộ đang hiệu lực"),
                    n("internal_procedures"),
                    tr("Tài liệu nội bộ, tại ngày chốt"),
                    "internal_procedures",
                ),
                FigureLine(
                    tr("Quy trình ban hành mới"),
                    n("procedures_new"),
                    tr("Lần ban hành 01 hiệu lực trong kỳ"),
                    "procedures_new",
                ),
                FigureLine(
                    tr("Quy trình sửa đổi, bổ sung"),
                    n("procedures_amended"),
                    tr("Lần ban hành từ 02 hiệu lực trong kỳ"),
                    "procedures_amended",
                ),
                FigureLine(
                    tr("Văn bản pháp lý là căn cứ sửa đổi quy trình"),
                    n("procedures_legal"),
                    tr("Việc cập nhật đóng bằng các lần trên"),
                    "procedures_legal",
                ),
                FigureLine(
                    tr("Quy trình hết hiệu lực"),
                    lambda f: (
                        str(_n(f, "procedures_obsoleted"))
                        + (
                            tr(" (ngoài ra {0} quy trình hết hiệu lực chưa ghi ngày)").format(
                                _n(f, "procedures_obsolete_undated")
                            )
                            if _n(f, "procedures_obsolete_undated")
                            else ""
                        )
                    ),
                    tr("Ngày hết hiệu lực trong kỳ"),
                    "procedures_obsoleted",
                ),
                FigureLine(
                    tr("Văn bản pháp lý liên quan có hiệu lực"),
                    n("legal_effective"),
                    tr("Ngày hiệu lực trong kỳ"),
                    "legal_effective",
                ),
                FigureLine(
                    tr("Việc cập nhật quy trình quá hạn"),
                    n("updates_overdue"),
                    tr("Việc cần cập nhật, tại ngày chốt"),
                ),
            ],
        ),
        (
            tr("Chính sách, mục tiêu, kế hoạch"),
            [
                FigureLine(
                    tr("Chính sách chất lượng ban hành"), n("policy_issued"), tr("Phạm vi và chính sách")
                ),
                FigureLine(
                    tr("Quyết định ban hành mục tiêu chất lượng"),
                    n("objectives_issued"),
                    tr("Mục tiêu chất lượng"),
                ),
                FigureLine(tr("Kế hoạch duy trì, cải tiến ban hành"), n("plan_issued"), tr("Kế hoạch năm")),
                FigureLine(
                    tr("Mục tiêu chất lượng của năm"),
                    lambda f: tr("{0}: đạt {1}, không đạt {2}").format(
                        _n(f, "objectives_total"), _n(f, "objectives_met"), _n(f, "objectives_not_met")
                    ),
                    tr("Kết quả đo, tại ngày chốt"),
                    "objectives",
                ),
                FigureLine(
                    tr("Mục tiêu chưa kết thúc kỳ đo"),
                    lambda f: tr("đúng tiến độ {0}, có nguy cơ không đạt {1}, chưa đo {2}").format(
                        _n(f, "objectives_on_track"),
                        _n(f, "objectives_at_risk"),
                        _n(f, "objectives_not_measured"),
                    ),
                    tr("Kết quả đo, tại ngày chốt"),
                    "objectives",
                ),
                FigureLine(
                    tr("Nhiệm vụ kế hoạch hoàn thành"),
                    lambda f: (
                        tr("{0}/{1}").format(_n(f, "plan_tasks_done"), _n(f, "plan_tasks_total"))
                        if f.get("plan_exists", True)
                        else tr("chưa có kế hoạch")
                    ),
                    tr("Kế hoạch năm, tại ngày chốt"),
                ),
            ],
        ),
        (
            tr("Đánh giá, kiểm tra, khắc phục, xem xét"),
            [
                FigureLine(
                    tr("Cuộc đánh giá nội bộ"), n("audits_held"), tr("Ngày kết thúc trong kỳ"), "audits"
                ),
                FigureLine(
                    tr("Phát hiện không phù hợp (nặng / nhẹ)"),
                    lambda f: tr("{0} / {1}").format(
                        (f.get("findings_by_type") or {}).get("nc_major", 0),
                        (f.get("findings_by_type") or {}).get("nc_minor", 0),
                    ),
                    tr("Đánh giá, kiểm tra trong kỳ"),
                    "findings",
                ),
                FigureLine(
                    tr("Phát hiện khác"), _other_findings, tr("Đánh giá, kiểm tra trong kỳ"), "findings"
                ),
                FigureLine(
                    tr("Cuộc kiểm tra của cấp trên"),
                    lambda f: tr("{0}; kiến nghị đã khắc phục {1}, chưa khắc phục {2}").format(
                        _n(f, "inspections"), _n(f, "recommendations_closed"), _n(f, "recommendations_open")
                    ),
                    tr("Ngày kiểm tra trong kỳ"),
                    "inspections",
                ),
                FigureLine(tr("Phiếu HĐKP mở"), n("ca_opened"), tr("Ngày lập trong kỳ"), "ca_opened"),
                FigureLine(tr("Phiếu HĐKP đóng"), n("ca_closed"), tr("Ngày đóng trong kỳ"), "ca_closed"),
                FigureLine(
                    tr("Phiếu HĐKP quá hạn"),
                    n("ca_overdue"),
                    tr("Chưa đóng, quá hạn tại ngày chốt"),
                    "ca_overdue",
                ),
                FigureLine(
                    tr("Cuộc họp xem xét của lãnh đạo"),
                    lambda f: tr("{0} (quyết định: {1})").format(
                        _n(f, "reviews_held"), _n(f, "review_decisions")
                    ),
                    tr("Ngày họp trong kỳ"),
                    "reviews",
                ),
                FigureLine(
                    tr("Quyết định công bố, công bố lại HTQLCL"),
                    n("publications"),
                    tr("Ngày ký trong kỳ"),
                ),
            ],
        ),
        (
            tr("Kết quả phục vụ tổ chức, cá nhân"),
            [
                FigureLine(
                    tr("Mức độ hài lòng"),
                    lambda f: tr("{0} ({1} đợt khảo sát, {2} phiếu trả lời)").format(
                        _pct(f.get("satisfaction_percent")),
                        _n(f, "satisfaction_surveys"),
                        _n(f, "satisfaction_answered"),
                    ),
                    tr("Kết thúc trong kỳ, cộng gộp"),
                    "satisfaction",
                ),
                FigureLine(
                    tr("Phản ánh, kiến nghị"),
                    lambda f: tr("tiếp nhận {0}, có cơ sở {1}, đã giải quyết {2}").format(
                        _n(f, "complaints_received"),
                        _n(f, "complaints_well_founded"),
                        _n(f, "complaints_resolved"),
                    ),
                    tr("Ngày tiếp nhận trong kỳ"),
                    "complaints",
                ),
                FigureLine(
                    tr("Hồ sơ TTHC"),
                    lambda f: tr("tiếp nhận {0}, đúng hạn {1}, trễ hạn {2}; tỷ lệ đúng hạn {3}").format(
                        _n(f, "tthc_received"),
                        _n(f, "tthc_on_time"),
                        _n(f, "tthc_late"),
                        _pct(f.get("tthc_on_time_percent")),
                    ),
                    tr("Các kỳ nằm trọn trong kỳ báo cáo"),
                    "tthc",
                ),
                FigureLine(
                    tr("Đào tạo, tập huấn"),
                    lambda f: tr("{0} lớp, {1} lượt người").format(
                        _n(f, "training_sessions"), _n(f, "training_attendees")
                    ),
                    tr("Ngày tổ chức trong kỳ"),
                    "training",
                ),
            ],
        ),
    ]


class ReportsPage(FigureRecordsMixin, YearPage):
    key = "reports"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Báo cáo định kỳ"),
            self.tr(
                "Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL gửi cấp trên (6 tháng và năm): số liệu "
                "lấy từ hồ sơ đến ngày chốt, dự thảo → đã ký → đã gửi."
            ),
            parent,
            tasks=tasks,
        )
        self._detail: ReportDetail | None = None
        row = self._year_row()
        row.addStretch(1)
        self.compose_h1 = QPushButton(self.tr("Lập báo cáo 6 tháng"), self)
        self.compose_h1.clicked.connect(lambda: self.compose(ReportKind.H1))
        self.compose_year = QPushButton(self.tr("Lập báo cáo năm"), self)
        self.compose_year.clicked.connect(lambda: self.compose(ReportKind.YEAR))
        row.addWidget(self.compose_h1)
        row.addWidget(self.compose_year)
        self.body.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("reportsSplitter")
        self.list = ListPanel(
            "",
            [
                Column(self.tr("Báo cáo"), lambda r: self._kind_text(r.kind), width=150),
                Column(
                    self.tr("Kỳ báo cáo"),
                    lambda r: self.tr("{0} – {1}").format(fmt_date(r.period_start), fmt_date(r.period_end)),
                    sort=lambda r: r.period_start,
                    width=200,
                ),
                Column(
                    self.tr("Chốt số liệu"), lambda r: fmt_date(r.cutoff), sort=lambda r: r.cutoff, width=110
                ),
                Column(self.tr("Số"), lambda r: r.number, width=130),
                Column(
                    self.tr("Ngày"), lambda r: fmt_date(r.report_on), sort=lambda r: r.report_on, width=100
                ),
                Column(self.tr("Tình trạng"), self._status_text, width=200),
                Column(self.tr("Ngày gửi"), lambda r: fmt_date(r.sent_on), sort=lambda r: r.sent_on),
            ],
            splitter,
            searchable=False,
            add_text=self.tr("Lập bản sửa đổi"),
            state_key="reports",
        )
        self.list.title.hide()
        self.list.add_button.setToolTip(
            self.tr("Sao báo cáo đã ký hoặc đã gửi thành một bản dự thảo mới để sửa và ký lại")
        )
        self.list.add_requested.connect(self.correct)
        self.list.edit_requested.connect(lambda _r: self.edit())
        self.list.delete_requested.connect(self.delete)
        self.list.selection_changed.connect(self._selected)
        self.list.model.muted = lambda r: r.status is not ReportStatus.DRAFT and self._superseded(r)
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([130, 540])
        self.body.addWidget(splitter, 1)

    # ---- texts ---------------------------------------------------------------------------------
    def _kind_text(self, kind: ReportKind) -> str:
        return QCoreApplication.translate("Labels", report_kind_label(kind))

    def _status_text(self, r: ReportDetail) -> str:
        text = QCoreApplication.translate("Labels", report_status_label(r.status))
        if r.status is ReportStatus.SIGNED and r.signed_on:
            text = self.tr("{0} ngày {1}").format(text, fmt_date(r.signed_on))
        if r.corrects_id is not None:
            text = self.tr("{0} (bản sửa đổi)").format(text)
        if self._superseded(r):
            text = self.tr("{0}, đã có bản sửa đổi").format(text)
        return text

    def _superseded(self, r: ReportDetail) -> bool:
        return any(x.corrects_id == r.id for x in self.list.model.rows)

    # ---- layout --------------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        top.addWidget(self.detail_title, 1)
        self.edit_button = QPushButton(self.tr("Sửa thông tin…"), box)
        self.edit_button.setToolTip(
            self.tr("Số, ngày, ngày chốt số liệu, Kính gửi, văn bản yêu cầu, nơi nhận, người ký")
        )
        self.edit_button.clicked.connect(self.edit)
        self.refresh_button = QPushButton(self.tr("Cập nhật số liệu"), box)
        self.refresh_button.setToolTip(self.tr("Lấy lại số liệu từ hồ sơ đến ngày chốt (chỉ bản dự thảo)"))
        self.refresh_button.clicked.connect(self.refresh_figures)
        self.sign_button = QPushButton(self.tr("Ký…"), box)
        self.sign_button.setToolTip(self.tr("Ghi số, ngày ký; báo cáo đã ký không sửa được nữa"))
        self.sign_button.clicked.connect(self.sign)
        self.send_button = QPushButton(self.tr("Đã gửi…"), box)
        self.send_button.setToolTip(self.tr("Ghi ngày gửi báo cáo đã ký lên cấp trên"))
        self.send_button.clicked.connect(self.send)
        self.export_button = QPushButton(self.tr("Xuất báo cáo…"), box)
        self.export_button.setToolTip(
            self.tr(
                "Lưu báo cáo ra tệp PDF (để ký), Word (để sửa), Excel (kèm các danh sách chi tiết) hoặc JSON"
            )
        )
        self.export_button.clicked.connect(self.export_report)
        self.print_button = QPushButton(self.tr("Xem trước, in…"), box)
        self.print_button.setToolTip(self.tr("Xem các trang của bản PDF và in ra giấy A4"))
        self.print_button.clicked.connect(self.print_report)
        for button in (
            self.edit_button,
            self.refresh_button,
            self.sign_button,
            self.send_button,
            self.export_button,
            self.print_button,
        ):
            top.addWidget(button)
        layout.addLayout(top)
        self.tabs = QTabWidget(box)
        self.figures = QTreeWidget(box)
        self.figures.setObjectName("reportFigures")
        self.figures.setColumnCount(3)
        self.figures.setHeaderLabels([self.tr("Nội dung"), self.tr("Số liệu"), self.tr("Nguồn số liệu")])
        self.figures.setRootIsDecorated(False)
        self.figures.setAlternatingRowColors(True)
        self.figures.setWordWrap(True)
        header = self.figures.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.figures.setColumnWidth(0, 330)
        self.figures.setColumnWidth(1, 470)
        self.figures.itemDoubleClicked.connect(lambda item, _c: self._open_item(item))
        self.figures_hint = QLabel(box)
        self.figures_hint.setObjectName("fieldHelp")
        self.figures_hint.setWordWrap(True)
        figures_box = QWidget(box)
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.setContentsMargins(0, 4, 0, 0)
        figures_layout.addWidget(self.figures_hint)
        figures_layout.addWidget(self.figures, 1)
        self.tabs.addTab(figures_box, self.tr("Số liệu"))
        self.info_text = QLabel(box)
        self.info_text.setObjectName("detailText")
        self.info_text.setWordWrap(True)
        self.info_text.setTextFormat(Qt.TextFormat.RichText)
        self.info_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.info_text)
        self.tabs.addTab(scroll, self.tr("Thông tin báo cáo"))
        self.sections = ReportSectionsEditor(self.services, box)
        self.sections.changed.connect(self._sections_changed)
        self.tabs.addTab(self.sections, self.tr("Nội dung báo cáo"))
        self.history = add_history_tab(self.tabs, self.services, "report", follow=self.list)
        layout.addWidget(self.tabs, 1)
        return box

    # ---- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        year = self.year()
        rows = self.services.reports.list_reports(year)
        current = self.list.current()
        self.list.set_rows(rows)
        if not (current is not None and self.list.select_where(lambda r: r.id == current.id)) and rows:
            self.list.select_where(lambda r: r.id == rows[-1].id)
        self.list.count_label.setText(self.tr("{0} báo cáo").format(len(rows)))
        required = self.services.reports.six_month_required()
        self.compose_h1.setVisible(required)
        for button, kind in ((self.compose_h1, ReportKind.H1), (self.compose_year, ReportKind.YEAR)):
            has_draft = any(r.kind is kind and r.status is ReportStatus.DRAFT for r in rows)
            stored = any(r.kind is kind for r in rows)
            button.setEnabled(not stored or has_draft)
            button.setText(
                (
                    self.tr("Cập nhật dự thảo 6 tháng")
                    if kind is ReportKind.H1
                    else self.tr("Cập nhật dự thảo năm")
                )
                if has_draft
                else (self.tr("Lập báo cáo 6 tháng") if kind is ReportKind.H1 else self.tr("Lập báo cáo năm"))
            )
            button.setToolTip(
                self.tr("Báo cáo đã ký: muốn sửa, chọn báo cáo rồi bấm “Lập bản sửa đổi”.")
                if stored and not has_draft
                else self.tr("Lập bản dự thảo với số liệu lấy từ hồ sơ (hoặc cập nhật bản dự thảo đang có)")
            )
        self._show(self.list.current())

    def _selected(self, row: ReportDetail | None) -> None:
        if row is None or self._detail is None or self._detail.id != row.id:
            self._show(row)

    def _show(self, row: ReportDetail | None) -> None:
        d = self.services.reports.get(row.id) if row is not None else None
        self._detail = d
        draft = d is not None and d.status is ReportStatus.DRAFT
        self.edit_button.setEnabled(draft)
        self.refresh_button.setEnabled(draft)
        self.sign_button.setEnabled(draft)
        self.send_button.setEnabled(d is not None and d.status is ReportStatus.SIGNED)
        self.export_button.setEnabled(d is not None)
        self.print_button.setEnabled(d is not None)
        self.list.add_button.setEnabled(
            d is not None
            and not draft
            and not any(r.kind is d.kind and r.status is ReportStatus.DRAFT for r in self.list.model.rows)
        )
        self.list.edit_button.setEnabled(draft)
        self.list.delete_button.setEnabled(draft)
        self.tabs.setEnabled(d is not None)
        self.figures.clear()
        if d is None:
            self.detail_title.setText(
                self.tr("Chưa có báo cáo nào của năm {0}. Bấm “Lập báo cáo …” để lập bản dự thảo.").format(
                    self.year()
                )
            )
            self.info_text.clear()
            self.figures_hint.clear()
            self.sections.show_report(None)
            return
        status = QCoreApplication.translate("Labels", report_status_label(d.status)).lower()
        self.detail_title.setText(
            self.tr("{0} — {1}").format(d.title, status)
            + (self.tr(" ngày {0}").format(fmt_date(d.sent_on)) if d.sent_on else "")
        )
        self.figures_hint.setText(
            self.tr(
                "Số liệu từ {0} đến {1} (ngày chốt), lấy từ hồ sơ ngày {2}{3}. Bấm đúp một dòng có dấu ▸ để xem "
                "các hồ sơ của số liệu đó."
            ).format(
                fmt_date(d.period_start),
                fmt_date(d.cutoff),
                fmt_date(d.composed_on),
                self.tr(" và đã chốt khi ký") if d.read_only else "",
            )
        )
        for title, lines in figure_groups():
            group = QTreeWidgetItem(self.figures, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for line in lines:
                label = f"▸ {line.label}" if line.key else f"   {line.label}"
                item = QTreeWidgetItem(group, [label, line.value(d.figures), line.source])
                item.setData(0, Qt.ItemDataRole.UserRole, line.key)
                item.setToolTip(0, self.tr("Bấm đúp để xem các hồ sơ") if line.key else line.label)
                item.setToolTip(1, item.text(1))
                item.setToolTip(2, line.source)
            group.setExpanded(True)
        self.info_text.setText(self._info_html(d))
        self.sections.show_report(d, self.sections.current_key())

    def _info_html(self, d: ReportDetail) -> str:
        empty = self.tr("(chưa ghi)")
        frame = d.frame

        def value(text: str, fallback: str = "") -> str:
            shown = text.strip() or fallback.strip()
            if not shown:
                return f'<span style="color:{MUTED_COLOR}">{html.escape(empty)}</span>'
            own = html.escape(shown).replace("\n", "<br>")
            if not text.strip():
                own += f' <span style="color:{MUTED_COLOR}">{html.escape(self.tr("(mặc định của cơ quan)"))}</span>'
            return own

        def line(label: str, content: str) -> str:
            return (
                f"<tr><td style='padding:2px 12px 2px 0; color:#555; vertical-align:top'>{html.escape(label)}</td>"
                f"<td>{content}</td></tr>"
            )

        rows = [
            line(self.tr("Cơ quan báo cáo"), value(frame.get("issuer", ""))),
            line(
                self.tr("Kỳ báo cáo"),
                html.escape(
                    self.tr("từ {0} đến {1}").format(fmt_date(d.period_start), fmt_date(d.period_end))
                ),
            ),
            line(
                self.tr("Chốt số liệu đến"),
                html.escape(fmt_date(d.cutoff))
                + (
                    f' <span style="color:{MUTED_COLOR}">'
                    + html.escape(self.tr("(đặt tay)") if d.cutoff_edited else self.tr("(tự động)"))
                    + "</span>"
                ),
            ),
            line(self.tr("Số"), value(d.number)),
            line(self.tr("Ngày báo cáo"), value(fmt_date(d.report_on))),
            line(self.tr("Kính gửi"), value(d.addressee, "\n".join(frame.get("addressees") or []))),
            line(self.tr("Thực hiện văn bản"), value(d.request_ref)),
            line(self.tr("Nơi nhận"), value(d.recipients, "\n".join(frame.get("recipients") or []))),
            line(
                self.tr("Người ký"),
                value(
                    "\n".join(x for x in (d.signing_lines, d.signer_name) if x.strip()),
                    "\n".join([*(frame.get("signing_lines") or []), frame.get("signer_name", "")]),
                ),
            ),
            line(self.tr("Ngày ký"), value(fmt_date(d.signed_on))),
            line(self.tr("Ngày gửi"), value(fmt_date(d.sent_on))),
            line(self.tr("Ghi chú"), value(d.note)),
        ]
        return "<table>" + "".join(rows) + "</table>"

    def _sections_changed(self) -> None:
        if self._detail is not None:
            self._detail = self.services.reports.get(self._detail.id)

    # ---- the records behind a figure ----------------------------------------------------------------
    def _open_item(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(key, str) and key:
            self.show_figure_records(key)

    def _figure_lines(self, key: str) -> tuple[list[Any], date, date, str] | None:
        d = self._detail
        if d is None:
            return None
        frozen = (
            self.tr("Danh sách theo hồ sơ hiện nay; số liệu của báo cáo đã chốt khi ký.")
            if d.read_only
            else ""
        )
        return self.services.reports.figure_records(d.id, key), d.period_start, d.cutoff, frozen

    # ---- actions -------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
            return False
        return True

    def compose(self, kind: ReportKind) -> None:
        year = self.year()
        result: list[int] = []
        if self._run(lambda: result.append(self.services.reports.compose(kind, year))):
            self.reload()
            self.select(result[0])

    def refresh_figures(self) -> None:
        d = self._detail
        if d is not None and self._run(lambda: self.services.reports.refresh(d.id)):
            self._reselect(d.id)

    def edit(self) -> None:
        d = self._detail
        if d is not None and d.status is ReportStatus.DRAFT and ReportDialog(self.services, d, self).exec():
            self._reselect(d.id)

    def sign(self) -> None:
        d = self._detail
        if d is not None and SignDialog(self.services, d, self).exec():
            self._reselect(d.id)

    def send(self) -> None:
        d = self._detail
        if d is not None and SendDialog(self.services, d, self).exec():
            self._reselect(d.id)

    def correct(self) -> None:
        d = self._detail
        if d is None:
            return
        if not ui_errors.confirm(
            self,
            self.tr("Lập bản sửa đổi"),
            self.tr(
                "Lập một bản dự thảo mới từ {0} (số {1})? Báo cáo đã ký được giữ nguyên làm hồ sơ; bản sửa đổi "
                "lấy lại số liệu từ hồ sơ và được ký lại."
            ).format(d.title.lower(), d.number or "—"),
            self.tr("Lập bản sửa đổi"),
        ):
            return
        result: list[int] = []
        if self._run(lambda: result.append(self.services.reports.correct(d.id))):
            self._reselect(result[0])

    def delete(self, row: ReportDetail) -> None:
        if self.delete_record(
            self.tr("bản dự thảo {0}").format(row.title.lower()),
            lambda: self.services.reports.delete(row.id),
        ):
            self.reload()

    def _writer(self, d: ReportDetail) -> Callable[[str, Path], Any]:
        from app.services.areas import ExportRequest
        from app.services.exports import catalogue

        services = self.services

        def write(fmt: str, target: Path) -> catalogue.Exported:
            return catalogue.write(
                services,
                "report",
                ExportRequest(fmt, target, year=d.year, variant=d.kind.value, today=services.clock.today()),
            )

        return write

    def export_report(self) -> None:
        d = self._detail
        if d is None:
            return
        export_file(
            self,
            self.tr("Xuất báo cáo"),
            suggested_name(self.services, d.title, "pdf", d.year),
            self._writer(d),
            self.tasks,
            formats=("pdf", "docx", "xlsx", "json"),
            data_root=self.services.data_root,
        )

    def print_report(self) -> None:
        from app.ui.print_preview import preview_pdf

        d = self._detail
        if d is None:
            return
        write = self._writer(d)
        try:
            preview_pdf(
                self,
                lambda target: write("pdf", target).path,
                self.tr("Xem trước khi in: {0}").format(d.title),
            )
        except DomainError as error:
            ui_errors.show_domain_error(self, error)

    def _reselect(self, report_id: int) -> None:
        self.reload()
        self.select(report_id)

    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "report":
            return False
        try:
            report = self.services.reports.get(record_id)
        except DomainError:
            return False
        self.select_year(report.year)
        return self.select(record_id)

    def select(self, report_id: int) -> bool:
        found = self.list.select_where(lambda r: r.id == report_id)
        if found:
            self._show(self.list.current())
        return found

    # ---- hooks ---------------------------------------------------------------------------------
    def screenshots(self, shoot: Shoot) -> None:
        self.tabs.setCurrentIndex(1)
        shoot("bao cao thong tin", self)
        self.tabs.setCurrentWidget(self.sections)
        self.sections.outline.setCurrentRow(min(4, self.sections.outline.count() - 1))
        shoot("bao cao noi dung", self)
        self.tabs.setCurrentIndex(0)
        d = self._detail
        if d is None:
            return
        if d.status is ReportStatus.DRAFT:
            dialog = ReportDialog(self.services, d, self)
            dialog.show()
            shoot("hop thoai thong tin bao cao", dialog)
            dialog.close()
            sign = SignDialog(self.services, d, self)
            sign.show()
            shoot("hop thoai ky bao cao", sign)
            sign.close()
        records = self._figure_records_dialog("ca_opened")
        if records is not None:
            records.show()
            shoot("hop thoai ho so sau so lieu bao cao", records)
            records.close()
