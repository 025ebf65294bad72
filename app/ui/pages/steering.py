"""Ban chỉ đạo ISO: decisions forming / re-forming the ISO steering committee, and their members."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.models import SteeringRole
from app.services import dto
from app.services.errors import FieldError, ValidationError
from app.ui.dialogs.decision_export import export_decision
from app.ui.formatting import fmt_date, steering_role_label
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import ChildForm, ChildList, Field, MasterDetailDialog
from app.ui.widgets.tables import Column, ListPanel

translate = QCoreApplication.translate

_ROLE_ORDER = {
    SteeringRole.HEAD: 0,
    SteeringRole.DEPUTY: 1,
    SteeringRole.MEMBER: 2,
    SteeringRole.SECRETARY: 3,
}


@dataclass(frozen=True)
class _MemberRow:
    person_id: int
    role: SteeringRole
    duty: str
    full_name: str
    position: str


def _member_columns() -> list[Column]:
    return [
        Column(translate("SteeringMembers", "Họ và tên"), lambda r: r.full_name, width=190),
        Column(translate("SteeringMembers", "Chức vụ"), lambda r: r.position, width=210),
        Column(
            translate("SteeringMembers", "Vai trò"),
            lambda r: steering_role_label(r.role),
            sort=lambda r: _ROLE_ORDER[r.role],
            width=120,
        ),
        Column(translate("SteeringMembers", "Nhiệm vụ"), lambda r: r.duty.replace("\n", " ")),
    ]


class SteeringDialog(MasterDetailDialog):
    """Edit one decision and its whole member list; saved together or not at all."""

    def __init__(
        self, services: Services, decision: dto.SteeringDecision | None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.decision = decision
        self.persons = {p.id: p for p in services.organization.list_persons()}
        super().__init__(
            translate("SteeringDialog", "Quyết định về Ban chỉ đạo ISO"),
            [
                Field(
                    "number",
                    translate("SteeringDialog", "Số quyết định"),
                    required=True,
                    placeholder="15/QĐ-UBND",
                ),
                Field("signed_on", translate("SteeringDialog", "Ngày ký"), kind="date", required=True),
                Field(
                    "subject",
                    translate("SteeringDialog", "Trích yếu"),
                    kind="multiline",  # a trích yếu runs past one line: shown wrapped, saved as one
                    height=44,
                    placeholder=translate("SteeringDialog", "Về việc kiện toàn Ban chỉ đạo ISO"),
                ),
                Field("note", translate("SteeringDialog", "Ghi chú"), kind="multiline", height=50),
            ],
            self._save_decision,
            parent,
            width=760,
        )
        self.resize(860, 620)
        self.members = ChildList(
            self.tr("Thành viên"),
            _member_columns(),
            self,
            field="members",
            form=ChildForm(
                self.tr("Thành viên Ban chỉ đạo"),
                self._member_fields,
                self._member_row,
                values=lambda row: row or {"role": SteeringRole.MEMBER},
            ),
            ordered=True,
            add_text=self.tr("Thêm thành viên…"),
        )
        self.add_children(self.members)
        rows: list[_MemberRow] = []
        if decision is not None:
            self.form.set_values(decision)
            rows = [
                _MemberRow(x.person_id, x.role, x.duty, x.full_name, x.position) for x in decision.members
            ]
        else:
            self.form.set_values(
                {"signed_on": services.clock.today(), "subject": self.tr("Về việc kiện toàn Ban chỉ đạo ISO")}
            )
            previous = services.qms.current_steering_decision()
            if previous is not None:  # start from the committee in force: re-forming changes a few names
                rows = [
                    _MemberRow(x.person_id, x.role, x.duty, x.full_name, x.position)
                    for x in previous.members
                    if x.person_id in self.persons and self.persons[x.person_id].active
                ]
        self.members.set_rows(rows)

    def _member_fields(self, row: _MemberRow | None) -> list[Field]:
        taken = {r.person_id for r in self.members.rows()} - ({row.person_id} if row else set())
        choices = [
            (f"{p.full_name} — {p.position}" if p.position else p.full_name, p.id)
            for p in sorted(self.persons.values(), key=lambda p: p.full_name)
            if p.id not in taken and (p.active or (row and p.id == row.person_id))
        ]
        return [
            Field("person_id", self.tr("Cán bộ"), kind="combo", choices=choices, required=True),
            Field(
                "role",
                self.tr("Vai trò"),
                kind="combo",
                choices=[(steering_role_label(r), r) for r in SteeringRole],
            ),
            Field("duty", self.tr("Nhiệm vụ"), kind="multiline", height=70),
        ]

    def _member_row(self, values: dict[str, Any], _row: _MemberRow | None) -> _MemberRow:
        if values["person_id"] is None:
            raise ValidationError([FieldError("person_id", "field.required")])
        person = self.persons[values["person_id"]]
        return _MemberRow(
            person.id, values["role"], values["duty"].strip(), person.full_name, person.position
        )

    def _save_decision(self, values: dict[str, Any], children: dict[str, list[Any]]) -> dto.SteeringDecision:
        members = [
            dto.SteeringMemberFields(person_id=r.person_id, role=r.role, duty=r.duty)
            for r in children["members"]
        ]
        return self.services.qms.save_steering_decision(
            dto.SteeringDecisionFields(**values), members, self.decision.id if self.decision else None
        )


class SteeringPage(Page):
    key = "steering"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Ban chỉ đạo ISO"),
            self.tr("Quyết định thành lập, kiện toàn Ban chỉ đạo ISO và thành viên theo từng quyết định."),
            parent,
            tasks=tasks,
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("steeringSplitter")
        self.decisions = ListPanel(
            self.tr("Quyết định"),
            [
                Column(self.tr("Số quyết định"), lambda r: r.number, width=150),
                Column(
                    self.tr("Ngày ký"), lambda r: fmt_date(r.signed_on), sort=lambda r: r.signed_on, width=100
                ),
                Column(self.tr("Trích yếu"), lambda r: r.subject, width=360),
                Column(self.tr("Số thành viên"), lambda r: r.member_count, align_right=True, width=120),
                Column(self.tr("Hiệu lực"), self._status),
            ],
            add_text=self.tr("Thêm quyết định…"),
            state_key="decisions",
        )
        self.decisions.add_requested.connect(lambda: self.edit(None))
        self.decisions.edit_requested.connect(self.edit)
        self.decisions.delete_requested.connect(
            lambda r: self.delete_record(
                self.tr("quyết định số {0}").format(r.number),
                lambda: self.services.qms.delete_steering_decision(r.id),
            )
        )
        self.decisions.selection_changed.connect(self._show_members)
        self.print_button = self.decisions.insert_button(
            self.tr("In quyết định…"),
            clicked=lambda: self.export_decision(self.decisions.current()),
            tooltip=self.tr(
                "Xuất quyết định đang chọn (kèm phụ lục danh sách thành viên) để trình ký: PDF, Word hoặc Excel"
            ),
        )
        self.print_button.setObjectName("printDecisionButton")
        members_box = QWidget(self)
        box = QVBoxLayout(members_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.members_title = QLabel(members_box)
        self.members_title.setObjectName("panelTitle")
        self.members_title.setWordWrap(True)
        box.addWidget(self.members_title)
        # The decision's whole trích yếu (cut in the table above).
        self.decision_detail = QLabel(members_box)
        self.decision_detail.setObjectName("detailText")
        self.decision_detail.setWordWrap(True)
        self.decision_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.decision_detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        box.addWidget(self.decision_detail)
        self.members = ListPanel("", _member_columns(), members_box, searchable=False, state_key="members")
        self.members.title.hide()
        for button in (self.members.add_button, self.members.edit_button, self.members.delete_button):
            button.hide()
        self.members.view.doubleClicked.disconnect()
        box.addWidget(self.members)
        splitter.addWidget(self.decisions)
        splitter.addWidget(members_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.body.addWidget(splitter, 1)
        self._current_id: int | None = None

    def _status(self, row: dto.SteeringDecision) -> str:
        if row.id == self._current_id:
            return self.tr("Đang hiệu lực")
        if row.signed_on and row.signed_on > self.today():
            return self.tr("Chưa đến ngày")
        return self.tr("Đã được thay thế")

    def refresh(self) -> None:
        current = self.services.qms.current_steering_decision()
        self._current_id = current.id if current else None
        rows = self.services.qms.list_steering_summaries()
        self.decisions.set_rows(rows)
        if self.decisions.current() is None and current is not None:
            self.decisions.select_where(lambda r: r.id == current.id)
        self._show_members(self.decisions.current())

    def _show_members(self, row: dto.SteeringDecision | None) -> None:
        self.print_button.setEnabled(row is not None)
        if row is None:
            self.members_title.setText(self.tr("Chọn một quyết định để xem thành viên."))
            self.decision_detail.hide()
            self.members.set_rows([])
            return
        self.members_title.setText(
            self.tr("Thành viên theo Quyết định số {0} ngày {1}").format(row.number, fmt_date(row.signed_on))
        )
        subject = " ".join(row.subject.split())
        self.decision_detail.setText(subject)
        self.decision_detail.setVisible(bool(subject))
        self.members.set_rows(list(self.services.qms.get_steering_decision(row.id).members))

    def export_decision(self, row: dto.SteeringDecision | None) -> None:
        """Save decision ``row`` as PDF, Word or Excel (the ``steering-decision`` export kind)."""
        if row is None or row.signed_on is None:
            return
        export_decision(self, self.services, "steering-decision", row.number, row.signed_on, self.tasks)

    def edit(self, row: dto.SteeringDecision | None) -> object:
        full = self.services.qms.get_steering_decision(row.id) if row is not None else None
        dialog = SteeringDialog(self.services, full, self)
        if dialog.exec():
            self.refresh()
            result = dialog.result_value
            if result is not None:
                self.decisions.select_where(lambda r: r.id == result.id)
            return result
        return None

    def screenshots(self, shoot: Shoot) -> None:
        summary = self.decisions.current()
        decision = self.services.qms.get_steering_decision(summary.id) if summary else None
        dialog = SteeringDialog(self.services, decision, self)
        dialog.show()
        shoot("hop thoai ban chi dao", dialog)
        dialog.close()
