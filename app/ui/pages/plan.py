"""Kế hoạch duy trì, cải tiến HTQLCL năm N: the plan's text, its tasks, what is overdue."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.models import TaskStatus, TimeframeKind
from app.services import dto
from app.services.errors import DomainError
from app.services.indicators import plan_figures
from app.ui import errors as ui_errors
from app.ui.dialogs.plan_document_dialog import (
    export_plan_document,
    fill_with_defaults,
    meta_fields,
    printed_defaults,
    show_printed_defaults,
)
from app.ui.formatting import (
    fmt_date,
    quarter_label,
    task_status_label,
    timeframe_kind_label,
    timeframe_text,
)
from app.ui.pages.base import Shoot, YearPage
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import DateEdit, Field, FormWidget, RecordDialog, choice
from app.ui.widgets.tables import Column, ListPanel

OVERDUE_COLOR = "#b3261e"
DONE_COLOR = "#1e7b34"


class TaskDialog(RecordDialog):
    """One task of the plan; the quarter or the date is asked only for the time frame that needs it."""

    def __init__(
        self,
        services: Services,
        year: int,
        task: dto.TaskInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.year = year
        self.task = task
        tr = self.tr
        suggestions = [(d.name, d.name) for d in services.organization.list_departments(active_only=True)]
        fields = [
            Field("content", tr("Nội dung công việc"), kind="multiline", required=True, height=60),
            Field(
                "responsible",
                tr("Thực hiện"),
                kind="combo_edit",
                choices=[(tr("Thư ký ISO"), ""), (tr("Ban chỉ đạo ISO"), ""), *suggestions],
                placeholder=tr("Bộ phận hoặc người thực hiện"),
            ),
            Field(
                "timeframe",
                tr("Thời gian"),
                kind="combo",
                choices=[(timeframe_kind_label(k), k) for k in TimeframeKind],
            ),
            Field(
                "quarter",
                "",
                kind="combo",
                choices=[(quarter_label(q), q) for q in (1, 2, 3, 4)],
                same_row=True,
            ),
            Field("due_on", tr("trước ngày"), kind="date", same_row=True),
            Field(
                "status",
                tr("Trạng thái"),
                kind="combo",
                choices=[(task_status_label(s), s) for s in TaskStatus],
            ),
            Field("completed_on", tr("Ngày hoàn thành"), kind="date", same_row=True),
            Field(
                "output",
                tr("Sản phẩm"),
                kind="multiline",
                height=44,
                placeholder=tr("Kết quả phải có khi xong, ví dụ: Biên bản họp xem xét của lãnh đạo"),
                help=tr("In trong cột “Sản phẩm” của kế hoạch."),
            ),
            Field(
                "evidence",
                tr("Minh chứng"),
                kind="multiline",
                height=44,
                placeholder=tr("Văn bản, hồ sơ chứng minh đã thực hiện (số, ngày…)"),
                help=tr("Chỉ để theo dõi, không in trong kế hoạch."),
            ),
        ]
        super().__init__(
            tr("Sửa nhiệm vụ") if task else tr("Thêm nhiệm vụ"),
            fields,
            self._save_task,
            parent,
            values=task,
            width=620,
        )
        editors = self.form.editors
        self.timeframe = editors["timeframe"]
        self.status = editors["status"]
        assert isinstance(self.timeframe, QComboBox) and isinstance(self.status, QComboBox)
        self.timeframe.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._update_enabled()

    def _update_enabled(self) -> None:
        kind = choice(self.timeframe)
        self.form.editors["quarter"].setEnabled(kind is TimeframeKind.QUARTER)
        self.form.editors["due_on"].setEnabled(kind is TimeframeKind.DATE)
        self.form.editors["completed_on"].setEnabled(choice(self.status) is TaskStatus.DONE)

    def _status_changed(self) -> None:
        done = self.form.editors["completed_on"]
        assert isinstance(done, DateEdit)
        if choice(self.status) is TaskStatus.DONE:
            if not done.line.text().strip():
                done.set_value(self.services.clock.today())
        else:
            done.set_value(None)
        self._update_enabled()

    def _save_task(self, values: dict[str, Any]) -> dto.PlanInfo:
        return self.services.plans.save_task(
            self.year, dto.TaskFields(**values), self.task.id if self.task else None
        )


class PlanPage(YearPage):
    key = "plan"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Kế hoạch duy trì, cải tiến HTQLCL"),
            self.tr(
                "Các nhiệm vụ của năm: ai thực hiện, khi nào, đã xong chưa; nhiệm vụ quá hạn hiện màu đỏ."
            ),
            parent,
            tasks=tasks,
        )
        self._plan: dto.PlanInfo | None = None
        self._build_toolbar()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_plan())
        self.body.addWidget(self.stack, 1)

    # ---- building ------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        row = self._year_row()
        self.export_button = QPushButton(self.tr("Xuất kế hoạch…"), self)
        self.export_button.setToolTip(
            self.tr("Xuất kế hoạch năm để trình ký (PDF, Word) hoặc theo dõi (Excel)")
        )
        self.export_button.clicked.connect(
            lambda: export_plan_document(self, self.services, "plan", self.year(), self.tasks)
        )
        self.next_year_button = QPushButton(self.tr("Bắt đầu năm sau…"), self)
        self.next_year_button.setToolTip(
            self.tr("Sao chép nhiệm vụ (trạng thái đặt lại) và mục tiêu chất lượng sang năm kế tiếp")
        )
        self.next_year_button.clicked.connect(self.start_next_year)
        row.addWidget(self.export_button)
        row.addWidget(self.next_year_button)
        row.addStretch(1)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("danger")
        row.addWidget(self.overdue_label)
        self.body.addLayout(row)

    def _build_empty(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 24, 0, 0)
        self.empty_label = QLabel(box)
        self.empty_label.setObjectName("cardValue")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        hint = QLabel(
            self.tr(
                "Danh sách nhiệm vụ mẫu theo chu kỳ năm của HTQLCL: ban hành kế hoạch, mục tiêu chất lượng, "
                "rủi ro và cơ hội, báo cáo 6 tháng và năm, đánh giá nội bộ, xem xét của lãnh đạo… "
                "Có thể sửa, thêm, xóa sau khi tạo."
            ),
            box,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.create_default_button = QPushButton(self.tr("Tạo kế hoạch theo danh sách nhiệm vụ mẫu"), box)
        self.create_default_button.clicked.connect(lambda: self.create_plan(True))
        self.create_empty_button = QPushButton(self.tr("Tạo kế hoạch trống"), box)
        self.create_empty_button.clicked.connect(lambda: self.create_plan(False))
        buttons.addWidget(self.create_default_button)
        buttons.addWidget(self.create_empty_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return box

    def _build_plan(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.task_list = ListPanel(
            "",
            [
                Column(self.tr("STT"), lambda r: r.sort_order + 1, width=44, align_right=True),
                Column(self.tr("Nội dung công việc"), lambda r: " ".join(r.content.split()), width=360),
                Column(self.tr("Thực hiện"), lambda r: r.responsible, width=140),
                Column(
                    self.tr("Thời gian"),
                    lambda r: timeframe_text(r.timeframe, r.quarter, r.due_on),
                    sort=lambda r: r.deadline or date.max,
                    width=110,
                ),
                Column(self.tr("Sản phẩm"), lambda r: " ".join(r.output.split()), width=200),
                Column(self.tr("Trạng thái"), lambda r: task_status_label(r.status), width=120),
                Column(
                    self.tr("Ngày hoàn thành"),
                    lambda r: fmt_date(r.completed_on),
                    sort=lambda r: r.completed_on,
                    width=135,
                ),
                Column(self.tr("Minh chứng"), lambda r: " ".join(r.evidence.split())),
            ],
            self.tabs,
            add_text=self.tr("Thêm…"),
            state_key="plan_tasks",
        )
        self.task_list.title.hide()
        self.task_list.model.color = lambda r: (
            OVERDUE_COLOR if r.overdue else DONE_COLOR if r.status is TaskStatus.DONE else None
        )
        self.task_list.set_legend(
            [
                (OVERDUE_COLOR, self.tr("quá hạn")),
                (DONE_COLOR, task_status_label(TaskStatus.DONE).lower()),
            ]
        )
        self.task_list.add_requested.connect(lambda: self.edit_task(None))
        self.task_list.edit_requested.connect(self.edit_task)
        self.task_list.delete_requested.connect(
            lambda r: self.delete_record(
                self.tr("nhiệm vụ “{0}”").format(" ".join(r.content.split())[:80]),
                lambda: self.services.plans.delete_task(r.id),
            )
        )
        self.up_button = QPushButton(self.tr("Lên"), self.task_list)
        self.up_button.setToolTip(self.tr("Đưa nhiệm vụ lên trên"))
        self.up_button.clicked.connect(lambda: self.move_task(-1))
        self.down_button = QPushButton(self.tr("Xuống"), self.task_list)
        self.down_button.setToolTip(self.tr("Đưa nhiệm vụ xuống dưới"))
        self.down_button.clicked.connect(lambda: self.move_task(1))
        self.task_list.insert_button(self.up_button)
        self.task_list.insert_button(self.down_button)
        self.task_list.selection_changed.connect(self._update_move_buttons)
        self._update_move_buttons(None)
        tasks_tab = QWidget(self.tabs)
        tasks_layout = QVBoxLayout(tasks_tab)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addWidget(self.task_list, 1)
        # The selected task in full: its content and evidence are cut in the table.
        self.task_detail = QLabel(tasks_tab)
        self.task_detail.setObjectName("detailText")
        self.task_detail.setWordWrap(True)
        self.task_detail.setTextFormat(Qt.TextFormat.RichText)
        self.task_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.task_detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        tasks_layout.addWidget(self.task_detail)
        self.task_list.selection_changed.connect(self._show_task)
        self._show_task(None)
        self.tabs.addTab(tasks_tab, self.tr("Nhiệm vụ"))
        self.tabs.addTab(self._build_header(), self.tr("Thông tin văn bản"))
        return self.tabs

    def _build_header(self) -> QWidget:
        fields = meta_fields()
        by_name = {f.name: f for f in fields}
        points = self.tr("Mỗi ý một dòng, bắt đầu bằng “- ”.")
        empty_prints = self.tr("Để trống thì in nội dung mặc định (chữ mờ trong ô).")
        text = [
            Field("purpose", self.tr("Mục đích"), kind="multiline", height=70, help=points),
            Field("requirements", self.tr("Yêu cầu"), kind="multiline", height=70, help=points),
            Field("funding", self.tr("Kinh phí thực hiện"), kind="multiline", height=54, help=empty_prints),
            Field(
                "implementation",
                self.tr("Tổ chức thực hiện"),
                kind="multiline",
                height=90,
                help=self.tr(
                    "Dòng “1. Tên đơn vị” là tiêu đề, dòng “- …” là một nhiệm vụ của đơn vị. "
                    "Để trống thì in nội dung mặc định (chữ mờ), có hạn báo cáo theo thông tin cơ quan."
                ),
            ),
        ]
        ordered = [by_name["number"], by_name["signed_on"], by_name["legal_bases"], *text]
        ordered += [by_name[n] for n in ("signing_lines", "signer_name", "recipients")]
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        layout = QVBoxLayout(inner)
        self.header_form = FormWidget(ordered, inner)
        layout.addWidget(self.header_form)
        row = QHBoxLayout()
        self.save_header_button = QPushButton(self.tr("Lưu"), inner)
        self.save_header_button.clicked.connect(self.save_header)
        self.fill_defaults_button = QPushButton(self.tr("Chép nội dung mặc định vào ô trống"), inner)
        self.fill_defaults_button.setToolTip(
            self.tr("Chép nội dung sẽ in (chữ mờ) vào các ô đang trống để sửa lại cho văn bản này")
        )
        self.fill_defaults_button.clicked.connect(self.fill_defaults)
        self.header_saved = QLabel(inner)
        row.addWidget(self.save_header_button)
        row.addWidget(self.fill_defaults_button)
        row.addWidget(self.header_saved)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    # ---- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        year = self.year()
        plan = self.services.plans.get_plan(year, today=self.today())
        self._plan = plan
        self.export_button.setEnabled(plan is not None)
        if plan is None:
            self.empty_label.setText(
                self.tr("Năm {0} chưa có kế hoạch duy trì, cải tiến HTQLCL.").format(year)
            )
            self.overdue_label.setText("")
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.task_list.set_rows(list(plan.tasks))
        if self.task_list.current() is None and plan.tasks:
            # Start on the first overdue task (else the first), so its details show at once.
            first = next((t for t in plan.tasks if t.overdue), plan.tasks[0])
            self.task_list.select_where(lambda r: r.id == first.id)
        figures = plan_figures(year, plan)
        self.task_list.count_label.setText(
            self.tr("{0} nhiệm vụ, đã hoàn thành {1}").format(figures.total, figures.completed)
        )
        self.overdue_label.setText(self.tr("Quá hạn: {0}").format(figures.late) if figures.late else "")
        self.header_form.clear_errors()
        self.header_form.set_values(plan)
        show_printed_defaults(self.header_form, printed_defaults(self.services, "plan", year))
        self.header_saved.setText("")
        self._update_move_buttons(self.task_list.current())

    def _show_task(self, row: dto.TaskInfo | None) -> None:
        if row is None:
            self.task_detail.setText(self.tr("Chọn một nhiệm vụ để xem đầy đủ nội dung và minh chứng."))
            return
        parts = [
            f"<b>{html.escape(' '.join(row.content.split()))}</b>",
            html.escape(
                self.tr("Thực hiện: {0} — thời gian: {1} — {2}").format(
                    row.responsible or "…",
                    timeframe_text(row.timeframe, row.quarter, row.due_on),
                    task_status_label(row.status).lower(),
                )
            ),
        ]
        if row.completed_on:
            parts[-1] += html.escape(self.tr(" ngày {0}").format(fmt_date(row.completed_on)))
        if row.overdue:
            late = html.escape(self.tr("quá hạn"))
            parts[-1] += f' — <span style="color:{OVERDUE_COLOR}"><b>{late}</b></span>'
        if row.output.strip():
            parts.append(html.escape(self.tr("Sản phẩm: {0}").format(" ".join(row.output.split()))))
        if row.evidence.strip():
            parts.append(html.escape(self.tr("Minh chứng: {0}").format(" ".join(row.evidence.split()))))
        self.task_detail.setText("<br>".join(parts))

    def overdue_count(self) -> int:
        return plan_figures(self.year(), self._plan).late

    def _update_move_buttons(self, row: dto.TaskInfo | None) -> None:
        rows = self.task_list.model.rows
        self.up_button.setEnabled(row is not None and bool(rows) and row.id != rows[0].id)
        self.down_button.setEnabled(row is not None and bool(rows) and row.id != rows[-1].id)

    # ---- actions -------------------------------------------------------------------------------
    def create_plan(self, with_default_tasks: bool) -> None:
        try:
            self.services.plans.create_plan(self.year(), with_default_tasks=with_default_tasks)
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
        self.refresh()

    def edit_task(self, row: dto.TaskInfo | None) -> None:
        dialog = TaskDialog(self.services, self.year(), row, self)
        if dialog.exec():
            self.reload()
            if row is None and isinstance(dialog.result_value, dto.PlanInfo) and dialog.result_value.tasks:
                last = dialog.result_value.tasks[-1]
                self.task_list.select_where(lambda r: r.id == last.id)

    def move_task(self, step: int) -> None:
        row = self.task_list.current()
        if row is None:
            return
        self.services.plans.move_task(row.id, step)
        self.reload()

    def save_header(self) -> None:
        try:
            values = self.header_form.values()
            self.services.plans.save_plan(self.year(), dto.PlanFields(**values))
        except DomainError as error:
            self.header_form.show_error(error)
            self.header_saved.setText("")
            return
        self.reload()
        self.header_saved.setText(self.tr("Đã lưu."))

    def fill_defaults(self) -> None:
        filled = fill_with_defaults(self.header_form, printed_defaults(self.services, "plan", self.year()))
        self.header_saved.setText(
            self.tr("Đã chép nội dung mặc định; bấm Lưu để giữ cho văn bản này.") if filled else ""
        )

    def start_next_year(self) -> int | None:
        new_year = super().start_next_year()
        self.tabs.setCurrentIndex(0)
        return new_year

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "plan_task":
            return False
        self.tabs.setCurrentIndex(0)
        if self.task_list.select_where(lambda r: r.id == record_id):
            return True
        year = self.services.plans.year_of_task(record_id)
        if year is None:
            return False
        self.select_year(year)
        return self.task_list.select_where(lambda r: r.id == record_id)

    def screenshots(self, shoot: Shoot) -> None:
        if self.stack.currentIndex() == 1:
            self.tabs.setCurrentIndex(1)
            shoot("thong tin van ban")
            self.tabs.setCurrentIndex(0)
