"""The report's text: its title, the cut-off line, the opening, and the default outline (I–V, with
II.1–10 and III.1–3) with a prose draft generated from the stored figures and facts.

The prose follows what careful secretaries write: counts 1–9 with a leading zero ("03 cuộc"),
dates in citation format ("05/3/2014"), a document cited as "Kế hoạch số 06/KH-UBND ngày
07/01/2026", no sentence about a figure that is missing, an empty period said in words (never
"0,0 %", "None" or "NaN"). It reads only ``ReportDetail`` (its figures, facts and frame): a signed
report's text never changes after the records do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from app import models as m
from app.services import vocabulary
from app.services.vocabulary import citation_date, count_text

RK = m.ReportKind


@dataclass(frozen=True)
class Section:
    """One heading of the report and its paragraphs. ``key`` is stable ("I", "II.1", …);
    ``heading`` is printed as it is ("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "1. Phạm vi áp dụng");
    ``level`` 1 (Roman, upper case) or 2 (Arabic)."""

    key: str
    heading: str
    level: int
    paragraphs: tuple[str, ...] = ()


# ---- small helpers -------------------------------------------------------------------------------
def _d(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _cite(value: Any) -> str:
    return citation_date(_d(value))


def _n(f: dict[str, Any], key: str) -> int:
    value = f.get(key)
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def _pct(value: Any) -> str:
    """ "96,5 %", "96,0 %", "100 %" (as ``vocabulary.percent``); only called with a value."""
    number = float(value)
    if number == 100:
        return "100\u00a0%"
    return f"{number:.1f}".replace(".", ",") + "\u00a0%"


def _doc(kind: str, number: str, signed_on: Any, code: str) -> str:
    """ "Kế hoạch số 06/KH-UBND ngày 07/01/2026"; a bare number takes the agency's code."""
    number = number.strip()
    if number and "/" not in number and code:
        number = f"{number}/{code}"
    text = f"{kind} số {number}" if number else kind
    return text + (f" ngày {_cite(signed_on)}" if signed_on else "")


def _list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def period_words(kind: m.ReportKind, year: int) -> str:
    return f"6 tháng đầu năm {year}" if kind is RK.H1 else f"năm {year}"


def subject(kind: m.ReportKind, year: int) -> str:
    return (
        "Tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia "
        f"TCVN ISO 9001:2015 {period_words(kind, year)}"
    )


def cutoff_line(start: date, cut: date) -> str:
    """ "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)"."""
    return f"(Số liệu tính từ ngày {citation_date(start)} đến ngày {citation_date(cut)})"


def _basis(b: dict[str, Any]) -> str:
    """ "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc …" (blanks for
    what is not known)."""
    text = f"{b.get('doc_type', '')} số {b.get('number') or '……'} ngày {_cite(b.get('issued_on')) or '……'}"
    if b.get("issuer"):
        text += f" của {b['issuer']}"
    if b.get("subject"):
        text += f" {b['subject'].rstrip(';., ')}"
    return " ".join(text.split())


def opening(r: Any) -> str:
    """The bases (the agency's list for reports: consecutive ones with the same lead share it,
    "Thực hiện A và B"), the upstream request, then what follows."""
    frame = r.frame
    groups: list[tuple[str, list[str]]] = []
    for b in frame.get("legal_bases") or []:
        lead = (b.get("lead") or "Thực hiện").strip()
        if groups and groups[-1][0] == lead:
            groups[-1][1].append(_basis(b))
        else:
            groups.append((lead, [_basis(b)]))
    parts = [f"{lead} {_list(items)}" for lead, items in groups]
    request = " ".join((frame.get("request_ref") or r.request_ref or "").split()).rstrip(";., ")
    if request:
        lowered = request[:1].lower() + request[1:]
        if lowered.startswith(("thực hiện", "căn cứ")):
            parts.append(request)
        elif groups and groups[-1][0] == "Thực hiện":
            # "Thực hiện Quyết định số 19/2014/QĐ-TTg … và Thông tư số 26/2014/TT-BKHCN …; Công văn số …"
            parts[-1] += f"; {request}"
        else:
            parts.append(f"Thực hiện {request}")
    issuer = frame.get("issuer") or ""
    tail = (
        f"{issuer} báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo "
        f"TCVN ISO 9001:2015 {period_words(r.kind, r.year)} như sau:"
    )
    if not parts:
        return tail
    return "; ".join(parts) + ", " + tail


# ---- sections -------------------------------------------------------------------------------------
FREE_KEYS = ("II.10", "V")  # free text by default (funding, proposals): a refresh never rewrites them


def report_sections(r: Any) -> list[Section]:
    """What the report prints: its stored outline and text (``r.sections``), else the generated
    default."""
    stored = getattr(r, "sections", None) or []
    if not stored:
        return generated_sections(r)
    return [
        Section(x["key"], x["heading"], int(x.get("level", 1)), tuple(x.get("paragraphs") or ()))
        for x in stored
    ]


def fill_placeholders(text: str, figures: dict[str, Any]) -> str:
    """A free section's text with its ``{figure}`` placeholders replaced by the report's figures
    ("{ca_opened}" → "07", "{satisfaction_percent}" → "96,0 %"); an unknown name stays as written, a
    missing percentage reads "chưa có số liệu"."""

    def value(match: Any) -> str:
        key = match.group(1)
        if key not in figures or isinstance(figures[key], (dict, list)):
            return str(match.group(0))
        v = figures[key]
        if key.endswith("_percent"):
            return _pct(v) if v is not None else "chưa có số liệu"
        if isinstance(v, bool) or v is None:
            return str(match.group(0))
        return count_text(int(v)) if isinstance(v, int) else vocabulary.number_text(v)

    return re.sub(r"\{([a-z_]+)\}", value, text)


def generated_sections(r: Any) -> list[Section]:
    """The default outline with its generated prose (what a refresh writes)."""
    f: dict[str, Any] = r.figures
    facts: dict[str, Any] = f.get("facts") or {}
    code = (r.frame.get("issuer_code") or "").strip()
    next_period = f"6 tháng cuối năm {r.year}" if r.kind is RK.H1 else f"năm {r.year + 1}"
    return [
        Section("I", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", 1, _direction(r, f, facts, code)),
        Section("II", "II. KẾT QUẢ THỰC HIỆN", 1),
        Section("II.1", "1. Phạm vi áp dụng", 2, _scope(f, facts)),
        Section("II.2", "2. Hệ thống tài liệu", 2, _documents(r, f, facts, code)),
        Section("II.3", "3. Kết quả áp dụng trong giải quyết thủ tục hành chính", 2, _tthc(f)),
        Section("II.4", "4. Đánh giá nội bộ", 2, _audits(f, facts, code)),
        Section("II.5", "5. Xem xét của lãnh đạo", 2, _reviews(facts)),
        Section("II.6", "6. Công bố, công bố lại Hệ thống quản lý chất lượng", 2, _publications(facts, code)),
        Section("II.7", "7. Đo lường sự hài lòng, giải quyết phản ánh, kiến nghị", 2, _satisfaction(f)),
        Section("II.8", "8. Mục tiêu chất lượng, rủi ro và cơ hội", 2, _objectives(r, f, facts)),
        Section("II.9", "9. Kiểm tra của cấp trên và việc khắc phục", 2, _inspections(f, facts)),
        Section("II.10", "10. Kinh phí", 2, (_FUNDING,)),
        Section("III", "III. ĐÁNH GIÁ CHUNG", 1),
        Section("III.1", "1. Ưu điểm", 2, _strengths(f)),
        Section("III.2", "2. Tồn tại, hạn chế", 2, _shortcomings(f)),
        Section("III.3", "3. Nguyên nhân", 2, _causes(f)),
        Section("IV", f"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {next_period.upper()}", 1, _tasks(r, f)),
        Section("V", "V. ĐỀ XUẤT, KIẾN NGHỊ", 1, (_PROPOSALS,)),
    ]


_FUNDING = (
    "Kinh phí duy trì, cải tiến Hệ thống quản lý chất lượng được bố trí từ nguồn kinh phí chi thường xuyên "
    "của cơ quan theo quy định tại Thông tư số 116/2015/TT-BTC ngày 11/8/2015 của Bộ Tài chính."
)
_PROPOSALS = (
    "Đề nghị Sở Khoa học và Công nghệ tiếp tục tổ chức các lớp tập huấn, hướng dẫn nghiệp vụ về xây dựng, áp "
    "dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho công chức cấp xã; hướng "
    "dẫn cập nhật quy trình khi danh mục thủ tục hành chính thay đổi."
)


def _direction(r: Any, f: dict[str, Any], facts: dict[str, Any], code: str) -> tuple[str, ...]:
    out = []
    plan = facts.get("plan")
    if plan and plan.get("signed_on"):
        out.append(
            f"{r.frame.get('issuer', '')} đã ban hành {_doc('Kế hoạch', plan.get('number', ''), plan['signed_on'], 'KH-' + code if code else '')} "
            f"về duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm {r.year}."
        )
    objectives = facts.get("objectives_decision")
    if objectives and objectives.get("signed_on"):
        out.append(
            f"Mục tiêu chất lượng năm {r.year} và kế hoạch thực hiện được ban hành kèm theo "
            f"{_doc('Kế hoạch', objectives.get('number', ''), objectives['signed_on'], 'KH-' + code if code else '')}."
        )
    steering = facts.get("steering")
    if steering:
        out.append(
            f"Ban chỉ đạo ISO được kiện toàn theo {_doc('Quyết định', steering.get('number', ''), steering.get('signed_on'), 'QĐ-' + code if code else '')}"
            + (
                f", gồm {count_text(int(steering['members']), 'thành viên')}"
                if steering.get("members")
                else ""
            )
            + "; các thành viên được phân công nhiệm vụ cụ thể, thư ký ISO giúp việc thường xuyên."
        )
    sessions, people = _n(f, "training_sessions"), _n(f, "training_attendees")
    if sessions:
        out.append(
            f"Công tác tuyên truyền, đào tạo: trong kỳ tổ chức và cử cán bộ tham gia {count_text(sessions, 'lớp')} "
            f"đào tạo, tập huấn với {count_text(people, 'lượt')} người tham dự."
        )
    else:
        out.append("Trong kỳ chưa tổ chức lớp đào tạo, tập huấn về Hệ thống quản lý chất lượng.")
    return tuple(out)


def _scope(f: dict[str, Any], facts: dict[str, Any]) -> tuple[str, ...]:
    in_j, covered = _n(f, "tthc_in_jurisdiction"), _n(f, "tthc_covered")
    out = []
    if in_j:
        text = (
            f"Hệ thống quản lý chất lượng được áp dụng đối với {count_text(covered)}/{count_text(in_j)} thủ tục "
            "hành chính thuộc thẩm quyền giải quyết"
        )
        text += " (đạt 100\u00a0%)." if covered == in_j else f" (đạt {vocabulary.percent(covered, in_j)})."
        out.append(text)
    internal = _n(f, "internal_procedures")
    if internal:
        out.append(
            f"Các hoạt động nội bộ được kiểm soát bằng {count_text(internal, 'quy trình')} nội bộ đang có hiệu lực."
        )
    return tuple(out) or ("Chưa xác định thủ tục hành chính thuộc phạm vi áp dụng.",)


def _documents(r: Any, f: dict[str, Any], facts: dict[str, Any], code: str) -> tuple[str, ...]:
    out = []
    policy_on = facts.get("policy_effective_on")
    if policy_on:
        out.append(
            f"Chính sách chất lượng có hiệu lực từ ngày {_cite(policy_on)} được niêm yết, phổ biến đến toàn thể cán bộ, "
            "công chức."
        )
    in_force = facts.get("procedures_in_force") or {}
    total = int(in_force.get("tthc", 0)) + int(in_force.get("internal", 0))
    if total:
        out.append(
            f"Tổng số quy trình đang áp dụng: {count_text(total)} quy trình, gồm {count_text(int(in_force.get('tthc', 0)))} "
            f"quy trình giải quyết thủ tục hành chính và {count_text(int(in_force.get('internal', 0)))} quy trình nội bộ."
        )
    new, amended, obsolete = (
        _n(f, "procedures_new"),
        _n(f, "procedures_amended"),
        _n(f, "procedures_obsoleted"),
    )
    changes = []
    if new:
        changes.append(f"ban hành mới {count_text(new, 'quy trình')}")
    if amended:
        changes.append(f"sửa đổi, bổ sung {count_text(amended, 'quy trình')}")
    if obsolete:
        changes.append(f"bãi bỏ {count_text(obsolete, 'quy trình')}")
    if changes:
        text = f"Trong kỳ, đã {_list(changes)}"
        legal = facts.get("legal_behind") or []
        if legal:
            cited = [
                f"{x.get('kind', '')} số {x.get('number', '')}"
                + (f" ngày {_cite(x.get('issued_on'))}" if x.get("issued_on") else "")
                + (f" của {x['issuer']}" if x.get("issuer") else "")
                for x in legal
            ]
            text += f" để cập nhật theo {_list(cited)}"
        out.append(text + ".")
    else:
        out.append("Trong kỳ không có quy trình ban hành mới, sửa đổi, bổ sung hoặc bãi bỏ.")
    overdue = _n(f, "updates_overdue")
    if overdue:
        out.append(
            f"Còn {count_text(overdue, 'quy trình')} chưa được cập nhật kịp thời theo văn bản quy phạm pháp luật, "
            "thủ tục hành chính mới."
        )
    elif _n(f, "updates_open"):
        out.append(
            f"{count_text(_n(f, 'updates_open'), 'quy trình').capitalize()} đang được cập nhật theo văn bản mới, "
            "trong thời hạn quy định."
        )
    return tuple(out)


def _tthc(f: dict[str, Any]) -> tuple[str, ...]:
    received, resolved = _n(f, "tthc_received"), _n(f, "tthc_resolved")
    if not (received or resolved):
        return ("Trong kỳ chưa có số liệu giải quyết thủ tục hành chính.",)
    on_time, late = _n(f, "tthc_on_time"), _n(f, "tthc_late")
    text = f"Trong kỳ, tiếp nhận {count_text(received, 'hồ sơ')} thủ tục hành chính; đã giải quyết {count_text(resolved, 'hồ sơ')}"
    if resolved:
        text += f", trong đó đúng hạn và trước hạn {count_text(on_time, 'hồ sơ')}"
        if f.get("tthc_on_time_percent") is not None:
            text += f" (đạt {_pct(f['tthc_on_time_percent'])})"
        text += f", trễ hạn {count_text(late, 'hồ sơ')}" if late else ", không có hồ sơ trễ hạn"
    return (text + ".",)


def _audits(f: dict[str, Any], facts: dict[str, Any], code: str) -> tuple[str, ...]:
    audits = facts.get("audits") or []
    if not audits:
        return ("Trong kỳ chưa tổ chức đánh giá nội bộ.",)
    out = []
    for a in audits:
        when = (
            f"từ ngày {_cite(a['start_on'])} đến ngày {_cite(a['end_on'])}"
            if a.get("start_on") != a.get("end_on")
            else f"ngày {_cite(a['end_on'])}"
        )
        basis = (
            f" theo {_doc('Quyết định', a['decision_number'], a.get('decision_on'), 'QĐ-' + code if code else '')}"
            if a.get("decision_number")
            else ""
        )
        out.append(f"Tổ chức đánh giá nội bộ {when}{basis}.")
    by_type = f.get("findings_by_type") or {}
    labels = (
        ("nc_major", "điểm không phù hợp nặng"),
        ("nc_minor", "điểm không phù hợp nhẹ"),
        ("observation", "điểm lưu ý"),
        ("ofi", "cơ hội cải tiến"),
    )
    found = [count_text(int(by_type[k]), label) for k, label in labels if by_type.get(k)]
    if found:
        out.append(f"Kết quả đánh giá phát hiện {_list(found)}.")
    else:
        out.append("Kết quả đánh giá không phát hiện điểm không phù hợp.")
    opened, closed, overdue = _n(f, "ca_opened"), _n(f, "ca_closed"), _n(f, "ca_overdue")
    if opened or closed:
        text = f"Trong kỳ lập {count_text(opened, 'phiếu')} yêu cầu hành động khắc phục, đã hoàn thành {count_text(closed, 'phiếu')}"
        text += f"; còn {count_text(overdue, 'phiếu')} quá hạn." if overdue else "; không có phiếu quá hạn."
        out.append(text)
    return tuple(out)


def _reviews(facts: dict[str, Any]) -> tuple[str, ...]:
    reviews = facts.get("reviews") or []
    if not reviews:
        return ("Trong kỳ chưa tổ chức họp xem xét của lãnh đạo.",)
    out = []
    for x in reviews:
        decisions = x.get("decisions") or []
        text = f"Ngày {_cite(x['held_on'])}, lãnh đạo cơ quan chủ trì họp xem xét Hệ thống quản lý chất lượng"
        if decisions:
            text += (
                f"; cuộc họp thống nhất {count_text(len(decisions), 'nội dung')} cần thực hiện: "
                + "; ".join(d[:1].lower() + d[1:] for d in decisions)
            )
        out.append(text + ".")
    return tuple(out)


def _publications(facts: dict[str, Any], code: str) -> tuple[str, ...]:
    in_period = facts.get("publications") or []
    if in_period:
        return tuple(
            ("Công bố lại" if p.get("kind") == "republication" else "Công bố")
            + " Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 tại "
            + _doc("Quyết định", p.get("number", ""), p.get("signed_on"), "QĐ-" + code if code else "")
            + (f" ({p['reason'][:1].lower() + p['reason'][1:].rstrip('.')})" if p.get("reason") else "")
            + "."
            for p in in_period
        )
    last = facts.get("last_publication")
    if last:
        return (
            "Trong kỳ không có thay đổi phải công bố lại; Hệ thống quản lý chất lượng đang áp dụng theo "
            + _doc("Quyết định", last.get("number", ""), last.get("signed_on"), "QĐ-" + code if code else "")
            + " về việc "
            + ("công bố lại" if last.get("kind") == "republication" else "công bố")
            + " Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.",
        )
    return ("Cơ quan chưa công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.",)


def _satisfaction(f: dict[str, Any]) -> tuple[str, ...]:
    out = []
    surveys = _n(f, "satisfaction_surveys")
    if surveys and f.get("satisfaction_percent") is not None:
        out.append(
            f"Trong kỳ tổ chức {count_text(surveys, 'đợt')} khảo sát sự hài lòng với "
            f"{count_text(_n(f, 'satisfaction_answered'), 'phiếu')} trả lời; tỷ lệ hài lòng đạt "
            f"{_pct(f['satisfaction_percent'])}."
        )
    else:
        out.append("Trong kỳ chưa có kết quả khảo sát sự hài lòng của tổ chức, cá nhân.")
    received = _n(f, "complaints_received")
    if received:
        founded, resolved = _n(f, "complaints_well_founded"), _n(f, "complaints_resolved")
        out.append(
            f"Tiếp nhận {count_text(received, 'phản ánh, kiến nghị')}, "
            + (f"trong đó {count_text(founded)} có cơ sở; " if founded else "không có phản ánh có cơ sở; ")
            + (
                "đã giải quyết xong toàn bộ."
                if resolved == received
                else f"đã giải quyết {count_text(resolved)}."
            )
        )
    else:
        out.append("Trong kỳ không tiếp nhận phản ánh, kiến nghị về việc giải quyết thủ tục hành chính.")
    return tuple(out)


def _objectives(r: Any, f: dict[str, Any], facts: dict[str, Any]) -> tuple[str, ...]:
    total = _n(f, "objectives_total")
    out = []
    if not total:
        out.append(f"Chưa xây dựng mục tiêu chất lượng năm {r.year}.")
    else:
        cut = citation_date(r.cutoff)
        if r.kind is RK.YEAR:
            met, not_met = _n(f, "objectives_met"), _n(f, "objectives_not_met")
            decided = [count_text(met) + " mục tiêu đạt"] if met else []
            if not_met:
                decided.append(count_text(not_met) + " mục tiêu không đạt")
            text = f"Năm {r.year} có {count_text(total, 'mục tiêu chất lượng')}"
            text += f": {_list(decided)}" if decided else ""
            rest = total - met - not_met
            if rest:
                text += f"; {count_text(rest, 'mục tiêu')} chưa kết thúc kỳ đo, kết quả tính đến ngày {cut} như sau"
                out.append(text + ":")
                for o in f.get("objectives") or []:
                    if o.get("status") in ("met", "not_met"):
                        continue
                    value = o.get("value_so_far")
                    unit = (o.get("unit") or "").strip()
                    shown = (
                        "chưa có kết quả đo"
                        if value is None
                        else vocabulary.number_text(value)
                        + ("\u00a0%" if unit == "%" else f" {unit}".rstrip())
                    )
                    out.append(f"- {o['statement']}: {shown}.")
            else:
                out.append(text + ".")
        else:
            parts = []
            for key, label in (
                ("objectives_on_track", "đang thực hiện đúng tiến độ"),
                ("objectives_at_risk", "có nguy cơ không đạt"),
                ("objectives_not_measured", "chưa đến kỳ đo"),
                ("objectives_met", "đã đạt"),
                ("objectives_not_met", "không đạt"),
            ):
                if _n(f, key):
                    parts.append(f"{count_text(_n(f, key))} mục tiêu {label}")
            out.append(
                f"Năm {r.year} có {count_text(total, 'mục tiêu chất lượng')}; tính đến ngày {cut}: {_list(parts)}."
            )
    risks = facts.get("risks") or {}
    evaluated = _n(f, "risk_evaluations")
    if risks.get("risks_open") or risks.get("opportunities_open"):
        text = (
            f"Cơ quan đang kiểm soát {count_text(int(risks.get('risks_open', 0)), 'rủi ro')} và "
            f"{count_text(int(risks.get('opportunities_open', 0)), 'cơ hội')}"
        )
        if evaluated:
            text += f"; trong kỳ đã đánh giá hiệu lực {count_text(evaluated, 'lượt')} biện pháp xử lý"
        out.append(text + ".")
    return tuple(out)


def _inspections(f: dict[str, Any], facts: dict[str, Any]) -> tuple[str, ...]:
    inspections = facts.get("inspections") or []
    if not inspections:
        return ("Trong kỳ cơ quan không được kiểm tra việc áp dụng Hệ thống quản lý chất lượng.",)
    out = []
    for x in inspections:
        recs = x.get("recommendations") or []
        text = f"Ngày {_cite(x['on'])}, {x.get('body') or 'cơ quan cấp trên'} kiểm tra việc áp dụng, duy trì Hệ thống quản lý chất lượng"
        text += f", có {count_text(len(recs), 'kiến nghị')}" if recs else ", không có kiến nghị"
        out.append(text + ".")
    closed, still = _n(f, "recommendations_closed"), _n(f, "recommendations_open")
    if closed or still:
        out.append(
            f"Đến nay đã khắc phục {count_text(closed, 'kiến nghị')}"
            + (f", còn {count_text(still)} kiến nghị đang khắc phục." if still else ".")
        )
    return tuple(out)


def _strengths(f: dict[str, Any]) -> tuple[str, ...]:
    out = [
        "Lãnh đạo cơ quan quan tâm chỉ đạo; Hệ thống quản lý chất lượng được duy trì, áp dụng vào hoạt động giải quyết thủ tục hành chính."
    ]
    if f.get("tthc_on_time_percent") is not None and float(f["tthc_on_time_percent"]) >= 95:
        out.append(f"Tỷ lệ hồ sơ giải quyết đúng hạn đạt {_pct(f['tthc_on_time_percent'])}.")
    if f.get("satisfaction_percent") is not None and float(f["satisfaction_percent"]) >= 90:
        out.append(f"Mức độ hài lòng của tổ chức, cá nhân đạt {_pct(f['satisfaction_percent'])}.")
    return (" ".join(out),)


def _shortcomings(f: dict[str, Any]) -> tuple[str, ...]:
    out = []
    if _n(f, "tthc_late"):
        out.append(f"còn {count_text(_n(f, 'tthc_late'), 'hồ sơ')} giải quyết trễ hạn")
    if _n(f, "updates_overdue"):
        out.append(f"{count_text(_n(f, 'updates_overdue'), 'quy trình')} chưa được cập nhật kịp thời")
    if _n(f, "ca_overdue"):
        out.append(f"{count_text(_n(f, 'ca_overdue'), 'phiếu')} hành động khắc phục chưa hoàn thành đúng hạn")
    if _n(f, "objectives_not_met") or _n(f, "objectives_at_risk"):
        n = _n(f, "objectives_not_met") + _n(f, "objectives_at_risk")
        out.append(f"{count_text(n, 'mục tiêu chất lượng')} không đạt hoặc có nguy cơ không đạt")
    if not out:
        return ("Không có tồn tại, hạn chế đáng kể.",)
    text = _list(out)
    return (text[:1].upper() + text[1:] + ".",)


def _causes(f: dict[str, Any]) -> tuple[str, ...]:
    if not (
        _n(f, "tthc_late") or _n(f, "updates_overdue") or _n(f, "ca_overdue") or _n(f, "objectives_not_met")
    ):
        return ()
    return (
        "Khách quan: văn bản quy phạm pháp luật, thủ tục hành chính thay đổi nhiều; một số hồ sơ phải lấy ý kiến "
        "của cơ quan liên quan. Chủ quan: một số cán bộ, công chức kiêm nhiệm nhiều việc, chưa chủ động cập nhật "
        "quy trình và thực hiện hành động khắc phục đúng thời hạn.",
    )


def _tasks(r: Any, f: dict[str, Any]) -> tuple[str, ...]:
    out = [
        "Tiếp tục duy trì, áp dụng và cải tiến Hệ thống quản lý chất lượng; cập nhật kịp thời quy trình khi văn bản "
        "quy phạm pháp luật, thủ tục hành chính thay đổi."
    ]
    if _n(f, "ca_overdue") or _n(f, "recommendations_open"):
        out.append("Hoàn thành các hành động khắc phục còn tồn đọng và các kiến nghị sau kiểm tra.")
    if r.kind is RK.H1:
        out.append("Tổ chức đánh giá nội bộ, họp xem xét của lãnh đạo và báo cáo kết quả năm theo quy định.")
    else:
        out.append(
            f"Xây dựng, ban hành kế hoạch duy trì, cải tiến và mục tiêu chất lượng năm {r.year + 1}; tổ chức đánh giá "
            "nội bộ, xem xét của lãnh đạo theo kế hoạch."
        )
    return tuple(out)
