"""The app's Vietnamese vocabulary: every enum label, number, percentage, date, count, sort order and
JSON value the screens, the printed documents, the imports, the demo and the CLI write.

Qt-free on purpose (services never import PySide6), so one module serves every front end:

- Labels are marked with ``QT_TRANSLATE_NOOP("Labels", …)`` so that ``pyside6-lupdate`` extracts
  them; the functions return the Vietnamese source text. The UI translates the result
  (``app.ui.formatting``: ``translate("Labels", vocabulary.document_type_label(t))``); a label built
  from a template ("Quý {0}", "còn {0} ngày") takes a ``localize`` function instead, applied to the
  template before it is filled. Printed documents and import templates use the Vietnamese text as is.
- Words printed only in Vietnamese documents (register headings, nouns counted in a register's
  totals) are plain strings: a signed Vietnamese document is never translated.
- Numbers: dot for thousands, comma for decimals ("1.234", "97,5"); a "%" unit after a no-break
  space. Dates: "05/03/2014" in tables, "05/3/2014" in prose citing a document (Decree 30/2020:
  months 1 and 2 padded so "01" cannot be read as "10").
"""

from __future__ import annotations

import dataclasses
import decimal
import enum
import json
import math
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import PurePath
from typing import Any

from app.models import (
    AgencyKind,
    Aggregation,
    CaSource,
    CaStatus,
    ChecklistResult,
    Comparison,
    ComplaintRuling,
    DecisionKind,
    DecisionStatus,
    DocumentStatus,
    DocumentType,
    FindingType,
    Frequency,
    InspectionForm,
    LeaderRole,
    LegalKind,
    PeriodConvention,
    PublicationKind,
    ReportKind,
    ReportStatus,
    ReviewStatus,
    RiskKind,
    RiskStatus,
    ScheduleKind,
    SteeringRole,
    TaskStatus,
    TimeframeKind,
    TrainingType,
)
from app.services.dto import ObjectiveStatus, RevisionState, UpdateState

Translate = Callable[[str, str], str]  # (context, source text) -> text shown


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for Qt Linguist and returns it unchanged (Vietnamese is the source language).

    The upper-case name is the one ``pyside6-lupdate`` recognises in Python sources."""
    return text


NBSP = "\u00a0"
EM_DASH = "—"
BLANK = NBSP * 6  # room to fill a day, month or number by hand (no-break spaces do not collapse)


# ---- numbers ------------------------------------------------------------------------------------
Number = int | float | Decimal


def _decimal(value: Number) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    # repr is the shortest text that reads back as the same float: 2.675 rounds as typed (2,68), not as
    # its binary neighbour 2.67499…
    return Decimal(repr(value))


def _fixed(value: Decimal, decimals: int, *, grouping: bool = True) -> str:
    """``value`` rounded half up to exactly ``decimals`` digits, comma decimal, dot thousands."""
    with decimal.localcontext() as ctx:
        ctx.prec = max(28, value.adjusted() + decimals + 3)
        rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""  # -0,00 is 0
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    if grouping:
        head = len(whole) % 3 or 3
        whole = ".".join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
    return sign + whole + ("," + fraction if fraction else "")


def number_text(value: Number | None, decimals: int = 2, *, grouping: bool = True) -> str:
    """A number the Vietnamese way: "1.234", "-1.234", "97,5", "98" (never "98,0"); "" for None.

    At most ``decimals`` decimals (rounded half up), trailing zeros dropped. ``grouping=False`` leaves
    out the thousands dots (a number to edit in a field: "1234,5").
    """
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    whole, _, fraction = _fixed(_decimal(value), decimals, grouping=grouping).partition(",")
    fraction = fraction.rstrip("0")
    return f"{whole},{fraction}" if fraction else whole


def count_text(n: int, noun: str = "") -> str:
    """A count in prose: "03 bộ phận", "01 cuộc", "0", "12 hồ sơ", "1.234 hồ sơ" (1–9 padded to two
    digits as Vietnamese administrative documents write them)."""
    text = f"{n:02d}" if 0 < n < 10 else number_text(n)
    noun = noun.strip()
    return f"{text} {noun}" if noun else text


def _percent(numerator: Number, denominator: Number) -> Decimal | None:
    """The share rounded to 0,1: exactly 100 only when complete, 0 only when nothing; a proper
    fraction stays inside 0,1–99,9 (999/1000 is not "100 %")."""
    if denominator == 0:
        return None
    if numerator == denominator:
        return Decimal(100)
    if numerator == 0:
        return Decimal(0)
    exact = _decimal(numerator) * 100 / _decimal(denominator)
    rounded = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if 0 < exact < 100:
        rounded = min(max(rounded, Decimal("0.1")), Decimal("99.9"))
    return rounded


def percent(numerator: Number, denominator: Number) -> str:
    """ "96,0 %", "100 %", "0 %", "99,9 %" (999/1000), "0,1 %" (1/10000); "—" when there is no
    denominator. A no-break space before "%"."""
    value = _percent(numerator, denominator)
    if value is None:
        return EM_DASH
    if numerator == denominator or numerator == 0:
        return f"{value:.0f}{NBSP}%"
    return f"{_fixed(value, 1)}{NBSP}%"


def percent_value(numerator: Number, denominator: Number) -> float | None:
    """The share as a number for JSON: 0–100 with one decimal, the same as ``percent`` shows; None
    when there is no denominator."""
    value = _percent(numerator, denominator)
    return None if value is None else float(value)


def with_unit(number: str, unit: str) -> str:
    """ "98 %" (a no-break space before "%", which never starts a line), "5 hồ sơ", "12"."""
    unit = unit.strip()
    if not unit:
        return number
    return f"{number}{NBSP}{unit}" if unit.startswith("%") else f"{number} {unit}"


def value_with_unit(value: Number | None, unit: str) -> str:
    """A measured value: "97,5 %", "3 vụ"; "" for no value."""
    return "" if value is None else with_unit(number_text(value), unit)


def file_size_text(size: int) -> str:
    """ "12 KB", "1,5 MB" (at least 1 KB)."""
    if size >= 1024 * 1024:
        return f"{number_text(size / (1024 * 1024), 1)} MB"
    return f"{number_text(max(1, round(size / 1024)))} KB"


def roman_numeral(n: int) -> str:
    """I, II, III, IV … (group numbers of a register, quarters); other numbers as digits."""
    if not 0 < n < 4000:
        return str(n)
    text = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        count, n = divmod(n, value)
        text += letters * count
    return text


# ---- objectives: comparisons and targets --------------------------------------------------------
_COMPARISON_SIGNS = {
    Comparison.GE: "≥",
    Comparison.GT: ">",
    Comparison.EQ: "=",
    Comparison.LE: "≤",
    Comparison.LT: "<",
}


def comparison_label(comparison: Comparison) -> str:
    """ "≥", ">", "=", "≤", "<"."""
    return _COMPARISON_SIGNS[comparison]


def target_text(comparison: Comparison, target: Number, unit: str) -> str:
    """A target as a person writes it: "≥ 98 %", "> 5 hồ sơ", "≤ 2 ngày"; the sign is left out where
    it adds nothing: "100 %" (for "= 100 %" and "≥ 100 %"), "0 vụ" (for "≤ 0 vụ")."""
    unit = unit.strip()
    shown = value_with_unit(target, unit)
    if (
        comparison is Comparison.EQ
        or (comparison in (Comparison.LE, Comparison.LT) and target == 0)
        or (comparison is Comparison.GE and target == 100 and unit == "%")
    ):
        return shown
    return f"{comparison_label(comparison)} {shown}"


# ---- dates --------------------------------------------------------------------------------------
def table_date(value: date | None) -> str:
    """ "05/03/2014": the numeric form of tables, fields and "Ngày in: …"; "" for no date."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value else ""


def _month(month: int) -> str:
    # Decree 30/2020: months 1 and 2 take a leading zero (so "01" cannot be read as "10"), 3–12 do not.
    return f"{month:02d}" if month <= 2 else str(month)


def moment_text(value: datetime) -> str:
    """A moment as the app tells it: "14:05 ngày 22/11/2026" (local time of an aware value)."""
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{local:%H:%M} ngày {table_date(local.date())}"


def citation_date(value: date | None) -> str:
    """A date inside a sentence citing a document (Decree 30/2020): "05/3/2014", "21/01/2019",
    "01/7/2025" (day always two digits, month two digits only for January and February)."""
    return f"{value.day:02d}/{_month(value.month)}/{value.year}" if value else ""


def date_words(
    value: date | None = None, *, year: int | None = None, month: int | None = None, blank: str = BLANK
) -> str:
    """ "ngày 05 tháng 01 năm 2026", "ngày 29 tháng 6 năm 2019".

    Without ``value`` the unknown parts print as blanks to fill by hand, e.g.
    ``date_words(year=2026, month=1)`` → "ngày ␣␣␣ tháng 01 năm 2026" (as in a plan waiting for its
    signing date).
    """
    if value is not None:
        return f"ngày {value.day:02d} tháng {_month(value.month)} năm {value.year}"
    month_text = _month(month) if month else blank
    year_text = str(year) if year else blank
    return f"ngày {blank} tháng {month_text} năm {year_text}"


def place_date_line(
    place: str, value: date | None = None, *, year: int | None = None, month: int | None = None
) -> str:
    """The Decree 30 place-date line: "Tùng Ảnh, ngày 05 tháng 3 năm 2026" (printed in italics);
    "Ngày 05 tháng 3 năm 2026" without a place."""
    words = date_words(value, year=year, month=month)
    place = unicodedata.normalize("NFC", place or "").strip()
    return f"{place}, {words}" if place else words[0].upper() + words[1:]


_DAYS_LEFT = QT_TRANSLATE_NOOP("Labels", "còn {0} ngày")
_DUE_TODAY = QT_TRANSLATE_NOOP("Labels", "hạn là hôm nay")
_DAYS_PAST = QT_TRANSLATE_NOOP("Labels", "đã qua {0} ngày")


def days_left_text(deadline: date, today: date, localize: Translate = QT_TRANSLATE_NOOP) -> str:
    """ "còn 5 ngày", "hạn là hôm nay", "đã qua 3 ngày"."""
    days = (deadline - today).days
    if days > 0:
        return localize("Labels", _DAYS_LEFT).format(number_text(days))
    if days == 0:
        return localize("Labels", _DUE_TODAY)
    return localize("Labels", _DAYS_PAST).format(number_text(-days))


# ---- labels of the organisation -----------------------------------------------------------------
_AGENCY_KINDS = {
    AgencyKind.COMMUNE: QT_TRANSLATE_NOOP("Labels", "UBND xã/phường"),
    AgencyKind.SCHOOL: QT_TRANSLATE_NOOP("Labels", "Trường học"),
    AgencyKind.DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Sở/ban/ngành"),
    AgencyKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Cơ quan khác"),
}
_LEADER_ROLES = {
    LeaderRole.HEAD: QT_TRANSLATE_NOOP("Labels", "Người đứng đầu"),
    LeaderRole.DEPUTY: QT_TRANSLATE_NOOP("Labels", "Cấp phó"),
}
_STEERING_ROLES = {
    SteeringRole.HEAD: QT_TRANSLATE_NOOP("Labels", "Trưởng ban"),
    SteeringRole.DEPUTY: QT_TRANSLATE_NOOP("Labels", "Phó trưởng ban"),
    SteeringRole.MEMBER: QT_TRANSLATE_NOOP("Labels", "Thành viên"),
    SteeringRole.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Thư ký"),
}
_PUBLICATION_KINDS = {
    PublicationKind.INITIAL: QT_TRANSLATE_NOOP("Labels", "Công bố"),
    PublicationKind.REPUBLICATION: QT_TRANSLATE_NOOP("Labels", "Công bố lại"),
}
_PERIOD_CONVENTIONS = {
    PeriodConvention.DECREE_09: QT_TRANSLATE_NOOP(
        "Labels", "Theo Nghị định 09/2019/NĐ-CP (15/12 năm trước – 14/6 và 14/12)"
    ),
    PeriodConvention.CALENDAR: QT_TRANSLATE_NOOP("Labels", "Theo nửa năm dương lịch (01/01 – 30/6 và 31/12)"),
}
_YES = QT_TRANSLATE_NOOP("Labels", "Có")
_NO = QT_TRANSLATE_NOOP("Labels", "Không")


def agency_kind_label(kind: AgencyKind) -> str:
    return _AGENCY_KINDS[kind]


def leader_role_label(role: LeaderRole) -> str:
    return _LEADER_ROLES[role]


def steering_role_label(role: SteeringRole) -> str:
    return _STEERING_ROLES[role]


def publication_kind_label(kind: PublicationKind) -> str:
    return _PUBLICATION_KINDS[kind]


def period_convention_label(convention: PeriodConvention) -> str:
    return _PERIOD_CONVENTIONS[convention]


def yes_no(value: bool) -> str:
    return _YES if value else _NO


# ---- labels of documents and legal documents ----------------------------------------------------
_DOCUMENT_TYPES = {
    DocumentType.TTHC_PROCEDURE: QT_TRANSLATE_NOOP("Labels", "Quy trình TTHC"),
    DocumentType.INTERNAL_PROCEDURE: QT_TRANSLATE_NOOP("Labels", "Quy trình nội bộ"),
    DocumentType.FORM: QT_TRANSLATE_NOOP("Labels", "Biểu mẫu"),
    DocumentType.GUIDE: QT_TRANSLATE_NOOP("Labels", "Hướng dẫn"),
    DocumentType.POLICY_PLAN: QT_TRANSLATE_NOOP("Labels", "Chính sách, kế hoạch"),
}
# Printed only (register group headings; nouns counted in its totals): never translated.
_DOCUMENT_TYPE_HEADINGS = {
    DocumentType.TTHC_PROCEDURE: "Quy trình giải quyết thủ tục hành chính",
    DocumentType.INTERNAL_PROCEDURE: "Quy trình nội bộ",
    DocumentType.FORM: "Biểu mẫu",
    DocumentType.GUIDE: "Hướng dẫn",
    DocumentType.POLICY_PLAN: "Chính sách, kế hoạch và văn bản khác của HTQLCL",
}
_DOCUMENT_TYPE_NOUNS = {
    DocumentType.TTHC_PROCEDURE: "quy trình giải quyết TTHC",
    DocumentType.INTERNAL_PROCEDURE: "quy trình nội bộ",
    DocumentType.FORM: "biểu mẫu",
    DocumentType.GUIDE: "hướng dẫn",
    DocumentType.POLICY_PLAN: "văn bản khác",
}
_DOCUMENT_STATUSES = {
    DocumentStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Dự thảo"),
    DocumentStatus.IN_FORCE: QT_TRANSLATE_NOOP("Labels", "Đang hiệu lực"),
    DocumentStatus.OBSOLETE: QT_TRANSLATE_NOOP("Labels", "Hết hiệu lực"),
}
_REVISION_STATES = {
    RevisionState.CURRENT: QT_TRANSLATE_NOOP("Labels", "Đang áp dụng"),
    RevisionState.UPCOMING: QT_TRANSLATE_NOOP("Labels", "Sắp hiệu lực"),
    RevisionState.HISTORY: QT_TRANSLATE_NOOP("Labels", "Đã thay thế"),
}
_LEGAL_KINDS = {
    LegalKind.LAW: QT_TRANSLATE_NOOP("Labels", "Văn bản quy phạm pháp luật"),
    LegalKind.TTHC_DECISION: QT_TRANSLATE_NOOP("Labels", "Quyết định công bố TTHC"),
    LegalKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Tài liệu bên ngoài khác"),
}
_LEGAL_KINDS_SHORT = {
    LegalKind.LAW: QT_TRANSLATE_NOOP("Labels", "VBQPPL"),
    LegalKind.TTHC_DECISION: QT_TRANSLATE_NOOP("Labels", "QĐ công bố TTHC"),
    LegalKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Tài liệu khác"),
}
_LEGAL_KIND_HEADINGS = {  # printed only
    LegalKind.LAW: "Văn bản quy phạm pháp luật",
    LegalKind.TTHC_DECISION: "Quyết định công bố danh mục thủ tục hành chính",
    LegalKind.OTHER: "Tài liệu bên ngoài khác",
}
_UPDATE_STATES = {
    UpdateState.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Quá hạn"),
    UpdateState.DUE_SOON: QT_TRANSLATE_NOOP("Labels", "Sắp đến hạn"),
    UpdateState.OPEN: QT_TRANSLATE_NOOP("Labels", "Chưa cập nhật"),
    UpdateState.UPDATED: QT_TRANSLATE_NOOP("Labels", "Đã cập nhật"),
    UpdateState.NO_CHANGE: QT_TRANSLATE_NOOP("Labels", "Không cần sửa đổi"),
}


def document_type_label(kind: DocumentType) -> str:
    """ "Quy trình TTHC", "Biểu mẫu"… (also the names the import template lists)."""
    return _DOCUMENT_TYPES[kind]


def document_type_heading(kind: DocumentType) -> str:
    """The long group heading of the printed register: "Quy trình giải quyết thủ tục hành chính"."""
    return _DOCUMENT_TYPE_HEADINGS[kind]


def document_type_noun(kind: DocumentType) -> str:
    """The noun a register counts in its totals: "3 quy trình giải quyết TTHC", "1 biểu mẫu"."""
    return _DOCUMENT_TYPE_NOUNS[kind]


def document_status_label(status: DocumentStatus) -> str:
    return _DOCUMENT_STATUSES[status]


def revision_state_label(state: RevisionState) -> str:
    return _REVISION_STATES[state]


def legal_kind_label(kind: LegalKind) -> str:
    return _LEGAL_KINDS[kind]


def legal_kind_short(kind: LegalKind) -> str:
    return _LEGAL_KINDS_SHORT[kind]


def legal_kind_heading(kind: LegalKind) -> str:
    """The group heading of the printed register of external documents."""
    return _LEGAL_KIND_HEADINGS[kind]


def update_state_label(state: UpdateState) -> str:
    return _UPDATE_STATES[state]


# ---- labels of audits, inspections, findings and corrective actions --------------------------------
_FINDING_TYPES = {
    FindingType.NC_MAJOR: QT_TRANSLATE_NOOP("Labels", "Không phù hợp nặng"),
    FindingType.NC_MINOR: QT_TRANSLATE_NOOP("Labels", "Không phù hợp nhẹ"),
    FindingType.OBSERVATION: QT_TRANSLATE_NOOP("Labels", "Điểm lưu ý"),
    FindingType.OFI: QT_TRANSLATE_NOOP("Labels", "Cơ hội cải tiến"),
    FindingType.RECOMMENDATION: QT_TRANSLATE_NOOP("Labels", "Kiến nghị"),
}
_CHECKLIST_RESULTS = {
    ChecklistResult.CONFORM: QT_TRANSLATE_NOOP("Labels", "Phù hợp"),
    ChecklistResult.NC: QT_TRANSLATE_NOOP("Labels", "Không phù hợp"),
    ChecklistResult.OBSERVATION: QT_TRANSLATE_NOOP("Labels", "Điểm lưu ý"),
    ChecklistResult.OFI: QT_TRANSLATE_NOOP("Labels", "Cơ hội cải tiến"),
}
_SCHEDULE_KINDS = {
    ScheduleKind.OPENING: QT_TRANSLATE_NOOP("Labels", "Họp khai mạc"),
    ScheduleKind.AUDIT: QT_TRANSLATE_NOOP("Labels", "Đánh giá tại bộ phận"),
    ScheduleKind.CLOSING: QT_TRANSLATE_NOOP("Labels", "Họp kết thúc"),
}
_INSPECTION_FORMS = {
    InspectionForm.ON_SITE: QT_TRANSLATE_NOOP("Labels", "Trực tiếp"),
    InspectionForm.RECORDS: QT_TRANSLATE_NOOP("Labels", "Qua hồ sơ"),
}
_CA_STATUSES = {
    CaStatus.NEW: QT_TRANSLATE_NOOP("Labels", "Mới"),
    CaStatus.ANALYSING: QT_TRANSLATE_NOOP("Labels", "Đang phân tích"),
    CaStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Đang thực hiện"),
    CaStatus.VERIFYING: QT_TRANSLATE_NOOP("Labels", "Chờ kiểm tra hiệu lực"),
    CaStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Đã đóng"),
    CaStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Hủy"),
}
_CA_SOURCES = {
    CaSource.AUDIT: QT_TRANSLATE_NOOP("Labels", "Đánh giá nội bộ"),
    CaSource.INSPECTION: QT_TRANSLATE_NOOP("Labels", "Kiểm tra của cấp trên"),
    CaSource.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Phản ánh, kiến nghị"),
    CaSource.REVIEW: QT_TRANSLATE_NOOP("Labels", "Xem xét của lãnh đạo"),
    CaSource.LATE_FILE: QT_TRANSLATE_NOOP("Labels", "Hồ sơ TTHC trễ hạn"),
    CaSource.SELF: QT_TRANSLATE_NOOP("Labels", "Tự phát hiện"),
    CaSource.RISK: QT_TRANSLATE_NOOP("Labels", "Rủi ro, cơ hội"),
}


def finding_type_label(kind: FindingType) -> str:
    return _FINDING_TYPES[kind]


def checklist_result_label(result: ChecklistResult | None) -> str:
    """The result of a checklist question; "" when not assessed yet."""
    return "" if result is None else _CHECKLIST_RESULTS[result]


def schedule_kind_label(kind: ScheduleKind) -> str:
    return _SCHEDULE_KINDS[kind]


def inspection_form_label(form: InspectionForm) -> str:
    return _INSPECTION_FORMS[form]


def ca_status_label(status: CaStatus) -> str:
    return _CA_STATUSES[status]


def ca_source_label(source: CaSource) -> str:
    return _CA_SOURCES[source]


# ---- labels of risks, complaints and training ----------------------------------------------------
_RISK_KINDS = {
    RiskKind.RISK: QT_TRANSLATE_NOOP("Labels", "Rủi ro"),
    RiskKind.OPPORTUNITY: QT_TRANSLATE_NOOP("Labels", "Cơ hội"),
}
_RISK_STATUSES = {
    RiskStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Đang theo dõi"),
    RiskStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Đã đóng"),
}
# Risk bands by their stable JSON names (``band``: thap, trung_binh, cao).
_RISK_BANDS = {
    "thap": QT_TRANSLATE_NOOP("Labels", "Thấp"),
    "trung_binh": QT_TRANSLATE_NOOP("Labels", "Trung bình"),
    "cao": QT_TRANSLATE_NOOP("Labels", "Cao"),
}
_COMPLAINT_RULINGS = {
    ComplaintRuling.FOUNDED: QT_TRANSLATE_NOOP("Labels", "Đúng"),
    ComplaintRuling.PARTLY_FOUNDED: QT_TRANSLATE_NOOP("Labels", "Đúng một phần"),
    ComplaintRuling.UNFOUNDED: QT_TRANSLATE_NOOP("Labels", "Sai"),
    ComplaintRuling.PENDING: QT_TRANSLATE_NOOP("Labels", "Chưa kết luận"),
}
_TRAINING_TYPES = {
    TrainingType.AWARENESS: QT_TRANSLATE_NOOP("Labels", "Nâng cao nhận thức"),
    TrainingType.INTERNAL_AUDITOR: QT_TRANSLATE_NOOP("Labels", "Chuyên gia đánh giá nội bộ"),
    TrainingType.PROFESSIONAL: QT_TRANSLATE_NOOP("Labels", "Chuyên môn"),
}


def risk_kind_label(kind: RiskKind) -> str:
    return _RISK_KINDS[kind]


def risk_status_label(status: RiskStatus) -> str:
    return _RISK_STATUSES[status]


def risk_band_label(band: str | None) -> str:
    """ "Thấp", "Trung bình", "Cao"; "" for an opportunity (no band)."""
    return _RISK_BANDS[band] if band else ""


def complaint_ruling_label(ruling: ComplaintRuling) -> str:
    return _COMPLAINT_RULINGS[ruling]


def training_type_label(kind: TrainingType) -> str:
    return _TRAINING_TYPES[kind]


# ---- labels of the management review --------------------------------------------------------------
_REVIEW_STATUSES = {
    ReviewStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Dự thảo"),
    ReviewStatus.SIGNED: QT_TRANSLATE_NOOP("Labels", "Đã ký"),
}
_DECISION_KINDS = {
    DecisionKind.IMPROVEMENT: QT_TRANSLATE_NOOP("Labels", "Cải tiến"),
    DecisionKind.QMS_CHANGE: QT_TRANSLATE_NOOP("Labels", "Thay đổi HTQLCL"),
    DecisionKind.RESOURCE: QT_TRANSLATE_NOOP("Labels", "Nguồn lực"),
}
_DECISION_STATUSES = {
    DecisionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Đang thực hiện"),
    DecisionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Đã hoàn thành"),
    DecisionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Hủy"),
}


def review_status_label(status: ReviewStatus) -> str:
    return _REVIEW_STATUSES[status]


# ---- labels of the 6-month and annual reports -------------------------------------------------------
_REPORT_KINDS = {
    ReportKind.H1: QT_TRANSLATE_NOOP("Labels", "Báo cáo 6 tháng"),
    ReportKind.YEAR: QT_TRANSLATE_NOOP("Labels", "Báo cáo năm"),
}
_REPORT_STATUSES = {
    ReportStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Dự thảo"),
    ReportStatus.SIGNED: QT_TRANSLATE_NOOP("Labels", "Đã ký"),
    ReportStatus.SENT: QT_TRANSLATE_NOOP("Labels", "Đã gửi"),
}


def report_kind_label(kind: ReportKind) -> str:
    return _REPORT_KINDS[kind]


def report_status_label(status: ReportStatus) -> str:
    return _REPORT_STATUSES[status]


def decision_kind_label(kind: DecisionKind) -> str:
    return _DECISION_KINDS[kind]


def decision_status_label(status: DecisionStatus) -> str:
    return _DECISION_STATUSES[status]


# ---- labels of objectives and the annual plan ---------------------------------------------------
_AGGREGATIONS = {
    Aggregation.LAST: QT_TRANSLATE_NOOP("Labels", "Giá trị kỳ gần nhất"),
    Aggregation.SUM: QT_TRANSLATE_NOOP("Labels", "Cộng dồn các kỳ"),
    Aggregation.AVERAGE: QT_TRANSLATE_NOOP("Labels", "Trung bình các kỳ"),
}
_FREQUENCIES = {  # also the printed "Tần suất đo" column
    Frequency.MONTH: QT_TRANSLATE_NOOP("Labels", "Hằng tháng"),
    Frequency.QUARTER: QT_TRANSLATE_NOOP("Labels", "Hằng quý"),
    Frequency.HALF: QT_TRANSLATE_NOOP("Labels", "6 tháng"),
    Frequency.YEAR: QT_TRANSLATE_NOOP("Labels", "Hằng năm"),
}
_OBJECTIVE_STATUSES = {
    ObjectiveStatus.NOT_MEASURED: QT_TRANSLATE_NOOP("Labels", "Chưa đo"),
    ObjectiveStatus.ON_TRACK: QT_TRANSLATE_NOOP("Labels", "Đang đạt"),
    ObjectiveStatus.AT_RISK: QT_TRANSLATE_NOOP("Labels", "Có nguy cơ không đạt"),
    ObjectiveStatus.MET: QT_TRANSLATE_NOOP("Labels", "Đạt"),
    ObjectiveStatus.NOT_MET: QT_TRANSLATE_NOOP("Labels", "Không đạt"),
}
_TASK_STATUSES = {
    TaskStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Chưa thực hiện"),
    TaskStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Đang thực hiện"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Đã hoàn thành"),
}
_TIMEFRAME_KINDS = {
    TimeframeKind.QUARTER: QT_TRANSLATE_NOOP("Labels", "Theo quý"),
    TimeframeKind.DATE: QT_TRANSLATE_NOOP("Labels", "Trước ngày"),
    TimeframeKind.CONTINUOUS: QT_TRANSLATE_NOOP("Labels", "Thường xuyên"),
}
_QUARTER = QT_TRANSLATE_NOOP("Labels", "Quý {0}")
_MONTH = QT_TRANSLATE_NOOP("Labels", "Tháng {0}")
_FIRST_HALF = QT_TRANSLATE_NOOP("Labels", "6 tháng đầu năm")
_SECOND_HALF = QT_TRANSLATE_NOOP("Labels", "6 tháng cuối năm")
_WHOLE_YEAR = QT_TRANSLATE_NOOP("Labels", "Cả năm")
_BEFORE = QT_TRANSLATE_NOOP("Labels", "Trước {0}")
_CONTINUOUS = QT_TRANSLATE_NOOP("Labels", "Thường xuyên")


def aggregation_label(aggregation: Aggregation) -> str:
    return _AGGREGATIONS[aggregation]


def frequency_label(frequency: Frequency) -> str:
    """ "Hằng tháng", "Hằng quý", "6 tháng", "Hằng năm" (on screen and in the printed plan)."""
    return _FREQUENCIES[frequency]


def objective_status_label(status: ObjectiveStatus) -> str:
    return _OBJECTIVE_STATUSES[status]


def task_status_label(status: TaskStatus) -> str:
    return _TASK_STATUSES[status]


def timeframe_kind_label(kind: TimeframeKind) -> str:
    return _TIMEFRAME_KINDS[kind]


def quarter_label(quarter: int, localize: Translate = QT_TRANSLATE_NOOP) -> str:
    """ "Quý I" … "Quý IV"."""
    return localize("Labels", _QUARTER).format(roman_numeral(quarter) if 1 <= quarter <= 4 else quarter)


def period_label(frequency: Frequency, period: int, localize: Translate = QT_TRANSLATE_NOOP) -> str:
    """ "Tháng 3", "Quý II", "6 tháng đầu năm", "Cả năm"."""
    if frequency is Frequency.MONTH:
        return localize("Labels", _MONTH).format(period)
    if frequency is Frequency.QUARTER:
        return quarter_label(period, localize)
    if frequency is Frequency.HALF:
        return localize("Labels", _FIRST_HALF if period == 1 else _SECOND_HALF)
    return localize("Labels", _WHOLE_YEAR)


def timeframe_text(
    kind: TimeframeKind, quarter: int | None, due_on: date | None, localize: Translate = QT_TRANSLATE_NOOP
) -> str:
    """When a plan task is due: "Quý I", "Trước 30/06/2026", "Thường xuyên" ("" when incomplete)."""
    if kind is TimeframeKind.QUARTER:
        return quarter_label(quarter, localize) if quarter else ""
    if kind is TimeframeKind.DATE:
        return localize("Labels", _BEFORE).format(table_date(due_on)) if due_on else ""
    return localize("Labels", _CONTINUOUS)


# ---- Vietnamese alphabetical order --------------------------------------------------------------
# The Vietnamese alphabet; f, j, w, z (loan letters) stand where the Latin alphabet puts them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
_SHAPED = {  # a base letter and a combining mark that make another letter of the alphabet
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}  # huyền sắc hỏi ngã nặng
_SPACE, _SYMBOL, _DIGITS, _LETTER, _OTHER_LETTER = range(5)

SortKey = tuple[Any, ...]


def _levels(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """(letters and numbers, tones) of ``text``: the first level compares letters in Vietnamese order
    (case and tones ignored, digit runs as numbers, before letters); the second, tones letter by
    letter (ngang < huyền < sắc < hỏi < ngã < nặng)."""
    chars = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).casefold().strip())
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    i, n = 0, len(chars)
    while i < n:
        ch = chars[i]
        i += 1
        if ch.isdecimal():
            start = i - 1
            while i < n and chars[i].isdecimal():
                i += 1
            primary.append((_DIGITS, int(chars[start:i])))
            continue
        marks = ""
        while i < n and unicodedata.combining(chars[i]):
            marks += chars[i]
            i += 1
        if ch.isspace():
            if primary and primary[-1] != (_SPACE, 0):
                primary.append((_SPACE, 0))
        elif ch.isalpha():
            letter, tone = "đ" if ch == "ð" else ch, 0
            for mark in marks:
                if (letter, mark) in _SHAPED:
                    letter = _SHAPED[letter, mark]
                elif mark in _TONES:
                    tone = _TONES[mark]
            rank = _LETTER_RANK.get(letter)
            primary.append((_LETTER, rank) if rank is not None else (_OTHER_LETTER, ord(letter)))
            tones.append(tone)
        elif not unicodedata.combining(ch):
            primary.append((_SYMBOL, ord(ch)))
    return tuple(primary), tuple(tones)


def sort_key(text: str) -> SortKey:
    """A key to sort Vietnamese text: Đ after D and before E, Ư after U, "An" < "Án" < "Bình";
    case-insensitive; tones break ties only; digits before letters ("Tổ 2" < "Tổ 10" < "Tổ A")."""
    return _levels(text or "")


# The levels of ``_levels`` as text that sorts the same way byte by byte (SQLite's BINARY
# collation), to store in a column a big list sorts on in SQL: each element is a class mark and
# one character (digit runs: their length, then the digits), then a separator and the tones.
_TEXT_MARK = {_SPACE: "\x02", _SYMBOL: "\x03", _DIGITS: "\x04", _LETTER: "\x05", _OTHER_LETTER: "\x06"}
SORT_TEXT_LENGTH = 80  # elements kept: rows equal that far are ordered by the query's next key


def sort_text(text: str) -> str:
    """``sort_key(text)`` as a string that compares the same way (``sort_text(a) < sort_text(b)``
    exactly when ``sort_key(a) < sort_key(b)``, within the first ``SORT_TEXT_LENGTH`` letters),
    for a column that SQL sorts on."""
    primary, tones = _levels(text or "")
    parts = []
    for kind, value in primary[:SORT_TEXT_LENGTH]:
        if kind == _DIGITS:
            digits = str(value)
            parts.append(f"\x04{chr(0x21 + len(digits))}{digits}")
        elif kind == _SPACE:
            parts.append("\x02 ")
        else:
            code = 0x21 + value if kind == _LETTER else max(value, 0x20)  # no control characters
            parts.append(_TEXT_MARK[kind] + chr(code))
    parts.append("\x01")
    parts.extend(chr(0x30 + tone) for tone in tones[:SORT_TEXT_LENGTH])
    return "".join(parts)


def person_sort_key(full_name: str) -> SortKey:
    """People as Vietnamese lists order them: by given name (last word), then family name (first word),
    then middle names — "Trần Văn An" < "Nguyễn Thị Bình"; "Lê Văn An" < "Nguyễn Văn An"."""
    words = (full_name or "").split()
    given = words[-1] if words else ""
    family = words[0] if len(words) > 1 else ""
    middle = " ".join(words[1:-1])
    levels = [_levels(given), _levels(family), _levels(middle)]
    return tuple(level[0] for level in levels) + tuple(level[1] for level in levels)


# ---- JSON ---------------------------------------------------------------------------------------
def json_value(value: Any) -> Any:
    """``value`` as plain JSON data: dates and datetimes as ISO text, enums as their ``.value``,
    dataclasses as objects (field names as keys), tuples, lists and sets as arrays; ints stay ints."""
    if isinstance(value, enum.Enum):
        return json_value(value.value)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, PurePath):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {_json_key(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, set | frozenset):
        items = [json_value(v) for v in value]
        try:
            return sorted(items)
        except TypeError:
            return items
    raise TypeError(f"{type(value).__name__} cannot be written as JSON")


def _json_key(key: Any) -> str:
    value = json_value(key)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def to_json(value: Any) -> str:
    """``value`` as pretty-printed JSON text (indent 2, Vietnamese letters as they are)."""
    return json.dumps(json_value(value), ensure_ascii=False, indent=2)
