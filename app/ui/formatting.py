"""Display helpers: dates as dd/mm/yyyy and the Vietnamese labels of enums."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models import AgencyKind, LeaderRole, PeriodConvention, PublicationKind, SteeringRole

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
