"""The 6-month and annual report printed: the stored report (``reports.ReportDetail``) as a neutral
document (``exports.model``) that the PDF, Word and workbook renderers draw
(``export report --kind h1|year --year N --format pdf|docx|xlsx``).

What is printed comes from the report alone — its frame snapshot (issuer, parent body, place,
signing lines, signer, Kính gửi, recipients, drafting unit), its figures and facts, its text
(``report_prose``) —, never from the live profile or records: a signed or sent report prints the
same after the records or the agency's name change.

- The Decree 30 signed frame: "Số: 283/BC-UBND" (blanks before it is numbered), "Tùng Ảnh, ngày
  09 tháng 12 năm 2026" (blanks before it is dated), BÁO CÁO and its subject, the data period
  under the title, "Kính gửi: …", "Nơi nhận:" ("- Như trên;" when addressed, the recipients,
  "- Lưu: VT, VP.") beside the signature.
- The body: the opening (legal bases, the upstream request), the sections I–V (lines starting
  "- " printed as list items), the closing sentence ending "./.".
- The annex (landscape): the agency's one row of figures as provinces compile them.
- The workbook only (``model.DataSheet``): one sheet per detail list — procedures changed and the
  legal documents behind them, findings and corrective actions, objectives and results, training,
  surveys and complaints, inspections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from app import models as m
from app.services import dto, report_prose, vocabulary
from app.services.exports import model, nd30
from app.services.reports import ReportDetail, report_title

TYPE_CODE = "BC"
TYPE_NAME = "Báo cáo"
BODY_SIZE = 14.0
NBSP = vocabulary.NBSP
BLANK = vocabulary.BLANK
ISO = "TCVN ISO 9001:2015"
NONE = "Không"  # an annex cell with nothing in the period

ANNEX_COLUMNS = (
    model.Column("STT", 12, 5, "center"),
    model.Column("Tên cơ quan", None, 20),
    model.Column("TTHC thuộc thẩm quyền", 18, 10, "center"),
    model.Column("TTHC áp dụng ISO", 18, 10, "center"),
    model.Column("Quy trình nội bộ", 17, 9, "center"),
    model.Column("Quy trình mới/ sửa đổi trong kỳ", 21, 12, "center"),
    model.Column(f"Quyết định công{NBSP}bố", 34, 15, "center"),
    model.Column("Công bố lại trong kỳ", 24, 13, "center"),
    model.Column("Đánh giá nội bộ (ngày)", 27, 12, "center"),
    model.Column("Xem xét của lãnh đạo (ngày)", 22, 11, "center"),
    model.Column("Ghi chú", 26, 14),
)


# ---- small texts --------------------------------------------------------------------------------
def _kept(text: str) -> str:
    """The standard's name never breaks over two lines ("TCVN ISO 9001:2015")."""
    return text.replace(ISO, ISO.replace(" ", NBSP))


def subject_text(kind: m.ReportKind, year: int) -> str:
    """The subject as ``report_prose`` words it, wrapping where a person would break it: "… Hệ
    thống quản lý chất lượng / theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2026" (no name
    breaks inside, nor the period: "6 tháng đầu năm 2026" is never left with "2026" alone)."""
    text = _kept(report_prose.subject(kind, year))
    words = ("Hệ thống quản lý chất lượng", "Tiêu chuẩn quốc gia", report_prose.period_words(kind, year))
    for phrase in words:
        text = text.replace(phrase, phrase.replace(" ", NBSP))
    return text


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _cite(value: Any) -> str:
    return vocabulary.citation_date(_day(value))


def _lines(text: str) -> list[str]:
    return [x.strip() for x in nd30.nfc(text).split("\n") if x.strip()]


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def symbol(number: str, type_code: str, issuer_code: str) -> str:
    """A number as cited: "283/BC-UBND" (a bare "283" takes the type and the agency's code; a
    number already holding "/" is kept as typed); blanks when there is none."""
    number = nd30.nfc(number).strip()
    if "/" in number:
        return number
    return nd30.document_number(number, type_code, issuer_code).removeprefix("Số: ")


def number_line(r: ReportDetail) -> str:
    """ "Số: 283/BC-UBND"; "Số: ␣␣␣/BC-UBND" before the report is numbered."""
    return f"Số: {symbol(r.number, TYPE_CODE, r.frame.get('issuer_code') or '')}"


def date_line(r: ReportDetail) -> str:
    """ "Tùng Ảnh, ngày 09 tháng 12 năm 2026"; the day and month blank before it is dated."""
    return vocabulary.place_date_line(r.frame.get("place") or "", r.report_on, year=r.year)


def reference(r: ReportDetail) -> str:
    """ "Báo cáo số 283/BC-UBND ngày 09/12/2026 của Ủy ban nhân dân xã Tùng Ảnh" (blanks to fill by
    hand before it is numbered and dated)."""
    when = vocabulary.citation_date(r.report_on) if r.report_on else f"{BLANK}/{BLANK}/{r.year}"
    issuer = r.frame.get("issuer") or ""
    text = f"Báo cáo số {symbol(r.number, TYPE_CODE, r.frame.get('issuer_code') or '')} ngày {when}"
    return f"{text} của {issuer}" if issuer else text


def addressees(r: ReportDetail) -> list[str]:
    """Who the report is addressed to: the frame's snapshot (the report's own lines or the
    agency's), else the report's own lines."""
    names = [nd30.nfc(x).strip() for x in r.frame.get("addressees") or [] if str(x).strip()]
    return names or _lines(r.addressee)


def addressee_text(names: Sequence[str]) -> str:
    """ "Kính gửi: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"; several one a line as Decree 30 letters
    list them ("Kính gửi:" / "- A;" / "- B."); none: ""."""
    names = [x.rstrip(";.,") for x in names]
    if not names:
        return ""
    if len(names) == 1:
        return f"Kính gửi: {names[0]}"
    return "\n".join(["Kính gửi:", *(f"- {x};" for x in names[:-1]), f"- {names[-1]}."])


_PURPOSE = re.compile(r"^(?P<name>.*?)\s*\((?P<purpose>[^()]*)\)\s*$")


def recipient_lines(r: ReportDetail) -> tuple[str, ...]:
    """ "Nơi nhận": "- Như trên;" when the report is addressed, then the recipients of the frame
    (the report's own or the agency's, each with its purpose; an addressee is not repeated: "Như
    trên" names it), last "- Lưu: VT, VP."."""
    names = addressees(r)
    folded = {x.casefold().rstrip(";.,") for x in names}
    unit = (r.frame.get("drafting_unit") or "").strip()
    archive = f"VT, {unit}" if unit else "VT"
    lines = ["Như trên"] if names else []
    for raw in r.frame.get("recipients") or _lines(r.recipients):
        line = nd30.nfc(raw).strip().lstrip("-–•+").strip().rstrip(";.,").strip()
        if not line:
            continue
        match = _PURPOSE.match(line)
        name = match["name"] if match else line
        if line.casefold() == "như trên":
            continue
        if names and name.casefold() in folded:
            continue
        if match:  # "(để báo cáo)" never breaks inside
            line = f"{match['name']} ({match['purpose'].strip().replace(' ', NBSP)})"
        lines.append(line)
    return nd30.recipient_lines("\n".join(lines), archive=archive)


def closing_sentence(r: ReportDetail) -> str:
    """ "Trên đây là báo cáo tình hình … năm 2026 của Ủy ban nhân dân xã Tùng Ảnh, kính báo cáo
    Sở Khoa học và Công nghệ tỉnh Hà Tĩnh./."."""
    issuer = r.frame.get("issuer") or ""
    text = (
        "Trên đây là báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo "
        f"{ISO} {report_prose.period_words(r.kind, r.year)}"
    )
    if issuer:
        text += f" của {issuer}"
    names = addressees(r)
    if names:
        text += f", kính báo cáo {_join([x.rstrip(';.,') for x in names])}"
    return text + "./."


# ---- the body -----------------------------------------------------------------------------------
_ITEM = re.compile(r"^[-–•+]\s+")


def text_blocks(paragraphs: Sequence[str]) -> list[model.Block]:
    """A section's paragraphs as body blocks: a run of lines starting "- " (or "+ ") one list
    (the marker kept), anything else a paragraph."""
    blocks: list[model.Block] = []
    items: list[str] = []
    marker = "-"

    def flush() -> None:
        if items:
            blocks.append(model.Bullets(tuple(items), marker))
            items.clear()

    for paragraph in paragraphs:
        for line in _lines(paragraph):
            found = _ITEM.match(line)
            if found:
                kind = "+" if line.startswith("+") else "-"
                if items and kind != marker:
                    flush()
                marker = kind
                items.append(_kept(line[found.end() :]))
                continue
            flush()
            blocks.append(model.Paragraph(_kept(line)))
    flush()
    return blocks


def body_blocks(r: ReportDetail) -> list[model.Block]:
    """The opening, the sections with their headings, the closing sentence. A section of the
    second level with no text is left out when it is the last of its part (a "3. Nguyên nhân"
    with nothing to say); elsewhere its heading stays, the numbering unbroken."""
    blocks: list[model.Block] = [model.Paragraph(_kept(report_prose.opening(r)))]
    sections = report_prose.report_sections(r)
    for i, section in enumerate(sections):
        following = sections[i + 1] if i + 1 < len(sections) else None
        empty = not any(p.strip() for p in section.paragraphs)
        if empty and section.level >= 2 and (following is None or following.level < 2):
            continue
        blocks.append(model.Heading(_kept(section.heading), level=1 if section.level <= 1 else 2))
        blocks.extend(text_blocks(section.paragraphs))
    blocks.append(model.Paragraph(_kept(closing_sentence(r)), style="closing"))
    return blocks


# ---- the annex ----------------------------------------------------------------------------------
def _days(start: Any, end: Any) -> str:
    """ "15–17/9/2026", "28/9–02/10/2026", "30/12/2025–02/01/2026", "17/9/2026"."""
    a, b = _day(start), _day(end)
    if a is None or b is None or a == b:
        return vocabulary.citation_date(a or b)
    last = vocabulary.citation_date(b)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day:02d}–{last}"
    if a.year == b.year:
        return vocabulary.citation_date(a).rsplit("/", 1)[0] + "–" + last
    return f"{vocabulary.citation_date(a)}–{last}"


def _decision(item: dict[str, Any], code: str) -> str:
    """ "384/QĐ-UBND ngày 20/9/2025"."""
    number = symbol(str(item.get("number") or ""), "QĐ", code)
    when = _cite(item.get("signed_on"))
    return f"{number} ngày {when}" if when else number


def _counted(n: int, noun: str) -> str:
    return vocabulary.count_text(n, noun)


def annex_row(r: ReportDetail) -> model.Row:
    """The agency's row of the annex (see ``ANNEX_COLUMNS``), from the stored figures and facts."""
    f: dict[str, Any] = r.figures
    facts: dict[str, Any] = f.get("facts") or {}
    code = r.frame.get("issuer_code") or ""

    def n(key: str) -> int:
        value = f.get(key)
        return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0

    changed = [
        _counted(n("procedures_new"), "mới") if n("procedures_new") else "",
        _counted(n("procedures_amended"), "sửa đổi") if n("procedures_amended") else "",
    ]
    last = facts.get("last_publication")
    republished = [
        _decision(p, code) for p in facts.get("publications") or [] if p.get("kind") == "republication"
    ]
    audits = [_days(a.get("start_on"), a.get("end_on")) for a in facts.get("audits") or []]
    reviews = [_cite(x.get("held_on")) for x in facts.get("reviews") or []]
    notes = []
    if n("procedures_obsoleted"):
        notes.append(f"Bãi bỏ {_counted(n('procedures_obsoleted'), 'quy trình')}.")
    notes.append(f"Số liệu đến ngày {vocabulary.citation_date(r.cutoff)}.")
    return model.Row(
        (
            1,
            r.frame.get("issuer") or "",
            n("tthc_in_jurisdiction"),
            n("tthc_covered"),
            n("internal_procedures"),
            ", ".join(x for x in changed if x) or NONE,
            _decision(last, code) if last else "Chưa công bố",
            "; ".join(x for x in republished if x) or NONE,
            "; ".join(x for x in audits if x) or NONE,
            "; ".join(x for x in reviews if x) or NONE,
            " ".join(notes),
        )
    )


def annex(r: ReportDetail) -> model.Annex:
    return model.Annex(
        subject=_kept(
            "Số liệu áp dụng, duy trì Hệ thống quản lý chất lượng theo "
            f"{ISO} {report_prose.period_words(r.kind, r.year)}"
        ),
        attached_to=f"(Kèm theo {reference(r)})",
        blocks=(model.Table(ANNEX_COLUMNS, (annex_row(r),)),),
        orientation="landscape",
    )


# ---- the workbook's detail lists --------------------------------------------------------------------
def _c(
    header: str, width_mm: float | None, xlsx: float, align: model.Align = "left", *, keep: bool = False
) -> model.Column:
    return model.Column(header, width_mm, xlsx, align, keep_together=keep)


def _rows(items: Sequence[Sequence[model.Cell]]) -> tuple[model.Row, ...]:
    return tuple(model.Row((i, *cells)) for i, cells in enumerate(items, start=1))


def _label(labels: Any, enum: Any, value: Any) -> str:
    try:
        return str(labels(enum(value)))
    except (ValueError, KeyError):
        return str(value or "")


def _procedures(facts: dict[str, Any]) -> list[model.Block]:
    rows = [
        (
            x.get("code") or "",
            x.get("title") or "",
            "Quy trình nội bộ" if x.get("type") == "internal_procedure" else "Quy trình TTHC",
            x.get("field") or "",
            f"{int(x['issue']):02d}" if isinstance(x.get("issue"), int) else "",
            _day(x.get("effective_on")),
            "Ban hành mới" if x.get("new") else "Sửa đổi, bổ sung",
            x.get("change") or "",
        )
        for x in facts.get("procedures_changed") or []
    ]
    columns = (
        _c("STT", 10, 5, "center"),
        _c("Mã hiệu", 30, 14, keep=True),
        _c("Tên quy trình", None, 40),
        _c("Loại", 22, 11),
        _c("Lĩnh vực", 24, 12),
        _c("Lần ban hành", 16, 8, "center"),
        _c("Ngày hiệu lực", 22, 11, "center"),
        _c("Ban hành mới / sửa đổi", 22, 11, "center"),
        _c("Nội dung thay đổi", 60, 28),
    )
    return [model.Table(columns, _rows(rows), "(Trong kỳ không có quy trình ban hành mới, sửa đổi, bổ sung)")]


def _legal(facts: dict[str, Any]) -> list[model.Block]:
    rows = [
        (
            x.get("kind") or "",
            x.get("number") or "",
            _day(x.get("issued_on")),
            x.get("issuer") or "",
            x.get("title") or "",
        )
        for x in facts.get("legal_behind") or []
    ]
    columns = (
        _c("STT", 10, 5, "center"),
        _c("Loại văn bản", 36, 16),
        _c("Số, ký hiệu", 32, 14),
        _c("Ngày ban hành", 22, 11, "center"),
        _c("Cơ quan ban hành", 45, 20),
        _c("Trích yếu", None, 50),
    )
    return [model.Table(columns, _rows(rows), "(Không có văn bản)")]


def _ca_status(x: dict[str, Any]) -> tuple[str, date | None]:
    """The request's state at the cut-off and the day it was closed or cancelled."""
    if x.get("closed_on"):
        return "Đã hoàn thành", _day(x["closed_on"])
    if x.get("cancelled_on"):
        return "Đã hủy", _day(x["cancelled_on"])
    return ("Quá hạn" if x.get("overdue") else "Đang thực hiện"), None


# Two tables on one sheet share its columns: the second is laid out column for column on the
# first's (the same count and widths), so neither is squeezed into the other's grid.
_FINDING_COLUMNS = (
    _c("STT", 10, 5, "center"),
    _c("Nguồn", 30, 14),
    _c("Ngày phát hiện", 22, 11, "center"),
    _c("Nội dung", None, 50),
    _c("Loại phát hiện", 30, 14),
    _c("Điều khoản", 22, 11, "center"),
    _c("Bộ phận", 36, 16),
    _c("Phiếu yêu cầu khắc phục", 24, 12, "center"),
)
_REQUEST_COLUMNS = (
    _c("STT", 10, 5, "center"),
    _c("Nguồn", 30, 14),
    _c("Ngày lập", 22, 11, "center"),
    _c("Nội dung", None, 50),
    _c("Số phiếu", 30, 14, "center"),
    _c("Thời hạn", 22, 11, "center"),
    _c("Tình trạng tại ngày chốt số liệu", 36, 16),
    _c("Ngày hoàn thành, hủy", 24, 12, "center"),
)


def _findings(facts: dict[str, Any]) -> list[model.Block]:
    findings = [
        (
            "Đánh giá nội bộ" if x.get("source") == "audit" else "Kiểm tra của cấp trên",
            _day(x.get("found_on")),
            x.get("description") or "",
            _label(vocabulary.finding_type_label, m.FindingType, x.get("type")),
            x.get("clause") or "",
            x.get("department") or "",
            x.get("corrective_action") or "",
        )
        for x in facts.get("findings") or []
    ]
    requests = [
        (
            _label(vocabulary.ca_source_label, m.CaSource, x.get("source")),
            _day(x.get("raised_on")),
            x.get("description") or "",
            x.get("number") or "",
            _day(x.get("due_on")),
            *_ca_status(x),
        )
        for x in facts.get("corrective_actions") or []
    ]
    return [
        model.Heading("1. Các phát hiện của đánh giá nội bộ và kiểm tra của cấp trên", level=2),
        model.Table(_FINDING_COLUMNS, _rows(findings), "(Trong kỳ không có phát hiện)"),
        model.Heading("2. Hành động khắc phục", level=2),
        model.Table(_REQUEST_COLUMNS, _rows(requests), "(Không có phiếu yêu cầu hành động khắc phục)"),
    ]


def _objectives(r: ReportDetail) -> list[model.Block]:
    rows = []
    for o in r.figures.get("objectives") or []:
        unit = (o.get("unit") or "").strip()
        try:
            target = vocabulary.target_text(m.Comparison(o.get("comparison")), o.get("target") or 0, unit)
        except ValueError:
            target = vocabulary.value_with_unit(o.get("target"), unit)
        value = o.get("value_so_far")
        rows.append(
            (
                o.get("statement") or "",
                target,
                vocabulary.value_with_unit(value, unit) if value is not None else "Chưa có kết quả đo",
                _label(vocabulary.objective_status_label, dto.ObjectiveStatus, o.get("status")),
            )
        )
    columns = (
        _c("STT", 10, 5, "center"),
        _c("Mục tiêu chất lượng", None, 60),
        _c("Chỉ tiêu", 26, 12, "center"),
        _c(f"Kết quả tính đến ngày {vocabulary.table_date(r.cutoff)}", 34, 16, "center"),
        _c("Đánh giá", 36, 18),
    )
    return [model.Table(columns, _rows(rows), f"(Chưa xây dựng mục tiêu chất lượng năm {r.year})")]


def _training(facts: dict[str, Any]) -> list[model.Block]:
    rows = [
        (
            _day(x.get("on")),
            x.get("title") or "",
            _label(vocabulary.training_type_label, m.TrainingType, x.get("type")),
            x.get("organiser") or "",
            vocabulary.number_text(x.get("hours")) if x.get("hours") else "",
            int(x.get("attendees") or 0),
        )
        for x in facts.get("training") or []
    ]
    columns = (
        _c("STT", 10, 5, "center"),
        _c("Ngày", 22, 11, "center"),
        _c("Nội dung đào tạo, tập huấn", None, 50),
        _c("Loại", 34, 16),
        _c("Đơn vị tổ chức", 50, 24),
        _c("Số giờ", 16, 8, "center"),
        _c("Số người tham dự", 22, 11, "center"),
    )
    return [model.Table(columns, _rows(rows), "(Trong kỳ không có lớp đào tạo, tập huấn)")]


_SURVEY_COLUMNS = (
    _c("STT", 10, 5, "center"),
    _c("Từ ngày", 22, 11, "center"),
    _c("Đến ngày", 24, 12, "center"),
    _c("Hình thức khảo sát", None, 45),
    _c("Số phiếu trả lời", 24, 12, "center"),
    _c("Số phiếu hài lòng", 26, 13, "center"),
    _c("Tỷ lệ hài lòng", 55, 26, "center"),
)
_COMPLAINT_COLUMNS = (
    _c("STT", 10, 5, "center"),
    _c("Ngày tiếp nhận", 22, 11, "center"),
    _c("Ngày giải quyết", 24, 12, "center"),
    _c("Nội dung", None, 45),
    _c("Hình thức", 24, 12),
    _c("Kết luận", 26, 13),
    _c("Kết quả giải quyết", 55, 26),
)


def _satisfaction(facts: dict[str, Any]) -> list[model.Block]:
    surveys = []
    for x in facts.get("surveys") or []:
        answered, satisfied = int(x.get("answered") or 0), int(x.get("satisfied") or 0)
        surveys.append(
            (
                _day(x.get("from_on")),
                _day(x.get("to_on")),
                x.get("method") or "",
                answered,
                satisfied,
                vocabulary.percent(satisfied, answered) if answered else "Chưa có phiếu",
            )
        )
    complaints = [
        (
            _day(x.get("received_on")),
            _day(x.get("resolved_on")) or "Chưa giải quyết",
            x.get("content") or "",
            x.get("channel") or "",
            _label(vocabulary.complaint_ruling_label, m.ComplaintRuling, x.get("ruling")),
            x.get("result") or "",
        )
        for x in facts.get("complaints") or []
    ]
    return [
        model.Heading("1. Khảo sát sự hài lòng", level=2),
        model.Table(_SURVEY_COLUMNS, _rows(surveys), "(Trong kỳ không có đợt khảo sát)"),
        model.Heading("2. Phản ánh, kiến nghị", level=2),
        model.Table(_COMPLAINT_COLUMNS, _rows(complaints), "(Trong kỳ không tiếp nhận phản ánh, kiến nghị)"),
    ]


def _inspections(facts: dict[str, Any]) -> list[model.Block]:
    rows = []
    for x in facts.get("inspections") or []:
        notice = str(x.get("notice_number") or "").strip()
        if notice and x.get("notice_on"):
            notice += f" ngày {_cite(x['notice_on'])}"
        recommendations = [f"- {t}" for t in x.get("recommendations") or [] if t]
        rows.append(
            (
                _day(x.get("on")),
                x.get("body") or "",
                notice,
                x.get("conclusions") or "",
                "\n".join(recommendations) or "Không có kiến nghị",
            )
        )
    columns = (
        _c("STT", 10, 5, "center"),
        _c("Ngày kiểm tra", 22, 11, "center"),
        _c("Cơ quan kiểm tra", 40, 18),
        _c("Thông báo kết quả", 34, 16),
        _c("Kết luận", None, 40),
        _c("Kiến nghị", 70, 34),
    )
    return [model.Table(columns, _rows(rows), "(Trong kỳ cơ quan không được kiểm tra)")]


DATA_SHEETS = (
    "Quy trình thay đổi",
    "Văn bản căn cứ",
    "Phát hiện, khắc phục",
    "Mục tiêu",
    "Đào tạo",
    "Khảo sát, phản ánh",
    "Kiểm tra",
)


def data_sheets(r: ReportDetail) -> tuple[model.DataSheet, ...]:
    """The workbook's detail lists (``DATA_SHEETS``), each on its own sheet under the data period."""
    facts: dict[str, Any] = r.figures.get("facts") or {}
    period = model.Paragraph(report_prose.cutoff_line(r.period_start, r.cutoff), "note")
    sheets = (
        ("Quy trình ban hành mới, sửa đổi, bổ sung trong kỳ", _procedures(facts)),
        ("Văn bản quy phạm pháp luật, quyết định công bố TTHC làm căn cứ sửa đổi quy trình", _legal(facts)),
        ("Phát hiện và hành động khắc phục", _findings(facts)),
        (f"Mục tiêu chất lượng năm {r.year} và kết quả thực hiện", _objectives(r)),
        ("Đào tạo, tập huấn trong kỳ", _training(facts)),
        ("Sự hài lòng và phản ánh, kiến nghị", _satisfaction(facts)),
        ("Kiểm tra của cấp trên và kiến nghị", _inspections(facts)),
    )
    return tuple(
        model.DataSheet(name, title, (period, *blocks), orientation="landscape")
        for name, (title, blocks) in zip(DATA_SHEETS, sheets, strict=True)
    )


# ---- the document -------------------------------------------------------------------------------
def report_document(r: ReportDetail) -> model.Document:
    """The report ``r`` as printed (see the module): only what the report stores."""
    frame = r.frame
    issuer = frame.get("issuer") or ""
    signature = model.Signature(
        lines=tuple(nd30.nfc(x).strip() for x in frame.get("signing_lines") or [] if str(x).strip()),
        name=nd30.nfc(frame.get("signer_name") or r.signer_name).strip(),
    )
    warnings = []
    if r.id == 0:
        warnings.append(
            f"Chưa lập {report_title(r.kind, r.year).lower()}: bản in là số liệu tính đến ngày "
            f"{vocabulary.table_date(r.cutoff)}, chưa được lưu."
        )
    if not r.number.strip() or r.report_on is None:
        warnings.append("Báo cáo chưa có số hoặc ngày: bản in để trống để ghi tay.")
    return model.Document(
        frame=model.Frame(
            variant="signed",
            issuer=issuer,
            parent_body=frame.get("parent_body") or "",
            type_name=TYPE_NAME,
            subject=subject_text(r.kind, r.year),
            number_line=number_line(r),
            date_line=date_line(r),
            addressee=addressee_text(addressees(r)),
            note_lines=(report_prose.cutoff_line(r.period_start, r.cutoff),),
            recipients=recipient_lines(r),
            signatures=(signature,),
        ),
        body=tuple(body_blocks(r)),
        annexes=(annex(r),),
        title=f"{report_title(r.kind, r.year)} — {issuer}" if issuer else report_title(r.kind, r.year),
        author=issuer,
        body_size=BODY_SIZE,
        warnings=tuple(warnings),
        data_sheets=data_sheets(r),
    )


def build(reports: Any, request: Any) -> model.Document:
    """The document of ``export report``: the stored report of kind ``request.variant`` and year
    ``request.year`` as stored; none stored: composed in memory (nothing saved)."""
    kind = request.variant or m.ReportKind.YEAR.value
    assert request.year is not None
    stored = reports.find(kind, request.year)
    return report_document(stored if stored is not None else reports.preview(kind, request.year))
