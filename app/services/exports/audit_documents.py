"""The printed documents of internal audits and corrective actions, as neutral documents
(``exports.model``) that the PDF, Word and workbook renderers draw, and the JSON of the two registers:

- ``audit-decision``: the decision of the head forming the audit team ("Quyết định về việc thành
  lập Đoàn đánh giá nội bộ …"), signed by the head in person, as ``exports.decisions`` prints the
  QMS decisions (same bases, authority, signer, recipients "- Như Điều 3;");
- ``audit-plan``: "Kế hoạch đánh giá nội bộ …": purpose, scope, criteria, the team and the
  schedule (opening and closing meetings as rows, a group row per day), signed for the agency as
  its plans are (its signing lines: the head approves the plan);
- ``audit-checklist``: a blank checklist (QMS form "audit-checklist") per audited department, to
  fill by hand: the department's questions and the questions for every department, empty
  evidence rows and four result boxes to tick, signature boxes;
- ``audit-report``: the audit team's report, signed by the Trưởng đoàn: purpose, scope, criteria,
  team, dates, summary, the findings by type and their counts, conclusion, the corrective actions
  asked for, recipients;
- ``ca-form``: the corrective-action request (QMS form "ca-form"), one page per request, with
  signature boxes for who found it, the head of the department, the approver and the verifier;
- ``corrective-actions``: the year's register (``ca_rules.register_clause``): PDF, Excel, JSON;
- ``findings``: the findings found in the year, from audits and inspections: PDF, Excel, JSON.

The records are read through the services, and the pure builders below make the documents from
their DTOs (``audits.AuditDetail``, ``audits.FindingRow``, ``corrective_actions.CaDetail``) and the
agency's profile; the few texts the DTOs do not hold (where a finding was found, where a request
comes from) are made here from their fields. The rules of open / overdue / register / without
action are ``ca_rules``'s.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app import models as m
from app.services import ca_rules, dto, vocabulary
from app.services.audits import (
    AuditDetail,
    ChecklistRow,
    FindingFilter,
    FindingRow,
    MemberInfo,
    ScheduleRow,
    parse_audit_number,
)
from app.services.corrective_actions import CaDetail
from app.services.errors import DomainError
from app.services.exports import decisions, model, nd30
from app.services.exports.nd30 import SignedDocument
from app.services.exports.plan_documents import (
    archive_text,
    document_reference,
    kind_words,
    signed_frame,
    text_blocks,
)
from app.services.exports.registers import register_frame
from app.services.inspections import InspectionRow

DOCUMENT_KINDS = (
    "audit-decision",
    "audit-plan",
    "audit-checklist",
    "audit-report",
    "ca-form",
    "corrective-actions",
    "findings",
)
JSON_KINDS = ("corrective-actions", "findings")  # also written as JSON (``write_json``)
AUDIT_KINDS = DOCUMENT_KINDS[:4]

QMS = "Hệ thống quản lý chất lượng"
STANDARD = "Tiêu chuẩn quốc gia TCVN\u00a0ISO\u00a09001:2015"
ZWSP = "\u200b"  # an invisible character: an "empty" line that keeps its height in every renderer
BOX = "□"  # a box to tick by hand (in Liberation Serif and Times New Roman)

AUDIT_WHAT = "cuộc đánh giá nội bộ"
CA_WHAT = "phiếu yêu cầu hành động khắc phục"
TEAM_WHAT = "Đoàn đánh giá nội bộ"

_ROLE_LABELS = {m.AuditRole.LEADER: "Trưởng đoàn", m.AuditRole.MEMBER: "Thành viên"}
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
# Findings by type, in the order reports list them, with the noun their counts use.
FINDING_ORDER = (
    m.FindingType.NC_MAJOR,
    m.FindingType.NC_MINOR,
    m.FindingType.OBSERVATION,
    m.FindingType.OFI,
    m.FindingType.RECOMMENDATION,
)
_FINDING_NOUNS = {
    m.FindingType.NC_MAJOR: "điểm không phù hợp nặng",
    m.FindingType.NC_MINOR: "điểm không phù hợp nhẹ",
    m.FindingType.OBSERVATION: "điểm lưu ý",
    m.FindingType.OFI: "cơ hội cải tiến",
    m.FindingType.RECOMMENDATION: "kiến nghị",
}


# ---- small texts ----------------------------------------------------------------------------------
def listed(items: Iterable[str]) -> tuple[str, ...]:
    """List items as a document prints them: each ends ";", the last ".": "- a;", "- b."."""
    cleaned = [" ".join(nd30.nfc(x).split()).lstrip("-–•+ ").rstrip(";.,") for x in items]
    cleaned = [x for x in cleaned if x]
    return tuple(f"{x}{'.' if i == len(cleaned) - 1 else ';'}" for i, x in enumerate(cleaned))


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a typed text, without their list marks."""
    return [x.strip().lstrip("-–•+").strip() for x in nd30.nfc(text).split("\n") if x.strip()]


def joined(words: Sequence[str]) -> str:
    """ "a", "a và b", "a, b và c"."""
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} và {words[-1]}"


def lower_first(text: str) -> str:
    text = nd30.nfc(text).strip()
    return text[:1].lower() + text[1:]


def role_label(member: MemberInfo) -> str:
    """ "Trưởng đoàn" | "Thành viên"."""
    return _ROLE_LABELS[member.role]


def time_text(line: ScheduleRow) -> str:
    """ "08:00 - 10:00", "08:00", ""."""
    return " - ".join(x for x in (line.time_from.strip(), line.time_to.strip()) if x)


def day_text(day: date) -> str:
    """ "Thứ Ba, ngày 15/9/2026"."""
    return f"{_WEEKDAYS[day.weekday()]}, ngày {vocabulary.citation_date(day)}"


def period_text(start: date, end: date) -> str:
    """ "từ ngày 15/9/2026 đến ngày 17/9/2026", or "ngày 15/9/2026" for one day."""
    if start == end:
        return f"ngày {vocabulary.citation_date(start)}"
    return f"từ ngày {vocabulary.citation_date(start)} đến ngày {vocabulary.citation_date(end)}"


def count_sentence(findings: Sequence[FindingRow]) -> str:
    """ "Đoàn đánh giá ghi nhận 02 điểm không phù hợp nhẹ, 03 điểm lưu ý và 02 cơ hội cải tiến."
    (1–9 with a leading zero; a type with none is not named)."""
    parts = [
        vocabulary.count_text(n, _FINDING_NOUNS[kind])
        for kind in FINDING_ORDER
        if (n := sum(1 for f in findings if f.type is kind))
    ]
    if not parts:
        return "Đoàn đánh giá không ghi nhận điểm không phù hợp, điểm lưu ý hay cơ hội cải tiến nào."
    return f"Đoàn đánh giá ghi nhận {joined(parts)}."


def fill_line(lead: str, *, size: float, width_mm: float) -> str:
    """Dots filling the rest of a line after the bold ``lead`` (a line to write on by hand), for a
    text ``width_mm`` wide at ``size`` pt; the line never wraps (a wrapped line would be justified)."""
    room = width_mm * nd30.MM - nd30.text_width(f"{lead} ", size=size, bold=True)
    return "…" * max(3, int(room / nd30.text_width("…", size=size)) - 1)


def blank_lines(count: int) -> str:
    """A cell's empty lines to write in by hand (kept by every renderer)."""
    return "\n".join([ZWSP] * count)


def boxes(*labels: str) -> str:
    """ "□ Có    □ Không": choices to tick by hand."""
    return "\u00a0\u00a0\u00a0 ".join(f"{BOX}\u00a0{x}" for x in labels)


def yes_no(value: bool) -> str:
    return "Có" if value else "Không"


# ---- the decision forming the audit team -------------------------------------------------------------
def decision_subject(year: int) -> str:
    return f"Về việc thành lập Đoàn đánh giá nội bộ {QMS} theo TCVN ISO 9001:2015 năm {year}"


def _member_line(member: MemberInfo, last: bool) -> str:
    text = f"Ông (bà) {member.name}"
    if member.position.strip():
        text += f", {member.position.strip()}"
    return f"{text} - {role_label(member)}{'.' if last else ';'}"


def _scope_words(audit: AuditDetail) -> str:
    """The audited departments and processes in one phrase ("Văn phòng; Bộ phận Một cửa"); the
    schedule's departments when the scope is not typed."""
    words = lines_of(audit.scope)
    if not words:
        words = audited_departments(audit)
    return "; ".join(x.rstrip(";.,") for x in words)


def audit_decision_document(
    audit: AuditDetail,
    profile: dto.AgencyProfile,
    *,
    leaders: Sequence[dto.Leader] = (),
    office: str = "",
    bases: Sequence[str] = (),
    plan: dto.PlanInfo | None = None,
) -> model.Document:
    """The decision of the head forming the audit team: Điều 1 the team (each member's name,
    position and role), Điều 2 its duties (plan, carry out the audit on its dates, report to the
    head, follow the corrective actions), Điều 3 in force from signing and who carries it out.
    Number and date are the audit's ``decision_number``/``decision_on`` (blanks to fill by hand
    when empty). ``bases``: the agency's own "Căn cứ" lines for this kind (else the law and the
    QMS rules of ``decisions.legal_bases``), then the annual plan when it is numbered."""
    title = decisions.head_title(profile, leaders)
    issuer = f"{title} {profile.full_name}"
    office = office.strip() or kind_words(profile).office
    on = audit.decision_on or audit.start_on
    lines = list(bases or decisions.legal_bases(profile, on))
    if plan is not None and plan.number.strip() and plan.signed_on is not None:
        lines.append(
            f"Căn cứ {document_reference(profile, plan.number, plan.signed_on, plan.year)} về duy trì, "
            f"cải tiến {QMS} theo {STANDARD} năm {plan.year};"
        )
    lines.append(f"Theo đề nghị của {office}.")
    members = [_member_line(x, i == len(audit.members) - 1) for i, x in enumerate(audit.members)]
    scope = _scope_words(audit)
    where = f" tại: {scope}" if scope else ""
    body: list[model.Block] = [
        decisions._article(
            1,
            f"Thành lập Đoàn đánh giá nội bộ {QMS} theo {STANDARD} năm {audit.year} của "
            f"{profile.full_name}"
            + (", gồm các ông (bà) có tên sau:" if members else " (thành phần do Trưởng đoàn đề xuất)."),
        ),
        *(model.Paragraph(f"{i}. {text}") for i, text in enumerate(members, start=1)),
        decisions._article(2, "Đoàn đánh giá có nhiệm vụ:"),
        model.Paragraph(
            "1. Xây dựng kế hoạch, lịch đánh giá và phiếu đánh giá; thông báo kế hoạch đánh giá đến các bộ "
            "phận được đánh giá."
        ),
        model.Paragraph(
            f"2. Tiến hành đánh giá nội bộ {QMS} {period_text(audit.start_on, audit.end_on)}{where}; các "
            "thành viên không đánh giá công việc của chính mình."
        ),
        model.Paragraph(
            f"3. Lập báo cáo kết quả đánh giá, báo cáo {title} {profile.full_name}; đề nghị các bộ phận thực "
            "hiện hành động khắc phục đối với các điểm không phù hợp và theo dõi kết quả thực hiện."
        ),
        model.Paragraph(
            "4. Đoàn đánh giá làm việc theo chế độ kiêm nhiệm và tự giải thể sau khi hoàn thành nhiệm vụ."
        ),
        decisions._article(
            3,
            f"Quyết định này có hiệu lực kể từ ngày ký. {office}, Thư ký ISO, các bộ phận được đánh giá và "
            "các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            closing=True,
        ),
    ]
    recipients = nd30.recipient_lines(
        "", [("Như Điều 3", ""), ("Ban chỉ đạo ISO", "để biết")], archive=archive_text(profile)
    )
    warnings = []
    if not audit.decision_number.strip() or audit.decision_on is None:
        warnings.append(
            "Quyết định chưa có số hoặc ngày ký: bản in để trống để ghi tay (nhập ở cuộc đánh giá, mục "
            "Quyết định thành lập Đoàn)."
        )
    if not audit.members:
        warnings.append("Cuộc đánh giá chưa có thành viên Đoàn đánh giá.")
    document = decisions._decision(
        profile,
        audit.decision_number,
        audit.decision_on,
        decision_subject(audit.year),
        authority=issuer,
        bases=lines,
        recipients=recipients,
        signer=model.Signature((title.upper(),), decisions.head_name(profile, leaders)),
        body=body,
        warnings=tuple(warnings),
    )
    if audit.decision_on is None:  # blanks in the year of the audit, not of the day it is printed
        frame = dataclasses.replace(
            document.frame, date_line=vocabulary.place_date_line(profile.place_name, None, year=audit.year)
        )
        document = dataclasses.replace(document, frame=frame)
    return document


# ---- the audit plan -----------------------------------------------------------------------------------
TEAM_COLUMNS = (
    model.Column("STT", 12, 6, "center"),
    model.Column("Họ và tên", 42, 24),
    model.Column("Chức vụ", None, 32),
    model.Column("Nhiệm vụ", 52, 30),
)
SCHEDULE_COLUMNS = (
    model.Column("Thời gian", 24, 14, "center", keep_together=True),
    model.Column("Bộ phận, quá trình được đánh giá", None, 34),
    model.Column("Điều khoản", 20, 12, "center"),
    model.Column("Chuyên gia đánh giá", 32, 20),
    model.Column("Người được đánh giá", 36, 22),
)


def audited_departments(audit: AuditDetail) -> list[str]:
    """The departments the schedule audits, in its order (each once)."""
    seen: list[str] = []
    for line in audit.schedule:
        name = line.department_name
        if line.kind is m.ScheduleKind.AUDIT and name and name not in seen:
            seen.append(name)
    return seen


def default_purpose(profile: dto.AgencyProfile) -> str:
    return "\n".join(
        (
            f"- Xác định mức độ phù hợp của {QMS} của {profile.full_name} với yêu cầu của {STANDARD}, các "
            "quy định của cơ quan và quy định pháp luật có liên quan",
            f"- Đánh giá hiệu lực của việc áp dụng, duy trì {QMS}; phát hiện các điểm không phù hợp, điểm "
            "cần lưu ý và cơ hội cải tiến",
            "- Làm cơ sở để thực hiện hành động khắc phục và chuẩn bị cuộc họp xem xét của lãnh đạo",
        )
    )


def default_criteria(profile: dto.AgencyProfile) -> str:
    return "\n".join(
        (
            f"- {STANDARD} {QMS} - Các yêu cầu",
            f"- Các tài liệu của {QMS} của {profile.full_name}: chính sách chất lượng, mục tiêu chất "
            "lượng, các quy trình và biểu mẫu đang hiệu lực",
            "- Các văn bản quy phạm pháp luật, văn bản chỉ đạo có liên quan đến hoạt động của các bộ phận "
            "được đánh giá",
        )
    )


def _typed_list(text: str, default: str) -> list[model.Block]:
    """Typed text as blocks: a plain list of lines becomes a list ending "." (else ``text_blocks``)."""
    text = text if text.strip() else default
    raw = [x.strip() for x in nd30.nfc(text).split("\n") if x.strip()]
    if raw and all(x[0] in "-–•+" for x in raw):
        return [model.Bullets(listed(raw))]
    return text_blocks(text)


def team_rows(audit: AuditDetail) -> tuple[model.Row, ...]:
    rows = []
    for i, member in enumerate(audit.members, start=1):
        audited = []
        for line in audit.schedule:
            if line.auditor_id == member.person_id and line.kind is m.ScheduleKind.AUDIT:
                where = line.department_name or line.process
                if where and where not in audited:
                    audited.append(where)
        duty = role_label(member)
        if audited:
            duty += f"; đánh giá {', '.join(audited)}"
        rows.append(model.Row((i, member.name, member.position, duty)))
    return tuple(rows)


def schedule_rows(audit: AuditDetail, profile: dto.AgencyProfile) -> tuple[model.Row, ...]:
    """The schedule by day: a group row per day ("Thứ Ba, ngày 15/9/2026"), then its lines; the
    opening and closing meetings are lines of their own."""
    rows: list[model.Row] = []
    day: date | None = None
    everyone = "Lãnh đạo và các bộ phận được đánh giá"
    for line in sorted(audit.schedule, key=lambda x: x.on):  # stable: the schedule's order within a day
        if line.on != day:
            day = line.on
            rows.append(model.Row(("", day_text(day)), group=True))
        if line.kind is m.ScheduleKind.AUDIT:
            what = "\n".join(x for x in (line.department_name, line.process.strip()) if x)
            auditor, auditee = line.auditor_name, line.auditee
        else:
            what = vocabulary.schedule_kind_label(line.kind)
            if line.process.strip():
                what += f"\n{line.process.strip()}"
            auditor = line.auditor_name or "Đoàn đánh giá"
            auditee = line.auditee or everyone
        rows.append(model.Row((time_text(line), what, line.clauses, auditor, auditee)))
    return tuple(rows)


def own_department_warnings(audit: AuditDetail) -> list[str]:
    """A member of the team assigned to audit their own department (ISO 9001 §9.2.2 c:
    impartiality)."""
    team = {x.person_id for x in audit.members}
    found = []
    for line in audit.schedule:
        if not line.own_department or line.auditor_id not in team:
            continue
        text = (
            f"Chuyên gia đánh giá {line.auditor_name} được phân công đánh giá chính bộ phận của mình "
            f"({line.department_name}): nên phân công người khác."
        )
        if text not in found:
            found.append(text)
    return found


def audit_plan_document(
    audit: AuditDetail,
    profile: dto.AgencyProfile,
    *,
    decision_issuer: str = "",
    plan: dto.PlanInfo | None = None,
) -> model.Document:
    """The audit plan, issued by the agency and signed as its plans are (its signing lines): the
    head approves the plan of the team he named. Number and date print as blanks to fill in."""
    subject = f"Đánh giá nội bộ {QMS} năm {audit.year}"
    signed = SignedDocument.for_agency(
        profile,
        type_code="KH",
        type_name="Kế hoạch",
        subject=subject,
        year=audit.year,
        signing_lines="",
        recipients="",
        default_recipients=(
            ("Đoàn đánh giá nội bộ", "để thực hiện"),
            ("Các bộ phận được đánh giá", "để thực hiện"),
            ("Ban chỉ đạo ISO", "để biết"),
        ),
        archive=archive_text(profile),
    )
    bases: list[str] = []
    if audit.decision_number.strip() or audit.decision_on is not None:
        bases.append(
            "Căn cứ "
            + decisions.citation(
                audit.decision_number or decisions.FILL,
                audit.decision_on,
                decision_subject(audit.year),
                profile,
                decision_issuer or profile.full_name,
            )
            + ";"
        )
    if plan is not None and plan.number.strip() and plan.signed_on is not None:
        bases.append(
            f"Căn cứ {document_reference(profile, plan.number, plan.signed_on, plan.year)} về duy trì, "
            f"cải tiến {QMS} theo {STANDARD} năm {plan.year};"
        )
    scope = _typed_list(audit.scope, "\n".join(f"- {x}" for x in audited_departments(audit)))
    w = kind_words(profile)
    body: list[model.Block] = [
        *(model.Paragraph(x) for x in bases),
        model.Paragraph(
            f"{profile.full_name} ban hành Kế hoạch đánh giá nội bộ {QMS} theo {STANDARD} năm {audit.year}, "
            "cụ thể như sau:"
        ),
        model.Heading("I. MỤC ĐÍCH"),
        *_typed_list(audit.purpose, default_purpose(profile)),
        model.Heading("II. PHẠM VI ĐÁNH GIÁ"),
        *(scope or [model.Paragraph(f"Các bộ phận, quá trình thuộc phạm vi áp dụng {QMS}.")]),
        model.Heading("III. CHUẨN MỰC ĐÁNH GIÁ"),
        *_typed_list(audit.criteria, default_criteria(profile)),
        model.Heading("IV. ĐOÀN ĐÁNH GIÁ"),
        model.Table(TEAM_COLUMNS, team_rows(audit), "(Chưa có thành viên Đoàn đánh giá)"),
        model.Heading("V. THỜI GIAN, LỊCH ĐÁNH GIÁ"),
        model.Paragraph(
            f"Thời gian đánh giá: {period_text(audit.start_on, audit.end_on)}; lịch đánh giá cụ thể như sau:"
        ),
        model.Table(SCHEDULE_COLUMNS, schedule_rows(audit, profile), "(Chưa có lịch đánh giá)"),
        model.Heading("VI. TỔ CHỨC THỰC HIỆN"),
        model.Heading("1. Đoàn đánh giá", level=2),
        model.Bullets(
            listed(
                (
                    "Thực hiện đánh giá theo đúng lịch; Trưởng đoàn chủ trì họp khai mạc, họp kết thúc và phân "
                    "công nhiệm vụ cho các thành viên",
                    "Ghi nhận bằng chứng vào phiếu đánh giá; thống nhất các phát hiện với bộ phận được đánh giá "
                    "trước khi kết thúc",
                    f"Lập báo cáo kết quả đánh giá gửi {w.head} chậm nhất 05 ngày làm việc sau khi kết thúc "
                    "đánh giá",
                )
            )
        ),
        model.Heading("2. Các bộ phận được đánh giá", level=2),
        model.Bullets(
            listed(
                (
                    "Bố trí lãnh đạo bộ phận và người có liên quan làm việc với Đoàn đánh giá theo lịch; chuẩn "
                    "bị đầy đủ tài liệu, hồ sơ",
                    "Thực hiện hành động khắc phục đối với các điểm không phù hợp được phát hiện trong thời hạn "
                    "yêu cầu",
                )
            )
        ),
        model.Heading("3. Thư ký ISO", level=2),
        model.Bullets(
            listed(
                (
                    "Thông báo Kế hoạch đến các bộ phận; chuẩn bị phiếu đánh giá, biểu mẫu cho Đoàn đánh giá",
                    "Tổng hợp hồ sơ đánh giá; theo dõi việc thực hiện hành động khắc phục và kiểm tra hiệu lực",
                )
            )
        ),
        model.Paragraph(
            f"Trên đây là Kế hoạch đánh giá nội bộ {QMS} năm {audit.year} của {profile.full_name}. Yêu cầu "
            "Đoàn đánh giá, các bộ phận và cá nhân có liên quan nghiêm túc thực hiện./.",
            style="closing",
        ),
    ]
    warnings = own_department_warnings(audit)
    if not audit.members:
        warnings.append("Cuộc đánh giá chưa có thành viên Đoàn đánh giá.")
    if not audit.schedule:
        warnings.append("Cuộc đánh giá chưa có lịch đánh giá.")
    return model.Document(
        frame=signed_frame(signed),
        body=tuple(body),
        title=f"Kế hoạch đánh giá nội bộ HTQLCL năm {audit.year} — {profile.full_name}",
        author=profile.full_name,
        body_size=14.0,
        warnings=tuple(warnings),
    )


# ---- forms: header of a continued page, signature boxes, form codes --------------------------------
def form_code_lines(code: Any) -> tuple[str, str]:
    """(code, issue) of a printed form (``form_codes.FormCodeInfo`` or None: blanks)."""
    if code is None:
        return "", ""
    return str(code.code), str(code.issue_text)


def signature_boxes(
    titles: Sequence[str], names: Sequence[str], width_mm: float, *, room: int = 3
) -> model.Table:
    """Signature boxes side by side: a bordered row of titles over "(Ký, ghi rõ họ tên)", ``room``
    empty lines to sign in and the names (blank when not known)."""
    each = width_mm / len(titles)
    columns = tuple(model.Column(t, each, 24, "center") for t in titles)
    hint = "(Ký, ghi rõ họ tên)"
    cells = tuple(f"{hint}\n{blank_lines(room)}\n{name or ZWSP}" for name in names)
    return model.Table(columns, (model.Row(cells),))


# ---- the blank checklist --------------------------------------------------------------------------------
CHECKLIST_COLUMNS = (
    model.Column("STT", 11, 6, "center"),
    model.Column("Điều khoản", 20, 11, "center"),
    model.Column("Câu hỏi, nội dung đánh giá", None, 50),
    model.Column("Bằng chứng ghi nhận", 80, 40),
    model.Column("PH", 13, 6, "center"),
    model.Column("KPH", 14, 6, "center"),
    model.Column("LƯU Ý", 17, 8, "center"),
    model.Column("CHCT", 16, 8, "center"),
)
SHEET_INFO_COLUMNS = (
    model.Column("Bộ phận được đánh giá", 70, 30),
    model.Column("Ngày đánh giá", 50, 18, "center"),
    model.Column("Chuyên gia đánh giá", None, 30),
    model.Column("Người được đánh giá", 70, 30),
)
LANDSCAPE_WIDTH_MM = 257.0
PORTRAIT_WIDTH_MM = 165.0
BLANK_QUESTIONS = 8  # empty rows of a sheet without questions


@dataclass(frozen=True)
class ChecklistSheet:
    """One department's checklist: who and when (from the schedule) and its questions."""

    department: str
    days: str
    auditors: str
    auditees: str
    questions: tuple[ChecklistRow, ...]


def checklist_sheets(audit: AuditDetail) -> list[ChecklistSheet]:
    """One sheet per audited department (the schedule's, then the checklist's), each with its own
    questions and the questions for every department; no department at all: one blank sheet."""
    order: list[tuple[int | None, str]] = []
    for line in audit.schedule:
        if line.kind is m.ScheduleKind.AUDIT and line.department_id is not None:
            key = (line.department_id, line.department_name)
            if key not in order:
                order.append(key)
    names = {x.department_id: x.department_name for x in audit.schedule}
    for q in audit.checklist:
        if q.department_id is not None and q.department_id not in [k for k, _ in order]:
            order.append((q.department_id, names.get(q.department_id, "")))
    if not order:
        order = [(None, "")]
    sheets = []
    for department_id, name in order:
        lines = [
            x for x in audit.schedule if x.kind is m.ScheduleKind.AUDIT and x.department_id == department_id
        ]
        if department_id is None:
            lines = []
        days = []
        for x in lines:
            text = vocabulary.table_date(x.on)
            if time_text(x):
                text += f" ({time_text(x)})"
            if text not in days:
                days.append(text)
        auditors = list(dict.fromkeys(x.auditor_name for x in lines if x.auditor_name))
        auditees = list(dict.fromkeys(x.auditee for x in lines if x.auditee))
        sheets.append(
            ChecklistSheet(
                department=name or (lines[0].process if lines else ""),
                days="\n".join(days),
                auditors="\n".join(auditors),
                auditees="\n".join(auditees),
                questions=tuple(q for q in audit.checklist if q.department_id in (None, department_id))
                if department_id is not None
                else audit.checklist,
            )
        )
    return sheets


def _sheet_blocks(sheet: ChecklistSheet) -> list[model.Block]:
    info = model.Table(
        SHEET_INFO_COLUMNS,
        (
            model.Row(
                (
                    sheet.department or blank_lines(2),
                    sheet.days or "……/……/………",
                    sheet.auditors,
                    sheet.auditees,
                )
            ),
        ),
    )
    rows: list[model.Row] = []
    for i, q in enumerate(sheet.questions, start=1):
        rows.append(model.Row((i, q.clause.strip(), q.question, blank_lines(3), "", "", "", "")))
    for i in range(len(rows) + 1, len(rows) + 1 + (0 if rows else BLANK_QUESTIONS)):
        rows.append(model.Row((i, "", blank_lines(2), blank_lines(3), "", "", "", "")))
    return [
        info,
        model.Paragraph(
            "đánh dấu (x) vào một ô: PH - Phù hợp; KPH - Không phù hợp; LƯU Ý - Điểm lưu ý; CHCT - Cơ hội cải "
            "tiến.",
            "plain",
            lead="Kết quả:",
        ),
        model.Table(CHECKLIST_COLUMNS, tuple(rows)),
        model.Paragraph(
            fill_line("Nhận xét chung:", size=13, width_mm=LANDSCAPE_WIDTH_MM),
            "plain",
            lead="Nhận xét chung:",
        ),
        model.Paragraph(fill_line("", size=13, width_mm=LANDSCAPE_WIDTH_MM), "plain"),
        signature_boxes(
            ("CHUYÊN GIA ĐÁNH GIÁ", "ĐẠI DIỆN BỘ PHẬN ĐƯỢC ĐÁNH GIÁ"),
            (sheet.auditors.split("\n")[0] if sheet.auditors else "", ""),
            LANDSCAPE_WIDTH_MM,
            room=2,
        ),
    ]


def audit_checklist_document(
    audit: AuditDetail, profile: dto.AgencyProfile, *, code: Any = None, code_warning: str = ""
) -> model.Document:
    """The blank checklists of the audit, one per audited department, each on its own landscape
    page(s) with the form's boxed header: who and when, the questions, empty evidence rows, the
    results to tick, signatures."""
    subject = f"Đánh giá nội bộ {QMS} năm {audit.year} (số {audit.label})"
    form_code, issue = form_code_lines(code)
    frame = model.Frame(
        variant="form",
        issuer=profile.full_name,
        parent_body=profile.parent_body,
        type_name="Phiếu đánh giá nội bộ",
        subject=subject,
        form_code=form_code,
        form_issue=issue,
    )
    body: list[model.Block] = []
    for n, sheet in enumerate(checklist_sheets(audit)):
        if n:
            body.append(model.PageBreak("landscape", frame=frame))
        body += _sheet_blocks(sheet)
    warnings = [code_warning] if code is None and code_warning else []
    if not audit.checklist:
        warnings.append("Cuộc đánh giá chưa có câu hỏi đánh giá: phiếu in các dòng trống để ghi tay.")
    return model.Document(
        frame=frame,
        body=tuple(body),
        title=f"Phiếu đánh giá nội bộ năm {audit.year} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
        body_size=13.0,
        warnings=tuple(warnings),
    )


# ---- the audit report ------------------------------------------------------------------------------------
FINDING_COLUMNS = (
    model.Column("STT", 11, 6, "center"),
    model.Column("Bộ phận", 31, 18),
    model.Column("Điều khoản", 17, 10, "center"),
    model.Column("Nội dung phát hiện", None, 40),
    model.Column("Bằng chứng", 52, 30),
)


def finding_rows(findings: Sequence[FindingRow]) -> tuple[model.Row, ...]:
    """Findings under a group row per type (Không phù hợp nặng, nhẹ, Điểm lưu ý, Cơ hội cải tiến…);
    STT restarts in each group."""
    rows: list[model.Row] = []
    groups = 0
    for kind in FINDING_ORDER:
        mine = [f for f in findings if f.type is kind]
        if not mine:
            continue
        groups += 1
        rows.append(
            model.Row((vocabulary.roman_numeral(groups), vocabulary.finding_type_label(kind)), group=True)
        )
        rows += [
            model.Row((i, f.department_name, f.clause, f.description, f.evidence))
            for i, f in enumerate(mine, start=1)
        ]
    return tuple(rows)


def default_report_recipients(profile: dto.AgencyProfile) -> tuple[str, ...]:
    return nd30.recipient_lines(
        "",
        [("Lãnh đạo cơ quan", ""), ("Ban chỉ đạo ISO", ""), ("Các bộ phận được đánh giá", "")],
        archive=archive_text(profile),
    )


def requested_actions(audit: AuditDetail) -> list[str]:
    """Kiến nghị: one line per finding that needs a corrective action, with its request's number."""
    lines = []
    for f in sorted(audit.findings, key=lambda x: FINDING_ORDER.index(x.type)):
        if not ca_rules.needs_action(f.type):
            continue
        who = f.department_name or "Bộ phận liên quan"
        what = _FINDING_NOUNS[f.type]
        where = f" (điều khoản {f.clause})" if f.clause else ""
        text = f"{who} thực hiện hành động khắc phục {what}{where}: {f.description.strip().rstrip('.;')}"
        if f.corrective_action_number:
            text += f" (Phiếu yêu cầu hành động khắc phục số {f.corrective_action_number})"
        elif f.closed_on is not None:
            text += f" (đã xử lý ngày {vocabulary.citation_date(f.closed_on)}, không cần hành động khắc phục)"
        lines.append(text)
    return lines


def audit_report_document(
    audit: AuditDetail, profile: dto.AgencyProfile, *, decision_issuer: str = ""
) -> model.Document:
    """The audit team's report, signed by the Trưởng đoàn ("TRƯỞNG ĐOÀN ĐÁNH GIÁ"), issued by the
    team under the agency (the header's parent body)."""
    year = audit.year
    subject = f"Kết quả đánh giá nội bộ {QMS} năm {year}"
    recipients = (
        nd30.recipient_lines(audit.recipients, archive=archive_text(profile))
        if audit.recipients.strip()
        else default_report_recipients(profile)
    )
    frame = model.Frame(
        variant="signed",
        issuer=TEAM_WHAT,
        parent_body=profile.full_name,
        type_name="Báo cáo",
        subject=subject,
        number_line=nd30.document_number("", "BC", "ĐĐG"),
        date_line=vocabulary.place_date_line(profile.place_name, audit.report_on, year=year),
        recipients=recipients,
        signatures=(model.Signature(("TRƯỞNG ĐOÀN ĐÁNH GIÁ",), audit.leader_name),),
    )
    bases = []
    if audit.decision_number.strip() or audit.decision_on is not None:
        bases.append(
            "Căn cứ "
            + decisions.citation(
                audit.decision_number or decisions.FILL,
                audit.decision_on,
                decision_subject(year),
                profile,
                decision_issuer or profile.full_name,
            )
            + ";"
        )
    team = [
        f"Ông (bà) {x.name}{', ' + x.position.strip() if x.position.strip() else ''} - {role_label(x)}"
        for x in audit.members
    ]
    departments = audited_departments(audit)
    meetings = [
        f"{vocabulary.schedule_kind_label(x.kind)}: {day_text(x.on)}{' lúc ' + time_text(x) if time_text(x) else ''}"
        for x in audit.schedule
        if x.kind is not m.ScheduleKind.AUDIT
    ]
    summary: list[model.Block] = text_blocks(audit.summary)
    if not summary:
        facts = f"Đoàn đánh giá đã tiến hành đánh giá {period_text(audit.start_on, audit.end_on)}"
        if departments:
            facts += f" tại {vocabulary.count_text(len(departments), 'bộ phận')}"
        if audit.checklist:
            facts += f" theo {vocabulary.count_text(len(audit.checklist), 'nội dung')} của phiếu đánh giá"
        summary = [model.Paragraph(facts + ".")]
    findings_blocks: list[model.Block] = [model.Paragraph(count_sentence(audit.findings))]
    if audit.findings:
        findings_blocks.append(model.Table(FINDING_COLUMNS, finding_rows(audit.findings)))
    conclusion = text_blocks(audit.conclusion) or [
        model.Paragraph(fill_line("", size=14, width_mm=PORTRAIT_WIDTH_MM), "plain"),
        model.Paragraph(fill_line("", size=14, width_mm=PORTRAIT_WIDTH_MM), "plain"),
    ]
    actions = requested_actions(audit)
    proposals: list[model.Block] = []
    if actions:
        proposals.append(model.Paragraph("Đề nghị các bộ phận thực hiện hành động khắc phục như sau:"))
        proposals.append(model.Bullets(listed(actions)))
    if any(f.type in (m.FindingType.OBSERVATION, m.FindingType.OFI) for f in audit.findings):
        proposals.append(
            model.Paragraph(
                "Các bộ phận xem xét các điểm lưu ý, cơ hội cải tiến để có biện pháp phòng ngừa, cải tiến phù hợp."
            )
        )
    proposals.append(
        model.Paragraph(
            "Thư ký ISO theo dõi việc thực hiện, kiểm tra hiệu lực các hành động khắc phục và tổng hợp kết quả "
            "đánh giá nội bộ đưa vào cuộc họp xem xét của lãnh đạo."
        )
    )
    body: list[model.Block] = [
        *(model.Paragraph(x) for x in bases),
        model.Paragraph(
            f"Đoàn đánh giá nội bộ báo cáo kết quả đánh giá nội bộ {QMS} theo {STANDARD} năm {year} của "
            f"{profile.full_name} như sau:"
        ),
        model.Heading("1. Mục đích đánh giá"),
        *_typed_list(audit.purpose, default_purpose(profile)),
        model.Heading("2. Phạm vi đánh giá"),
        *(
            _typed_list(audit.scope, "\n".join(f"- {x}" for x in departments))
            or [model.Paragraph(f"Các bộ phận, quá trình thuộc phạm vi áp dụng {QMS}.")]
        ),
        model.Heading("3. Chuẩn mực đánh giá"),
        *_typed_list(audit.criteria, default_criteria(profile)),
        model.Heading("4. Đoàn đánh giá"),
        *(
            [model.Bullets(listed(team))]
            if team
            else [model.Paragraph(fill_line("", size=14, width_mm=PORTRAIT_WIDTH_MM), "plain")]
        ),
        model.Heading("5. Thời gian đánh giá"),
        model.Paragraph(f"Đánh giá {period_text(audit.start_on, audit.end_on)}."),
        *([model.Bullets(listed(meetings))] if meetings else []),
        model.Heading("6. Kết quả chung"),
        *summary,
        model.Heading("7. Các phát hiện"),
        *findings_blocks,
        model.Heading("8. Kết luận"),
        *conclusion,
        model.Heading("9. Kiến nghị, đề xuất"),
        *proposals,
        model.Paragraph(
            f"Trên đây là báo cáo kết quả đánh giá nội bộ {QMS} năm {year} của Đoàn đánh giá nội bộ {profile.full_name}./.",
            style="closing",
        ),
    ]
    warnings = []
    if not audit.leader_name:
        warnings.append("Đoàn đánh giá chưa có Trưởng đoàn: tên người ký để trống.")
    if not audit.conclusion.strip():
        warnings.append("Báo cáo chưa có kết luận: mục Kết luận để trống để ghi tay.")
    return model.Document(
        frame=frame,
        body=tuple(body),
        title=f"Báo cáo kết quả đánh giá nội bộ HTQLCL năm {year} — {profile.full_name}",
        author=profile.full_name,
        body_size=14.0,
        warnings=tuple(warnings),
    )


# ---- the corrective-action request form -------------------------------------------------------------------
CA_INFO_COLUMNS = (
    model.Column("Ngày lập", 24, 12, "center"),
    model.Column("Nguồn phát hiện", None, 30),
    model.Column("Bộ phận", 40, 20),
    model.Column("Người phát hiện, ngày", 42, 22),
)
CA_ACTION_COLUMNS = (
    model.Column("STT", 11, 6, "center"),
    model.Column("Nội dung hành động khắc phục", None, 40),
    model.Column("Người thực hiện", 36, 20),
    model.Column("Thời hạn", 24, 12, "center"),
    model.Column("Ngày hoàn thành", 26, 12, "center"),
)
CA_VERIFICATION_COLUMNS = (
    model.Column("Ngày", 24, 12, "center"),
    model.Column("Người kiểm tra", 36, 20),
    model.Column("Kết quả", 38, 18, "center"),
    model.Column("Nhận xét", None, 40),
)
CA_SIGNATURES = ("NGƯỜI PHÁT HIỆN", "TRƯỞNG BỘ PHẬN", "NGƯỜI PHÊ DUYỆT", "NGƯỜI KIỂM TRA HIỆU LỰC")


CA_SIZE = 12.0  # the form's body text (pt): a typical request fits one A4 page


def answered(lead: str, text: str, *, extra_lines: int = 0) -> list[model.Block]:
    """ "lead text" on the form; no text: dotted lines to write it by hand (the rest of the lead's
    line, then ``extra_lines`` whole lines)."""
    text = " ".join(nd30.nfc(text).split())
    if text:
        return [model.Paragraph(text, "plain", lead=lead)]
    blocks: list[model.Block] = [
        model.Paragraph(fill_line(lead, size=CA_SIZE, width_mm=PORTRAIT_WIDTH_MM), "plain", lead=lead)
    ]
    line = fill_line("", size=CA_SIZE, width_mm=PORTRAIT_WIDTH_MM)
    blocks += [model.Paragraph(line, "plain") for _ in range(extra_lines)]
    return blocks


def _similar_text(ca: CaDetail) -> str:
    note = " ".join(ca.similar_note.split()).rstrip(".")
    if ca.similar_exists is None:
        return boxes("Có", "Không", "Chưa xác định") + (f" ({note})" if note else "")
    return yes_no(ca.similar_exists) + (f". {note}." if note else ".")


def _update_text(ca: CaDetail) -> str:
    """Whether risks and opportunities, or the QMS, must be updated; boxes to tick on a new request."""
    if ca.status is m.CaStatus.NEW and not (ca.update_risks or ca.update_qms):
        return f"rủi ro, cơ hội: {boxes('Có', 'Không')}; HTQLCL: {boxes('Có', 'Không')}."
    return f"rủi ro, cơ hội: {yes_no(ca.update_risks)}; HTQLCL: {yes_no(ca.update_qms)}."


def status_text(ca: CaDetail) -> str:
    """ "Đang thực hiện.", "Đã đóng ngày 20/09/2026.", "Hủy ngày 05/10/2026: lý do."."""
    if ca.status is m.CaStatus.CLOSED and ca.closed_on is not None:
        return f"Đã đóng ngày {vocabulary.table_date(ca.closed_on)}."
    if ca.status is m.CaStatus.CANCELLED:
        reason = " ".join(ca.cancel_reason.split()).rstrip(".")
        when = f" ngày {vocabulary.table_date(ca.cancelled_on)}" if ca.cancelled_on else ""
        return f"Hủy{when}{': ' + reason if reason else ''}."
    return f"{vocabulary.ca_status_label(ca.status)}."


def ca_form_blocks(ca: CaDetail, source: str) -> list[model.Block]:
    """The body of one request's form (its page, under the form's header): who, where (``source``:
    ``ca_source_text``), what; the analysis (§10.2.1); the actions with the overall deadline; the
    verifications; the signatures. What is not known yet prints as dotted lines, boxes or empty
    rows to fill by hand."""
    found = ", ".join(x for x in (ca.found_by, vocabulary.table_date(ca.found_on)) if x)
    info = model.Table(
        CA_INFO_COLUMNS,
        (model.Row((ca.raised_on, source, ca.department_name, found)),),
    )
    actions = [
        model.Row((i, a.description, a.owner, a.due_on, "Đã hủy" if a.cancelled else a.completed_on))
        for i, a in enumerate(ca.actions, start=1)
    ]
    if not actions:
        actions = [model.Row((i, blank_lines(2), "", "", "")) for i in range(1, 4)]
    checks = [
        model.Row((v.on, v.by, "Có hiệu lực" if v.effective else "Không hiệu lực", v.comment))
        for v in ca.verifications
    ]
    if not checks:
        checks = [model.Row(("", "", f"{BOX} Có hiệu lực\n{BOX} Không hiệu lực", ""))]
    last = ca.verifications[-1].by if ca.verifications else ""
    blocks: list[model.Block] = [
        info,
        *answered("1. Mô tả sự không phù hợp:", ca.description, extra_lines=1),
        *answered("2. Sự khắc phục (xử lý tức thời):", ca.correction),
        *answered("3. Nguyên nhân:", ca.root_cause),
        model.Paragraph(_similar_text(ca), "plain", lead="4. Có trường hợp tương tự ở nơi khác không?"),
        model.Paragraph(_update_text(ca), "plain", lead="5. Cần cập nhật"),
        model.Paragraph(
            f"(thời hạn hoàn thành chung: {vocabulary.table_date(ca.due_on)}):",
            "plain",
            lead="6. Hành động khắc phục",
        ),
        model.Table(CA_ACTION_COLUMNS, tuple(actions)),
        model.Paragraph("", "plain", lead="7. Kiểm tra hiệu lực:"),
        model.Table(CA_VERIFICATION_COLUMNS, tuple(checks)),
    ]
    blocks.append(model.Paragraph(status_text(ca), "plain", lead="Tình trạng phiếu:"))
    blocks.append(signature_boxes(CA_SIGNATURES, (ca.found_by, "", ca.approver, last), PORTRAIT_WIDTH_MM))
    return blocks


def ca_form_document(
    records: Sequence[CaDetail],
    profile: dto.AgencyProfile,
    *,
    sources: Mapping[int, str],
    code: Any = None,
    code_warning: str = "",
) -> model.Document:
    """The request forms, one page each, each with the form's boxed header (issuer, title and
    number, code and issue); ``sources``: request id → ``ca_source_text``."""
    title = "Phiếu yêu cầu hành động khắc phục"
    form_code, issue = form_code_lines(code)

    def frame(number: str) -> model.Frame:
        return model.Frame(
            variant="form",
            issuer=profile.full_name,
            parent_body=profile.parent_body,
            type_name=title,
            subject=f"Số: {number}",
            form_code=form_code,
            form_issue=issue,
        )

    body: list[model.Block] = []
    for n, ca in enumerate(records):
        if n:
            body.append(model.PageBreak("portrait", frame=frame(ca.number)))
        body += ca_form_blocks(ca, sources[ca.id])
    if len(records) == 1:
        doc_title = f"Phiếu yêu cầu hành động khắc phục số {records[0].number} — {profile.full_name}"
    else:
        doc_title = f"Phiếu yêu cầu hành động khắc phục — {profile.full_name}"
    return model.Document(
        frame=frame(records[0].number if records else "……/……"),
        body=tuple(body),
        title=doc_title,
        author=profile.full_name,
        body_size=CA_SIZE,
        warnings=(code_warning,) if code is None and code_warning else (),
    )


# ---- the registers -----------------------------------------------------------------------------------------
# The closing date goes with the status, the days overdue with the due date: two text columns
# wide enough to read on a landscape page.
CA_REGISTER_COLUMNS = (
    model.Column("Số phiếu", 19, 10, "center", keep_together=True),
    model.Column("Ngày lập", 24, 12, "center"),
    model.Column("Nguồn", 34, 24),
    model.Column("Bộ phận", 28, 18),
    model.Column("Nội dung không phù hợp", None, 44),
    model.Column("Hành động khắc phục", None, 40),
    model.Column("Thời hạn", 26, 14, "center"),
    model.Column("Trạng thái", 29, 18),
)
FINDINGS_COLUMNS = (
    model.Column("STT", 11, 6, "center"),
    model.Column("Loại", 38, 20),
    model.Column("Điều khoản", 17, 10, "center"),
    model.Column("Bộ phận", 36, 22),
    model.Column("Nội dung", None, 50),
    model.Column("Nguồn", 42, 26),
    model.Column("Phiếu HĐKP", 26, 14, "center"),
    model.Column("Chưa có hành động", 22, 10, "center"),
)


def actions_summary(ca: CaDetail) -> str:
    """The request's actions in a register cell: "- what (who)" per action not cancelled."""
    lines = []
    for a in ca.actions:
        if a.cancelled:
            continue
        text = " ".join(a.description.split()) or "(chưa ghi nội dung)"
        if len(text) > 90:
            text = text[:88].rstrip() + "…"
        if a.owner.strip():
            text += f" ({a.owner.strip()})"
        if a.completed_on is not None:
            text += f", xong {vocabulary.table_date(a.completed_on)}"
        lines.append(f"- {text}")
    return "\n".join(lines)


def register_status(ca: CaDetail) -> str:
    """The status in the register, a closed or cancelled request with its date ("Đã đóng
    28/07/2026", "Hủy 05/10/2026")."""
    label = vocabulary.ca_status_label(ca.status)
    if ca.status is m.CaStatus.CANCELLED and ca.cancelled_on is not None:
        return f"{label}\n{vocabulary.table_date(ca.cancelled_on)}"
    if ca.status is m.CaStatus.CLOSED and ca.closed_on is not None:
        return f"{label}\n{vocabulary.table_date(ca.closed_on)}"
    return label


def register_due(ca: CaDetail, today: date) -> str:
    """The due date in the register, with the days overdue as of ``today`` ("31/10/2026\nquá hạn
    22 ngày")."""
    late = overdue_text(ca, today)
    due = vocabulary.table_date(ca.due_on)
    return f"{due}\nquá hạn {late}" if late else due


def overdue_text(ca: CaDetail, today: date) -> str:
    """ "12 ngày" late (as of ``today``), "" when not overdue."""
    if not ca_rules.is_overdue(ca.status, ca.due_on, today):
        return ""
    return f"{(today - ca.due_on).days} ngày"


def ca_register_document(
    records: Sequence[CaDetail],
    profile: dto.AgencyProfile,
    year: int,
    today: date,
    *,
    sources: Mapping[int, str],
    signatures: bool = False,
) -> model.Document:
    """The year's register of corrective actions: requests carried over from earlier years (a group
    of their own when there are any), then those raised in ``year``; overdue as of ``today``;
    ``sources``: request id → ``ca_source_text``."""
    carried = [x for x in records if x.year < year]
    raised = [x for x in records if x.year >= year]

    def row(ca: CaDetail) -> model.Row:
        return model.Row(
            (
                ca.number,
                ca.raised_on,
                sources[ca.id],
                ca.department_name,
                ca.description,
                actions_summary(ca),
                register_due(ca, today),
                register_status(ca),
            )
        )

    rows: list[model.Row] = []
    if carried:
        rows.append(model.Row(("I", "Phiếu các năm trước chưa đóng"), group=True))
        rows += [row(x) for x in carried]
        if raised:
            rows.append(model.Row(("II", f"Phiếu lập năm {year}"), group=True))
    rows += [row(x) for x in raised]
    counts = [
        f"{vocabulary.count_text(n)} {vocabulary.ca_status_label(status).lower()}"
        for status in m.CaStatus
        if (n := sum(1 for x in records if x.status is status))
    ]
    overdue = sum(1 for x in records if ca_rules.is_overdue(x.status, x.due_on, today))
    totals = f"Tổng số: {vocabulary.count_text(len(records), 'phiếu')}"
    if counts:
        totals += f" ({', '.join(counts)})"
    totals += (
        f"; {vocabulary.count_text(overdue, 'phiếu')} quá hạn tính đến ngày {vocabulary.table_date(today)}."
    )
    return model.Document(
        frame=register_frame(
            profile,
            "Sổ theo dõi hành động khắc phục",
            f"Năm {year} (phiếu lập trong năm và phiếu các năm trước chưa đóng)",
            today,
            signatures=signatures,
        ),
        body=(
            model.Table(
                CA_REGISTER_COLUMNS,
                tuple(rows),
                empty_text="(Chưa có phiếu yêu cầu hành động khắc phục nào)",
            ),
            model.Paragraph(totals, "plain"),
        ),
        title=f"Sổ theo dõi hành động khắc phục năm {year} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
        body_size=13.0,
    )


def findings_document(
    findings: Sequence[FindingRow],
    profile: dto.AgencyProfile,
    year: int,
    today: date,
    *,
    origins: Mapping[int, str],
    signatures: bool = False,
) -> model.Document:
    """The findings found in ``year`` (internal audits and upstream inspections), in the order
    they were found; those without action marked. ``origins``: finding id → ``finding_origin``."""
    rows = []
    for i, f in enumerate(findings, start=1):
        if f.corrective_action_number:
            answered = f.corrective_action_number
        elif f.closed_on is not None:
            answered = f"Không cần ({vocabulary.table_date(f.closed_on)})"
        else:
            answered = ""
        rows.append(
            model.Row(
                (
                    i,
                    vocabulary.finding_type_label(f.type),
                    f.clause,
                    f.department_name,
                    f.description,
                    origins[f.id],
                    answered,
                    "x" if f.without_action else "",
                )
            )
        )
    counts = [
        f"{n} {vocabulary.finding_type_label(kind).lower()}"
        for kind in FINDING_ORDER
        if (n := sum(1 for f in findings if f.type is kind))
    ]
    without = sum(1 for f in findings if f.without_action)
    totals = f"Tổng số: {len(findings)} phát hiện"
    if counts:
        totals += f" ({', '.join(counts)})"
    totals += f"; {without} phát hiện chưa có hành động khắc phục."
    return model.Document(
        frame=register_frame(
            profile,
            "Danh sách phát hiện",
            f"Đánh giá nội bộ và kiểm tra của cấp trên năm {year}",
            today,
            signatures=signatures,
        ),
        body=(
            model.Table(FINDINGS_COLUMNS, tuple(rows), empty_text="(Chưa có phát hiện nào)"),
            model.Paragraph(totals, "plain"),
        ),
        title=f"Danh sách phát hiện năm {year} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
        body_size=13.0,
    )


# ---- JSON -----------------------------------------------------------------------------------------------------
def ca_json(ca: CaDetail, today: date, source: str) -> dict[str, Any]:
    """One request as the JSON register writes it (dates ISO, absent values null); ``source``:
    ``ca_source_text``."""
    return {
        "number": ca.number,
        "raised_on": ca.raised_on,
        "source": ca.source,
        "source_text": source,
        "status": ca.status,
        "due_on": ca.due_on,
        "closed_on": ca.closed_on,
        "cancelled_on": ca.cancelled_on,
        "overdue": ca_rules.is_overdue(ca.status, ca.due_on, today),
        "department": ca.department_name or None,
        "found_by": ca.found_by or None,
        "description": ca.description,
        "actions": [
            {
                "description": a.description,
                "owner": a.owner or None,
                "due_on": a.due_on,
                "completed_on": a.completed_on,
                "cancelled": a.cancelled,
            }
            for a in ca.actions
        ],
        "verifications": [
            {"on": v.on, "by": v.by, "effective": v.effective, "comment": v.comment or None}
            for v in ca.verifications
        ],
        "finding_ids": sorted(ca.finding_ids),
    }


def finding_json(f: FindingRow, origin: str) -> dict[str, Any]:
    return {
        "id": f.id,
        "type": f.type,
        "clause": f.clause or None,
        "department": f.department_name or None,
        "description": f.description,
        "found_on": f.found_on,
        "source": f.source,
        "origin": origin,
        "corrective_action": f.corrective_action_number,
        "closed_on": f.closed_on,
        "without_action": f.without_action,
    }


# ---- texts made from the services' records -----------------------------------------------------------------
def finding_origin(finding: FindingRow, inspection: InspectionRow | None = None) -> str:
    """Where a finding was found, as the lists print it: "Đánh giá nội bộ 01/2026"; "Kiểm tra của
    cấp trên (Sở …, 10/06/2026)" (``inspection``: the finding's inspection)."""
    if finding.source == "inspection" and inspection is not None:
        return f"Kiểm tra của cấp trên ({inspection.body.strip()}, {vocabulary.table_date(inspection.on)})"
    return finding.source_label


def answered_finding_ids(ca: CaDetail) -> list[int]:
    """The findings a request answers: those linked to it (by id), preceded by the finding it was
    raised from when that one is not linked."""
    ids = sorted(ca.finding_ids)
    if ca.source_type == "finding" and ca.source_id is not None and ca.source_id not in ids:
        ids.insert(0, ca.source_id)
    return ids


def ca_source_text(source: m.CaSource, findings: Sequence[FindingRow], origins: Mapping[int, str]) -> str:
    """ "Đánh giá nội bộ 01/2026, phát hiện điều 7.5.3"; "Kiểm tra của cấp trên (…), kiến nghị điều
    7.5": where the request's ``findings`` were found (``origins``: finding id → ``finding_origin``)
    and their clauses; the source's label when no finding is linked."""
    if not findings:
        return vocabulary.ca_source_label(source)
    where = dict.fromkeys(origins.get(f.id, f.source_label) for f in findings)
    clauses = list(dict.fromkeys(f.clause.strip() for f in findings if f.clause.strip()))
    text = "; ".join(x for x in where if x) or vocabulary.ca_source_label(source)
    if clauses:
        noun = "kiến nghị" if all(f.source == "inspection" for f in findings) else "phát hiện"
        text += f", {noun} điều {', '.join(clauses)}"
    return text


# ---- service ------------------------------------------------------------------------------------------------
class AuditDocumentExporter:
    """Builds the documents of audits and corrective actions (the export catalogue draws them:
    ``catalogue.export(services, "audit-report", request)``) and writes the registers' JSON."""

    def __init__(self, services: Any) -> None:
        self._services = services

    # -- what the services give --
    def _profile(self) -> dto.AgencyProfile:
        profile: dto.AgencyProfile | None = self._services.agency.get_profile()
        if profile is None:
            raise DomainError("agency.not_set_up")
        return profile

    def _today(self, request: Any) -> date:
        today: date = request.today or self._services.clock.today()
        return today

    def _year(self, request: Any) -> int:
        if request.year is None:
            raise DomainError("export.year_needed", kind="")
        year: int = request.year
        return year

    def _leaders(self) -> list[dto.Leader]:
        return list(self._services.agency.list_leaders())

    def _office(self, on: date) -> str:
        """The ISO secretary's department in the steering decision in force (who proposes)."""
        qms = getattr(self._services, "qms", None)
        if qms is None:
            return ""
        steering = qms.current_steering_decision(on) or qms.latest_steering_decision()
        return decisions._office_of(steering)

    def _form_code(self, form_key: str, today: date) -> tuple[Any, str]:
        """The register form ``form_key`` prints as (``form_codes.FormCodeInfo``) or None, and the
        warning to give when it is None."""
        from app.services import form_codes

        service = getattr(self._services, "form_codes", None)
        code_for = getattr(service, "code_for", None)
        code = code_for(form_key, today=today) if code_for is not None else None
        warn = getattr(form_codes, "unset_warning", None)
        warning = (
            warn(form_key)
            if warn is not None
            else "Chưa chọn mã biểu mẫu: mã để trống trên bản in. Chọn biểu mẫu tương ứng ở trang Thông tin "
            "cơ quan, mục Mã biểu mẫu."
        )
        return code, warning

    # -- records --
    def find_audit(self, year: int, number: str | None = None) -> AuditDetail:
        """The audit ``number`` of ``year`` ("1", "01"; "01/2026" names its own year), else the
        year's latest (by its start date)."""
        audits = self._services.audits
        if number:
            parsed = parse_audit_number(number)
            audit_id = audits.audit_id_by_number(year, number)
            if audit_id is None:
                wanted_year = (parsed[1] if parsed is not None else None) or year
                raise DomainError("export.record_not_found", what=AUDIT_WHAT, number=number, year=wanted_year)
        else:
            audit_id = audits.latest_audit_id(year)
            if audit_id is None:
                raise DomainError("export.no_record", what=f"{AUDIT_WHAT} năm {year}")
        audit: AuditDetail = audits.get_audit(audit_id)
        return audit

    def annual_plan(self, year: int) -> dto.PlanInfo | None:
        """The year's annual QMS plan (its number, date and year are cited)."""
        plan: dto.PlanInfo | None = self._services.plans.get_plan(year)
        return plan

    def register(self, year: int) -> list[CaDetail]:
        """The year's register of corrective actions (``ca_rules.register_clause``), by number."""
        return list(self._services.corrective_actions.register(year))

    def find_requests(self, year: int, number: str | None = None) -> list[CaDetail]:
        """The request ``number`` ("7", "07", "07/2026"; of ``year`` unless it says its own), else
        every request of the year's register."""
        if not number:
            records = self.register(year)
            if not records:
                raise DomainError("export.no_record", what=f"{CA_WHAT} năm {year}")
            return records
        parsed = ca_rules.parse_ca_number(number)
        if parsed is None:
            raise DomainError("export.record_not_found", what=CA_WHAT, number=number, year=year)
        seq, own_year = parsed
        wanted_year = own_year or year
        service = self._services.corrective_actions
        ca_id = service.id_by_number(wanted_year, seq)
        if ca_id is None:
            raise DomainError("export.record_not_found", what=CA_WHAT, number=number, year=wanted_year)
        return [service.get(ca_id)]

    def findings(self, year: int) -> list[FindingRow]:
        """The findings found in ``year`` (``ca_rules.found_in_year_clause``), audits' and
        inspections', in the order they were found."""
        audits = self._services.audits
        return list(audits.finding_rows(audits.finding_ids(FindingFilter(year=year))))

    def origins(self, findings: Sequence[FindingRow]) -> dict[int, str]:
        """Finding id → where it was found (``finding_origin``)."""
        inspections: dict[int, InspectionRow] = {}
        if any(f.inspection_id is not None for f in findings):
            inspections = {x.id: x for x in self._services.inspections.inspections()}
        return {
            f.id: finding_origin(f, inspections.get(f.inspection_id) if f.inspection_id is not None else None)
            for f in findings
        }

    def sources(self, records: Sequence[CaDetail]) -> dict[int, str]:
        """Request id → where it comes from (``ca_source_text``)."""
        answered = {ca.id: answered_finding_ids(ca) for ca in records}
        wanted = sorted({i for ids in answered.values() for i in ids})
        findings = {f.id: f for f in self._services.audits.finding_rows(wanted)}
        origins = self.origins(list(findings.values()))
        return {
            ca.id: ca_source_text(ca.source, [findings[i] for i in answered[ca.id] if i in findings], origins)
            for ca in records
        }

    # -- documents --
    def build(self, which: str, request: Any) -> model.Document:
        """The document ``which`` (one of ``DOCUMENT_KINDS``) that ``request`` names: its year
        (``request.year``) and, for an audit's documents, the audit ``request.number`` (else the
        year's latest); for ``ca-form``, the request ``request.number`` (else every request of
        the year's register, one a page)."""
        if which not in DOCUMENT_KINDS:
            raise DomainError("export.bad_document", kind=which)
        profile = self._profile()
        year = self._year(request)
        today = self._today(request)
        if which in AUDIT_KINDS:
            audit = self.find_audit(year, request.number)
            leaders = self._leaders()
            issuer = f"{decisions.head_title(profile, leaders)} {profile.full_name}"
            if which == "audit-decision":
                return audit_decision_document(
                    audit,
                    profile,
                    leaders=leaders,
                    office=self._office(audit.decision_on or audit.start_on),
                    bases=decisions.stored_bases(self._services, "audit-decision"),
                    plan=self.annual_plan(year),
                )
            if which == "audit-plan":
                return audit_plan_document(
                    audit, profile, decision_issuer=issuer, plan=self.annual_plan(year)
                )
            if which == "audit-checklist":
                code, warning = self._form_code("audit-checklist", today)
                return audit_checklist_document(audit, profile, code=code, code_warning=warning)
            return audit_report_document(audit, profile, decision_issuer=issuer)
        if which == "ca-form":
            code, warning = self._form_code("ca-form", today)
            records = self.find_requests(year, request.number)
            return ca_form_document(
                records, profile, sources=self.sources(records), code=code, code_warning=warning
            )
        signatures = bool(getattr(request, "signatures", False))
        if which == "corrective-actions":
            records = self.register(year)
            return ca_register_document(
                records, profile, year, today, sources=self.sources(records), signatures=signatures
            )
        findings = self.findings(year)
        return findings_document(
            findings, profile, year, today, origins=self.origins(findings), signatures=signatures
        )

    # -- JSON --
    def json_data(self, which: str, request: Any) -> list[dict[str, Any]]:
        """The register ``which`` ("corrective-actions" | "findings") of ``request.year`` as JSON
        objects (overdue as of ``request.today``)."""
        year = self._year(request)
        if which == "corrective-actions":
            today = self._today(request)
            records = self.register(year)
            sources = self.sources(records)
            return [ca_json(x, today, sources[x.id]) for x in records]
        if which == "findings":
            findings = self.findings(year)
            origins = self.origins(findings)
            return [finding_json(x, origins[x.id]) for x in findings]
        raise DomainError("export.bad_document", kind=which)

    def write_json(self, which: str, request: Any) -> Path:
        """Write ``json_data`` to ``request.out`` (atomically: a failure leaves nothing half
        written) and return the path."""
        text = vocabulary.to_json(self.json_data(which, request)) + "\n"

        def write(target: Path) -> None:
            target.write_text(text, encoding="utf-8")

        return nd30.write_atomically(Path(request.out), write)
