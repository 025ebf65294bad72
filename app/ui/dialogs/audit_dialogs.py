"""Dialogs of internal audits and upstream inspections: the audit and its report, the programme, the
team, the schedule, a checklist question and its result, the checklist template, a finding and its
closing without action, an inspection; and the labels they share with the pages."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.models import AuditRole, ChecklistResult, FindingType, InspectionForm, ScheduleKind
from app.services import vocabulary
from app.services.audits import (
    AuditDetail,
    AuditFields,
    ChecklistFields,
    ChecklistRow,
    FindingFields,
    FindingRow,
    ProgrammeDetail,
    ProgrammeFields,
    ProgrammeItemFields,
    ScheduleFields,
    ScheduleWarning,
    TemplateQuestion,
)
from app.services.errors import FieldError, ValidationError
from app.services.inspections import InspectionDetail, InspectionFields
from app.ui import errors as ui_errors
from app.ui.formatting import fmt_date
from app.ui.theme import DANGER, WARNING
from app.ui.widgets.forms import ChildForm, ChildList, Field, MasterDetailDialog, RecordDialog, choice
from app.ui.widgets.tables import Column

translate = QCoreApplication.translate

WITHOUT_ACTION_COLOR = DANGER  # a finding that still needs a corrective action stands out
OWN_DEPARTMENT_COLOR = WARNING  # an auditor on their own department


# ---- labels -------------------------------------------------------------------------------------
def finding_type_text(kind: FindingType) -> str:
    return translate("Labels", vocabulary.finding_type_label(kind))


def result_text(result: ChecklistResult | None, finding_type: FindingType | None = None) -> str:
    """ "Không phù hợp nặng" for an NC with its severity, else the result's label ("" not assessed)."""
    if result is ChecklistResult.NC and finding_type in (FindingType.NC_MAJOR, FindingType.NC_MINOR):
        return finding_type_text(finding_type)
    return translate("Labels", vocabulary.checklist_result_label(result)) if result else ""


def result_color(result: ChecklistResult | None) -> str | None:
    return {
        ChecklistResult.NC: DANGER,
        ChecklistResult.OBSERVATION: WARNING,
        ChecklistResult.OFI: "#1f5fa8",
        ChecklistResult.CONFORM: "#1e7b34",
    }.get(result) if result else None  # fmt: skip


def schedule_kind_text(kind: ScheduleKind) -> str:
    return translate("Labels", vocabulary.schedule_kind_label(kind))


def inspection_form_text(form: InspectionForm) -> str:
    return translate("Labels", vocabulary.inspection_form_label(form))


def role_text(role: AuditRole) -> str:
    return (
        translate("AuditDialogs", "Trưởng đoàn")
        if role is AuditRole.LEADER
        else translate("AuditDialogs", "Thành viên")
    )


def action_text(row: FindingRow) -> str:
    """The finding's corrective action as the lists show it."""
    if row.corrective_action_number:
        return translate("AuditDialogs", "Phiếu {0}").format(row.corrective_action_number)
    if row.closed_on is not None:
        return translate("AuditDialogs", "Đóng ngày {0}").format(fmt_date(row.closed_on))
    if row.without_action:
        return translate("AuditDialogs", "Chưa có hành động")
    return translate("AuditDialogs", "Không cần")


def finding_columns(*, with_source: bool) -> list[Column]:
    tr = translate
    columns = [
        Column(tr("AuditDialogs", "Loại"), lambda r: finding_type_text(r.type), width=155, sort_by="type"),
        Column(tr("AuditDialogs", "Điều khoản"), lambda r: r.clause, width=90, sort_by="clause"),
        Column(tr("AuditDialogs", "Bộ phận"), lambda r: r.department_name, width=140, sort_by="department"),
        Column(
            tr("AuditDialogs", "Nội dung"),
            lambda r: " ".join(r.description.split()),
            width=300,
            sort_by="description",
        ),
        Column(
            tr("AuditDialogs", "Hành động khắc phục"),
            action_text,
            width=165,
            sort_by="without_action",
        ),
        Column(
            tr("AuditDialogs", "Ngày phát hiện"),
            lambda r: fmt_date(r.found_on),
            sort=lambda r: r.found_on,
            width=120,
            sort_by="found_on",
        ),
        Column(tr("AuditDialogs", "Bằng chứng"), lambda r: " ".join(r.evidence.split())),
    ]
    if with_source:
        columns.insert(
            1, Column(tr("AuditDialogs", "Nguồn"), lambda r: r.source_label, width=190, sort_by="source")
        )
    return columns


def _department_choices(services: Services, none_text: str) -> list[tuple[str, Any]]:
    return [(none_text, None)] + [(d.name, d.id) for d in services.organization.list_departments()]


def _person_choices(services: Services, none_text: str | None = None) -> list[tuple[str, Any]]:
    departments = {d.id: d.name for d in services.organization.list_departments()}
    people = [
        (
            f"{p.full_name} — {departments[p.department_id]}"
            if p.department_id in departments
            else p.full_name,
            p.id,
        )
        for p in sorted(
            services.organization.list_persons(), key=lambda p: vocabulary.person_sort_key(p.full_name)
        )
    ]
    return ([(none_text, None)] if none_text is not None else []) + people


# ---- the audit ------------------------------------------------------------------------------------
_INFO_NAMES = (
    "number",
    "start_on",
    "end_on",
    "decision_number",
    "decision_on",
    "scope",
    "purpose",
    "criteria",
)
_REPORT_NAMES = ("summary", "conclusion", "report_on", "recipients")


def _audit_fields(detail: AuditDetail | None, **changes: Any) -> AuditFields:
    base = {name: getattr(detail, name) for name in (*_INFO_NAMES, *_REPORT_NAMES)} if detail else {}
    base.update(changes)
    return AuditFields(**base)


class AuditDialog(RecordDialog):
    """A new audit, or an audit's general information (number, dates, decision, scope, purpose,
    criteria)."""

    def __init__(
        self, services: Services, year: int, detail: AuditDetail | None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        fields = [
            Field(
                "number",
                tr("Số cuộc đánh giá"),
                placeholder="01",
                help=tr("Để trống thì tự đánh số tiếp theo trong năm."),
            ),
            Field("start_on", tr("Từ ngày"), kind="date", required=True),
            Field("end_on", tr("đến ngày"), kind="date", same_row=True),
            Field("decision_number", tr("Quyết định thành lập đoàn"), placeholder="25/QĐ-UBND"),
            Field("decision_on", tr("ngày"), kind="date", same_row=True),
            Field(
                "scope",
                tr("Phạm vi đánh giá"),
                kind="multiline",
                height=50,
                placeholder=tr("Các bộ phận, quá trình được đánh giá"),
            ),
            Field("purpose", tr("Mục đích"), kind="multiline", height=60),
            Field(
                "criteria",
                tr("Chuẩn mực đánh giá"),
                kind="multiline",
                height=70,
                help=tr("Mỗi chuẩn mực một dòng."),
            ),
        ]
        super().__init__(
            tr("Cuộc đánh giá nội bộ") if detail else tr("Thêm cuộc đánh giá nội bộ"),
            fields,
            self._save,
            parent,
            width=720,
        )
        self.form.set_values(detail if detail is not None else services.audits.new_audit_fields(year))

    def _save(self, values: dict[str, Any]) -> int:
        if self.detail is None:
            return int(self.services.audits.create_audit(AuditFields(**values)))
        self.services.audits.update_audit(self.detail.id, _audit_fields(self.detail, **values))
        return self.detail.id


class AuditReportDialog(RecordDialog):
    """What the audit report says: the summary, the conclusion, the report's date and recipients."""

    def __init__(self, services: Services, detail: AuditDetail, parent: QWidget | None = None) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        super().__init__(
            tr("Kết quả, kết luận đánh giá {0}").format(detail.label),
            [
                Field("summary", tr("Kết quả chung"), kind="multiline", height=90),
                Field("conclusion", tr("Kết luận"), kind="multiline", height=90),
                Field("report_on", tr("Ngày báo cáo"), kind="date"),
                Field(
                    "recipients",
                    tr("Nơi nhận"),
                    kind="multiline",
                    height=60,
                    help=tr("Mỗi nơi nhận một dòng; để trống thì in nơi nhận mặc định."),
                ),
            ],
            self._save,
            parent,
            values=detail,
            width=720,
        )

    def _save(self, values: dict[str, Any]) -> int:
        self.services.audits.update_audit(self.detail.id, _audit_fields(self.detail, **values))
        return self.detail.id


# ---- programme -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _PlannedAudit:
    month: int
    scope: str
    note: str
    audit_id: int | None
    audit_label: str


class ProgrammeDialog(MasterDetailDialog):
    """The year's audit programme: approval date, note, and the planned audits (month, scope)."""

    def __init__(self, services: Services, year: int, parent: QWidget | None = None) -> None:
        self.services = services
        self.year = year
        self.audit_labels = {a.id: a.label for a in services.audits.audits(year)}
        tr = self.tr
        super().__init__(
            tr("Chương trình đánh giá nội bộ năm {0}").format(year),
            [
                Field("approved_on", tr("Ngày phê duyệt"), kind="date"),
                Field("note", tr("Ghi chú"), kind="multiline", height=44),
            ],
            self._save,
            parent,
            width=820,
        )
        self.resize(860, 560)
        self.items = ChildList(
            tr("Các cuộc đánh giá dự kiến"),
            [
                Column(tr("Tháng"), lambda r: r.month, width=70, align_right=True),
                Column(tr("Phạm vi đánh giá"), lambda r: " ".join(r.scope.split()), width=380),
                Column(tr("Cuộc đánh giá"), lambda r: r.audit_label, width=120),
                Column(tr("Ghi chú"), lambda r: " ".join(r.note.split())),
            ],
            self,
            field="items",
            form=ChildForm(tr("Cuộc đánh giá dự kiến"), self._item_fields, self._item_row, width=620),
            ordered=True,
            add_text=tr("Thêm…"),
        )
        self.add_children(self.items)
        programme: ProgrammeDetail | None = services.audits.get_programme(year)
        if programme is not None:
            self.form.set_values(programme)
            self.items.set_rows(
                [_PlannedAudit(i.month, i.scope, i.note, i.audit_id, i.audit_label) for i in programme.items]
            )

    def _item_fields(self, _row: _PlannedAudit | None) -> list[Field]:
        tr = self.tr
        return [
            Field("month", tr("Tháng"), kind="int", minimum=1, maximum=12, required=True),
            Field("scope", tr("Phạm vi đánh giá"), kind="multiline", height=60, required=True),
            Field(
                "audit_id",
                tr("Cuộc đánh giá đã thực hiện"),
                kind="combo",
                choices=[(tr("(chưa thực hiện)"), None)] + [(f, i) for i, f in self.audit_labels.items()],
            ),
            Field("note", tr("Ghi chú"), kind="multiline", height=44),
        ]

    def _item_row(self, values: dict[str, Any], _row: _PlannedAudit | None) -> _PlannedAudit:
        if not str(values["scope"]).strip():
            raise ValidationError([FieldError("scope", "field.required")])
        audit_id = values["audit_id"]
        return _PlannedAudit(
            int(values["month"]),
            str(values["scope"]).strip(),
            str(values["note"]).strip(),
            audit_id,
            self.audit_labels.get(audit_id, "") if audit_id is not None else "",
        )

    def _save(self, values: dict[str, Any], children: dict[str, list[Any]]) -> int:
        items = tuple(ProgrammeItemFields(r.month, r.scope, r.note, r.audit_id) for r in children["items"])
        return int(
            self.services.audits.save_programme(
                self.year, ProgrammeFields(values["approved_on"], values["note"], items)
            )
        )


# ---- team ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Member:
    person_id: int
    text: str


class TeamDialog(MasterDetailDialog):
    """Đoàn đánh giá: the leader (Trưởng đoàn) and the members."""

    def __init__(self, services: Services, detail: AuditDetail, parent: QWidget | None = None) -> None:
        self.services = services
        self.detail = detail
        self.people = dict((i, t) for t, i in _person_choices(services))
        tr = self.tr
        leader = next((x.person_id for x in detail.members if x.role is AuditRole.LEADER), None)
        super().__init__(
            tr("Đoàn đánh giá {0}").format(detail.label),
            [
                Field(
                    "leader_id",
                    tr("Trưởng đoàn"),
                    kind="combo",
                    required=True,
                    choices=_person_choices(services, tr("(chọn Trưởng đoàn)")),
                )
            ],
            self._save,
            parent,
            width=640,
        )
        self.resize(680, 480)
        self.members = ChildList(
            tr("Thành viên"),
            [Column(tr("Thành viên"), lambda r: r.text)],
            self,
            field="members",
            form=ChildForm(tr("Thành viên đoàn đánh giá"), self._member_fields, self._member_row),
            ordered=True,
            add_text=tr("Thêm thành viên…"),
        )
        self.add_children(self.members)
        self.form.set_value("leader_id", leader)
        self.members.set_rows(
            [
                _Member(x.person_id, self.people.get(x.person_id, x.name))
                for x in detail.members
                if x.role is AuditRole.MEMBER
            ]
        )

    def _member_fields(self, row: _Member | None) -> list[Field]:
        taken = {r.person_id for r in self.members.rows()} - ({row.person_id} if row else set())
        choices = [(t, i) for i, t in self.people.items() if i not in taken]
        return [Field("person_id", self.tr("Cán bộ"), kind="combo", choices=choices, required=True)]

    def _member_row(self, values: dict[str, Any], _row: _Member | None) -> _Member:
        person_id = values["person_id"]
        if person_id is None:
            raise ValidationError([FieldError("person_id", "field.required")])
        return _Member(person_id, self.people[person_id])

    def _save(self, values: dict[str, Any], children: dict[str, list[Any]]) -> int:
        self.services.audits.set_team(
            self.detail.id, values["leader_id"], [r.person_id for r in children["members"]]
        )
        return self.detail.id


# ---- schedule --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Slot:
    fields: ScheduleFields
    department_name: str
    auditor_name: str
    own_department: bool


class ScheduleDialog(MasterDetailDialog):
    """Lịch đánh giá: the opening meeting, each department or process, the closing meeting. A line
    whose auditor belongs to the department audited is coloured (saved all the same)."""

    def __init__(self, services: Services, detail: AuditDetail, parent: QWidget | None = None) -> None:
        self.services = services
        self.detail = detail
        self.warnings: list[ScheduleWarning] = []
        self.departments = {d.id: d.name for d in services.organization.list_departments()}
        self.people = {p.id: p for p in services.organization.list_persons()}
        tr = self.tr
        super().__init__(
            tr("Lịch đánh giá {0} (từ {1} đến {2})").format(
                detail.label, fmt_date(detail.start_on), fmt_date(detail.end_on)
            ),
            [],
            self._save,
            parent,
            width=980,
        )
        self.resize(1120, 560)
        self.slots = ChildList(
            "",
            schedule_columns(),
            self,
            field="schedule",
            form=ChildForm(
                tr("Dòng lịch đánh giá"), self._slot_fields, self._slot_row, values=self._slot_values
            ),
            ordered=True,
            add_text=tr("Thêm dòng…"),
        )
        self.slots.title.hide()
        self.slots.model.color = lambda r: OWN_DEPARTMENT_COLOR if r.own_department else None
        self.slots.set_legend(
            [(OWN_DEPARTMENT_COLOR, tr("người đánh giá thuộc chính bộ phận được đánh giá"))]
        )
        self.add_children(self.slots)
        self.slots.set_rows([self._slot(self._fields_of(s)) for s in detail.schedule])

    @staticmethod
    def _fields_of(s: Any) -> ScheduleFields:
        return ScheduleFields(
            s.on,
            s.kind,
            s.time_from,
            s.time_to,
            s.department_id,
            s.process,
            s.clauses,
            s.auditor_id,
            s.auditee,
        )

    def _slot(self, f: ScheduleFields) -> _Slot:
        auditor = self.people.get(f.auditor_id) if f.auditor_id is not None else None
        own = auditor is not None and f.department_id is not None and auditor.department_id == f.department_id
        return _Slot(
            f,
            self.departments.get(f.department_id, "") if f.department_id is not None else "",
            auditor.full_name if auditor else "",
            own,
        )

    def _slot_fields(self, _row: _Slot | None) -> list[Field]:
        tr = self.tr
        team = {x.person_id for x in self.detail.members}
        departments = [(tr("(không ghi)"), None), *((n, i) for i, n in self.departments.items())]
        auditors = [(tr("(không ghi)"), None)] + [
            (p.full_name + ("" if p.id in team else tr(" (ngoài đoàn)")), p.id)
            for p in sorted(
                self.people.values(),
                key=lambda p: (p.id not in team, vocabulary.person_sort_key(p.full_name)),
            )
        ]
        return [
            Field("kind", tr("Nội dung"), kind="combo", choices=[(schedule_kind_text(k), k) for k in ScheduleKind]),
            Field("on", tr("Ngày"), kind="date", required=True),
            Field("time_from", tr("Từ giờ"), placeholder="08:00"),
            Field("time_to", tr("đến giờ"), placeholder="11:00", same_row=True),
            Field("department_id", tr("Bộ phận"), kind="combo", choices=departments),
            Field("process", tr("Quá trình, hoạt động"), placeholder=tr("Tiếp nhận và trả kết quả TTHC")),
            Field("clauses", tr("Điều khoản"), placeholder="7.5; 8.2; 8.5"),
            Field("auditor_id", tr("Người đánh giá"), kind="combo", choices=auditors),
            Field("auditee", tr("Người được đánh giá")),
        ]  # fmt: skip

    def _slot_values(self, row: _Slot | None) -> object:
        if row is not None:
            return row.fields
        return {"on": self.detail.start_on, "kind": ScheduleKind.AUDIT}

    def _slot_row(self, values: dict[str, Any], _row: _Slot | None) -> _Slot:
        if values["on"] is None:
            raise ValidationError([FieldError("on", "field.required")])
        return self._slot(ScheduleFields(**values))

    def _save(self, _values: dict[str, Any], children: dict[str, list[Any]]) -> list[ScheduleWarning]:
        self.warnings = self.services.audits.save_schedule(
            self.detail.id, [r.fields for r in children["schedule"]]
        )
        return self.warnings


def schedule_columns() -> list[Column]:
    """Columns of a schedule line (``ScheduleRow`` on the page, the dialog's lines)."""
    tr = translate

    def get(row: Any, name: str) -> Any:
        return getattr(row.fields, name) if isinstance(row, _Slot) else getattr(row, name)

    def time(row: Any) -> str:
        start, end = get(row, "time_from"), get(row, "time_to")
        return f"{start} – {end}" if start and end else start or end

    return [
        Column(
            tr("AuditDialogs", "Ngày"),
            lambda r: fmt_date(get(r, "on")),
            sort=lambda r: get(r, "on"),
            width=100,
        ),
        Column(tr("AuditDialogs", "Thời gian"), time, width=115),
        Column(tr("AuditDialogs", "Nội dung"), lambda r: schedule_kind_text(get(r, "kind")), width=160),
        Column(
            tr("AuditDialogs", "Bộ phận / quá trình"),
            lambda r: " – ".join(x for x in (r.department_name, " ".join(get(r, "process").split())) if x),
            width=250,
        ),
        Column(tr("AuditDialogs", "Điều khoản"), lambda r: get(r, "clauses"), width=110),
        Column(tr("AuditDialogs", "Người đánh giá"), lambda r: r.auditor_name, width=160),
        Column(tr("AuditDialogs", "Người được đánh giá"), lambda r: get(r, "auditee")),
    ]


# ---- checklist ---------------------------------------------------------------------------------------
class ChecklistItemDialog(RecordDialog):
    def __init__(
        self, services: Services, audit_id: int, row: ChecklistRow | None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.audit_id = audit_id
        self.row = row
        tr = self.tr
        super().__init__(
            tr("Câu hỏi của phiếu đánh giá"),
            [
                Field(
                    "department_id",
                    tr("Bộ phận được đánh giá"),
                    kind="combo",
                    choices=_department_choices(services, tr("(chung)")),
                ),
                Field("clause", tr("Điều khoản"), placeholder="7.5.3"),
                Field("question", tr("Câu hỏi"), kind="multiline", height=80, required=True),
            ],
            self._save,
            parent,
            values=row,
            width=640,
        )

    def _save(self, values: dict[str, Any]) -> int:
        return int(
            self.services.audits.save_checklist_item(
                self.row.id if self.row else None, self.audit_id, ChecklistFields(**values)
            )
        )


class TemplateDepartmentDialog(RecordDialog):
    """Which department the template's questions are added for."""

    def __init__(self, services: Services, audit_id: int, parent: QWidget | None = None) -> None:
        self.services = services
        self.audit_id = audit_id
        tr = self.tr
        count = len(services.audits.template())
        super().__init__(
            tr("Lấy câu hỏi từ mẫu phiếu đánh giá"),
            [
                Field(
                    "department_id",
                    tr("Bộ phận được đánh giá"),
                    kind="combo",
                    choices=_department_choices(services, tr("(chung cho các bộ phận)")),
                )
            ],
            self._save,
            parent,
            width=560,
        )
        note = QLabel(tr("{0} câu hỏi của mẫu sẽ được thêm vào cuối phiếu đánh giá.").format(count), self)
        note.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, note)

    def _save(self, values: dict[str, Any]) -> int:
        return int(self.services.audits.checklist_from_template(self.audit_id, values["department_id"]))


class ResultDialog(RecordDialog):
    """The result of one question: phù hợp, không phù hợp (nặng / nhẹ), điểm lưu ý, cơ hội cải tiến;
    the severity can be chosen only for a không phù hợp."""

    def __init__(self, services: Services, row: ChecklistRow, parent: QWidget | None = None) -> None:
        self.services = services
        self.row = row
        tr = self.tr
        super().__init__(
            tr("Kết quả đánh giá"),
            [
                Field(
                    "result",
                    tr("Kết quả"),
                    kind="combo",
                    choices=[(tr("(chưa đánh giá)"), None)] + [(result_text(r), r) for r in ChecklistResult],
                ),
                Field(
                    "nc_type",
                    tr("Mức độ"),
                    kind="combo",
                    choices=[
                        (tr("(chọn nặng hoặc nhẹ)"), None),
                        (finding_type_text(FindingType.NC_MAJOR), FindingType.NC_MAJOR),
                        (finding_type_text(FindingType.NC_MINOR), FindingType.NC_MINOR),
                    ],
                ),
                Field("evidence", tr("Bằng chứng ghi nhận"), kind="multiline", height=100),
            ],
            self._save,
            parent,
            width=680,
        )
        text = html.escape(" ".join(row.question.split()))
        question = QLabel(f"<b>{html.escape(row.clause)}</b> {text}" if row.clause else text, self)
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.RichText)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, question)
        self.result_combo = self.form.editors["result"]
        self.severity_combo = self.form.editors["nc_type"]
        assert isinstance(self.result_combo, QComboBox) and isinstance(self.severity_combo, QComboBox)
        nc_type = (
            row.finding_type if row.finding_type in (FindingType.NC_MAJOR, FindingType.NC_MINOR) else None
        )
        self.form.set_values({"result": row.result, "nc_type": nc_type, "evidence": row.evidence})
        self.result_combo.currentIndexChanged.connect(lambda _i: self._result_changed())
        self._result_changed()

    def _result_changed(self) -> None:
        self.severity_combo.setEnabled(choice(self.result_combo) is ChecklistResult.NC)

    def _save(self, values: dict[str, Any]) -> int | None:
        result = values["result"]
        nc_type = values["nc_type"] if result is ChecklistResult.NC else None
        finding_id = self.services.audits.set_result(self.row.id, result, values["evidence"], nc_type)
        return None if finding_id is None else int(finding_id)


class TemplateDialog(MasterDetailDialog):
    """The checklist template: edit the questions, save them as the agency's template, or go back to
    the built-in one."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.services = services
        tr = self.tr
        super().__init__(tr("Mẫu phiếu đánh giá nội bộ"), [], self._save, parent, width=900)
        self.resize(980, 620)
        self.save_button.setText(tr("Lưu làm mẫu của cơ quan"))
        self.questions = ChildList(
            "",
            [
                Column(tr("Điều khoản"), lambda r: r.clause, width=100),
                Column(tr("Câu hỏi"), lambda r: " ".join(r.question.split())),
            ],
            self,
            field="questions",
            form=ChildForm(tr("Câu hỏi của mẫu"), self._question_fields, self._question_row, width=680),
            ordered=True,
            add_text=tr("Thêm câu hỏi…"),
            error_codes=("audit.template",),
        )
        self.questions.title.hide()
        self.add_children(self.questions)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.state_label = QLabel(row)
        self.state_label.setObjectName("countLabel")
        self.reset_button = QPushButton(tr("Khôi phục mẫu mặc định"), row)
        self.reset_button.setToolTip(
            tr("Bỏ mẫu của cơ quan, dùng lại bộ câu hỏi có sẵn theo TCVN ISO 9001:2015")
        )
        self.reset_button.clicked.connect(self.reset)
        line.addWidget(self.state_label, 1)
        line.addWidget(self.reset_button)
        self.add_section(row)
        self._load()

    def _load(self) -> None:
        questions = self.services.audits.template()
        self.questions.set_rows(questions)
        built_in = self.services.audits.template_is_built_in()
        text = (
            self.tr("Đang dùng mẫu mặc định: {0} câu hỏi theo các điều khoản 4–10 của TCVN ISO 9001:2015.")
            if built_in
            else self.tr("Đang dùng mẫu của cơ quan: {0} câu hỏi.")
        )
        self.state_label.setText(text.format(len(questions)))
        self.reset_button.setEnabled(not built_in)

    def _question_fields(self, _row: TemplateQuestion | None) -> list[Field]:
        return [
            Field("clause", self.tr("Điều khoản"), required=True, placeholder="7.5.3"),
            Field("question", self.tr("Câu hỏi"), kind="multiline", height=90, required=True),
        ]

    def _question_row(self, values: dict[str, Any], _row: TemplateQuestion | None) -> TemplateQuestion:
        problems = [
            FieldError(n, "field.required") for n in ("clause", "question") if not str(values[n]).strip()
        ]
        if problems:
            raise ValidationError(problems)
        return TemplateQuestion(str(values["clause"]).strip(), str(values["question"]).strip())

    def _save(self, _values: dict[str, Any], children: dict[str, list[Any]]) -> int:
        self.services.audits.save_template(children["questions"])
        return len(children["questions"])

    def reset(self) -> None:
        if not ui_errors.confirm(
            self,
            self.tr("Khôi phục mẫu mặc định"),
            self.tr(
                "Bỏ mẫu phiếu đánh giá của cơ quan và dùng lại mẫu mặc định? Các phiếu đã lập không đổi."
            ),
            self.tr("Khôi phục"),
        ):
            return
        self.services.audits.reset_template()
        self._load()


# ---- findings ------------------------------------------------------------------------------------
class FindingDialog(RecordDialog):
    """A finding of an audit or a recommendation of an inspection (``source``: "audit" or
    "inspection", with ``source_id``)."""

    def __init__(
        self,
        services: Services,
        source: str,
        source_id: int,
        row: FindingRow | None,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.source = source
        self.source_id = source_id
        self.row = row
        tr = self.tr
        kinds = [FindingType.RECOMMENDATION] if source == "inspection" else []
        kinds += [k for k in FindingType if k is not FindingType.RECOMMENDATION]
        title = (
            (tr("Kiến nghị") if row else tr("Thêm kiến nghị"))
            if source == "inspection"
            else (tr("Phát hiện") if row else tr("Thêm phát hiện"))
        )
        super().__init__(
            title,
            [
                Field("type", tr("Loại"), kind="combo", choices=[(finding_type_text(k), k) for k in kinds]),
                Field("clause", tr("Điều khoản"), placeholder="8.5.1"),
                Field(
                    "department_id",
                    tr("Bộ phận"),
                    kind="combo",
                    choices=_department_choices(services, tr("(không ghi)")),
                ),
                Field("description", tr("Nội dung"), kind="multiline", height=80, required=True),
                Field("evidence", tr("Bằng chứng"), kind="multiline", height=60),
                Field(
                    "found_on",
                    tr("Ngày phát hiện"),
                    kind="date",
                    help=tr("Để trống: ngày bắt đầu đánh giá / ngày kiểm tra."),
                ),
            ],
            self._save,
            parent,
            values=row,
            width=680,
        )

    def _save(self, values: dict[str, Any]) -> int:
        audits = self.services.audits
        source = {"audit_id": self.source_id} if self.source == "audit" else {"inspection_id": self.source_id}
        fields = FindingFields(**source, **values)
        if self.row is not None:
            audits.update_finding(self.row.id, fields)
            return self.row.id
        return int(audits.add_finding(fields))


class CloseFindingDialog(RecordDialog):
    """Close a finding without a corrective action: the date and why none is needed."""

    def __init__(self, services: Services, row: FindingRow, parent: QWidget | None = None) -> None:
        self.services = services
        self.row = row
        tr = self.tr
        super().__init__(
            tr("Đóng phát hiện không cần hành động khắc phục"),
            [
                Field("on", tr("Ngày đóng"), kind="date", required=True),
                Field(
                    "note",
                    tr("Lý do"),
                    kind="multiline",
                    height=80,
                    required=True,
                    placeholder=tr("Ví dụ: đã khắc phục ngay trong buổi đánh giá, có biên bản kèm theo"),
                ),
            ],
            self._save,
            parent,
            values={"on": services.clock.today()},
            width=620,
        )
        heading = QLabel(" ".join(row.description.split()), self)
        heading.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, heading)

    def _save(self, values: dict[str, Any]) -> int:
        self.services.audits.close_finding(self.row.id, values["on"], values["note"])
        return self.row.id


# ---- inspections -----------------------------------------------------------------------------------
class InspectionDialog(RecordDialog):
    def __init__(
        self, services: Services, detail: InspectionDetail | None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        super().__init__(
            tr("Cuộc kiểm tra của cấp trên") if detail else tr("Thêm cuộc kiểm tra của cấp trên"),
            [
                Field("on", tr("Ngày kiểm tra"), kind="date", required=True),
                Field(
                    "form",
                    tr("Hình thức"),
                    kind="combo",
                    same_row=True,
                    choices=[(inspection_form_text(f), f) for f in InspectionForm],
                ),
                Field(
                    "body",
                    tr("Cơ quan kiểm tra"),
                    required=True,
                    placeholder=tr("Sở Khoa học và Công nghệ tỉnh …"),
                ),
                Field(
                    "basis",
                    tr("Căn cứ kiểm tra"),
                    kind="multiline",
                    height=44,
                    placeholder=tr("Kế hoạch / Quyết định kiểm tra số …"),
                ),
                Field("team", tr("Thành phần đoàn"), kind="multiline", height=50),
                Field("conclusions", tr("Kết luận"), kind="multiline", height=70),
                Field("notice_number", tr("Thông báo kết quả số"), placeholder="112/TB-SKHCN"),
                Field("notice_on", tr("ngày"), kind="date", same_row=True),
                Field("remediation_due_on", tr("Hạn báo cáo khắc phục"), kind="date"),
                Field("note", tr("Ghi chú"), kind="multiline", height=40),
            ],
            self._save,
            parent,
            values=detail if detail is not None else {"on": services.clock.today()},
            width=720,
        )

    def _save(self, values: dict[str, Any]) -> int:
        fields = InspectionFields(**values)
        if self.detail is not None:
            self.services.inspections.update(self.detail.id, fields)
            return self.detail.id
        return int(self.services.inspections.create(fields))
