"""Display helpers: dates as dd/mm/yyyy and the Vietnamese labels of enums."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models import (
    AgencyKind,
    Aggregation,
    Comparison,
    DocumentStatus,
    DocumentType,
    Frequency,
    LeaderRole,
    LegalKind,
    PeriodConvention,
    PublicationKind,
    SteeringRole,
    TaskStatus,
    TimeframeKind,
)
from app.services.dto import ObjectiveStatus, RevisionState, UpdateState

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


# ---- quality objectives and the annual plan ---------------------------------------------------------
def fmt_number(value: float | None, decimals: int = 2) -> str:
    """A number the Vietnamese way: comma decimal, dot thousands, no trailing ",0"."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def comparison_label(comparison: Comparison) -> str:
    return {
        Comparison.GE: "≥",
        Comparison.GT: ">",
        Comparison.EQ: "=",
        Comparison.LE: "≤",
        Comparison.LT: "<",
    }[comparison]


def aggregation_label(aggregation: Aggregation) -> str:
    return {
        Aggregation.LAST: translate("Labels", "Giá trị kỳ gần nhất"),
        Aggregation.SUM: translate("Labels", "Cộng dồn các kỳ"),
        Aggregation.AVERAGE: translate("Labels", "Trung bình các kỳ"),
    }[aggregation]


def frequency_label(frequency: Frequency) -> str:
    return {
        Frequency.MONTH: translate("Labels", "Hằng tháng"),
        Frequency.QUARTER: translate("Labels", "Hằng quý"),
        Frequency.HALF: translate("Labels", "6 tháng"),
        Frequency.YEAR: translate("Labels", "Hằng năm"),
    }[frequency]


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def quarter_label(quarter: int) -> str:
    return translate("Labels", "Quý {0}").format(_ROMAN.get(quarter, str(quarter)))


def period_label(frequency: Frequency, period: int) -> str:
    """ "Tháng 3", "Quý II", "6 tháng đầu năm", "Cả năm"."""
    if frequency is Frequency.MONTH:
        return translate("Labels", "Tháng {0}").format(period)
    if frequency is Frequency.QUARTER:
        return quarter_label(period)
    if frequency is Frequency.HALF:
        return (
            translate("Labels", "6 tháng đầu năm") if period == 1 else translate("Labels", "6 tháng cuối năm")
        )
    return translate("Labels", "Cả năm")


def objective_status_label(status: ObjectiveStatus) -> str:
    return {
        ObjectiveStatus.NOT_MEASURED: translate("Labels", "Chưa đo"),
        ObjectiveStatus.ON_TRACK: translate("Labels", "Đang đạt"),
        ObjectiveStatus.AT_RISK: translate("Labels", "Có nguy cơ không đạt"),
        ObjectiveStatus.MET: translate("Labels", "Đạt"),
        ObjectiveStatus.NOT_MET: translate("Labels", "Không đạt"),
    }[status]


def objective_status_color(status: ObjectiveStatus) -> str:
    return {
        ObjectiveStatus.NOT_MEASURED: "#8a8a8a",
        ObjectiveStatus.ON_TRACK: "#1e7b34",
        ObjectiveStatus.AT_RISK: "#9a6700",
        ObjectiveStatus.MET: "#1e7b34",
        ObjectiveStatus.NOT_MET: "#b3261e",
    }[status]


def task_status_label(status: TaskStatus) -> str:
    return {
        TaskStatus.NOT_STARTED: translate("Labels", "Chưa thực hiện"),
        TaskStatus.IN_PROGRESS: translate("Labels", "Đang thực hiện"),
        TaskStatus.DONE: translate("Labels", "Đã hoàn thành"),
    }[status]


def timeframe_kind_label(kind: TimeframeKind) -> str:
    return {
        TimeframeKind.QUARTER: translate("Labels", "Theo quý"),
        TimeframeKind.DATE: translate("Labels", "Trước ngày"),
        TimeframeKind.CONTINUOUS: translate("Labels", "Thường xuyên"),
    }[kind]


def timeframe_text(kind: TimeframeKind, quarter: int | None, due_on: date | None) -> str:
    """ "Quý I", "Trước 30/06/2026", "Thường xuyên"."""
    if kind is TimeframeKind.QUARTER:
        return quarter_label(quarter) if quarter else ""
    if kind is TimeframeKind.DATE:
        return translate("Labels", "Trước {0}").format(fmt_date(due_on)) if due_on else ""
    return translate("Labels", "Thường xuyên")


def value_with_unit(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{fmt_number(value)} {unit}".strip()


def target_text(comparison: Comparison, target: float, unit: str) -> str:
    """ "≥ 98 %", "= 100 %", "≤ 0 vụ"."""
    return f"{comparison_label(comparison)} {value_with_unit(target, unit)}"
