"""Đánh giá nội bộ: the year's audit programme, its audits (information, team, schedule, checklist and
findings, the documents to print) and every finding of the year, of audits and of inspections, with
those still without a corrective action standing out."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.messages import MESSAGES, message
from app.models import CaSource, ChecklistResult, FindingType
from app.services import ca_rules
from app.services.audits import AuditDetail, AuditRow, ChecklistRow, FindingFilter, FindingRow
from app.services.errors import DomainError
from app.services.vocabulary import number_text
from app.ui import errors as ui_errors
from app.ui.dialogs.audit_dialogs import (
    OWN_DEPARTMENT_COLOR,
    WITHOUT_ACTION_COLOR,
    AuditDialog,
    AuditReportDialog,
    ChecklistItemDialog,
    CloseFindingDialog,
    FindingDialog,
    ProgrammeDialog,
    ResultDialog,
    ScheduleDialog,
    TeamDialog,
    TemplateDepartmentDialog,
    TemplateDialog,
    finding_columns,
    finding_type_text,
    result_color,
    result_text,
    role_text,
    schedule_columns,
)
from app.ui.dialogs.export_dialog import export_file, suggested_name
from app.ui.formatting import fmt_date
from app.ui.pages.base import Page, Shoot, YearPage
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import add_choice, choice, set_choices
from app.ui.widgets.history import add_history_tab
from app.ui.widgets.tables import (
    MUTED_COLOR,
    SEARCH_DELAY_MS,
    Column,
    ListPanel,
    QueryRowsModel,
    fit_placeholder,
)

translate = QCoreApplication.translate

# The printed documents of one audit: export kind -> (menu text, words of the file name).
AUDIT_DOCUMENTS = {
    "audit-decision": ("Quyết định thành lập đoàn…", "QĐ thành lập đoàn đánh giá nội bộ {number}"),
    "audit-plan": ("Kế hoạch đánh giá…", "Kế hoạch đánh giá nội bộ {number}"),
    "audit-checklist": ("Phiếu đánh giá (trống)…", "Phiếu đánh giá nội bộ {number}"),
    "audit-report": ("Báo cáo đánh giá…", "Báo cáo đánh giá nội bộ {number}"),
}


def _one_line(text: str) -> str:
    return " ".join(text.split())


class FindingActions:
    """What a list of findings offers, wherever it is (an audit, the year's findings, an
    inspection): the colours, Sửa / Xóa, closing without a corrective action and reopening, and the
    corrective-action request (opened when there is one, raised otherwise)."""

    def __init__(self, page: Page, panel: ListPanel, reload: Callable[[], None]) -> None:
        self.page = page
        self.panel = panel
        self.reload = reload
        tr = page.tr
        panel.model.color = lambda r: WITHOUT_ACTION_COLOR if r.without_action else None
        panel.model.muted = lambda r: r.closed_on is not None
        panel.set_legend(
            [
                (WITHOUT_ACTION_COLOR, tr("chưa có hành động khắc phục")),
                (MUTED_COLOR, tr("đã đóng không cần hành động")),
            ]
        )
        panel.edit_requested.connect(self.edit)
        panel.delete_requested.connect(self.delete)
        self.close_button = panel.insert_button(
            tr("Đóng không cần HĐKP…"),
            clicked=self.close,
            tooltip=tr("Ghi ngày và lý do không cần lập phiếu yêu cầu hành động khắc phục"),
        )
        self.reopen_button = panel.insert_button(
            tr("Mở lại"), clicked=self.reopen, tooltip=tr("Bỏ việc đóng không cần hành động khắc phục")
        )
        self.action_button = panel.insert_button(tr("Lập phiếu HĐKP…"), clicked=self.corrective_action)
        assert isinstance(self.action_button, QPushButton)
        panel.selection_changed.connect(lambda _r: self.update())
        self.update()

    @property
    def services(self) -> Services:
        return self.page.services

    def update(self) -> None:
        row: FindingRow | None = self.panel.current()
        tr = self.page.tr
        needs = row is not None and ca_rules.needs_action(row.type)
        self.close_button.setEnabled(
            bool(needs and row and row.closed_on is None and not row.corrective_action_id)
        )
        self.reopen_button.setEnabled(row is not None and row.closed_on is not None)
        button = self.action_button
        assert isinstance(button, QPushButton)
        if row is not None and row.corrective_action_id is not None:
            button.setText(tr("Mở phiếu HĐKP {0}").format(row.corrective_action_number))
            button.setToolTip(tr("Mở phiếu yêu cầu hành động khắc phục ở trang Hành động khắc phục"))
            button.setEnabled(True)
            return
        button.setText(tr("Lập phiếu HĐKP…"))
        can_raise = self._can_raise()
        button.setEnabled(bool(needs and row and row.closed_on is None and can_raise))
        button.setToolTip(
            tr("Lập phiếu yêu cầu hành động khắc phục cho phát hiện này")
            if can_raise
            else tr("Chức năng lập phiếu yêu cầu hành động khắc phục chưa có trong phiên bản này")
        )

    def _can_raise(self) -> bool:
        try:
            service = self.services.corrective_actions
        except (ImportError, AttributeError):
            return False
        return hasattr(service, "create")

    def edit(self, row: FindingRow) -> None:
        source, source_id = (
            ("audit", row.audit_id) if row.audit_id is not None else ("inspection", row.inspection_id)
        )
        assert source_id is not None
        dialog = FindingDialog(self.services, source, source_id, row, self.page)
        if dialog.exec():
            self.reload()

    def delete(self, row: FindingRow) -> None:
        self.page.delete_record(
            self.page.tr("phát hiện “{0}”").format(_one_line(row.description)[:80]),
            lambda: self.services.audits.delete_finding(row.id),
        )
        self.reload()

    def close(self) -> None:
        row = self.panel.current()
        if row is not None and CloseFindingDialog(self.services, row, self.page).exec():
            self.reload()

    def reopen(self) -> None:
        row = self.panel.current()
        if row is None:
            return
        try:
            self.services.audits.reopen_finding(row.id)
        except DomainError as error:
            ui_errors.show_domain_error(self.page, error)
        self.reload()

    def corrective_action(self) -> None:
        row: FindingRow | None = self.panel.current()
        if row is None:
            return
        if row.corrective_action_id is not None:
            self.page.open_record("corrective_action", row.corrective_action_id)
            return
        if not self._can_raise():
            return
        if not ui_errors.confirm(
            self.page,
            self.page.tr("Lập phiếu yêu cầu hành động khắc phục"),
            self.page.tr("Lập phiếu yêu cầu hành động khắc phục cho phát hiện “{0}”?").format(
                _one_line(row.description)[:120]
            ),
            self.page.tr("Lập phiếu"),
        ):
            return
        try:
            ca_id = raise_request(self.services, row)
        except DomainError as error:
            ui_errors.show_domain_error(self.page, error)
            return
        self.reload()
        self.page.open_record("corrective_action", ca_id)


def raise_request(services: Services, row: FindingRow) -> int:
    """A new corrective-action request answering finding ``row`` (the corrective-action service),
    found by the audit team or the inspecting body, on the day the finding was made."""
    from app.services.corrective_actions import CaFields

    if row.audit_id is not None:
        source = CaSource.AUDIT
        label = services.audits.get_audit(row.audit_id).label
        found_by = translate("AuditsPage", "Đoàn đánh giá nội bộ {0}").format(label)
    else:
        assert row.inspection_id is not None
        source = CaSource.INSPECTION
        found_by = services.inspections.get(row.inspection_id).body
    description = _one_line(row.description)
    if row.evidence.strip():
        description += "\n" + translate("AuditsPage", "Bằng chứng: {0}").format(_one_line(row.evidence))
    fields = CaFields(
        raised_on=services.clock.today(),
        source=source,
        source_type="finding",
        source_id=row.id,
        department_id=row.department_id,
        found_by=found_by[:120],
        found_on=row.found_on,
        description=description,
        finding_ids=(row.id,),
    )
    return int(services.corrective_actions.create(fields))


class AuditsPage(YearPage):
    key = "audits"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Đánh giá nội bộ"),
            self.tr(
                "Chương trình đánh giá của năm, các cuộc đánh giá (đoàn, lịch, phiếu đánh giá, phát hiện) và mọi "
                "phát hiện của năm; phát hiện chưa có hành động khắc phục hiện màu đỏ."
            ),
            parent,
            tasks=tasks,
        )
        self._detail: AuditDetail | None = None
        self._build_toolbar()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_programme(), self.tr("Chương trình đánh giá"))
        self.tabs.addTab(self._build_audits(), self.tr("Cuộc đánh giá"))
        self.tabs.addTab(self._build_findings(), self.tr("Phát hiện"))
        self.tabs.setCurrentIndex(1)
        self.body.addWidget(self.tabs, 1)

    # ---- building ------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        row = self._year_row()
        self.template_button = QPushButton(self.tr("Mẫu phiếu đánh giá…"), self)
        self.template_button.setToolTip(
            self.tr("Xem, sửa bộ câu hỏi mẫu theo TCVN ISO 9001:2015 và lưu làm mẫu của cơ quan")
        )
        self.template_button.clicked.connect(self.edit_template)
        row.addWidget(self.template_button)
        row.addStretch(1)
        self.without_label = QLabel(self)
        self.without_label.setObjectName("danger")
        self.without_label.setToolTip(
            self.tr(
                "Điểm không phù hợp và kiến nghị của năm chưa có phiếu yêu cầu hành động khắc phục "
                "và chưa được đóng kèm lý do"
            )
        )
        row.addWidget(self.without_label)
        self.body.addLayout(row)

    def _build_programme(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        self.programme_info = QLabel(box)
        self.programme_info.setWordWrap(True)
        layout.addWidget(self.programme_info)
        self.programme = ListPanel(
            "",
            [
                Column(self.tr("Tháng"), lambda r: r.month, width=70, align_right=True),
                Column(self.tr("Phạm vi đánh giá"), lambda r: _one_line(r.scope), width=460),
                Column(self.tr("Cuộc đánh giá"), self._programme_audit, width=230),
                Column(self.tr("Ghi chú"), lambda r: _one_line(r.note)),
            ],
            box,
            searchable=False,
            state_key="programme",
        )
        self.programme.title.hide()
        self.programme.add_button.hide()
        self.programme.delete_button.hide()
        self.programme.edit_button.clicked.disconnect()
        self.programme.edit_button.clicked.connect(self.edit_programme)
        self.programme.edit_requested.connect(lambda _r: self.edit_programme())
        layout.addWidget(self.programme, 1)
        return box

    def _programme_audit(self, row: Any) -> str:
        if not row.audit_label:
            return self.tr("Chưa thực hiện")
        return self.tr("{0}, từ {1}").format(row.audit_label, fmt_date(row.audit_start_on))

    def _build_audits(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("auditsSplitter")
        self.audit_list = ListPanel(
            "",
            [
                Column(self.tr("Số"), lambda r: r.label, width=75),
                Column(
                    self.tr("Thời gian"),
                    lambda r: f"{fmt_date(r.start_on)} – {fmt_date(r.end_on)}",
                    sort=lambda r: r.start_on,
                    width=190,
                ),
                Column(self.tr("Quyết định"), self._decision_text, width=215),
                Column(self.tr("Trưởng đoàn"), lambda r: r.leader_name, width=165),
                Column(
                    self.tr("Phát hiện"),
                    self._findings_text,
                    sort=lambda r: (r.nc_major, r.nc_minor, r.observations, r.ofis),
                    width=250,
                ),
                Column(self.tr("Phạm vi"), lambda r: _one_line(r.scope)),
            ],
            splitter,
            searchable=False,
            add_text=self.tr("Thêm cuộc đánh giá…"),
            state_key="audits",
        )
        self.audit_list.title.hide()
        self.audit_list.model.color = lambda r: WITHOUT_ACTION_COLOR if r.without_action else None
        self.audit_list.set_legend(
            [(WITHOUT_ACTION_COLOR, self.tr("có phát hiện chưa có hành động khắc phục"))]
        )
        self.audit_list.add_requested.connect(lambda: self.edit_audit(None))
        self.audit_list.edit_requested.connect(lambda r: self.edit_audit(r))
        self.audit_list.delete_requested.connect(self.delete_audit)
        self.audit_list.selection_changed.connect(self._audit_selected)
        self.print_button = QPushButton(self.tr("In văn bản"), self.audit_list)
        self.print_button.setToolTip(
            self.tr("Xuất văn bản của cuộc đánh giá đang chọn để trình ký (PDF, Word)")
        )
        menu = QMenu(self.print_button)
        self.print_actions: dict[str, Any] = {}
        for kind, (text, _words) in AUDIT_DOCUMENTS.items():
            action = menu.addAction(self.tr(text))
            action.triggered.connect(lambda _checked=False, k=kind: self.print_document(k))
            self.print_actions[kind] = action
        self.print_button.setMenu(menu)
        self.audit_list.insert_button(self.print_button)
        splitter.addWidget(self.audit_list)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 430])
        return splitter

    def _findings_text(self, row: AuditRow) -> str:
        """ "1 KPH nặng, 2 KPH nhẹ, 1 lưu ý, 1 cải tiến" (counts that are not zero)."""
        parts = [
            self.tr("{0} KPH nặng").format(row.nc_major) if row.nc_major else "",
            self.tr("{0} KPH nhẹ").format(row.nc_minor) if row.nc_minor else "",
            self.tr("{0} lưu ý").format(row.observations) if row.observations else "",
            self.tr("{0} cải tiến").format(row.ofis) if row.ofis else "",
        ]
        return ", ".join(p for p in parts if p) or self.tr("Chưa có")

    def _decision_text(self, row: AuditRow) -> str:
        if not row.decision_number:
            return ""
        if row.decision_on is None:
            return row.decision_number
        return self.tr("{0} ngày {1}").format(row.decision_number, fmt_date(row.decision_on))

    def _build_detail(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        self.warnings_label = QLabel(box)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(f"color: {OWN_DEPARTMENT_COLOR};")
        layout.addWidget(self.warnings_label)
        self.detail_tabs = QTabWidget(box)
        self.detail_tabs.addTab(self._build_info(), self.tr("Thông tin chung"))
        self.detail_tabs.addTab(self._build_team(), self.tr("Đoàn đánh giá"))
        self.detail_tabs.addTab(self._build_schedule(), self.tr("Lịch đánh giá"))
        self.detail_tabs.addTab(self._build_checklist(), self.tr("Phiếu đánh giá"))
        self.detail_tabs.addTab(self._build_audit_findings(), self.tr("Phát hiện"))
        self.history = add_history_tab(self.detail_tabs, self.services, "audit", follow=self.audit_list)
        layout.addWidget(self.detail_tabs, 1)
        return box

    def _build_info(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.info_text = QLabel(scroll)
        self.info_text.setObjectName("detailText")
        self.info_text.setWordWrap(True)
        self.info_text.setTextFormat(Qt.TextFormat.RichText)
        self.info_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        scroll.setWidget(self.info_text)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.edit_info_button = QPushButton(self.tr("Sửa thông tin…"), box)
        self.edit_info_button.clicked.connect(lambda: self.edit_audit(self.audit_list.current()))
        self.report_button = QPushButton(self.tr("Kết quả, kết luận…"), box)
        self.report_button.setToolTip(
            self.tr("Kết quả chung, kết luận, ngày và nơi nhận của báo cáo đánh giá")
        )
        self.report_button.clicked.connect(self.edit_report)
        buttons.addWidget(self.edit_info_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _build_team(self) -> QWidget:
        self.team = ListPanel(
            "",
            [
                Column(self.tr("Họ và tên"), lambda r: r.name, width=200),
                Column(self.tr("Vai trò"), lambda r: role_text(r.role), width=120),
                Column(self.tr("Chức vụ"), lambda r: r.position, width=200),
                Column(self.tr("Bộ phận"), lambda r: r.department_name),
            ],
            self,
            searchable=False,
            state_key="team",
        )
        self.team.title.hide()
        self.team.view.setSortingEnabled(False)
        self.team.add_button.hide()
        self.team.delete_button.hide()
        self.team.edit_button.setText(self.tr("Chọn đoàn đánh giá…"))
        self.team.edit_button.clicked.disconnect()
        self.team.edit_button.clicked.connect(self.edit_team)
        self.team.edit_requested.connect(lambda _r: self.edit_team())
        return self.team

    def _build_schedule(self) -> QWidget:
        self.schedule = ListPanel("", schedule_columns(), self, searchable=False, state_key="schedule")
        self.schedule.title.hide()
        self.schedule.view.setSortingEnabled(False)
        self.schedule.model.color = lambda r: OWN_DEPARTMENT_COLOR if r.own_department else None
        self.schedule.set_legend(
            [(OWN_DEPARTMENT_COLOR, self.tr("người đánh giá thuộc chính bộ phận được đánh giá"))]
        )
        self.schedule.add_button.hide()
        self.schedule.delete_button.hide()
        self.schedule.edit_button.setText(self.tr("Sửa lịch đánh giá…"))
        self.schedule.edit_button.clicked.disconnect()
        self.schedule.edit_button.clicked.connect(self.edit_schedule)
        self.schedule.edit_requested.connect(lambda _r: self.edit_schedule())
        return self.schedule

    def _build_checklist(self) -> QWidget:
        self.checklist = ListPanel(
            "",
            [
                Column(self.tr("Bộ phận"), lambda r: r.department_name, width=150),
                Column(self.tr("Điều khoản"), lambda r: r.clause, width=90),
                Column(self.tr("Câu hỏi"), lambda r: _one_line(r.question), width=420),
                Column(self.tr("Kết quả"), lambda r: result_text(r.result, r.finding_type), width=160),
                Column(self.tr("Bằng chứng"), lambda r: _one_line(r.evidence)),
            ],
            self,
            add_text=self.tr("Thêm câu hỏi…"),
            state_key="checklist",
        )
        self.checklist.title.hide()
        self.checklist.model.color = lambda r: result_color(r.result)
        self.checklist.add_requested.connect(lambda: self.edit_question(None))
        self.checklist.edit_requested.connect(self.record_result)
        self.checklist.delete_requested.connect(self.delete_question)
        self.checklist.edit_button.setText(self.tr("Ghi kết quả…"))
        self.checklist.edit_button.setToolTip(self.tr("Ghi bằng chứng và kết quả của câu hỏi đang chọn"))
        self.edit_question_button = self.checklist.insert_button(
            self.tr("Sửa câu hỏi…"), clicked=lambda: self.edit_question(self.checklist.current())
        )
        self.from_template_button = self.checklist.insert_button(
            self.tr("Lấy câu hỏi từ mẫu…"),
            clicked=self.questions_from_template,
            tooltip=self.tr("Thêm các câu hỏi của mẫu phiếu đánh giá cho một bộ phận"),
        )
        self.checklist.selection_changed.connect(
            lambda r: self.edit_question_button.setEnabled(r is not None)
        )
        self.edit_question_button.setEnabled(False)
        return self.checklist

    def _build_audit_findings(self) -> QWidget:
        self.audit_findings = ListPanel(
            "",
            finding_columns(with_source=False),
            self,
            searchable=False,
            add_text=self.tr("Thêm phát hiện…"),
            state_key="audit_findings",
        )
        self.audit_findings.title.hide()
        self.audit_findings.add_requested.connect(self.add_audit_finding)
        self.audit_finding_actions = FindingActions(self, self.audit_findings, self.reload_audit)
        return self.audit_findings

    def _build_findings(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(self.tr("Tìm nội dung, điều khoản…"))
        self.search.setToolTip(self.tr("Tìm theo nội dung, điều khoản, bằng chứng (không cần gõ dấu)"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self.type_filter = QComboBox(box)
        add_choice(self.type_filter, self.tr("Mọi loại"), None)
        for kind in FindingType:
            add_choice(self.type_filter, finding_type_text(kind), kind)
        self.source_filter = QComboBox(box)
        add_choice(self.source_filter, self.tr("Mọi nguồn"), None)
        add_choice(self.source_filter, self.tr("Đánh giá nội bộ"), "audit")
        add_choice(self.source_filter, self.tr("Kiểm tra của cấp trên"), "inspection")
        self.department_filter = QComboBox(box)
        self.without_only = QCheckBox(self.tr("Chỉ phát hiện chưa có hành động"), box)
        for combo in (self.type_filter, self.source_filter, self.department_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12 if combo is self.department_filter else 10)
            combo.currentIndexChanged.connect(lambda _i: self.requery_findings())
        self.without_only.toggled.connect(lambda _c: self.requery_findings())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.requery_findings)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        filters.addWidget(self.search, 2)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.source_filter)
        filters.addWidget(self.department_filter)
        layout.addLayout(filters)
        columns = finding_columns(with_source=True)
        model = QueryRowsModel(columns, self.services.audits.finding_rows, self)
        self.findings = ListPanel("", columns, box, searchable=False, state_key="findings", model=model)
        model.sort_requested.connect(self.requery_findings)
        self.findings.title.hide()
        self.findings.add_header_widget(self.without_only)
        self.findings.add_button.hide()
        self.finding_actions = FindingActions(self, self.findings, self.requery_findings)
        self.findings.insert_button(
            self.tr("Xuất danh sách phát hiện…"),
            clicked=self.export_findings,
            tooltip=self.tr(
                "Danh sách phát hiện của năm (đánh giá nội bộ và kiểm tra của cấp trên): Excel, PDF"
            ),
        )
        layout.addWidget(self.findings, 1)
        return box

    # ---- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        year = self.year()
        self._load_programme(year)
        rows = self.services.audits.audits(year)
        self.audit_list.set_rows(rows)
        if self.audit_list.current() is None and rows:
            self.audit_list.select_where(lambda r: r.id == rows[0].id)
        self.audit_list.count_label.setText(self.tr("{0} cuộc đánh giá").format(len(rows)))
        self._show_audit(self.audit_list.current())
        departments = self.services.organization.list_departments()
        set_choices(
            self.department_filter, [(self.tr("Mọi bộ phận"), None), *((d.name, d.id) for d in departments)]
        )
        self.requery_findings()
        self._update_without_label()

    def _update_without_label(self) -> None:
        count = self.services.audits.without_action_count(self.year())
        self.without_label.setText(self.tr("Chưa có hành động khắc phục: {0}").format(count) if count else "")

    def _load_programme(self, year: int) -> None:
        programme = self.services.audits.get_programme(year)
        if programme is None:
            self.programme_info.setText(
                self.tr(
                    "Năm {0} chưa có chương trình đánh giá nội bộ. Bấm “Lập chương trình…” để lập."
                ).format(year)
            )
            self.programme.set_rows([])
            self.programme.edit_button.setText(self.tr("Lập chương trình…"))
        else:
            parts = [self.tr("Chương trình đánh giá nội bộ năm {0}").format(year)]
            if programme.approved_on:
                parts.append(self.tr("phê duyệt ngày {0}").format(fmt_date(programme.approved_on)))
            text = ", ".join(parts) + "."
            if programme.note:
                text += " " + _one_line(programme.note)
            self.programme_info.setText(text)
            self.programme.set_rows(list(programme.items), keep=lambda r: r.id)
            self.programme.edit_button.setText(self.tr("Sửa chương trình…"))
        self.programme.edit_button.setEnabled(True)
        done = sum(1 for i in programme.items if i.audit_id) if programme else 0
        total = len(programme.items) if programme else 0
        self.programme.count_label.setText(self.tr("{0} cuộc dự kiến, đã thực hiện {1}").format(total, done))

    def _audit_selected(self, row: AuditRow | None) -> None:
        if row is None or self._detail is None or self._detail.id != row.id:
            self._show_audit(row)

    def reload_audit(self) -> None:
        """The selected audit changed (a result, a finding…): its row, its detail, the findings."""
        current = self.audit_list.current()
        rows = self.services.audits.audits(self.year())
        self.audit_list.set_rows(rows)
        if current is not None:
            self.audit_list.select_where(lambda r: r.id == current.id)
        self._show_audit(self.audit_list.current())
        self.requery_findings()
        self._update_without_label()

    def _show_audit(self, row: AuditRow | None) -> None:
        has = row is not None
        for widget in (self.detail_tabs, self.print_button):
            widget.setEnabled(has)
        if row is None:
            self._detail = None
            self.detail_title.setText(
                self.tr(
                    "Năm {0} chưa có cuộc đánh giá nội bộ nào. Bấm “Thêm cuộc đánh giá…” để bắt đầu."
                ).format(self.year())
                if not self.audit_list.model.rows
                else self.tr("Chọn một cuộc đánh giá để xem chi tiết.")
            )
            self.warnings_label.hide()
            self.info_text.clear()
            for panel in (self.team, self.schedule, self.checklist, self.audit_findings):
                panel.set_rows([])
            self.audit_finding_actions.update()
            return
        detail = self.services.audits.get_audit(row.id)
        self._detail = detail
        self.detail_title.setText(
            self.tr("Cuộc đánh giá số {0}, từ {1} đến {2}").format(
                detail.label, fmt_date(detail.start_on), fmt_date(detail.end_on)
            )
        )
        warnings = [MESSAGES.get(code, code) for code in detail.warnings]
        self.warnings_label.setText("⚠ " + " ".join(warnings) if warnings else "")
        self.warnings_label.setVisible(bool(warnings))
        self.info_text.setText(self._info_html(detail))
        self.team.set_rows(list(detail.members), keep=lambda r: r.person_id)
        self.schedule.set_rows(list(detail.schedule))
        self.checklist.set_rows(list(detail.checklist))
        self.edit_question_button.setEnabled(self.checklist.current() is not None)
        self.audit_findings.set_rows(list(detail.findings))
        self.audit_finding_actions.update()
        answered = sum(1 for r in detail.checklist if r.result is not None)
        self.checklist.count_label.setText(
            self.tr("{0} câu hỏi, đã đánh giá {1}").format(len(detail.checklist), answered)
        )
        without = sum(1 for f in detail.findings if f.without_action)
        self.detail_tabs.setTabText(1, self.tr("Đoàn đánh giá ({0})").format(len(detail.members)))
        self.detail_tabs.setTabText(3, self.tr("Phiếu đánh giá ({0})").format(len(detail.checklist)))
        self.detail_tabs.setTabText(
            4,
            self.tr("Phát hiện ({0}, chưa có HĐKP: {1})").format(len(detail.findings), without)
            if without
            else self.tr("Phát hiện ({0})").format(len(detail.findings)),
        )

    def _info_html(self, d: AuditDetail) -> str:
        def line(label: str, value: str) -> str:
            if not value.strip():
                value = f'<span style="color:{MUTED_COLOR}">{html.escape(self.tr("(chưa ghi)"))}</span>'
            else:
                value = html.escape(value).replace("\n", "<br>")
            return f"<tr><td style='padding:2px 12px 2px 0; color:#555'>{html.escape(label)}</td><td>{value}</td></tr>"

        decision = d.decision_number
        if decision and d.decision_on:
            decision = self.tr("{0} ngày {1}").format(decision, fmt_date(d.decision_on))
        rows = [
            line(self.tr("Quyết định thành lập đoàn"), decision),
            line(self.tr("Trưởng đoàn"), d.leader_name),
            line(self.tr("Phạm vi đánh giá"), d.scope),
            line(self.tr("Mục đích"), d.purpose),
            line(self.tr("Chuẩn mực đánh giá"), d.criteria),
            line(self.tr("Kết quả chung"), d.summary),
            line(self.tr("Kết luận"), d.conclusion),
            line(self.tr("Ngày báo cáo"), fmt_date(d.report_on)),
        ]
        return "<table>" + "".join(rows) + "</table>"

    # ---- findings of the year --------------------------------------------------------------------
    def current_filter(self) -> FindingFilter:
        return FindingFilter(
            text=self.search.text(),
            year=self.year(),
            type=choice(self.type_filter),
            source=choice(self.source_filter),
            department_id=choice(self.department_filter),
            without_action_only=self.without_only.isChecked(),
        )

    def requery_findings(self) -> None:
        model = self.findings.model
        previous = self.findings.current()
        ids = self.services.audits.finding_ids(
            self.current_filter(), sort=model.sort_by(), descending=model.descending
        )
        model.set_ids(ids)
        if previous is not None:
            self.findings.select_key(previous.id)
        total = self.services.audits.finding_ids(FindingFilter(year=self.year()))
        without = self.services.audits.without_action_count(self.year())
        self.findings.count_label.setText(
            self.tr("{0} / {1} phát hiện, chưa có hành động: {2}").format(
                number_text(len(ids)), number_text(len(total)), without
            )
        )
        self.tabs.setTabText(
            2,
            self.tr("Phát hiện ({0})").format(len(total)) if total else self.tr("Phát hiện"),
        )
        self.finding_actions.update()
        self._update_without_label()

    def clear_filters(self) -> None:
        widgets = (
            self.search,
            self.type_filter,
            self.source_filter,
            self.department_filter,
            self.without_only,
        )
        blocked = [w.blockSignals(True) for w in widgets]
        self.search.clear()
        for combo in (self.type_filter, self.source_filter, self.department_filter):
            combo.setCurrentIndex(0)
        self.without_only.setChecked(False)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._timer.stop()
        self.requery_findings()

    def export_findings(self) -> None:
        from app.services.areas import ExportRequest
        from app.services.exports import catalogue

        year = self.year()
        services = self.services

        def write(fmt: str, target: Path) -> catalogue.Exported:
            return catalogue.write(
                services, "findings", ExportRequest(fmt, target, year=year, today=services.clock.today())
            )

        export_file(
            self,
            self.tr("Xuất danh sách phát hiện"),
            suggested_name(services, "Danh sách phát hiện", "xlsx", year),
            write,
            self.tasks,
            formats=("xlsx", "pdf"),
            data_root=services.data_root,
        )

    # ---- actions: programme, audits ----------------------------------------------------------------
    def edit_programme(self) -> None:
        if ProgrammeDialog(self.services, self.year(), self).exec():
            self._load_programme(self.year())

    def edit_template(self) -> None:
        TemplateDialog(self.services, self).exec()

    def edit_audit(self, row: AuditRow | None) -> None:
        detail = self.services.audits.get_audit(row.id) if row is not None else None
        dialog = AuditDialog(self.services, self.year(), detail, self)
        if not dialog.exec():
            return
        saved = dialog.result_value
        year = self.services.audits.year_of_audit(int(saved)) if isinstance(saved, int) else None
        if year is not None and year != self.year():
            self.select_year(year)
        else:
            self.reload()
        if isinstance(saved, int):
            self.select_audit(saved)

    def edit_report(self) -> None:
        if self._detail is not None and AuditReportDialog(self.services, self._detail, self).exec():
            self.reload_audit()

    def delete_audit(self, row: AuditRow) -> None:
        self.delete_record(
            self.tr("cuộc đánh giá số {0} cùng đoàn, lịch, phiếu đánh giá và phát hiện").format(row.label),
            lambda: self.services.audits.delete_audit(row.id),
        )

    def select_audit(self, audit_id: int) -> bool:
        self.tabs.setCurrentIndex(1)
        found = self.audit_list.select_where(lambda r: r.id == audit_id)
        if found:
            self._show_audit(self.audit_list.current())
        return found

    def edit_team(self) -> None:
        if self._detail is not None and TeamDialog(self.services, self._detail, self).exec():
            self.reload_audit()

    def edit_schedule(self) -> None:
        if self._detail is None:
            return
        dialog = ScheduleDialog(self.services, self._detail, self)
        if not dialog.exec():
            return
        self.reload_audit()
        if dialog.warnings:
            QMessageBox.warning(
                self,
                self.tr("Lưu ý về lịch đánh giá"),
                "\n".join(message(DomainError(w.code, **w.params)) for w in dialog.warnings),
            )

    def edit_question(self, row: ChecklistRow | None) -> None:
        if self._detail is not None and ChecklistItemDialog(self.services, self._detail.id, row, self).exec():
            self.reload_audit()

    def record_result(self, row: ChecklistRow) -> None:
        if ResultDialog(self.services, row, self).exec():
            self.reload_audit()
            self.checklist.select_where(lambda r: r.id == row.id)

    def delete_question(self, row: ChecklistRow) -> None:
        text = _one_line(row.question)
        self.delete_record(
            self.tr("câu hỏi “{0}”").format(text[:80] + ("…" if len(text) > 80 else "")),
            lambda: self.services.audits.delete_checklist_item(row.id),
        )
        self.reload_audit()

    def questions_from_template(self) -> None:
        if self._detail is not None and TemplateDepartmentDialog(self.services, self._detail.id, self).exec():
            self.reload_audit()
            self.detail_tabs.setCurrentIndex(3)

    def add_audit_finding(self) -> None:
        if (
            self._detail is not None
            and FindingDialog(self.services, "audit", self._detail.id, None, self).exec()
        ):
            self.reload_audit()

    def print_document(self, kind: str) -> None:
        """Save document ``kind`` of the selected audit (export catalogue, by its number and year)."""
        from app.services.areas import ExportRequest
        from app.services.exports import catalogue

        row = self.audit_list.current()
        if row is None:
            return
        services = self.services
        formats = catalogue.find(kind).formats

        def write(fmt: str, target: Path) -> catalogue.Exported:
            request = ExportRequest(
                fmt, target, year=row.year, number=row.number, today=services.clock.today()
            )
            return catalogue.write(services, kind, request)

        text, words = AUDIT_DOCUMENTS[kind]
        export_file(
            self,
            self.tr(text).rstrip("…"),
            suggested_name(services, words.format(number=row.number), formats[0], row.year),
            write,
            self.tasks,
            formats=formats,
            data_root=services.data_root,
        )

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type == "audit":
            year = self.services.audits.year_of_audit(record_id)
            if year is None:
                return False
            if year != self.year():
                self.select_year(year)
            return self.select_audit(record_id)
        if record_type == "finding":
            try:
                finding = self.services.audits.get_finding(record_id)
            except DomainError:
                return False
            if finding.found_on.year != self.year():
                self.select_year(finding.found_on.year)
            self.tabs.setCurrentIndex(2)
            if not self.findings.select_key(record_id):
                self.clear_filters()
                return self.findings.select_key(record_id)
            return True
        return False

    def screenshots(self, shoot: Shoot) -> None:
        self.tabs.setCurrentIndex(0)
        shoot("chuong trinh danh gia")
        self.tabs.setCurrentIndex(1)
        if self._detail is not None:
            for index, name in (
                (2, "lich danh gia"),
                (3, "phieu danh gia"),
                (4, "phat hien cua cuoc danh gia"),
            ):
                self.detail_tabs.setCurrentIndex(index)
                shoot(name)
            row = next((r for r in self._detail.checklist if r.result is ChecklistResult.NC), None)
            row = row or (self._detail.checklist[0] if self._detail.checklist else None)
            if row is not None:
                dialog = ResultDialog(self.services, row, self)
                dialog.show()
                shoot("hop thoai ket qua", dialog)
                dialog.close()
            schedule = ScheduleDialog(self.services, self._detail, self)
            schedule.show()
            shoot("hop thoai lich danh gia", schedule)
            schedule.close()
            self.detail_tabs.setCurrentIndex(0)
        self.tabs.setCurrentIndex(2)
        shoot("phat hien")
        template = TemplateDialog(self.services, self)
        template.show()
        shoot("mau phieu danh gia", template)
        template.close()
        self.tabs.setCurrentIndex(1)
