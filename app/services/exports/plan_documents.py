"""The signed documents of the yearly cycle, as neutral documents (``exports.model``) that the
PDF, Word and workbook renderers draw:

- the annual plan "Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015
  năm N": legal bases, I. Mục đích, yêu cầu; II. Nội dung thực hiện; III. Kinh phí thực hiện;
  IV. Tổ chức thực hiện; the task table (content, who, when, Sản phẩm) in a landscape annex, as
  real plans attach their tables (seeds 000–004);
- the quality-objectives plan "Kế hoạch thực hiện Mục tiêu chất lượng năm N": legal bases, the
  objectives, organisation; the objectives' indicators and targets (Phụ lục I) and the plan lines
  (what, resources, who, by when, how evaluated; Phụ lục II) in landscape annexes.

What is printed is what the head of the agency signs: the tasks' expected output, never the
secretary's tracking notes (status, evidence); each recipient with the purpose of the document,
never the recipient's internal note; the legal bases from the agency's data (or the document's own
lines), each on its own line with dates in citation format; report deadlines from the agency's
settings.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app import models as m
from app.services import dto, vocabulary
from app.services.agency import AgencyService, legal_basis_text, signing_lines_for
from app.services.clock import Clock
from app.services.errors import DomainError
from app.services.exports import model, nd30
from app.services.exports.nd30 import SignedDocument
from app.services.objectives import ObjectiveService
from app.services.periods import ReportCalendar
from app.services.plans import PlanService

KINDS = ("plan", "objectives")
ISO_STANDARD = "TCVN\u00a0ISO\u00a09001:2015"  # no-break spaces: the standard never wraps inside its name
TYPE_CODE = "KH"
TYPE_NAME = "Kế hoạch"
BLANK = vocabulary.BLANK
NBSP = vocabulary.NBSP
# An internal deadline for the units: this many days before the report is due upstream.
UNIT_REPORT_LEAD_DAYS = 10


# ---- small texts ----------------------------------------------------------------------------------
def target_text(objective: dto.ObjectiveFields) -> str:
    """ "≥ 98 %", "0 vụ", "100 %" (the vocabulary's rule for a target)."""
    return vocabulary.target_text(objective.comparison, objective.target, objective.unit)


def task_time(task: dto.TaskFields) -> str:
    """ "Quý III", "Trước 30/06/2026", "Thường xuyên"."""
    return vocabulary.timeframe_text(task.timeframe, task.quarter, task.due_on)


def responsible_text(objective: dto.ObjectiveInfo) -> str:
    return "\n".join(x for x in (objective.department_name, objective.owner_name) if x)


def document_reference(profile: dto.AgencyProfile, number: str, signed_on: date | None, year: int) -> str:
    """ "Kế hoạch số 05/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tùng Ảnh"; an unknown number
    or date prints blanks to fill by hand ("số ␣␣␣/KH-UBND ngày ␣␣␣/␣␣␣/2026")."""
    symbol = nd30.document_number(number, TYPE_CODE, profile.code_abbreviation).removeprefix("Số: ")
    when = vocabulary.citation_date(signed_on) if signed_on else f"{BLANK}/{BLANK}/{year}"
    return f"Kế hoạch số {symbol} ngày {when} của {profile.full_name}"


@dataclass(frozen=True)
class KindWords:
    """How a document names the agency's people and units, by kind of agency."""

    head: str  # who the secretary reports to: "Chủ tịch Ủy ban nhân dân xã"
    office: str  # "Văn phòng HĐND và UBND xã"
    units: str  # "Các phòng, bộ phận chuyên môn" (a heading of Tổ chức thực hiện)
    implementers: str  # "các phòng, bộ phận chuyên môn, cán bộ, công chức"
    finance: str  # "Bộ phận Tài chính - Kế toán"


def _commune_unit(name: str) -> str:
    folded = unicodedata.normalize("NFC", name).casefold()
    for unit in ("phường", "đặc khu", "thị trấn", "xã"):
        if re.search(rf"(^|\s){unit}(\s|$)", folded):
            return unit
    return "xã"


def kind_words(profile: dto.AgencyProfile) -> KindWords:
    if profile.kind is m.AgencyKind.COMMUNE:
        unit = _commune_unit(profile.full_name)
        return KindWords(
            head=f"Chủ tịch Ủy ban nhân dân {unit}",
            office=f"Văn phòng HĐND và UBND {unit}",
            units="Các phòng, bộ phận chuyên môn",
            implementers="các phòng, bộ phận chuyên môn, cán bộ, công chức",
            finance="Bộ phận Tài chính - Kế toán",
        )
    if profile.kind is m.AgencyKind.SCHOOL:
        return KindWords(
            head="Hiệu trưởng",
            office="Tổ Văn phòng",
            units="Các tổ chuyên môn",
            implementers="các tổ chuyên môn, cán bộ, giáo viên, nhân viên",
            finance="Kế toán nhà trường",
        )
    if profile.kind is m.AgencyKind.DEPARTMENT:
        sở = profile.full_name.strip().casefold().startswith("sở ")
        return KindWords(
            head="Giám đốc Sở" if sở else "Thủ trưởng cơ quan",
            office="Văn phòng Sở" if sở else "Văn phòng",
            units="Các phòng chuyên môn, đơn vị trực thuộc",
            implementers="các phòng chuyên môn, đơn vị trực thuộc, công chức, viên chức",
            finance="Phòng Kế hoạch - Tài chính",
        )
    return KindWords(
        head="Thủ trưởng cơ quan",
        office="Văn phòng",
        units="Các bộ phận",
        implementers="các bộ phận, cán bộ, công chức, viên chức",
        finance="Bộ phận Tài chính - Kế toán",
    )


# ---- legal bases ------------------------------------------------------------------------------------
_TYPED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_LEADS = ("căn cứ", "thực hiện", "theo", "xét")


def citation_dates(text: str) -> str:
    """Dates typed "05/03/2014" or "5/3/2014" written in citation format ("05/3/2014"); a number and
    symbol such as "19/2014/QĐ-TTg" is left alone."""

    def fix(match: re.Match[str]) -> str:
        try:
            day = date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return match[0]
        return vocabulary.citation_date(day)

    return _TYPED_DATE.sub(fix, text)


def basis_line(text: str) -> str:
    """One typed legal basis as printed: starting "Căn cứ" (unless it starts "Thực hiện", "Theo"
    or "Xét"), dates in citation format, ending ";"."""
    line = citation_dates(nd30.nfc(text).strip()).rstrip(";.,").strip()
    if not line:
        return ""
    if not line.casefold().startswith(_LEADS):
        line = f"Căn cứ {line[:1].lower()}{line[1:]}"
    return f"{line[:1].upper()}{line[1:]};"


def legal_basis_lines(override: str, bases: Sequence[dto.LegalBasisFields]) -> tuple[str, ...]:
    """The document's own lines (``override``, one a line) or else the agency's list."""
    if override.strip():
        lines = (basis_line(x) for x in override.split("\n"))
    else:
        lines = (legal_basis_text(b) for b in bases)
    return tuple(x for x in lines if x)


def _blank_warnings(bases: Sequence[dto.LegalBasisFields], override: str) -> list[str]:
    if override.strip():
        return []
    return [
        f"Căn cứ “{b.doc_type} … của {b.issuer}” chưa có số hoặc ngày: bản in để trống để ghi tay "
        "(điền ở trang Thông tin cơ quan, thẻ Căn cứ pháp lý)."
        for b in bases
        if not b.number.strip() or b.issued_on is None
    ]


# ---- recipients ------------------------------------------------------------------------------------
def archive_text(profile: dto.AgencyProfile) -> str:
    """ "VT, VP": the clerical office and the drafting unit (the last line "- Lưu: VT, VP.")."""
    unit = profile.drafting_unit.strip()
    return f"VT, {unit}" if unit else "VT"


def recipient_lines(
    recipients: Sequence[dto.RecipientFields],
    profile: dto.AgencyProfile,
    *,
    override: str = "",
    use: str = "plans",
    addressed: bool = False,
) -> tuple[str, ...]:
    """The "Nơi nhận" lines of a document: the document's own (``override``, one a line) or the
    agency's recipients for ``use`` ("plans" | "reports"), each with its purpose in brackets
    ("- Sở Khoa học và Công nghệ (để báo cáo);"), never its internal note. A document with a
    "Kính gửi" line (``addressed``) starts with "- Như trên;" and does not repeat its addressees.
    The last line names the drafting unit ("- Lưu: VT, VP.")."""
    archive = archive_text(profile)
    if override.strip():
        return nd30.recipient_lines(override, archive=archive)
    lines = ["Như trên"] if addressed else []
    for r in recipients:
        if not (r.on_plans if use == "plans" else r.on_reports):
            continue
        if addressed and r.addressee:
            continue
        # The purpose never breaks over two lines: "(để báo cáo)" stays whole.
        purpose = r.purpose.strip().strip("()").strip().replace(" ", NBSP)
        lines.append(f"{r.name} ({purpose})" if purpose else r.name)
    return nd30.recipient_lines("\n".join(lines), archive=archive)


def upstream_name(recipients: Sequence[dto.RecipientFields]) -> str:
    """Who the periodic reports go to: the recipients addressed in reports, else "cơ quan cấp trên"."""
    names = [r.name for r in recipients if r.addressee and r.on_reports]
    return ", ".join(names) or "cơ quan cấp trên"


# ---- the frame ---------------------------------------------------------------------------------------
def signed_frame(signed: SignedDocument) -> model.Frame:
    """The model frame of a Decree 30 signed document (``nd30.SignedDocument``)."""
    return model.Frame(
        variant="signed",
        issuer=signed.issuer,
        parent_body=signed.parent_body,
        type_name=signed.type_name,
        subject=signed.subject,
        number_line=signed.number_line,
        date_line=signed.date_line,
        recipients=signed.recipients,
        signatures=(model.Signature(lines=signed.signing_lines, name=signed.signer_name),),
    )


def _signed(
    profile: dto.AgencyProfile,
    subject: str,
    year: int,
    meta: dto.DocumentMeta,
    recipients: tuple[str, ...],
) -> SignedDocument:
    signed = SignedDocument.for_agency(
        profile,
        type_code=TYPE_CODE,
        type_name=TYPE_NAME,
        subject=subject,
        year=year,
        number=meta.number,
        signed_on=meta.signed_on,
        signing_lines=signing_lines_for(profile, meta.signing_lines),
        signer_name=meta.signer_name,
    )
    return dataclasses.replace(signed, recipients=recipients)


# ---- text with a little structure -------------------------------------------------------------------
_NUMBERED = re.compile(r"^\d+\.\s")
_LETTERED = re.compile(r"^[a-zđ]\)\s")


def text_blocks(text: str) -> list[model.Block]:
    """Typed text as body blocks, one a line: "1. Thư ký ISO" a heading, "a) …" a sub-heading,
    "- …" or "+ …" list items, anything else a paragraph."""
    blocks: list[model.Block] = []
    items: list[str] = []
    marker = "-"

    def flush() -> None:
        if items:
            blocks.append(model.Bullets(tuple(items), marker))
            items.clear()

    for raw in nd30.nfc(text).split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line[0] in "-–•+" and len(line) > 1:
            kind = "+" if line[0] == "+" else "-"
            if items and kind != marker:
                flush()
            marker = kind
            items.append(line[1:].strip())
            continue
        flush()
        if _NUMBERED.match(line) and len(line) <= 160:
            blocks.append(model.Heading(line, level=2))
        elif _LETTERED.match(line) and len(line) <= 160:
            blocks.append(model.Heading(line, level=3))
        else:
            blocks.append(model.Paragraph(line))
    flush()
    return blocks


# ---- the annual plan ------------------------------------------------------------------------------
PLAN_COLUMNS = (
    model.Column("STT", 12, 6, "center"),
    model.Column("Nội dung công việc", None, 52),
    model.Column("Đơn vị, người thực hiện", 48, 22),
    model.Column("Thời gian thực hiện", 30, 14, "center"),
    model.Column("Sản phẩm", 62, 30),
)


def plan_subject(year: int) -> str:
    """The subject as seed plans word it; "Tiêu chuẩn quốc gia" never breaks, so a wrapped title
    reads "Duy trì, cải tiến Hệ thống quản lý chất lượng theo / Tiêu chuẩn quốc gia TCVN ISO
    9001:2015 năm 2026"."""
    national = "Tiêu chuẩn quốc gia".replace(" ", NBSP)
    return f"Duy trì, cải tiến Hệ thống quản lý chất lượng theo {national} {ISO_STANDARD} năm {year}"


def default_funding(profile: dto.AgencyProfile, year: int) -> str:
    return (
        f"Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước năm {year} giao cho "
        f"{profile.full_name} và các nguồn kinh phí hợp pháp khác; nội dung, mức chi thực hiện theo Thông "
        "tư số 116/2015/TT-BTC ngày 11/8/2015 của Bộ Tài chính và các quy định hiện hành."
    )


def default_implementation(
    profile: dto.AgencyProfile, calendar: ReportCalendar, recipients: Sequence[dto.RecipientFields]
) -> str:
    """Tổ chức thực hiện: the responsibilities of the steering committee, the ISO secretary, the
    office, the units and finance, with the report deadlines of the agency's settings."""
    w = kind_words(profile)
    six, annual = calendar.six_month_deadline, calendar.annual_deadline
    unit_six = six - timedelta(days=UNIT_REPORT_LEAD_DAYS)
    unit_annual = annual - timedelta(days=UNIT_REPORT_LEAD_DAYS)
    cite = vocabulary.citation_date
    return "\n".join(
        (
            "1. Ban chỉ đạo ISO",
            "- Chỉ đạo, theo dõi, kiểm tra việc triển khai thực hiện Kế hoạch; chỉ đạo đánh giá nội bộ và "
            "chuẩn bị cuộc họp xem xét của lãnh đạo;",
            "- Các thành viên Ban chỉ đạo ISO chỉ đạo bộ phận, lĩnh vực mình phụ trách thực hiện các nhiệm vụ "
            "được giao tại Kế hoạch này.",
            "2. Thư ký ISO",
            "- Tham mưu Ban chỉ đạo ISO theo dõi, đôn đốc việc thực hiện Kế hoạch; quản lý, cập nhật tài liệu, "
            "hồ sơ của Hệ thống quản lý chất lượng;",
            "- Tổng hợp, dự thảo báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng "
            f"gửi {upstream_name(recipients)}: báo cáo 6 tháng trước ngày {cite(six)}, báo cáo năm trước "
            f"ngày {cite(annual)}.",
            f"3. {w.office}",
            "- Phối hợp với Thư ký ISO tổ chức tuyên truyền, tập huấn về Hệ thống quản lý chất lượng; niêm "
            "yết, đăng tải Quyết định công bố và Chính sách chất lượng trên trang thông tin điện tử;",
            "- Bảo đảm điều kiện về cơ sở vật chất, công nghệ thông tin cho việc áp dụng Hệ thống quản lý "
            "chất lượng.",
            f"4. {w.units}",
            "- Thực hiện đúng các quy trình đã ban hành; chủ động đề xuất sửa đổi quy trình khi văn bản quy "
            "phạm pháp luật, thủ tục hành chính thay đổi; rà soát hoạt động nội bộ để xây dựng quy trình nội "
            "bộ;",
            "- Thực hiện hành động khắc phục các điểm không phù hợp thuộc bộ phận mình; gửi kết quả thực hiện "
            f"nhiệm vụ về Thư ký ISO trước ngày {cite(unit_six)} và trước ngày {cite(unit_annual)}.",
            f"5. {w.finance}",
            "- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
        )
    )


def plan_closing(profile: dto.AgencyProfile, year: int) -> str:
    w = kind_words(profile)
    return (
        f"Trên đây là Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng theo {ISO_STANDARD} năm {year} "
        f"của {profile.full_name}. Yêu cầu {w.implementers} nghiêm túc triển khai thực hiện. Trong quá trình "
        "thực hiện, nếu có khó khăn, vướng mắc, phản ánh về Thư ký ISO để tổng hợp, báo cáo "
        f"{w.head} xem xét, giải quyết./."
    )


def plan_document(
    plan: dto.PlanInfo,
    profile: dto.AgencyProfile,
    recipients: Sequence[dto.RecipientFields],
    bases: Sequence[dto.LegalBasisFields],
    calendar: ReportCalendar,
) -> model.Document:
    """The annual plan as signed: the tasks' content, who, when and expected output (Sản phẩm) in
    a landscape annex; never their status or the evidence kept for tracking."""
    year = plan.year
    signed = _signed(
        profile,
        plan_subject(year),
        year,
        plan,
        recipient_lines(recipients, profile, override=plan.recipients),
    )
    rows = tuple(
        model.Row((i, t.content, t.responsible, task_time(t), t.output))
        for i, t in enumerate(plan.tasks, start=1)
    )
    body: list[model.Block] = [
        *(model.Paragraph(x) for x in legal_basis_lines(plan.legal_bases, bases)),
        model.Paragraph(
            f"{profile.full_name} ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu "
            f"chuẩn quốc gia {ISO_STANDARD} năm {year}, cụ thể như sau:"
        ),
        model.Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        model.Heading("1. Mục đích", level=2),
        *text_blocks(plan.purpose),
        model.Heading("2. Yêu cầu", level=2),
        *text_blocks(plan.requirements),
        model.Heading("II. NỘI DUNG THỰC HIỆN"),
        model.Paragraph(
            f"Năm {year}, {profile.full_name} tập trung thực hiện {vocabulary.count_text(len(rows))} nhiệm vụ "
            "duy trì, cải tiến Hệ thống quản lý chất lượng; nội dung, đơn vị thực hiện, thời gian thực hiện "
            "và sản phẩm của từng nhiệm vụ tại Phụ lục kèm theo Kế hoạch này."
            if rows
            else "Nội dung, đơn vị thực hiện, thời gian thực hiện và sản phẩm của từng nhiệm vụ tại Phụ lục "
            "kèm theo Kế hoạch này."
        ),
        model.Heading("III. KINH PHÍ THỰC HIỆN"),
        *text_blocks(plan.funding or default_funding(profile, year)),
        model.Heading("IV. TỔ CHỨC THỰC HIỆN"),
        *text_blocks(plan.implementation or default_implementation(profile, calendar, recipients)),
        model.Paragraph(plan_closing(profile, year), style="closing"),
    ]
    annex = model.Annex(
        subject=f"Nhiệm vụ duy trì, cải tiến Hệ thống quản lý chất lượng năm {year}",
        attached_to=f"(Kèm theo {document_reference(profile, plan.number, plan.signed_on, year)})",
        blocks=(model.Table(PLAN_COLUMNS, rows, "(Chưa có nhiệm vụ nào)", sheet_name="Nhiệm vụ"),),
        orientation="landscape",
    )
    return model.Document(
        frame=signed_frame(signed),
        body=tuple(body),
        annexes=(annex,),
        title=f"Kế hoạch duy trì, cải tiến HTQLCL năm {year} — {profile.full_name}",
        author=profile.full_name,
        body_size=14.0,
        warnings=tuple(_blank_warnings(bases, plan.legal_bases)),
    )


# ---- the objectives plan --------------------------------------------------------------------------
OBJECTIVE_COLUMNS = (
    model.Column("STT", 12, 6, "center"),
    model.Column("Mục tiêu chất lượng", None, 40),
    model.Column("Chỉ số đo", 80, 36),
    model.Column("Chỉ tiêu", 22, 12, "center"),
    model.Column("Tần suất đo", 24, 12, "center"),
    model.Column("Bộ phận, người chịu trách nhiệm", 45, 22),
)
ACTION_COLUMNS = (
    model.Column("STT", 14, 6, "center"),
    model.Column("Nội dung thực hiện", None, 44),
    model.Column("Nguồn lực", 40, 22),
    model.Column("Người thực hiện", 40, 20),
    model.Column("Thời hạn", 28, 13, "center"),
    model.Column("Cách đánh giá kết quả", 50, 28),
)


def objectives_subject(year: int) -> str:
    return f"Thực hiện Mục tiêu chất lượng năm {year}"


def objectives_implementation(profile: dto.AgencyProfile) -> str:
    w = kind_words(profile)
    return "\n".join(
        (
            f"1. {w.units}, cá nhân được giao mục tiêu",
            "- Tổ chức thực hiện các nội dung tại Phụ lục kèm theo Kế hoạch này; đo kết quả thực hiện mục "
            "tiêu theo tần suất đã xác định, gửi về Thư ký ISO chậm nhất 05 ngày sau khi kết thúc kỳ đo;",
            "- Khi mục tiêu có nguy cơ không đạt, phân tích nguyên nhân, đề xuất hành động khắc phục.",
            "2. Thư ký ISO",
            f"- Theo dõi, tổng hợp kết quả thực hiện Mục tiêu chất lượng, báo cáo {w.head};",
            "- Đưa kết quả thực hiện Mục tiêu chất lượng vào báo cáo 6 tháng, báo cáo năm và cuộc họp xem xét "
            "của lãnh đạo.",
        )
    )


def objectives_document(
    year: int,
    objectives: Sequence[dto.ObjectiveInfo],
    meta: dto.DocumentMeta,
    profile: dto.AgencyProfile,
    recipients: Sequence[dto.RecipientFields],
    bases: Sequence[dto.LegalBasisFields],
    plan: dto.PlanInfo | None,
) -> model.Document:
    """The objectives plan as signed: the objectives stated in the body, their indicators and
    targets (Phụ lục I) and the plan lines (Phụ lục II) in landscape annexes; never the
    measurements."""
    signed = _signed(
        profile,
        objectives_subject(year),
        year,
        meta,
        recipient_lines(recipients, profile, override=meta.recipients),
    )
    lines = list(legal_basis_lines(meta.legal_bases, bases))
    if not meta.legal_bases.strip() and plan is not None and plan.number and plan.signed_on is not None:
        lines.append(
            f"Căn cứ {document_reference(profile, plan.number, plan.signed_on, year)} về duy trì, cải tiến "
            f"Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia {ISO_STANDARD} năm {year};"
        )
    objective_rows = tuple(
        model.Row(
            (
                i,
                o.statement,
                o.indicator,
                target_text(o),
                vocabulary.frequency_label(o.frequency),
                responsible_text(o),
            )
        )
        for i, o in enumerate(objectives, start=1)
    )
    action_rows: list[model.Row] = []
    for i, o in enumerate(objectives, start=1):
        action_rows.append(model.Row((i, o.statement), group=True))
        for j, line in enumerate(o.plan_lines, start=1):
            action_rows.append(
                model.Row(
                    (f"{i}.{j}", line.action, line.resources, line.responsible, line.due, line.evaluation)
                )
            )
    statements = [nd30.nfc(o.statement).strip().rstrip(";.,") for o in objectives]
    body: list[model.Block] = [
        *(model.Paragraph(x) for x in lines),
        model.Paragraph(
            f"{profile.full_name} ban hành Kế hoạch thực hiện Mục tiêu chất lượng năm {year}, cụ thể như sau:"
        ),
        model.Heading(f"I. MỤC TIÊU CHẤT LƯỢNG NĂM {year}"),
        *(
            model.Paragraph(f"{i}. {x}{'.' if i == len(statements) else ';'}")
            for i, x in enumerate(statements, start=1)
        ),
        model.Paragraph(
            "Chỉ số đo, chỉ tiêu, tần suất đo và bộ phận, người chịu trách nhiệm của từng mục tiêu tại Phụ "
            "lục I kèm theo Kế hoạch này."
        ),
        model.Heading("II. KẾ HOẠCH THỰC HIỆN MỤC TIÊU"),
        model.Paragraph(
            "Nội dung thực hiện, nguồn lực, người thực hiện, thời hạn và cách đánh giá kết quả của từng mục "
            "tiêu tại Phụ lục II kèm theo Kế hoạch này."
        ),
        model.Heading("III. TỔ CHỨC THỰC HIỆN"),
        *text_blocks(objectives_implementation(profile)),
        model.Paragraph(
            f"Trên đây là Kế hoạch thực hiện Mục tiêu chất lượng năm {year} của {profile.full_name}. Yêu cầu "
            f"{kind_words(profile).implementers} nghiêm túc triển khai thực hiện./.",
            style="closing",
        ),
    ]
    attached = f"(Kèm theo {document_reference(profile, meta.number, meta.signed_on, year)})"
    annexes = (
        model.Annex(
            label="PHỤ LỤC I",
            subject=f"Mục tiêu chất lượng năm {year}",
            attached_to=attached,
            blocks=(
                model.Table(
                    OBJECTIVE_COLUMNS, objective_rows, "(Chưa có mục tiêu nào)", sheet_name="Mục tiêu"
                ),
            ),
            orientation="landscape",
        ),
        model.Annex(
            label="PHỤ LỤC II",
            subject=f"Kế hoạch thực hiện Mục tiêu chất lượng năm {year}",
            attached_to=attached,
            blocks=(
                model.Table(
                    ACTION_COLUMNS,
                    tuple(action_rows),
                    "(Chưa có nội dung thực hiện)",
                    sheet_name="Kế hoạch thực hiện",
                ),
            ),
            orientation="landscape",
        ),
    )
    return model.Document(
        frame=signed_frame(signed),
        body=tuple(body),
        annexes=annexes,
        title=f"Kế hoạch thực hiện mục tiêu chất lượng năm {year} — {profile.full_name}",
        author=profile.full_name,
        body_size=14.0,
        warnings=tuple(_blank_warnings(bases, meta.legal_bases)),
    )


# ---- what an empty field prints ------------------------------------------------------------------
@dataclass(frozen=True)
class PrintedDefaults:
    """What a document prints where its own field is empty: the screen shows these as the fields'
    placeholders, so the secretary sees what will be signed."""

    signing_lines: str
    signer_name: str
    recipients: str
    legal_bases: str
    implementation: str = ""
    funding: str = ""


# ---- service ------------------------------------------------------------------------------------
class PlanDocumentExporter:
    """Builds the year's annual QMS plan and quality-objectives plan as printed documents (the
    export catalogue draws them: ``catalogue.export(services, "plan", request)``)."""

    def __init__(
        self, agency: AgencyService, objectives: ObjectiveService, plans: PlanService, clock: Clock
    ) -> None:
        self._clock = clock
        self._agency = agency
        self._objectives = objectives
        self._plans = plans

    def _profile(self) -> dto.AgencyProfile:
        profile = self._agency.get_profile()
        if profile is None:
            raise DomainError("agency.not_set_up")
        return profile

    def build(self, which: str, year: int, *, today: date | None = None) -> model.Document:
        """The document ``which`` ("plan" | "objectives") of ``year``."""
        if which not in KINDS:
            raise DomainError("export.bad_document", kind=which)
        profile = self._profile()
        recipients = self._agency.list_recipients()
        bases = self._agency.list_legal_bases(which)
        if which == "plan":
            plan = self._plans.get_plan(year, today=today)
            if plan is None:
                raise DomainError("export.no_plan", year=year)
            return plan_document(plan, profile, recipients, bases, self._agency.report_calendar(year))
        objectives = self._objectives.list_objectives(year, on=today)
        if not objectives:
            raise DomainError("export.no_objectives", year=year)
        meta = self._objectives.get_meta(year)
        return objectives_document(
            year, objectives, meta, profile, recipients, bases, self._plans.get_plan(year)
        )

    def defaults(self, which: str, year: int) -> PrintedDefaults:
        """What document ``which`` of ``year`` prints where its own fields are empty."""
        profile = self._agency.get_profile()
        if profile is None:
            return PrintedDefaults(signing_lines_for(None), "", "- Lưu: VT.", "")
        recipients = self._agency.list_recipients()
        lines = recipient_lines(recipients, profile)
        bases = "\n".join(legal_basis_lines("", self._agency.list_legal_bases(which)))
        printed = PrintedDefaults(
            signing_lines=signing_lines_for(profile),
            signer_name=profile.signer_name,
            recipients="\n".join(lines),
            legal_bases=bases,
        )
        if which == "plan":
            printed = dataclasses.replace(
                printed,
                implementation=default_implementation(
                    profile, self._agency.report_calendar(year), recipients
                ),
                funding=default_funding(profile, year),
            )
        return printed
