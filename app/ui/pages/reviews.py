"""Xem xét của lãnh đạo (ISO 9001:2015 §9.3): the year's review meetings; for the selected one, the
meeting, its inputs (figures collected from the records, §9.3.2 a–f, and the secretary's text), its
decisions tracked to closure, and the minutes printed."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
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
from app.models import CaSource, DecisionStatus, ReviewStatus
from app.services.corrective_actions import CaFields
from app.services.errors import DomainError
from app.services.reviews import DecisionRow, ReviewDetail, ReviewRow, input_prose
from app.services.vocabulary import review_status_label
from app.ui import errors as ui_errors
from app.ui.dialogs.export_dialog import export_file, suggested_name
from app.ui.dialogs.pick_dialog import FigureRecordsMixin
from app.ui.dialogs.review_dialogs import (
    DecisionDialog,
    ReviewDialog,
    ReviewTextDialog,
    kind_text,
    status_text,
)
from app.ui.formatting import fmt_date
from app.ui.pages.base import Shoot, YearPage
from app.ui.tasks import TaskRunner
from app.ui.theme import DANGER, WARNING
from app.ui.widgets.history import add_history_tab
from app.ui.widgets.tables import MUTED_COLOR, Column, ListPanel

LATE_COLOR = DANGER
SOON_COLOR = WARNING


class ReviewsPage(FigureRecordsMixin, YearPage):
    key = "reviews"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Xem xét của lãnh đạo"),
            self.tr(
                "Các cuộc họp xem xét của lãnh đạo trong năm (TCVN ISO 9001:2015, mục 9.3): đầu vào lấy từ "
                "hồ sơ của hệ thống, các quyết định được theo dõi đến khi hoàn thành, biên bản in sẵn."
            ),
            parent,
            tasks=tasks,
        )
        self._detail: ReviewDetail | None = None
        row = self._year_row()
        row.addStretch(1)
        self.register_button = QPushButton(self.tr("Xuất sổ quyết định…"), self)
        self.register_button.setToolTip(
            self.tr("Lưu sổ theo dõi quyết định sau xem xét của năm ra tệp Excel hoặc PDF")
        )
        self.register_button.clicked.connect(self.export_decisions)
        row.addWidget(self.register_button)
        self.body.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("reviewsSplitter")
        self.list = ListPanel(
            "",
            [
                Column(self.tr("Số"), lambda r: r.number, width=50),
                Column(
                    self.tr("Ngày họp"), lambda r: fmt_date(r.held_on), sort=lambda r: r.held_on, width=100
                ),
                Column(self.tr("Địa điểm"), lambda r: r.place, width=260),
                Column(self.tr("Chủ trì"), lambda r: r.chair, width=330),
                Column(self.tr("Biên bản"), lambda r: self._status_text(r.status), width=90),
                Column(self.tr("Quyết định"), self._decisions_text, sort=lambda r: r.decisions_open),
            ],
            splitter,
            searchable=False,
            add_text=self.tr("Thêm cuộc họp…"),
            state_key="reviews",
        )
        self.list.title.hide()
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.list.delete_requested.connect(self.delete)
        self.list.selection_changed.connect(self._selected)
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([110, 560])
        self.body.addWidget(splitter, 1)

    def _status_text(self, status: ReviewStatus) -> str:
        return self.tr(review_status_label(status))

    def _decisions_text(self, row: ReviewRow) -> str:
        if not row.decisions:
            return ""
        return self.tr("{0}, đang thực hiện: {1}").format(row.decisions, row.decisions_open)

    def _build_detail(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        top.addWidget(self.detail_title, 1)
        self.text_button = QPushButton(self.tr("Sửa nội dung…"), box)
        self.text_button.setToolTip(self.tr("Nội dung các đầu vào, ý kiến thảo luận và kết luận của chủ trì"))
        self.text_button.clicked.connect(self.edit_text)
        self.refresh_button = QPushButton(self.tr("Cập nhật số liệu"), box)
        self.refresh_button.setToolTip(self.tr("Lấy lại số liệu đầu vào từ hồ sơ (chỉ khi biên bản chưa ký)"))
        self.refresh_button.clicked.connect(self.refresh_figures)
        self.sign_button = QPushButton(self.tr("Ký biên bản"), box)
        self.sign_button.setToolTip(self.tr("Biên bản đã ký: cuộc họp và số liệu không thay đổi nữa"))
        self.sign_button.clicked.connect(self.sign)
        self.print_button = QPushButton(self.tr("In biên bản…"), box)
        self.print_button.clicked.connect(self.print_minutes)
        for button in (self.text_button, self.refresh_button, self.sign_button, self.print_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.tabs = QTabWidget(box)
        self.info_text = self._rich_label()
        self.inputs_text = self._rich_label()
        self.inputs_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.inputs_text.linkActivated.connect(self.show_figure_records)
        self.tabs.addTab(self._scrolled(self.info_text), self.tr("Cuộc họp"))
        self.tabs.addTab(self._scrolled(self.inputs_text), self.tr("Đầu vào"))
        self.decisions = ListPanel(
            "",
            [
                Column(self.tr("STT"), lambda d: str(d.sort_order), sort=lambda d: d.sort_order, width=40),
                Column(self.tr("Nội dung"), lambda d: d.text, width=280),
                Column(self.tr("Loại"), lambda d: kind_text(d.kind), width=150),
                Column(self.tr("Người thực hiện"), lambda d: d.owner, width=175),
                Column(self.tr("Thời hạn"), lambda d: fmt_date(d.due_on), sort=lambda d: d.due_on, width=90),
                Column(self.tr("Tình trạng"), self._decision_status, width=170),
                Column(self.tr("Ngày hoàn thành"), lambda d: fmt_date(d.done_on), sort=lambda d: d.done_on),
            ],
            box,
            searchable=False,
            add_text=self.tr("Thêm quyết định…"),
            state_key="review_decisions",
        )
        self.decisions.title.hide()
        self.decisions.model.color = lambda d: LATE_COLOR if d.late else (SOON_COLOR if d.due_soon else None)
        self.decisions.model.muted = lambda d: d.status is DecisionStatus.CANCELLED
        self.decisions.set_legend(
            [(LATE_COLOR, self.tr("quá hạn chưa hoàn thành")), (SOON_COLOR, self.tr("sắp đến hạn"))]
        )
        self.decisions.add_requested.connect(lambda: self.edit_decision(None))
        self.decisions.edit_requested.connect(self.edit_decision)
        self.decisions.delete_requested.connect(self.delete_decision)
        self.ca_button = self.decisions.insert_button(
            self.tr("Lập phiếu HĐKP…"),
            clicked=self.raise_corrective_action,
            tooltip=self.tr("Lập phiếu yêu cầu hành động khắc phục cho quyết định đã chọn"),
        )
        self.tabs.addTab(self.decisions, self.tr("Quyết định"))
        self.history = add_history_tab(self.tabs, self.services, "review", follow=self.list)
        layout.addWidget(self.tabs, 1)
        return box

    def _rich_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("detailText")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _scrolled(self, label: QLabel) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(label)
        return scroll

    def _decision_status(self, d: DecisionRow) -> str:
        text = status_text(d.status)
        if d.late:
            return self.tr("{0} (quá hạn)").format(text)
        return self.tr("{0} (sắp đến hạn)").format(text) if d.due_soon else text

    # ---- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        rows = self.services.reviews.list_reviews(self.year())
        current = self.list.current()
        self.list.set_rows(rows)
        if not (current is not None and self.list.select_where(lambda r: r.id == current.id)) and rows:
            self.list.select_where(lambda r: r.id == rows[-1].id)
        self.list.count_label.setText(self.tr("{0} cuộc họp").format(len(rows)))
        self._show(self.list.current())

    def _selected(self, row: ReviewRow | None) -> None:
        if row is None or self._detail is None or self._detail.id != row.id:
            self._show(row)

    def _show(self, row: ReviewRow | None) -> None:
        has = row is not None
        for widget in (self.tabs, self.print_button, self.text_button):
            widget.setEnabled(has)
        if row is None:
            self._detail = None
            self.detail_title.setText(
                self.tr("Chưa có cuộc họp xem xét nào trong năm. Bấm “Thêm cuộc họp…” để ghi nhận.")
                if not self.list.model.rows
                else self.tr("Chọn một cuộc họp để xem đầu vào và quyết định.")
            )
            self.info_text.clear()
            self.inputs_text.clear()
            self.decisions.set_rows([])
            self.refresh_button.setEnabled(False)
            self.sign_button.setEnabled(False)
            return
        d = self.services.reviews.get(row.id)
        self._detail = d
        self.detail_title.setText(
            self.tr("Cuộc họp số {0}/{1} ngày {2} — {3}").format(
                d.number, d.year, fmt_date(d.held_on), self._status_text(d.status).lower()
            )
            + (self.tr(" ngày {0}").format(fmt_date(d.signed_on)) if d.signed_on else "")
        )
        self.refresh_button.setEnabled(not d.signed)
        self.sign_button.setEnabled(not d.signed)
        self.text_button.setEnabled(not d.signed)
        self.info_text.setText(self._info_html(d))
        self.inputs_text.setText(self._inputs_html(d))
        self.decisions.set_rows(list(d.decisions))
        late = sum(1 for x in d.decisions if x.late)
        self.decisions.count_label.setText(
            self.tr("{0} quyết định, quá hạn: {1}").format(len(d.decisions), late)
        )
        self.tabs.setTabText(2, self.tr("Quyết định ({0})").format(len(d.decisions)))

    @staticmethod
    def _value(text: str, empty: str) -> str:
        if not text.strip():
            return f'<span style="color:{MUTED_COLOR}">{html.escape(empty)}</span>'
        return html.escape(text).replace("\n", "<br>")

    def _info_html(self, d: ReviewDetail) -> str:
        empty = self.tr("(chưa ghi)")

        def line(label: str, value: str) -> str:
            return (
                f"<tr><td style='padding:2px 12px 2px 0; color:#555'>{html.escape(label)}</td>"
                f"<td>{self._value(value, empty)}</td></tr>"
            )

        time = " – ".join(x for x in (d.time_from, d.time_to) if x)
        rows = [
            line(self.tr("Thời gian"), f"{time}, {fmt_date(d.held_on)}" if time else fmt_date(d.held_on)),
            line(self.tr("Địa điểm"), d.place),
            line(self.tr("Chủ trì"), d.chair),
            line(self.tr("Thư ký"), d.secretary),
            line(self.tr("Thành phần tham dự"), d.attendees),
            line(self.tr("Vắng mặt"), d.absentees),
            line(
                self.tr("Số liệu"),
                self.tr("từ {0} đến {1}").format(fmt_date(d.period_start), fmt_date(d.period_end)),
            ),
            line(self.tr("Ý kiến thảo luận"), d.discussion),
            line(self.tr("Kết luận"), d.conclusions),
        ]
        return "<table>" + "".join(rows) + "</table>"

    def _inputs_html(self, d: ReviewDetail) -> str:
        if not d.figures:
            return html.escape(self.tr("Chưa lấy số liệu. Bấm “Cập nhật số liệu”."))
        prose = input_prose(d)
        items = (
            ("a", self.tr("a) Tình trạng các hành động từ các lần xem xét trước"), ("input_decisions",)),
            ("b", self.tr("b) Thay đổi các vấn đề bên ngoài và nội bộ"), ("input_issues",)),
            (
                "c",
                self.tr("c) Kết quả thực hiện và hiệu lực của hệ thống"),
                ("input_performance", "input_providers"),
            ),
            ("d", self.tr("d) Sự thỏa đáng của nguồn lực"), ("input_resources",)),
            ("e", self.tr("e) Hiệu lực của hành động giải quyết rủi ro và cơ hội"), ("input_risks",)),
            ("f", self.tr("f) Cơ hội cải tiến, đào tạo"), ("input_improvement",)),
        )
        parts = [
            "<p style='color:#555'>"
            + html.escape(
                self.tr("Số liệu từ {0} đến {1}, lấy từ hồ sơ của hệ thống{2}.").format(
                    fmt_date(d.period_start),
                    fmt_date(d.period_end),
                    self.tr(" (đã chốt khi ký biên bản)") if d.signed else "",
                )
            )
            + "</p>"
        ]
        for key, title, names in items:
            parts.append(f"<p><b>{html.escape(title)}</b></p><ul style='margin-top:0'>")
            parts.extend(f"<li>{html.escape(s)}</li>" for s in prose.get(key, []))
            parts.append("</ul>")
            links = self._record_links(d, key)
            if links:
                parts.append(
                    f"<p style='margin-left:24px'>{html.escape(self.tr('Hồ sơ:'))} {' · '.join(links)}</p>"
                )
            for name in names:
                text = getattr(d, name)
                if text.strip():
                    parts.append(
                        f"<p style='margin-left:24px'><i>{html.escape(text).replace(chr(10), '<br>')}</i></p>"
                    )
        return "".join(parts)

    def _figure_links(self, d: ReviewDetail) -> dict[str, list[tuple[str, str, int | None]]]:
        """Per input (a–f): (figure key, what it counts, how many) for the "Hồ sơ:" links; None:
        the number of records is not a figure (the TTHC rows)."""
        f = d.figures

        def n(key: str) -> int:
            value = f.get(key)
            return int(value) if isinstance(value, (int, float)) else 0

        findings = sum(int(v) for v in (f.get("findings_by_type") or {}).values())
        return {
            "a": [
                ("earlier_decisions", self.tr("quyết định kỳ trước"), len(f.get("earlier_decisions") or []))
            ],
            "b": [
                ("legal_effective", self.tr("văn bản pháp lý"), n("legal_effective")),
                ("issues_effective", self.tr("lần ban hành tài liệu"), n("issues_effective")),
            ],
            "c": [
                ("satisfaction", self.tr("đợt khảo sát"), n("satisfaction_surveys")),
                ("complaints", self.tr("phản ánh, kiến nghị"), n("complaints_received")),
                ("objectives", self.tr("mục tiêu"), n("objectives_total")),
                ("tthc", self.tr("số liệu TTHC"), None),
                ("ca_opened", self.tr("phiếu HĐKP mở"), n("ca_opened")),
                ("ca_closed", self.tr("phiếu đóng"), n("ca_closed")),
                ("ca_open", self.tr("phiếu chưa đóng"), n("ca_open")),
                ("ca_overdue", self.tr("phiếu quá hạn"), n("ca_overdue")),
                ("audits", self.tr("cuộc đánh giá"), n("audits_held")),
                ("inspections", self.tr("cuộc kiểm tra"), n("inspections")),
                ("findings", self.tr("phát hiện"), findings),
            ],
            "e": [("risk_evaluations", self.tr("lần đánh giá hiệu lực"), n("risk_evaluations"))],
            "f": [
                ("ofi", self.tr("cơ hội cải tiến"), n("ofi_findings")),
                ("training", self.tr("lớp đào tạo"), n("training_sessions")),
            ],
        }

    def _record_links(self, d: ReviewDetail, section: str) -> list[str]:
        links = []
        for key, label, count in self._figure_links(d).get(section, []):
            if count == 0 or (count is None and not self._has_tthc(d)):
                continue
            text = label if count is None else f"{label} ({count})"
            links.append(f"<a href='{key}'>{html.escape(text)}</a>")
        return links

    @staticmethod
    def _has_tthc(d: ReviewDetail) -> bool:
        return bool(d.figures.get("tthc_received") or d.figures.get("tthc_resolved"))

    def _figure_lines(self, key: str) -> tuple[list[Any], date, date, str] | None:
        d = self._detail
        if d is None:
            return None
        frozen = (
            self.tr("Danh sách theo hồ sơ hiện nay; số liệu của biên bản đã chốt khi ký.") if d.signed else ""
        )
        return self.services.reviews.figure_records(d.id, key), d.period_start, d.period_end, frozen

    # ---- actions -------------------------------------------------------------------------------
    def edit(self, row: ReviewRow | None) -> None:
        detail = self.services.reviews.get(row.id) if row is not None else None
        dialog = ReviewDialog(self.services, detail, self)
        if dialog.exec():
            saved = dialog.result_value
            held = self.services.reviews.get(saved).year if isinstance(saved, int) else self.year()
            self.select_year(held)
            if isinstance(saved, int):
                self.select(saved)

    def edit_text(self) -> None:
        if self._detail is not None and ReviewTextDialog(self.services, self._detail, self).exec():
            self.reload()

    def delete(self, row: ReviewRow) -> None:
        if self.delete_record(
            self.tr("cuộc họp xem xét số {0}/{1} cùng các quyết định").format(row.number, row.year),
            lambda: self.services.reviews.delete(row.id),
        ):
            self.reload()

    def refresh_figures(self) -> None:
        if self._detail is None:
            return
        try:
            self.services.reviews.refresh(self._detail.id)
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
            return
        self.reload()

    def sign(self) -> None:
        d = self._detail
        if d is None:
            return
        if not ui_errors.confirm(
            self,
            self.tr("Ký biên bản"),
            self.tr(
                "Ghi nhận biên bản họp số {0}/{1} đã ký hôm nay? Sau khi ký, thông tin cuộc họp và số liệu đầu "
                "vào không sửa được nữa; các quyết định vẫn được theo dõi."
            ).format(d.number, d.year),
            self.tr("Ký biên bản"),
        ):
            return
        try:
            self.services.reviews.sign(d.id)
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
            return
        self.reload()

    def edit_decision(self, row: DecisionRow | None) -> None:
        if self._detail is None:
            return
        if DecisionDialog(self.services, self._detail, row, self).exec():
            self.reload()

    def delete_decision(self, row: DecisionRow) -> None:
        if self.delete_record(
            self.tr("quyết định “{0}”").format(row.text[:80]),
            lambda: self.services.reviews.delete_decision(row.id),
        ):
            self.reload()

    def raise_corrective_action(self) -> None:
        row = self.decisions.current()
        d = self._detail
        if row is None or d is None:
            return
        if not ui_errors.confirm(
            self,
            self.tr("Lập phiếu yêu cầu hành động khắc phục"),
            self.tr("Lập phiếu yêu cầu hành động khắc phục cho quyết định “{0}”?").format(row.text[:120]),
            self.tr("Lập phiếu"),
        ):
            return
        today = self.today()
        try:
            ca_id = self.services.corrective_actions.create(
                CaFields(
                    raised_on=today,
                    source=CaSource.REVIEW,
                    source_type="review",
                    source_id=d.id,
                    found_on=min(d.held_on, today),
                    description=row.text,
                    due_on=row.due_on if row.due_on is not None and row.due_on >= today else None,
                )
            )
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
            return
        self.open_record("corrective_action", ca_id)

    def _export(self, kind: str, title: str, name: str, formats: tuple[str, ...], **request: Any) -> None:
        from app.services.areas import ExportRequest
        from app.services.exports import catalogue

        services = self.services
        year = self.year()

        def write(fmt: str, target: Path) -> catalogue.Exported:
            return catalogue.write(
                services, kind, ExportRequest(fmt, target, year=year, today=services.clock.today(), **request)
            )

        export_file(
            self,
            title,
            suggested_name(services, name, formats[0], year),
            write,
            self.tasks,
            formats=formats,
            data_root=services.data_root,
        )

    def print_minutes(self) -> None:
        d = self._detail
        if d is not None:
            self._export(
                "review",
                self.tr("In biên bản họp xem xét của lãnh đạo"),
                f"Biên bản họp xem xét của lãnh đạo số {d.number}",
                ("pdf", "docx"),
                number=d.number,
            )

    def export_decisions(self) -> None:
        self._export(
            "review-decisions",
            self.tr("Xuất sổ theo dõi quyết định sau xem xét"),
            "Sổ theo dõi quyết định sau xem xét của lãnh đạo",
            ("xlsx", "pdf"),
        )

    def select(self, review_id: int) -> bool:
        found = self.list.select_where(lambda r: r.id == review_id)
        if found:
            self._show(self.list.current())
        return found

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "review":
            return False
        try:
            year = self.services.reviews.get(record_id).year
        except DomainError:
            return False
        self.select_year(year)
        return self.select(record_id)

    def screenshots(self, shoot: Shoot) -> None:
        for index, name in ((1, "dau vao"), (2, "quyet dinh")):
            self.tabs.setCurrentIndex(index)
            shoot(f"xem xet {name}", self)
        self.tabs.setCurrentIndex(0)
        dialog = ReviewDialog(self.services, self._detail, self)
        dialog.show()
        shoot("hop thoai cuoc hop xem xet", dialog)
        dialog.close()
        records = self._figure_records_dialog("findings")
        if records is not None:
            records.show()
            shoot("hop thoai ho so sau so lieu", records)
            records.close()
