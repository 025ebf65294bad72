"""Display helpers: dates as dd/mm/yyyy and the Vietnamese labels of enums."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models import AgencyKind, LeaderRole, PeriodConvention, PublicationKind, SteeringRole


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def agency_kind_label(kind: AgencyKind) -> str:
    return {
        AgencyKind.COMMUNE: _t("UBND xã/phường"),
        AgencyKind.SCHOOL: _t("Trường học"),
        AgencyKind.DEPARTMENT: _t("Sở/ban/ngành"),
        AgencyKind.OTHER: _t("Cơ quan khác"),
    }[kind]


def leader_role_label(role: LeaderRole) -> str:
    return {LeaderRole.HEAD: _t("Người đứng đầu"), LeaderRole.DEPUTY: _t("Cấp phó")}[role]


def steering_role_label(role: SteeringRole) -> str:
    return {
        SteeringRole.HEAD: _t("Trưởng ban"),
        SteeringRole.DEPUTY: _t("Phó trưởng ban"),
        SteeringRole.MEMBER: _t("Thành viên"),
        SteeringRole.SECRETARY: _t("Thư ký"),
    }[role]


def publication_kind_label(kind: PublicationKind) -> str:
    return {PublicationKind.INITIAL: _t("Công bố"), PublicationKind.REPUBLICATION: _t("Công bố lại")}[kind]


def period_convention_label(convention: PeriodConvention) -> str:
    return {
        PeriodConvention.DECREE_09: _t("Theo Nghị định 09/2019/NĐ-CP (15/12 năm trước – 14/6 và 14/12)"),
        PeriodConvention.CALENDAR: _t("Theo nửa năm dương lịch (01/01 – 30/6 và 31/12)"),
    }[convention]


def yes_no(value: bool) -> str:
    return _t("Có") if value else _t("Không")


def days_left_text(deadline: date, today: date) -> str:
    days = (deadline - today).days
    if days > 0:
        return _t("còn {0} ngày").format(days)
    if days == 0:
        return _t("hạn là hôm nay")
    return _t("đã qua {0} ngày").format(-days)
