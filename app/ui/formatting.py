"""Display helpers: dates as dd/mm/yyyy and the Vietnamese labels of enums."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models import (
    AgencyKind,
    DocumentStatus,
    DocumentType,
    LeaderRole,
    LegalKind,
    PeriodConvention,
    PublicationKind,
    SteeringRole,
)
from app.services.dto import RevisionState, UpdateState

translate = QCoreApplication.translate


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def agency_kind_label(kind: AgencyKind) -> str:
    return {
        AgencyKind.COMMUNE: translate("Labels", "UBND xã/phường"),
        AgencyKind.SCHOOL: translate("Labels", "Trường học"),
        AgencyKind.DEPARTMENT: translate("Labels", "Sở/ban/ngành"),
        AgencyKind.OTHER: translate("Labels", "Cơ quan khác"),
    }[kind]


def leader_role_label(role: LeaderRole) -> str:
    return {
        LeaderRole.HEAD: translate("Labels", "Người đứng đầu"),
        LeaderRole.DEPUTY: translate("Labels", "Cấp phó"),
    }[role]


def steering_role_label(role: SteeringRole) -> str:
    return {
        SteeringRole.HEAD: translate("Labels", "Trưởng ban"),
        SteeringRole.DEPUTY: translate("Labels", "Phó trưởng ban"),
        SteeringRole.MEMBER: translate("Labels", "Thành viên"),
        SteeringRole.SECRETARY: translate("Labels", "Thư ký"),
    }[role]


def publication_kind_label(kind: PublicationKind) -> str:
    return {
        PublicationKind.INITIAL: translate("Labels", "Công bố"),
        PublicationKind.REPUBLICATION: translate("Labels", "Công bố lại"),
    }[kind]


def period_convention_label(convention: PeriodConvention) -> str:
    return {
        PeriodConvention.DECREE_09: translate(
            "Labels", "Theo Nghị định 09/2019/NĐ-CP (15/12 năm trước – 14/6 và 14/12)"
        ),
        PeriodConvention.CALENDAR: translate("Labels", "Theo nửa năm dương lịch (01/01 – 30/6 và 31/12)"),
    }[convention]


def yes_no(value: bool) -> str:
    return translate("Labels", "Có") if value else translate("Labels", "Không")


def days_left_text(deadline: date, today: date) -> str:
    days = (deadline - today).days
    if days > 0:
        return translate("Labels", "còn {0} ngày").format(days)
    if days == 0:
        return translate("Labels", "hạn là hôm nay")
    return translate("Labels", "đã qua {0} ngày").format(-days)


def document_type_label(kind: DocumentType) -> str:
    return {
        DocumentType.TTHC_PROCEDURE: translate("Labels", "Quy trình TTHC"),
        DocumentType.INTERNAL_PROCEDURE: translate("Labels", "Quy trình nội bộ"),
        DocumentType.FORM: translate("Labels", "Biểu mẫu"),
        DocumentType.GUIDE: translate("Labels", "Hướng dẫn"),
        DocumentType.POLICY_PLAN: translate("Labels", "Chính sách, kế hoạch"),
    }[kind]


def document_status_label(status: DocumentStatus) -> str:
    return {
        DocumentStatus.DRAFT: translate("Labels", "Dự thảo"),
        DocumentStatus.IN_FORCE: translate("Labels", "Đang hiệu lực"),
        DocumentStatus.OBSOLETE: translate("Labels", "Hết hiệu lực"),
    }[status]


def revision_state_label(state: RevisionState) -> str:
    return {
        RevisionState.CURRENT: translate("Labels", "Đang áp dụng"),
        RevisionState.UPCOMING: translate("Labels", "Sắp hiệu lực"),
        RevisionState.HISTORY: translate("Labels", "Đã thay thế"),
    }[state]


def legal_kind_label(kind: LegalKind) -> str:
    return {
        LegalKind.LAW: translate("Labels", "Văn bản quy phạm pháp luật"),
        LegalKind.TTHC_DECISION: translate("Labels", "Quyết định công bố TTHC"),
        LegalKind.OTHER: translate("Labels", "Tài liệu bên ngoài khác"),
    }[kind]


def legal_kind_short(kind: LegalKind) -> str:
    return {
        LegalKind.LAW: translate("Labels", "VBQPPL"),
        LegalKind.TTHC_DECISION: translate("Labels", "QĐ công bố TTHC"),
        LegalKind.OTHER: translate("Labels", "Tài liệu khác"),
    }[kind]


def update_state_label(state: UpdateState) -> str:
    return {
        UpdateState.OVERDUE: translate("Labels", "Quá hạn"),
        UpdateState.DUE_SOON: translate("Labels", "Sắp đến hạn"),
        UpdateState.OPEN: translate("Labels", "Chưa cập nhật"),
        UpdateState.UPDATED: translate("Labels", "Đã cập nhật"),
        UpdateState.NO_CHANGE: translate("Labels", "Không cần sửa đổi"),
    }[state]


def update_state_color(state: UpdateState) -> str | None:
    return {UpdateState.OVERDUE: "#b3261e", UpdateState.DUE_SOON: "#9a6700"}.get(state)


def file_size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"
