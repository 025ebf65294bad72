"""Hành động khắc phục: the requests (phiếu yêu cầu hành động khắc phục), filtered in SQL, and the
selected one's content, actions, findings, verifications and history, with its workflow as buttons
that the workflow enables (a refused step says why)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.messages import message
from app.models import CaSource, CaStatus
from app.services import ca_rules, vocabulary
from app.services.corrective_actions import (
    ActionRow,
    CaDetail,
    CaFilter,
    CaRow,
    FindingLink,
    VerificationRow,
)
from app.services.errors import DomainError, FieldError, ValidationError
from app.services.workflow import Refusal, TransitionRecord
from app.ui.dialogs import corrective_action_dialog as forms
from app.ui.dialogs.pick_dialog import PickDialog
from app.ui.errors import confirm, show_domain_error
from app.ui.formatting import fmt_date, fmt_number
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import DateEdit, RecordDialog, add_choice, choice, set_choices
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

OVERDUE_COLOR = "#b3261e"  # as the legal page's overdue updates
DONE_COLOR = "#1e7b34"


def status_label(status: CaStatus) -> str:
    return translate("Labels", vocabulary.ca_status_label(status))


def _state_label(value: str) -> str:
    try:
        return status_label(CaStatus(value))
    except ValueError:
        return value


def _finding_type_label(finding: FindingLink) -> str:
    return translate("Labels", vocabulary.finding_type_label(finding.type))


def _history_label(action: str) -> str:
    labels = {
        "analyse": translate("CorrectiveActions", "Phân tích nguyên nhân"),
        "implement": translate("CorrectiveActions", "Triển khai thực hiện"),
        "complete": translate("CorrectiveActions", "Các hành động đã hoàn thành (tự động)"),
        "resume": translate("CorrectiveActions", "Còn hành động chưa hoàn thành (tự động)"),
        "close": translate("CorrectiveActions", "Kiểm tra hiệu lực: có hiệu lực, đóng phiếu"),
        "not_effective": translate("CorrectiveActions", "Kiểm tra hiệu lực: chưa hiệu lực"),
        "cancel": translate("CorrectiveActions", "Hủy phiếu"),
    }
    if action.startswith("reopen"):
        return translate("CorrectiveActions", "Mở lại phiếu")
    return labels.get(action, action)


def _action_state(row: ActionRow) -> str:
    if row.cancelled:
        return translate("CorrectiveActions", "Đã hủy")
    if row.completed_on is not None:
        return translate("CorrectiveActions", "Đã hoàn thành")
    if row.overdue:
        return translate("CorrectiveActions", "Quá hạn")
    return translate("CorrectiveActions", "Đang thực hiện")


# The step each status leads to: its button's refusal is the one the page explains in words.
_NEXT_STEP = {
    CaStatus.NEW: "analyse",
    CaStatus.ANALYSING: "implement",
    CaStatus.IN_PROGRESS: "verify",
    CaStatus.VERIFYING: "verify",
    CaStatus.CLOSED: "reopen",
    CaStatus.CANCELLED: "reopen",
}


class CorrectiveActionsPage(Page):
    key = "corrective_actions"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Hành động khắc phục"),
            self.tr(
                "Phiếu yêu cầu hành động khắc phục: phân tích nguyên nhân, thực hiện, kiểm tra hiệu lực rồi mới đóng "
                "(TCVN ISO 9001:2015, điều 10.2)."
            ),
            parent,
            tasks=tasks,
        )
        self._detail: CaDetail | None = None
        self._total = 0
        self._reloading = False
        self._build_filters()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("correctiveActionsSplitter")
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 330])
        self.body.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.requery)

    @property
    def cas(self) -> Any:
        return self.services.corrective_actions

    # ---- filters -------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm phiếu…"))
        self.search.setToolTip(
            self.tr("Tìm theo số phiếu, mô tả, nguyên nhân, người phát hiện (không cần gõ dấu)")
        )
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status_filter = QComboBox(self)
        add_choice(self.status_filter, self.tr("Mọi trạng thái"), None)
        for status in CaStatus:
            add_choice(self.status_filter, status_label(status), status)
        self.source_filter = QComboBox(self)
        add_choice(self.source_filter, self.tr("Mọi nguồn"), None)
        for source in CaSource:
            add_choice(self.source_filter, forms.source_label(source), source)
        self.department_filter = QComboBox(self)
        add_choice(self.department_filter, self.tr("Mọi bộ phận"), None)
        self.year_filter = QComboBox(self)
        self.year_filter.setToolTip(
            self.tr(
                "Sổ theo dõi của năm: phiếu lập trong năm và phiếu năm trước chưa đóng, chưa hủy trước 01/01"
            )
        )
        add_choice(self.year_filter, self.tr("Mọi năm"), None)
        for combo in (self.status_filter, self.source_filter, self.department_filter, self.year_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.overdue_only = QCheckBox(self.tr("Chỉ quá hạn"), self)
        self.overdue_only.toggled.connect(lambda _c: self._filter_changed())
        row.addWidget(self.search, 2)
        row.addWidget(self.status_filter, 1)
        row.addWidget(self.source_filter, 1)
        row.addWidget(self.department_filter, 1)
        row.addWidget(self.year_filter)
        row.addWidget(self.overdue_only)
        self.body.addLayout(row)

    def current_filter(self) -> CaFilter:
        return CaFilter(
            text=self.search.text(),
            status=choice(self.status_filter),
            source=choice(self.source_filter),
            department_id=choice(self.department_filter),
            year=choice(self.year_filter),
            overdue_only=self.overdue_only.isChecked(),
            today=self.today(),
        )

    def _filter_changed(self) -> None:
        self._timer.stop()
        self.requery()

    def clear_filters(self) -> None:
        widgets: list[QWidget] = [
            self.search,
            self.status_filter,
            self.source_filter,
            self.department_filter,
            self.year_filter,
            self.overdue_only,
        ]
        blocked = [w.blockSignals(True) for w in widgets]
        self.search.clear()
        for combo in (self.status_filter, self.source_filter, self.department_filter, self.year_filter):
            combo.setCurrentIndex(0)
        self.overdue_only.setChecked(False)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._timer.stop()
        self.requery()

    # ---- list ----------------------------------------------------------------------------------
    def _build_list(self) -> ListPanel:
        columns = [
            Column(self.tr("Số phiếu"), lambda r: r.number, width=80, sort_by="number"),
            Column(self.tr("Ngày lập"), lambda r: fmt_date(r.raised_on), width=90, sort_by="raised_on"),
            Column(
                self.tr("Nội dung không phù hợp"), lambda r: r.description, width=190, sort_by="description"
            ),
            Column(self.tr("Trạng thái"), lambda r: status_label(r.status), width=130, sort_by="status"),
            Column(self.tr("Hạn"), lambda r: fmt_date(r.due_on), width=88, sort_by="due_on"),
            Column(
                self.tr("Chưa xong"),
                lambda r: r.open_actions or "",
                width=60,
                align_right=True,
            ),
            Column(self.tr("Bộ phận"), lambda r: r.department_name, width=130, sort_by="department"),
            Column(self.tr("Nguồn"), lambda r: forms.source_label(r.source), width=110, sort_by="source"),
            Column(self.tr("Ngày đóng"), lambda r: fmt_date(r.closed_on), sort_by="closed_on"),
        ]
        model = QueryRowsModel(columns, self._rows, self)
        self.list = ListPanel(
            "",
            columns,
            searchable=False,
            add_text=self.tr("Lập phiếu…"),
            state_key="corrective_actions",
            model=model,
        )
        self.list.title.hide()
        model.sort_requested.connect(self.requery)
        model.color = lambda r: OVERDUE_COLOR if r.overdue else None
        model.muted = lambda r: r.status in ca_rules.DONE_STATUSES
        self.list.set_legend([(OVERDUE_COLOR, self.tr("quá hạn")), (MUTED_COLOR, self.tr("đã đóng, đã hủy"))])
        self.list.add_requested.connect(lambda: self.edit_request(None))
        self.list.edit_requested.connect(self.edit_request)
        self.list.delete_requested.connect(self.delete_request)
        self.list.selection_changed.connect(self._selection_changed)
        self.print_button = QPushButton(self.tr("In phiếu…"), self)
        self.print_button.setToolTip(
            self.tr("In phiếu đang chọn ra PDF hoặc Word, theo mẫu biểu của cơ quan")
        )
        self.print_button.clicked.connect(self.print_form)
        self.register_button = QPushButton(self.tr("Xuất sổ theo dõi…"), self)
        self.register_button.setToolTip(
            self.tr("Sổ theo dõi hành động khắc phục của năm (Excel, PDF hoặc dữ liệu JSON)")
        )
        self.register_button.clicked.connect(self.export_register)
        self.list.insert_button(self.print_button)
        self.list.insert_button(self.register_button)
        return self.list

    def _rows(self, ids: Any) -> list[CaRow]:
        rows: list[CaRow] = self.cas.ca_rows(ids, self.today())
        return rows

    # ---- detail --------------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        steps = QHBoxLayout()
        steps.setSpacing(6)
        self.analyse_button = QPushButton(self.tr("Phân tích nguyên nhân…"), box)
        self.implement_button = QPushButton(self.tr("Triển khai thực hiện…"), box)
        self.verify_button = QPushButton(self.tr("Kiểm tra hiệu lực…"), box)
        self.cancel_button = QPushButton(self.tr("Hủy phiếu…"), box)
        self.reopen_button = QPushButton(self.tr("Mở lại…"), box)
        self.workflow_buttons = {
            "analyse": self.analyse_button,
            "implement": self.implement_button,
            "verify": self.verify_button,
            "cancel": self.cancel_button,
            "reopen": self.reopen_button,
        }
        self._tips = {
            "analyse": self.tr("Chuyển phiếu sang đang phân tích nguyên nhân"),
            "implement": self.tr("Bắt đầu thực hiện các hành động khắc phục"),
            "verify": self.tr("Ghi kết quả kiểm tra hiệu lực của các hành động đã hoàn thành"),
            "cancel": self.tr("Hủy phiếu (ghi ngày và lý do); có thể mở lại sau"),
            "reopen": self.tr("Mở lại phiếu đã đóng hoặc đã hủy (ghi lý do)"),
        }
        self.analyse_button.clicked.connect(lambda: self.take_step("analyse"))
        self.implement_button.clicked.connect(lambda: self.take_step("implement"))
        self.verify_button.clicked.connect(self.verify)
        self.cancel_button.clicked.connect(lambda: self.take_step("cancel"))
        self.reopen_button.clicked.connect(lambda: self.take_step("reopen"))
        for button in self.workflow_buttons.values():
            steps.addWidget(button)
        steps.addStretch(1)
        layout.addLayout(steps)
        # Why the next step is not open yet (the same words as the disabled button's tooltip).
        self.step_note = QLabel(box)
        self.step_note.setObjectName("fieldHelp")
        self.step_note.setWordWrap(True)
        self.step_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.step_note)
        self.tabs = QTabWidget(box)
        self.tabs.addTab(self._build_content_tab(), self.tr("Nội dung"))
        self.tabs.addTab(self._build_actions_tab(), self.tr("Hành động"))
        self.tabs.addTab(self._build_findings_tab(), self.tr("Phát hiện"))
        self.tabs.addTab(self._build_verifications_tab(), self.tr("Kiểm tra hiệu lực"))
        self.tabs.addTab(self._build_history_tab(), self.tr("Chuyển trạng thái"))
        self.changes_history = add_history_tab(
            self.tabs, self.services, "corrective_action", follow=self.list
        )
        layout.addWidget(self.tabs, 1)
        return box

    def _build_content_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self.content = QLabel(scroll)
        self.content.setObjectName("detailText")
        self.content.setWordWrap(True)
        self.content.setTextFormat(Qt.TextFormat.RichText)
        self.content.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.setContentsMargins(8, 6, 8, 6)
        scroll.setWidget(self.content)
        return scroll

    def _build_actions_tab(self) -> ListPanel:
        self.action_list = ListPanel(
            "",
            [
                Column(self.tr("TT"), lambda r: self._position(r), width=40, align_right=True),
                Column(self.tr("Nội dung hành động"), lambda r: " ".join(r.description.split()), width=420),
                Column(self.tr("Người thực hiện"), lambda r: r.owner, width=160),
                Column(self.tr("Hạn"), lambda r: fmt_date(r.due_on), sort=lambda r: r.due_on, width=95),
                Column(
                    self.tr("Hoàn thành"),
                    lambda r: fmt_date(r.completed_on),
                    sort=lambda r: r.completed_on,
                    width=100,
                ),
                Column(self.tr("Tình trạng"), _action_state),
            ],
            searchable=False,
            add_text=self.tr("Thêm hành động…"),
            state_key="ca_actions",
        )
        self.action_list.title.hide()
        self.action_list.model.color = lambda r: (
            OVERDUE_COLOR if r.overdue else (DONE_COLOR if r.completed_on else None)
        )
        self.action_list.model.muted = lambda r: r.cancelled
        self.action_list.set_legend(
            [
                (OVERDUE_COLOR, self.tr("quá hạn")),
                (DONE_COLOR, self.tr("đã hoàn thành")),
                (MUTED_COLOR, self.tr("đã hủy")),
            ]
        )
        self.action_list.add_requested.connect(self.add_action)
        self.action_list.edit_requested.connect(self.edit_action)
        self.action_list.delete_requested.connect(self.delete_action)
        self.complete_button = QPushButton(self.tr("Ghi hoàn thành…"), self)
        self.complete_button.clicked.connect(self.toggle_completed)
        self.cancel_action_button = QPushButton(self.tr("Hủy hành động"), self)
        self.cancel_action_button.clicked.connect(self.toggle_action_cancelled)
        self.action_list.insert_button(self.complete_button)
        self.action_list.insert_button(self.cancel_action_button)
        self.action_list.selection_changed.connect(lambda _r: self._update_action_buttons())
        return self.action_list

    def _position(self, row: ActionRow) -> str:
        if self._detail is None:
            return ""
        ids = [a.id for a in self._detail.actions]
        return str(ids.index(row.id) + 1) if row.id in ids else ""

    def _build_findings_tab(self) -> ListPanel:
        self.findings = ListPanel(
            "",
            [
                Column(self.tr("Loại"), _finding_type_label, width=150),
                Column(self.tr("Điều khoản"), lambda r: r.clause, width=90),
                Column(self.tr("Nội dung phát hiện"), lambda r: " ".join(r.description.split()), width=420),
                Column(self.tr("Ngày"), lambda r: fmt_date(r.found_on), sort=lambda r: r.found_on, width=95),
                Column(self.tr("Nguồn"), lambda r: r.source_label),
            ],
            searchable=False,
            add_text=self.tr("Gắn phát hiện…"),
            delete_text=self.tr("Bỏ liên kết"),
            state_key="ca_findings",
        )
        self.findings.title.hide()
        self.findings.edit_button.setText(self.tr("Mở phát hiện"))
        self.findings.edit_button.setToolTip(self.tr("Mở phát hiện này ở trang của nó"))
        self.findings.add_requested.connect(self.link_findings)
        self.findings.edit_requested.connect(lambda r: self.open_record("finding", r.id))
        self.findings.delete_requested.connect(self.unlink_finding)
        return self.findings

    def _build_verifications_tab(self) -> ListPanel:
        self.verifications = ListPanel(
            "",
            [
                Column(self.tr("Ngày kiểm tra"), lambda r: fmt_date(r.on), sort=lambda r: r.on, width=110),
                Column(self.tr("Người kiểm tra"), lambda r: r.by, width=180),
                Column(self.tr("Kết luận"), self._verdict, width=140),
                Column(self.tr("Nhận xét"), lambda r: " ".join(r.comment.split())),
            ],
            searchable=False,
            state_key="ca_verifications",
        )
        self.verifications.title.hide()
        self.verifications.model.color = lambda r: DONE_COLOR if r.effective else OVERDUE_COLOR
        for button in (
            self.verifications.add_button,
            self.verifications.edit_button,
            self.verifications.delete_button,
        ):
            button.hide()
        return self.verifications

    def _verdict(self, row: VerificationRow) -> str:
        return self.tr("Có hiệu lực") if row.effective else self.tr("Chưa hiệu lực")

    def _build_history_tab(self) -> ListPanel:
        self.history = ListPanel(
            "",
            [
                Column(self.tr("Ngày"), lambda r: fmt_date(r.on), sort=lambda r: r.on, width=95),
                Column(self.tr("Thao tác"), lambda r: _history_label(r.action), width=300),
                Column(self.tr("Từ"), lambda r: _state_label(r.from_state), width=150),
                Column(self.tr("Sang"), lambda r: _state_label(r.to_state), width=150),
                Column(self.tr("Lý do, nhận xét"), lambda r: " ".join(r.reason.split())),
            ],
            searchable=False,
            state_key="ca_history",
        )
        self.history.title.hide()
        for button in (self.history.add_button, self.history.edit_button, self.history.delete_button):
            button.hide()
        return self.history

    # ---- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The data may have changed: the filter choices, the total, the rows and the detail."""
        departments = self.services.organization.list_departments()
        set_choices(
            self.department_filter, [(self.tr("Mọi bộ phận"), None), *((d.name, d.id) for d in departments)]
        )
        years = set(self.cas.years()) | {self.today().year}
        set_choices(
            self.year_filter,
            [(self.tr("Mọi năm"), None), *((str(y), y) for y in sorted(years, reverse=True))],
        )
        self._total = sum(self.cas.counts(self.today()).by_status.values())
        self.reload_list()

    def reload_list(self) -> None:
        self.requery(fresh=True)

    def requery(self, *, fresh: bool = False) -> None:
        """The ids the search and the filters let through (SQL), in the chosen order, keeping the
        selected request selected; its detail is read again when it changed or ``fresh``."""
        model = self.list.model
        previous = self._detail.id if self._detail is not None else None
        ids = self.cas.ca_ids(self.current_filter(), sort=model.sort_by(), descending=model.descending)
        self._reloading = True
        try:
            model.set_ids(ids)
            if not (previous is not None and self.list.select_key(previous)) and ids:
                self.list.select_view_row(0)
        finally:
            self._reloading = False
        counts = self.cas.counts(self.today())
        self.list.count_label.setText(
            self.tr("{0}/{1} phiếu · mở {2} · quá hạn {3}").format(
                fmt_number(len(ids)),
                fmt_number(self._total),
                fmt_number(counts.open),
                fmt_number(counts.overdue),
            )
        )
        self._show_detail(self.list.current(), force=fresh)

    def _selection_changed(self, row: CaRow | None) -> None:
        if not self._reloading:
            self._show_detail(row)

    def select_request(self, ca_id: int) -> bool:
        if not self.list.select_key(ca_id):
            self.clear_filters()
            if not self.list.select_key(ca_id):
                return False
        return True

    def _show_detail(self, row: CaRow | None, *, force: bool = False) -> None:
        if row is not None and not force and self._detail is not None and self._detail.id == row.id:
            return
        detail = None
        if row is not None:
            try:
                detail = self.cas.get(row.id)
            except DomainError:
                detail = None
        self._detail = detail
        self._fill_detail(detail)

    def _fill_detail(self, detail: CaDetail | None) -> None:
        self.print_button.setEnabled(detail is not None)
        if detail is None:
            self.detail_title.setText(
                self.tr("Chọn một phiếu để xem nội dung, hành động và kiểm tra hiệu lực.")
            )
            self.content.clear()
            for panel in (self.action_list, self.findings, self.verifications, self.history):
                panel.set_rows([])
            for button in self.workflow_buttons.values():
                button.setEnabled(False)
                button.setToolTip("")
            self.step_note.clear()
            self.step_note.hide()
            self.action_list.add_button.setEnabled(False)
            self.findings.add_button.setEnabled(False)
            self._update_action_buttons()
            return
        title = self.tr("Phiếu {0} — {1}").format(detail.number, status_label(detail.status))
        if detail.status in ca_rules.OPEN_STATUSES:
            title += self.tr(" · hạn {0}").format(fmt_date(detail.due_on))
            if detail.overdue:
                title += self.tr(" (quá hạn {0} ngày)").format(
                    fmt_number((self.today() - detail.due_on).days)
                )
        elif detail.status is CaStatus.CLOSED:
            title += self.tr(" ngày {0}").format(fmt_date(detail.closed_on))
        elif detail.cancelled_on is not None:
            title += self.tr(" ngày {0}").format(fmt_date(detail.cancelled_on))
        self.detail_title.setText(title)
        self.detail_title.setStyleSheet(f"color: {OVERDUE_COLOR};" if detail.overdue else "")
        self.content.setText(self._content_html(detail))
        self.action_list.set_rows(list(detail.actions))
        self.findings.set_rows(list(detail.findings))
        self.verifications.set_rows(list(detail.verifications))
        self.history.set_rows(list(detail.history))
        self._set_tab_counts(detail)
        self._follow_workflow(detail)
        editable = detail.locked is None
        self.action_list.add_button.setEnabled(editable)
        self.findings.add_button.setEnabled(editable)
        self.findings.delete_button.setEnabled(editable and self.findings.current() is not None)
        lock_tip = message(detail.locked.error()) if detail.locked is not None else ""
        self.list.edit_button.setEnabled(editable)
        self.list.edit_button.setToolTip(lock_tip)
        self.list.delete_button.setEnabled(detail.delete_refusal is None)
        self.list.delete_button.setToolTip(
            message(detail.delete_refusal.error()) if detail.delete_refusal is not None else ""
        )
        for button in (self.action_list.add_button, self.findings.add_button):
            button.setToolTip(lock_tip)
        self._update_action_buttons()

    def _set_tab_counts(self, detail: CaDetail) -> None:
        open_actions = sum(1 for a in detail.actions if not a.cancelled and a.completed_on is None)
        actions = (
            self.tr("Hành động ({0})").format(len(detail.actions)) if detail.actions else self.tr("Hành động")
        )
        if open_actions:
            actions = self.tr("Hành động ({0}, chưa xong {1})").format(len(detail.actions), open_actions)
        self.tabs.setTabText(1, actions)
        self.tabs.setTabText(
            2,
            self.tr("Phát hiện ({0})").format(len(detail.findings))
            if detail.findings
            else self.tr("Phát hiện"),
        )
        self.tabs.setTabText(
            3,
            self.tr("Kiểm tra hiệu lực ({0})").format(len(detail.verifications))
            if detail.verifications
            else self.tr("Kiểm tra hiệu lực"),
        )

    def _follow_workflow(self, detail: CaDetail) -> None:
        """The workflow decides: a refused step is disabled and says why (tooltip, and in words
        under the buttons for the step that comes next)."""
        for action, button in self.workflow_buttons.items():
            refusal: Refusal | None = detail.refusals.get(action)
            button.setEnabled(refusal is None)
            button.setToolTip(message(refusal.error()) if refusal is not None else self._tips[action])
        step = _NEXT_STEP[detail.status]
        refused = detail.refusals.get(step)
        name = self.workflow_buttons[step].text().rstrip("…")
        if refused is not None:
            note = self.tr("Chưa thể “{0}”: {1}").format(name, message(refused.error()))
        elif detail.status in ca_rules.OPEN_STATUSES:
            note = self.tr("Bước tiếp theo: {0}.").format(name)
        else:
            note = message(detail.locked.error()) if detail.locked is not None else ""
        self.step_note.setText(note)
        self.step_note.setVisible(bool(note))

    def _content_html(self, d: CaDetail) -> str:
        def esc(text: str) -> str:
            return html.escape(text).replace("\n", "<br>")

        empty = f'<span style="color:{MUTED_COLOR}">{html.escape(self.tr("(chưa ghi)"))}</span>'
        similar = {
            None: self.tr("chưa xác định"),
            True: self.tr("có ở nơi khác"),
            False: self.tr("không có"),
        }[d.similar_exists]
        if d.similar_note:
            similar += f" — {d.similar_note}"
        updates = [
            text
            for flag, text in (
                (d.update_risks, self.tr("cập nhật rủi ro, cơ hội")),
                (d.update_qms, self.tr("thay đổi Hệ thống quản lý chất lượng")),
            )
            if flag
        ]
        rows = [
            (self.tr("Ngày lập"), fmt_date(d.raised_on)),
            (self.tr("Nguồn"), forms.source_label(d.source)),
            (self.tr("Bộ phận"), d.department_name),
            (self.tr("Người phát hiện"), d.found_by),
            (self.tr("Ngày phát hiện"), fmt_date(d.found_on)),
            (self.tr("Mô tả sự không phù hợp"), d.description),
            (self.tr("Sự khắc phục"), d.correction),
            (self.tr("Nguyên nhân gốc"), d.root_cause),
            (self.tr("Trường hợp tương tự"), similar),
            (self.tr("Cần cập nhật"), ", ".join(updates) if updates else self.tr("không")),
            (self.tr("Người phê duyệt"), d.approver),
            (self.tr("Hạn hoàn thành"), fmt_date(d.due_on)),
        ]
        if d.closed_on is not None:
            rows.append((self.tr("Ngày đóng"), fmt_date(d.closed_on)))
        if d.cancelled_on is not None:
            rows.append((self.tr("Ngày hủy"), fmt_date(d.cancelled_on)))
            rows.append((self.tr("Lý do hủy"), d.cancel_reason))
        cells = "".join(
            f'<tr><td style="color:#555; padding:2px 12px 2px 0; white-space:nowrap">{html.escape(label)}</td>'
            f'<td style="padding:2px 0">{esc(value) if value else empty}</td></tr>'
            for label, value in rows
        )
        return f"<table>{cells}</table>"

    # ---- requests ------------------------------------------------------------------------------
    def _people(self) -> list[str]:
        return [p.full_name for p in self.services.organization.list_persons(active_only=True)]

    def _departments(self) -> list[tuple[str, int]]:
        return [(d.name, d.id) for d in self.services.organization.list_departments() if d.active]

    def edit_request(self, row: CaRow | None) -> object:
        detail = self.cas.get(row.id) if row is not None else None
        if detail is not None and detail.locked is not None:
            show_domain_error(self, detail.locked.error())
            return None

        def save(values: dict[str, Any]) -> int:
            fields = forms.request_from_values(values, detail)
            if detail is None:
                new_id: int = self.cas.create(fields)
                return new_id
            self.cas.update(detail.id, fields)
            return detail.id

        title = (
            self.tr("Phiếu yêu cầu hành động khắc phục {0}").format(detail.number)
            if detail is not None
            else self.tr("Lập phiếu yêu cầu hành động khắc phục")
        )
        dialog = RecordDialog(
            title,
            forms.request_fields(self._departments(), self._people()),
            save,
            self,
            values=forms.request_values(detail, self.today()),
            width=760,
        )
        forms.widen(dialog.form)
        if detail is None:
            hint = self.tr("Để trống hạn: {0} ngày sau ngày lập.").format(ca_rules.DEFAULT_DUE_DAYS)
            due = dialog.form.editors["due_on"]
            assert isinstance(due, DateEdit)
            due.setToolTip(hint)
            due.line.setPlaceholderText(self.tr("+{0} ngày").format(ca_rules.DEFAULT_DUE_DAYS))
        if not dialog.exec():
            return None
        ca_id = dialog.result_value
        self.refresh()
        if isinstance(ca_id, int):
            self.select_request(ca_id)
        return ca_id

    def delete_request(self, row: CaRow) -> None:
        detail = self.cas.get(row.id)
        if detail.delete_refusal is not None:
            show_domain_error(self, detail.delete_refusal.error())
            return
        self.delete_record(self.tr("phiếu {0}").format(row.number), lambda: self.cas.delete(row.id))

    # ---- workflow ------------------------------------------------------------------------------
    def _run(self, call: Callable[[], object]) -> bool:
        """Call a service; a refusal is shown. Reloads the list and the detail after a change."""
        try:
            call()
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self._after_change()
        return True

    def _after_change(self) -> None:
        ca_id = self._detail.id if self._detail is not None else None
        self.refresh()
        if ca_id is not None:
            self.select_request(ca_id)

    def take_step(self, action: str) -> object:
        """A move through a small form: its date and, for cancel and reopen, the reason."""
        detail = self._detail
        if detail is None:
            return None
        titles = {
            "analyse": self.tr("Phân tích nguyên nhân — phiếu {0}"),
            "implement": self.tr("Triển khai thực hiện — phiếu {0}"),
            "cancel": self.tr("Hủy phiếu {0}"),
            "reopen": self.tr("Mở lại phiếu {0}"),
        }
        dates = {
            "analyse": self.tr("Ngày bắt đầu phân tích"),
            "implement": self.tr("Ngày triển khai"),
            "cancel": self.tr("Ngày hủy"),
            "reopen": self.tr("Ngày mở lại"),
        }
        helps = {
            "cancel": self.tr("Ví dụ: lập trùng với phiếu khác; sự không phù hợp không còn."),
            "reopen": self.tr("Ví dụ: sự không phù hợp tái diễn; phiếu bị hủy nhầm."),
        }
        fields = forms.move_fields(
            with_reason=action in ("cancel", "reopen"),
            date_label=dates[action],
            reason_help=helps.get(action, ""),
        )

        def save(values: dict[str, Any]) -> None:
            if values["on"] is None:  # the service would take today: the user emptied the date
                raise ValidationError([FieldError("on", "field.required")])
            self.cas.move(detail.id, action, on=values["on"], reason=values.get("reason", ""))

        dialog = RecordDialog(
            titles[action].format(detail.number), fields, save, self, {"on": self.today()}, width=520
        )
        if not dialog.exec():
            return None
        self._after_change()
        return True

    def verify(self) -> object:
        detail = self._detail
        if detail is None:
            return None
        dialog = RecordDialog(
            self.tr("Kiểm tra hiệu lực — phiếu {0}").format(detail.number),
            forms.verification_fields(self._people()),
            lambda v: self.cas.verify(detail.id, forms.verification_from_values(v)),
            self,
            {"on": self.today(), "effective": "yes"},
            width=600,
        )
        forms.widen(dialog.form)
        if not dialog.exec():
            return None
        self._after_change()
        return True

    # ---- actions -------------------------------------------------------------------------------
    def _update_action_buttons(self) -> None:
        row: ActionRow | None = self.action_list.current()
        editable = self._detail is not None and self._detail.locked is None
        for button in (self.action_list.edit_button, self.action_list.delete_button):
            button.setEnabled(editable and row is not None)
        self.complete_button.setEnabled(editable and row is not None and not row.cancelled)
        self.cancel_action_button.setEnabled(editable and row is not None)
        done = row is not None and row.completed_on is not None
        self.complete_button.setText(self.tr("Bỏ hoàn thành") if done else self.tr("Ghi hoàn thành…"))
        cancelled = row is not None and row.cancelled
        self.cancel_action_button.setText(
            self.tr("Khôi phục hành động") if cancelled else self.tr("Hủy hành động")
        )

    def _action_dialog(self, row: ActionRow | None) -> object:
        detail = self._detail
        if detail is None:
            return None

        def save(values: dict[str, Any]) -> object:
            fields = forms.action_from_values(values)
            if row is None:
                return self.cas.add_action(detail.id, fields)
            self.cas.update_action(row.id, fields)
            return row.id

        values: object = row if row is not None else {"due_on": detail.due_on}
        dialog = RecordDialog(
            self.tr("Hành động khắc phục — phiếu {0}").format(detail.number),
            forms.action_fields(self._people()),
            save,
            self,
            values,
            width=600,
        )
        forms.widen(dialog.form)
        if not dialog.exec():
            return None
        self._after_change()
        return dialog.result_value

    def add_action(self) -> object:
        return self._action_dialog(None)

    def edit_action(self, row: ActionRow) -> object:
        if self._detail is not None and self._detail.locked is not None:
            show_domain_error(self, self._detail.locked.error())
            return None
        return self._action_dialog(row)

    def delete_action(self, row: ActionRow) -> None:
        if self.delete_record(
            self.tr("hành động “{0}”").format(" ".join(row.description.split())[:60]),
            lambda: self.cas.delete_action(row.id),
        ):
            self._after_change()

    def toggle_completed(self) -> object:
        row: ActionRow | None = self.action_list.current()
        if row is None:
            return None
        if row.completed_on is not None:
            return self._run(lambda: self.cas.set_action_completed(row.id, None))
        dialog = RecordDialog(
            self.tr("Ghi hoàn thành hành động"),
            forms.completion_fields(),
            lambda v: self.cas.set_action_completed(row.id, v["completed_on"]),
            self,
            {"completed_on": self.today()},
            width=420,
        )
        if not dialog.exec():
            return None
        self._after_change()
        return True

    def toggle_action_cancelled(self) -> object:
        row: ActionRow | None = self.action_list.current()
        if row is None:
            return None
        fields = forms.action_from_values(
            {
                "description": row.description,
                "owner": row.owner,
                "due_on": row.due_on,
                "completed_on": row.completed_on,
                "cancelled": not row.cancelled,
            }
        )
        return self._run(lambda: self.cas.update_action(row.id, fields))

    # ---- findings ------------------------------------------------------------------------------
    def link_findings(self) -> list[int]:
        detail = self._detail
        if detail is None:
            return []
        rows = self.cas.finding_choices(detail.id)
        dialog = PickDialog(
            self.tr("Gắn phát hiện"),
            self.tr(
                "Chọn các phát hiện phiếu {0} xử lý (giữ Ctrl để chọn nhiều). Chỉ hiện phát hiện chưa đóng và chưa có "
                "phiếu khác đang xử lý."
            ).format(detail.number),
            [
                Column(self.tr("Loại"), _finding_type_label, width=150),
                Column(self.tr("Điều khoản"), lambda r: r.clause, width=90),
                Column(self.tr("Nội dung phát hiện"), lambda r: " ".join(r.description.split()), width=380),
                Column(self.tr("Nguồn"), lambda r: r.source_label),
            ],
            rows,
            self,
            multi=True,
        )
        dialog.resize(min(1040, max(820, self.window().width() - 120)), 520)
        if not dialog.exec():
            return []
        ids = [r.id for r in dialog.chosen()]
        if ids and not self._run(lambda: self.cas.link_findings(detail.id, ids)):
            return []
        return ids

    def unlink_finding(self, row: FindingLink) -> None:
        detail = self._detail
        if detail is None:
            return
        if confirm(
            self,
            self.tr("Bỏ liên kết"),
            self.tr("Phiếu {0} không xử lý phát hiện “{1}” nữa?").format(
                detail.number, " ".join(row.description.split())[:80]
            ),
            self.tr("Bỏ liên kết"),
        ):
            self._run(lambda: self.cas.unlink_finding(detail.id, row.id))

    # ---- printing and the register -------------------------------------------------------------
    def print_form(self) -> None:
        detail = self._detail
        if detail is None:
            return
        from app.services.areas import ExportRequest
        from app.services.exports import catalogue
        from app.ui.dialogs.export_dialog import export_file, suggested_name

        def write(fmt: str, target: Path) -> object:
            return catalogue.write(
                self.services,
                "ca-form",
                ExportRequest(fmt, target, year=detail.year, number=f"{detail.seq:02d}", today=self.today()),
            )

        export_file(
            self,
            self.tr("In phiếu yêu cầu hành động khắc phục"),
            suggested_name(self.services, f"Phieu yeu cau HDKP {detail.seq:02d}", "pdf", detail.year),
            write,
            self.tasks,
            formats=("pdf", "docx"),
            data_root=self.services.data_root,
        )

    def register_year(self) -> int:
        year = choice(self.year_filter)
        return int(year) if year is not None else self.today().year

    def export_register(self) -> None:
        """The year's register (the year filter's, else this year's) as xlsx, pdf or JSON."""
        from app.services.areas import ExportRequest
        from app.services.exports import catalogue
        from app.services.files import check_output_path
        from app.ui.dialogs.export_dialog import show_export_failure, show_saved, suggested_name

        year = self.register_year()
        title = self.tr("Xuất sổ theo dõi hành động khắc phục năm {0}").format(year)
        filters = {
            "xlsx": translate("Export", "Bảng tính Excel (*.xlsx)"),
            "pdf": translate("Export", "PDF để in (*.pdf)"),
            "json": self.tr("Dữ liệu JSON (*.json)"),
        }
        name = suggested_name(self.services, "So theo doi hanh dong khac phuc", "xlsx", year, on=self.today())
        path, chosen = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / name), ";;".join(filters.values())
        )
        if not path:
            return
        typed = Path(path).suffix.lower().lstrip(".")
        if typed in filters:
            fmt, target = typed, Path(path)
        else:
            fmt = next((f for f, text in filters.items() if text == chosen), "xlsx")
            target = Path(f"{path}.{fmt}")
        try:
            check_output_path(target, fmt, self.services.data_root)
        except DomainError as error:
            show_export_failure(self, title, error)
            return
        request = ExportRequest(fmt, target, year=year, today=self.today())
        self.tasks.run_with_progress(
            self,
            translate("Export", "Đang xuất tệp…"),
            lambda: catalogue.write(self.services, "corrective-actions", request),
            lambda result: show_saved(self, title, target, getattr(result, "warnings", ())),
            lambda error: show_export_failure(self, title, error),
        )

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "corrective_action":
            return False
        return self.select_request(record_id)

    def screenshots(self, shoot: Shoot) -> None:
        """A request with its actions, one waiting for the next step, and the request's form."""
        ids = self.list.model.ids
        if not ids:
            return
        rows = self._rows(ids[: min(len(ids), 200)])
        busy = next((r for r in rows if r.status is CaStatus.IN_PROGRESS), rows[0])
        self.select_request(busy.id)
        self.tabs.setCurrentIndex(1)
        shoot("hanh dong cua phieu")
        waiting = next((r for r in rows if r.status in (CaStatus.NEW, CaStatus.ANALYSING)), None)
        if waiting is not None:
            self.select_request(waiting.id)
        self.tabs.setCurrentIndex(0)
        shoot("noi dung phieu va buoc tiep theo")
        self.tabs.setCurrentIndex(4)
        shoot("lich su phieu")
        self.tabs.setCurrentIndex(0)
        if self._detail is not None:
            detail = self._detail
            dialog = RecordDialog(
                self.tr("Phiếu yêu cầu hành động khắc phục {0}").format(detail.number),
                forms.request_fields(self._departments(), self._people()),
                lambda _v: None,
                self,
                values=forms.request_values(detail, self.today()),
                width=760,
            )
            forms.widen(dialog.form)
            dialog.show()
            shoot("hop thoai phieu", dialog)
            dialog.close()
            check = RecordDialog(
                self.tr("Kiểm tra hiệu lực — phiếu {0}").format(detail.number),
                forms.verification_fields(self._people()),
                lambda _v: None,
                self,
                {"on": self.today(), "effective": "yes"},
                width=600,
            )
            forms.widen(check.form)
            check.show()
            shoot("hop thoai kiem tra hieu luc", check)
            check.close()

    # ---- helpers for tests and other pages -----------------------------------------------------
    def selected(self) -> CaDetail | None:
        return self._detail

    def history_rows(self) -> list[TransitionRecord]:
        return list(self.history.model.rows)
