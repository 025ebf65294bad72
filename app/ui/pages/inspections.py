"""Kiểm tra của cấp trên: the upper level's inspections of the agency's QMS, their conclusions and
result notice, and their recommendations (kiến nghị) tracked to closure like audit findings."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.services.inspections import InspectionDetail, InspectionRow
from app.ui.dialogs.audit_dialogs import (
    WITHOUT_ACTION_COLOR,
    FindingDialog,
    InspectionDialog,
    finding_columns,
    inspection_form_text,
)
from app.ui.formatting import fmt_date
from app.ui.pages.audits import FindingActions
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.tables import MUTED_COLOR, Column, ListPanel


class InspectionsPage(Page):
    key = "inspections"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Kiểm tra của cấp trên"),
            self.tr(
                "Các cuộc kiểm tra việc áp dụng HTQLCL của cơ quan cấp trên, kết luận và các kiến nghị; kiến nghị "
                "chưa có hành động khắc phục hiện màu đỏ."
            ),
            parent,
            tasks=tasks,
        )
        self._detail: InspectionDetail | None = None
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("inspectionsSplitter")
        self.list = ListPanel(
            "",
            [
                Column(self.tr("Ngày kiểm tra"), lambda r: fmt_date(r.on), sort=lambda r: r.on, width=110),
                Column(self.tr("Cơ quan kiểm tra"), lambda r: r.body, width=240),
                Column(self.tr("Hình thức"), lambda r: inspection_form_text(r.form), width=95),
                Column(self.tr("Thông báo kết quả"), self._notice_text, width=230),
                Column(
                    self.tr("Hạn khắc phục"),
                    lambda r: fmt_date(r.remediation_due_on),
                    sort=lambda r: r.remediation_due_on,
                    width=110,
                ),
                Column(self.tr("Kiến nghị"), self._recommendations_text, sort=lambda r: r.without_action),
            ],
            splitter,
            searchable=False,
            add_text=self.tr("Thêm cuộc kiểm tra…"),
            state_key="inspections",
        )
        self.list.title.hide()
        self.list.model.color = lambda r: WITHOUT_ACTION_COLOR if r.without_action else None
        self.list.set_legend([(WITHOUT_ACTION_COLOR, self.tr("có kiến nghị chưa có hành động khắc phục"))])
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.list.delete_requested.connect(self.delete)
        self.list.selection_changed.connect(self._selected)
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([120, 540])
        self.body.addWidget(splitter, 1)

    def _recommendations_text(self, row: InspectionRow) -> str:
        if not row.without_action:
            return str(row.recommendations)
        return self.tr("{0}, chưa có HĐKP: {1}").format(row.recommendations, row.without_action)

    def _notice_text(self, row: InspectionRow) -> str:
        if not row.notice_number:
            return ""
        if row.notice_on is None:
            return row.notice_number
        return self.tr("{0} ngày {1}").format(row.notice_number, fmt_date(row.notice_on))

    def _build_detail(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumHeight(150)
        scroll.setMaximumHeight(190)
        self.info_text = QLabel(scroll)
        self.info_text.setObjectName("detailText")
        self.info_text.setWordWrap(True)
        self.info_text.setTextFormat(Qt.TextFormat.RichText)
        self.info_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        scroll.setWidget(self.info_text)
        layout.addWidget(scroll)
        self.recommendations = ListPanel(
            self.tr("Kiến nghị"),
            finding_columns(with_source=False),
            box,
            searchable=False,
            add_text=self.tr("Thêm kiến nghị…"),
            state_key="recommendations",
        )
        self.recommendations.add_requested.connect(self.add_recommendation)
        self.actions = FindingActions(self, self.recommendations, self.reload_detail)
        layout.addWidget(self.recommendations, 1)
        return box

    # ---- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = self.services.inspections.inspections()
        self.list.set_rows(rows)
        if self.list.current() is None and rows:
            self.list.select_where(lambda r: r.id == rows[0].id)
        self.list.count_label.setText(self.tr("{0} cuộc kiểm tra").format(len(rows)))
        self._show(self.list.current())

    def reload_detail(self) -> None:
        current = self.list.current()
        self.refresh()
        if current is not None and self.list.select_where(lambda r: r.id == current.id):
            self._show(self.list.current())

    def _selected(self, row: InspectionRow | None) -> None:
        if row is None or self._detail is None or self._detail.id != row.id:
            self._show(row)

    def _show(self, row: InspectionRow | None) -> None:
        self.recommendations.setEnabled(row is not None)
        if row is None:
            self._detail = None
            self.detail_title.setText(
                self.tr("Chưa có cuộc kiểm tra nào. Bấm “Thêm cuộc kiểm tra…” để ghi nhận.")
                if not self.list.model.rows
                else self.tr("Chọn một cuộc kiểm tra để xem kết luận và kiến nghị.")
            )
            self.info_text.clear()
            self.recommendations.set_rows([])
            self.actions.update()
            return
        detail = self.services.inspections.get(row.id)
        self._detail = detail
        self.detail_title.setText(self.tr("Kiểm tra ngày {0} — {1}").format(fmt_date(detail.on), detail.body))
        self.info_text.setText(self._info_html(detail))
        self.recommendations.set_rows(list(detail.findings))
        without = sum(1 for f in detail.findings if f.without_action)
        self.recommendations.count_label.setText(
            self.tr("{0} kiến nghị, chưa có hành động khắc phục: {1}").format(len(detail.findings), without)
        )
        self.actions.update()

    def _info_html(self, d: InspectionDetail) -> str:
        def line(label: str, value: str) -> str:
            if not value.strip():
                value = f'<span style="color:{MUTED_COLOR}">{html.escape(self.tr("(chưa ghi)"))}</span>'
            else:
                value = html.escape(value).replace("\n", "<br>")
            return f"<tr><td style='padding:2px 12px 2px 0; color:#555'>{html.escape(label)}</td><td>{value}</td></tr>"

        notice = d.notice_number
        if notice and d.notice_on:
            notice = self.tr("{0} ngày {1}").format(notice, fmt_date(d.notice_on))
        rows = [
            line(self.tr("Căn cứ kiểm tra"), d.basis),
            line(self.tr("Hình thức"), inspection_form_text(d.form)),
            line(self.tr("Thành phần đoàn"), d.team),
            line(self.tr("Kết luận"), d.conclusions),
            line(self.tr("Thông báo kết quả"), notice),
            line(self.tr("Hạn báo cáo khắc phục"), fmt_date(d.remediation_due_on)),
        ]
        if d.note.strip():
            rows.append(line(self.tr("Ghi chú"), d.note))
        return "<table>" + "".join(rows) + "</table>"

    # ---- actions -------------------------------------------------------------------------------
    def edit(self, row: InspectionRow | None) -> None:
        detail = self.services.inspections.get(row.id) if row is not None else None
        dialog = InspectionDialog(self.services, detail, self)
        if dialog.exec():
            self.refresh()
            saved = dialog.result_value
            if isinstance(saved, int):
                self.select(saved)

    def delete(self, row: InspectionRow) -> None:
        self.delete_record(
            self.tr("cuộc kiểm tra ngày {0} cùng các kiến nghị").format(fmt_date(row.on)),
            lambda: self.services.inspections.delete(row.id),
        )

    def add_recommendation(self) -> None:
        if self._detail is None:
            return
        if FindingDialog(self.services, "inspection", self._detail.id, None, self).exec():
            self.reload_detail()

    def select(self, inspection_id: int) -> bool:
        found = self.list.select_where(lambda r: r.id == inspection_id)
        if found:
            self._show(self.list.current())
        return found

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "inspection":
            return False
        return self.select(record_id)

    def screenshots(self, shoot: Shoot) -> None:
        dialog = InspectionDialog(self.services, self._detail, self)
        dialog.show()
        shoot("hop thoai cuoc kiem tra", dialog)
        dialog.close()
        current = self.recommendations.current() or (
            self.recommendations.model.rows[0] if self.recommendations.model.rows else None
        )
        if self._detail is not None and current is not None:
            finding = FindingDialog(self.services, "inspection", self._detail.id, current, self)
            finding.show()
            shoot("hop thoai kien nghi", finding)
            finding.close()
