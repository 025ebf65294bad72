"""The QMS decisions the head of the agency signs in person, as neutral documents (``exports.model``):

- the decision forming or re-forming the ISO steering committee ("Quyết định thành lập / kiện toàn
  Ban chỉ đạo ISO"), its members in an annex, replacing the decision before it;
- the publication or re-publication decision ("Quyết định công bố / công bố lại Hệ thống quản lý
  chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015") with its scope.

Both read as Decree 30 decisions do: the national header, "QUYẾT ĐỊNH" and the subject ("Về việc
…"), the authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"), the "Căn cứ …;" lines (the law that gives the
head the power to decide, for the agency's kind and the date of signing, then QĐ 19/2014/QĐ-TTg,
TT 26/2014/TT-BKHCN, QĐ 101/QĐ-BKHCN), "QUYẾT ĐỊNH:", the articles — the last two always "Quyết định
này có hiệu lực kể từ ngày ký [và thay thế Quyết định số … ngày …]." and "… chịu trách nhiệm thi
hành Quyết định này./." —, "Nơi nhận:" from "- Như Điều N;" (N: the article on who carries it out)
and the head's own signature (no "TM.": the decision is issued in the head's name).

``build_steering_decision`` / ``build_publication`` are the export kinds' builders
(``export steering-decision`` / ``export publication``): they find the record the request names
(``--number``/``--year``, else the decision in force or the latest) and gather what the pure
builders ``steering_decision_document`` / ``publication_document`` print.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from app.models import AgencyKind, LeaderRole, PublicationKind, SteeringRole
from app.services import dto, vocabulary
from app.services.agency import QMS_BASES, legal_basis_text
from app.services.errors import DomainError
from app.services.exports import model
from app.services.exports.nd30 import document_number, nfc, recipient_lines

TYPE_CODE = "QĐ"
TYPE_NAME = "Quyết định"
STANDARD = "Tiêu chuẩn quốc gia TCVN ISO 9001:2015"
QMS = "Hệ thống quản lý chất lượng"
FILL = "………"  # a number or a date the secretary fills in by hand (or in the Word file)

STEERING_WHAT = "quyết định về Ban chỉ đạo ISO"
PUBLICATION_WHAT = "quyết định công bố Hệ thống quản lý chất lượng"

# The head's title when neither the signing lines nor the leaders say it.
_HEAD_TITLES = {
    AgencyKind.COMMUNE: "Chủ tịch",
    AgencyKind.SCHOOL: "Hiệu trưởng",
    AgencyKind.DEPARTMENT: "Giám đốc",
    AgencyKind.OTHER: "Thủ trưởng",
}
# The unit that prepares the decision and sees it carried out, when the ISO secretary's own
# department is not known.
_OFFICES = {
    AgencyKind.COMMUNE: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
    AgencyKind.SCHOOL: "Tổ Văn phòng",
    AgencyKind.DEPARTMENT: "Văn phòng Sở",
    AgencyKind.OTHER: "Văn phòng",
}
_STAFF = {
    AgencyKind.COMMUNE: "cán bộ, công chức",
    AgencyKind.SCHOOL: "cán bộ, giáo viên, nhân viên",
    AgencyKind.DEPARTMENT: "công chức, viên chức",
    AgencyKind.OTHER: "cán bộ, công chức, viên chức",
}

# ---- legal bases (a basis is cited only from the day it exists) ---------------------------------
# The law on local government in force on the day of signing (newest first): the 2025 law of the
# two-level local government (Luật số 72/2025/QH15, in force from 01/7/2025), the law of 19/02/2025
# (Luật số 65/2025/QH15, 01/3/2025 – 30/6/2025), the 2015 law and its 2019 amendment.
_LOCAL_GOVERNMENT_LAWS = (
    (date(2025, 7, 1), ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",)),
    (date(2025, 3, 1), ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",)),
    (
        date(2020, 7, 1),
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một "
            "số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm "
            "2019;",
        ),
    ),
    (date(2016, 1, 1), ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",)),
    (date.min, ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",)),
)
_EDUCATION_LAWS = (
    (date(2020, 7, 1), ("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;",)),
    (date.min, ("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005;",)),
)
# A school's charter, by the words of its name (first match wins), from the day it was issued.
_SCHOOL_CHARTERS = (
    (
        ("mầm non",),
        date(2020, 12, 31),
        "Căn cứ Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
        "Điều lệ trường mầm non;",
    ),
    (
        ("tiểu học",),
        date(2020, 9, 4),
        "Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
        "Điều lệ trường tiểu học;",
    ),
    (
        ("trung học", "phổ thông", "thcs", "thpt"),
        date(2020, 9, 15),
        "Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
        "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;",
    ),
)


def _in_force(table: Sequence[tuple[date, tuple[str, ...]]], on: date) -> tuple[str, ...]:
    return next((lines for since, lines in table if on >= since), ())


def legal_bases(profile: dto.AgencyProfile, on: date) -> tuple[str, ...]:
    """The "Căn cứ …;" lines of a QMS decision signed on ``on`` by the head of ``profile``: the law
    that organises the agency (local government for a commune or a department, education for a
    school; a department also cites the decision on its functions, its number left to fill in),
    then the QMS rules in force on that day."""
    lines: list[str] = []
    if profile.kind in (AgencyKind.COMMUNE, AgencyKind.DEPARTMENT):
        lines += _in_force(_LOCAL_GOVERNMENT_LAWS, on)
    if profile.kind is AgencyKind.DEPARTMENT:
        province = profile.parent_body.strip() or "Ủy ban nhân dân tỉnh"
        lines.append(
            f"Căn cứ Quyết định số {FILL} ngày {FILL} của {province} quy định chức năng, nhiệm vụ, quyền hạn "
            f"và cơ cấu tổ chức của {profile.full_name};"
        )
    if profile.kind is AgencyKind.SCHOOL:
        lines += _in_force(_EDUCATION_LAWS, on)
        name = nfc(profile.full_name).casefold()
        for words, since, line in _SCHOOL_CHARTERS:
            if any(w in name for w in words):
                if on >= since:
                    lines.append(line)
                break
    lines += [
        legal_basis_text(basis)
        for basis in QMS_BASES
        if basis.issued_on is not None and on >= basis.issued_on
    ]
    return tuple(lines)


# ---- who decides, who signs ---------------------------------------------------------------------
def head_title(profile: dto.AgencyProfile, leaders: Sequence[dto.Leader] = ()) -> str:
    """The head's title in sentence case ("Chủ tịch", "Giám đốc", "Hiệu trưởng"): from the agency's
    signing lines without "TM. …" and "KT."/"Q."/"TL."/"TUQ." ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
    PHÓ CHỦ TỊCH" → "Chủ tịch"), else the head's title among the leaders, else the kind's."""
    lines = [nfc(x).strip() for x in profile.signing_lines.split("\n") if x.strip()]
    lines = [x for x in lines if not x.upper().startswith("TM.")]
    title = ""
    if lines:
        title = lines[0]
        for prefix in ("KT.", "Q.", "TL.", "TUQ."):
            if title.upper().startswith(prefix):
                title = title[len(prefix) :].strip()
                break
    if not title:
        head = next((x for x in leaders if x.role is LeaderRole.HEAD and x.title.strip()), None)
        title = head.title.strip() if head is not None else ""
    title = title or _HEAD_TITLES[profile.kind]
    return sentence_case(title)


def sentence_case(text: str) -> str:
    """ "CHỦ TỊCH" → "Chủ tịch" (a title typed in upper case for a signature, inside a sentence)."""
    text = nfc(text).strip()
    if text.isupper():
        text = text.lower()
    return text[:1].upper() + text[1:]


def head_name(profile: dto.AgencyProfile, leaders: Sequence[dto.Leader] = ()) -> str:
    """Who signs in person: the head among the leaders; else the agency's signer when the signing
    lines are the head's own (no "KT."); else blank, to write by hand."""
    head = next((x for x in leaders if x.role is LeaderRole.HEAD and x.full_name.strip()), None)
    if head is not None:
        return nfc(head.full_name).strip()
    lines = [nfc(x).strip().upper() for x in profile.signing_lines.split("\n") if x.strip()]
    if not any(x.startswith(("KT.", "Q.", "TL.", "TUQ.")) for x in lines):
        return nfc(profile.signer_name).strip()
    return ""


def full_number(number: str, profile: dto.AgencyProfile) -> str:
    """A decision's number as cited: "28/QĐ-UBND" (a stored "28" gets the type and the agency)."""
    number = nfc(number).strip()
    if "/" in number or not number:
        return number
    return document_number(number, TYPE_CODE, profile.code_abbreviation).removeprefix("Số: ")


def about(subject: str) -> str:
    """A subject as it follows a citation: "về việc kiện toàn …"."""
    subject = " ".join(nfc(subject).split()).rstrip(".;")
    if subject.casefold().startswith("về việc"):
        return "v" + subject[1:]
    return f"về việc {subject[:1].lower()}{subject[1:]}" if subject else ""


def citation(
    number: str, signed_on: date | None, subject: str, profile: dto.AgencyProfile, issuer: str
) -> str:
    """ "Quyết định số 20/QĐ-UBND ngày 16/01/2025 của Chủ tịch Ủy ban nhân dân xã … về việc …"."""
    text = f"Quyết định số {full_number(number, profile)}"
    if signed_on is not None:
        text += f" ngày {vocabulary.citation_date(signed_on)}"
    text += f" của {issuer}"
    tail = about(subject)
    return f"{text} {tail}" if tail else text


def _recipients(
    profile: dto.AgencyProfile, recipients: Sequence[dto.Recipient], execution_article: int, *, science: str
) -> tuple[str, ...]:
    """ "- Như Điều N;", then the agency's usual recipients of its reports (upstream bodies: the
    people and units of the agency are "Như Điều N") with their purpose ("(để báo cáo)"; the
    Department of Science and Technology ``science`` when it has none), then "- Lưu: VT, VP."
    (the agency's drafting unit)."""
    lines: list[tuple[str, str]] = [(f"Như Điều {execution_article}", "")]
    for r in recipients:
        if not r.on_reports:
            continue
        purpose = nfc(r.purpose).strip()
        if not purpose and "khoa học và công nghệ" in nfc(r.name).casefold():
            purpose = science
        lines.append((r.name, purpose))
    unit = nfc(profile.drafting_unit).strip()
    return recipient_lines("", lines, archive=f"VT, {unit}" if unit else "VT")


def _frame(
    profile: dto.AgencyProfile,
    *,
    number: str,
    signed_on: date | None,
    subject: str,
    authority: str,
    bases: Sequence[str],
    recipients: tuple[str, ...],
    signer: model.Signature,
) -> model.Frame:
    number = nfc(number).strip()
    if "/" in number:
        number_line = f"Số: {number}"
    else:
        number_line = document_number(number, TYPE_CODE, profile.code_abbreviation)
    year = signed_on.year if signed_on else date.today().year
    return model.Frame(
        variant="decision",
        issuer=profile.full_name,
        parent_body=profile.parent_body,
        type_name=TYPE_NAME,
        subject=subject,
        number_line=number_line,
        date_line=vocabulary.place_date_line(profile.place_name, signed_on, year=year),
        authority=authority,
        bases=tuple(bases),
        recipients=recipients,
        signatures=(signer,),
    )


_STANDARD_NAME = re.compile(r"TCVN ISO (9001:\d{4})")


def no_break(text: str) -> str:
    """ "TCVN ISO 9001:2015" with no-break spaces: a line never ends inside the standard's name."""
    return _STANDARD_NAME.sub("TCVN\u00a0ISO\u00a0\\1", text)


def _unbroken(document: model.Document) -> model.Document:
    """``document`` with ``no_break`` applied to its subject, bases, articles and lists."""

    def block(b: model.Block) -> model.Block:
        if isinstance(b, model.Paragraph):
            return dataclasses.replace(b, text=no_break(b.text))
        if isinstance(b, model.Bullets):
            return dataclasses.replace(b, items=tuple(no_break(x) for x in b.items))
        return b

    frame = dataclasses.replace(
        document.frame,
        subject=no_break(document.frame.subject),
        bases=tuple(no_break(x) for x in document.frame.bases),
    )
    return dataclasses.replace(document, frame=frame, body=tuple(block(b) for b in document.body))


def _article(number: int, text: str, *, closing: bool = False) -> model.Paragraph:
    return model.Paragraph(text, "closing" if closing else "body", lead=f"Điều {number}.")


def _effect(replaced: str) -> str:
    if replaced:
        return f"Quyết định này có hiệu lực kể từ ngày ký và thay thế {replaced}."
    return "Quyết định này có hiệu lực kể từ ngày ký."


def _lower_first(text: str) -> str:
    text = nfc(text).strip()
    return text[:1].lower() + text[1:]


def _scope_blocks(text: str) -> list[model.Block]:
    """The scope as typed: "- …" lines as a list, other lines as paragraphs, in order."""
    blocks: list[model.Block] = []
    items: list[str] = []
    for raw in nfc(text).split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line[:1] in "-–•+":
            items.append(line.lstrip("-–•+").strip())
            continue
        if items:
            blocks.append(model.Bullets(tuple(items)))
            items = []
        blocks.append(model.Paragraph(line))
    if items:
        blocks.append(model.Bullets(tuple(items)))
    return blocks


# ---- the steering committee decision ------------------------------------------------------------
MEMBER_COLUMNS = (
    model.Column("STT", 12, 6, "center"),
    model.Column("Họ và tên", 46, 26),
    model.Column("Chức vụ", None, 34),
    model.Column("Nhiệm vụ trong Ban chỉ đạo", 34, 18, "center"),
)
MEMBER_COLUMNS_WITH_DUTIES = (
    model.Column("STT", 12, 6, "center"),
    model.Column("Họ và tên", 44, 24),
    model.Column("Chức vụ", 62, 30),
    model.Column("Nhiệm vụ trong Ban chỉ đạo", 32, 16, "center"),
    model.Column("Phân công cụ thể", None, 60),
)


def steering_decision_document(
    decision: dto.SteeringDecision,
    profile: dto.AgencyProfile,
    *,
    previous: dto.SteeringDecision | None = None,
    leaders: Sequence[dto.Leader] = (),
    recipients: Sequence[dto.Recipient] = (),
    office: str = "",
    bases: Sequence[str] = (),
) -> model.Document:
    """The decision forming ("thành lập") or re-forming ("kiện toàn") the ISO steering committee:
    Điều 1 the committee, its members in the annex; Điều 2 its duties and the ISO secretary;
    Điều 3 in force from signing, replacing ``previous``; Điều 4 who carries it out.

    ``bases``: the "Căn cứ …;" lines when the agency keeps its own (else ``legal_bases``).
    ``office``: the unit that carries it out with the members (the ISO secretary's department;
    blank: the agency kind's office). Forming or re-forming: as the subject says, else re-forming
    when there is a ``previous`` decision."""
    title = head_title(profile, leaders)
    issuer = f"{title} {profile.full_name}"
    office = office.strip() or _OFFICES[profile.kind]
    on = decision.signed_on or date.today()
    subject_words = nfc(decision.subject).casefold()
    founding = "thành lập" in subject_words or ("kiện toàn" not in subject_words and previous is None)
    standard = "Tiêu chuẩn quốc gia TCVN ISO 9001:2008" if "9001:2008" in subject_words else STANDARD
    subject = " ".join(nfc(decision.subject).split())
    if not subject:
        verb = "thành lập" if founding else "kiện toàn"
        subject = f"Về việc {verb} Ban chỉ đạo ISO"
    elif not subject.casefold().startswith("về việc"):
        subject = f"Về việc {_lower_first(subject)}"

    committee = (
        f"Ban chỉ đạo xây dựng, áp dụng, duy trì và cải tiến {QMS} theo {standard} của {profile.full_name}"
    )
    verb = "Thành lập" if founding else "Kiện toàn"
    has_duties = any(m.duty.strip() for m in decision.members)
    secretary = next((m for m in decision.members if m.role is SteeringRole.SECRETARY), None)
    if secretary is not None:
        who = f"ông (bà) {secretary.full_name}"
        if secretary.position.strip():
            who += f", {_lower_first(secretary.position)},"
        secretary_line = f"Phân công {who} làm Thư ký ISO"
    elif profile.iso_secretary_name.strip():
        who = f"ông (bà) {profile.iso_secretary_name.strip()}"
        if profile.iso_secretary_title.strip():
            who += f", {_lower_first(profile.iso_secretary_title)},"
        secretary_line = f"Phân công {who} làm Thư ký ISO"
    else:
        secretary_line = "Thư ký ISO"
    duties_of_members = (
        "Các thành viên Ban chỉ đạo thực hiện nhiệm vụ được phân công tại Phụ lục kèm theo Quyết định này "
        "và chịu trách nhiệm trước Trưởng ban về kết quả thực hiện."
        if has_duties
        else "Các thành viên Ban chỉ đạo thực hiện nhiệm vụ do Trưởng ban phân công và chịu trách nhiệm trước "
        "Trưởng ban về kết quả thực hiện."
    )
    replaced = ""
    if previous is not None:
        replaced = citation(previous.number, previous.signed_on, previous.subject, profile, issuer)
    body: list[model.Block] = [
        _article(
            1,
            f"{verb} {committee} (gọi tắt là Ban chỉ đạo ISO), gồm các ông (bà) có tên tại Phụ lục kèm theo "
            "Quyết định này.",
        ),
        _article(2, "Nhiệm vụ của Ban chỉ đạo ISO:"),
        model.Paragraph(
            f"1. Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến {QMS} theo {standard} trong hoạt động của "
            f"{profile.full_name}; ban hành chính sách chất lượng, mục tiêu chất lượng và kế hoạch duy trì, cải "
            f"tiến {QMS} hằng năm."
        ),
        model.Paragraph(
            "2. Chỉ đạo rà soát, cập nhật các quy trình giải quyết thủ tục hành chính và quy trình nội bộ khi "
            "văn bản quy phạm pháp luật, thủ tục hành chính thay đổi; tổ chức đánh giá nội bộ, xem xét của lãnh "
            "đạo, hành động khắc phục và cải tiến; đề xuất công bố lại khi điều chỉnh, mở rộng, thu hẹp phạm vi "
            f"áp dụng {QMS}."
        ),
        model.Paragraph(f"3. {duties_of_members}"),
        model.Paragraph(
            f"4. {secretary_line}: giúp Ban chỉ đạo theo dõi, đôn đốc, tổng hợp tình hình áp dụng {QMS}; "
            "quản lý tài liệu, hồ sơ; dự thảo kế hoạch, báo cáo định kỳ gửi cơ quan cấp trên."
        ),
        model.Paragraph("5. Ban chỉ đạo ISO làm việc theo chế độ kiêm nhiệm."),
        _article(3, _effect(replaced)),
        _article(
            4,
            f"{office}, các bộ phận có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành "
            "Quyết định này./.",
            closing=True,
        ),
    ]
    rows = []
    for i, member in enumerate(decision.members, start=1):
        cells: tuple[model.Cell, ...] = (
            i,
            member.full_name,
            member.position,
            vocabulary.steering_role_label(member.role),
        )
        if has_duties:
            cells += (" ".join(member.duty.split()),)
        rows.append(model.Row(cells))
    number = full_number(decision.number, profile)
    attached = f"(Kèm theo Quyết định số {number or FILL}"
    if decision.signed_on is not None:
        attached += f" ngày {vocabulary.citation_date(decision.signed_on)}"
    attached += f" của {issuer})"
    annex = model.Annex(
        "Danh sách thành viên Ban chỉ đạo ISO",
        (
            model.Table(
                MEMBER_COLUMNS_WITH_DUTIES if has_duties else MEMBER_COLUMNS,
                tuple(rows),
                empty_text="(Chưa có thành viên nào)",
                sheet_name="Thành viên",
            ),
        ),
        attached_to=attached,
        orientation="landscape" if has_duties else "portrait",
    )
    warnings = () if decision.members else ("Quyết định chưa có thành viên nào.",)
    return _decision(
        profile,
        decision.number,
        decision.signed_on,
        subject,
        authority=issuer,
        bases=(*(bases or legal_bases(profile, on)), f"Theo đề nghị của {office}."),
        recipients=_recipients(profile, recipients, 4, science="để báo cáo"),
        signer=model.Signature((title.upper(),), head_name(profile, leaders)),
        body=body,
        annexes=(annex,),
        warnings=warnings,
    )


def _decision(
    profile: dto.AgencyProfile,
    number: str,
    signed_on: date | None,
    subject: str,
    *,
    authority: str,
    bases: Sequence[str],
    recipients: tuple[str, ...],
    signer: model.Signature,
    body: Sequence[model.Block],
    annexes: tuple[model.Annex, ...] = (),
    warnings: tuple[str, ...] = (),
) -> model.Document:
    """A decision of the head of ``profile``: its frame, body and annexes, titled by its number."""
    frame = _frame(
        profile,
        number=number,
        signed_on=signed_on,
        subject=subject,
        authority=authority,
        bases=bases,
        recipients=recipients,
        signer=signer,
    )
    document = model.Document(
        frame=frame,
        body=tuple(body),
        title=f"Quyết định số {full_number(number, profile)} — {subject} — {profile.full_name}",
        author=profile.full_name,
        annexes=annexes,
        warnings=warnings + _department_warning(profile),
    )
    return _unbroken(document)


def _department_warning(profile: dto.AgencyProfile) -> tuple[str, ...]:
    if profile.kind is AgencyKind.DEPARTMENT:
        return (
            "Căn cứ về chức năng, nhiệm vụ của cơ quan để trống số và ngày: hãy điền trước khi trình ký.",
        )
    return ()


# ---- the publication decision -------------------------------------------------------------------
def publication_document(
    publication: dto.Publication,
    profile: dto.AgencyProfile,
    *,
    scope: str = "",
    previous: dto.Publication | None = None,
    leaders: Sequence[dto.Leader] = (),
    recipients: Sequence[dto.Recipient] = (),
    office: str = "",
    bases: Sequence[str] = (),
) -> model.Document:
    """The decision publishing ("công bố") or re-publishing ("công bố lại") the QMS as conforming
    to TCVN ISO 9001:2015: Điều 1 the publication and its scope (the publication's own, else
    ``scope``: the scope version in force on the day); Điều 2 the agency maintains and improves
    it; Điều 3 in force from signing, a re-publication replacing ``previous``; Điều 4 who carries
    it out. ``bases`` and ``office`` as for ``steering_decision_document``."""
    title = head_title(profile, leaders)
    issuer = f"{title} {profile.full_name}"
    office = office.strip() or _OFFICES[profile.kind]
    on = publication.signed_on or date.today()
    again = publication.kind is PublicationKind.REPUBLICATION
    verb = "công bố lại" if again else "công bố"
    subject = f"Về việc {verb} {QMS} phù hợp {STANDARD}"
    scope_text = publication.scope.strip() or scope.strip()
    science = next(
        (r.name.strip() for r in recipients if "khoa học và công nghệ" in nfc(r.name).casefold()),
        "Sở Khoa học và Công nghệ",
    )
    replaced = ""
    if again and previous is not None:
        replaced = citation(
            previous.number, previous.signed_on, _publication_subject(previous), profile, issuer
        )
    body: list[model.Block] = [
        _article(
            1,
            f"{verb.capitalize()} {QMS} của {profile.full_name} phù hợp {STANDARD}, với phạm vi áp dụng như sau:",
        ),
        *(_scope_blocks(scope_text) or [model.Paragraph(f"{FILL} (phạm vi áp dụng).")]),
        _article(
            2,
            f"{profile.full_name} có trách nhiệm duy trì, cải tiến thường xuyên {QMS} phù hợp {STANDARD}; cập "
            "nhật các quy trình khi văn bản quy phạm pháp luật, thủ tục hành chính thay đổi; công bố lại khi "
            "điều chỉnh, mở rộng, thu hẹp phạm vi áp dụng; niêm yết Quyết định này tại trụ sở, đăng tải trên "
            f"trang thông tin điện tử (nếu có) và gửi {science} để theo dõi.",
        ),
        _article(3, _effect(replaced)),
        _article(
            4,
            f"Ban chỉ đạo ISO, {office}, các bộ phận và {_STAFF[profile.kind]} thuộc {profile.full_name} chịu "
            "trách nhiệm thi hành Quyết định này./.",
            closing=True,
        ),
    ]
    warnings = () if scope_text else ("Chưa có phạm vi áp dụng để in vào Điều 1.",)
    return _decision(
        profile,
        publication.number,
        publication.signed_on,
        subject,
        authority=issuer,
        bases=(*(bases or legal_bases(profile, on)), f"Theo đề nghị của {office}."),
        recipients=_recipients(profile, recipients, 4, science="để theo dõi"),
        signer=model.Signature((title.upper(),), head_name(profile, leaders)),
        body=body,
        warnings=warnings,
    )


def _publication_subject(publication: dto.Publication) -> str:
    verb = "công bố lại" if publication.kind is PublicationKind.REPUBLICATION else "công bố"
    return f"Về việc {verb} {QMS} phù hợp {STANDARD}"


# ---- the export kinds' builders -----------------------------------------------------------------
def _profile(services: Any) -> dto.AgencyProfile:
    profile: dto.AgencyProfile | None = services.agency.get_profile()
    if profile is None:
        raise DomainError("agency.not_set_up")
    return profile


def stored_bases(services: Any, kind: str) -> tuple[str, ...]:
    """The "Căn cứ …;" lines the agency keeps for documents of ``kind`` (the export kind's key),
    when it keeps any (``AgencyService.list_legal_bases``); else ()."""
    from app.services import agency

    listing = getattr(services.agency, "list_legal_bases", None)
    text = getattr(agency, "legal_basis_text", None)
    if listing is None or text is None:
        return ()
    return tuple(text(b) for b in listing(kind))


def _office_of(decision: dto.SteeringDecision | None) -> str:
    """The ISO secretary's department in ``decision`` (the unit that prepares QMS decisions)."""
    if decision is None:
        return ""
    secretary = next((m for m in decision.members if m.role is SteeringRole.SECRETARY), None)
    return secretary.department_name.strip() if secretary is not None else ""


def _not_found(what: str, request: Any) -> DomainError:
    if request.number:
        return DomainError("export.record_not_found", what=what, number=request.number, year=request.year)
    if request.year is not None:
        return DomainError("export.no_record", what=f"{what} năm {request.year}")
    return DomainError("export.no_record", what=what)


def find_steering_decision(services: Any, request: Any) -> dto.SteeringDecision:
    """The decision ``request`` names: ``number`` and ``year``; only ``year``: the latest signed
    that year; neither: the one in force on ``request.today`` (the latest if none is yet)."""
    qms = services.qms
    if request.number:
        found = qms.find_steering_decision(request.number, request.year) if request.year else None
    elif request.year is not None:
        found = qms.latest_steering_decision(request.year)
    else:
        found = qms.current_steering_decision(request.today or services.clock.today())
        found = found or qms.latest_steering_decision()
    if found is None:
        raise _not_found(STEERING_WHAT, request)
    result: dto.SteeringDecision = found
    return result


def find_publication(services: Any, request: Any) -> dto.Publication:
    """The publication decision ``request`` names (as ``find_steering_decision``); neither number
    nor year: the latest."""
    qms = services.qms
    if request.number:
        found = qms.find_publication(request.number, request.year) if request.year else None
    else:
        found = qms.latest_publication(request.year)
    if found is None:
        raise _not_found(PUBLICATION_WHAT, request)
    result: dto.Publication = found
    return result


def build_steering_decision(services: Any, request: Any) -> model.Document:
    """``export steering-decision``: the decision the request names, printed for signing."""
    decision = find_steering_decision(services, request)
    return steering_decision_document(
        decision,
        _profile(services),
        previous=services.qms.previous_steering_decision(decision.id),
        leaders=services.agency.list_leaders(),
        recipients=services.agency.list_recipients(),
        office=_office_of(decision),
        bases=stored_bases(services, "steering-decision"),
    )


def build_publication(services: Any, request: Any) -> model.Document:
    """``export publication``: the (re-)publication decision the request names, with its scope (the
    scope version in force on its day when it has none of its own)."""
    publication = find_publication(services, request)
    qms = services.qms
    scope = ""
    if not publication.scope.strip():
        version = qms.current_scope(publication.signed_on)
        scope = version.text if version is not None else ""
    steering = qms.current_steering_decision(publication.signed_on) or qms.latest_steering_decision()
    return publication_document(
        publication,
        _profile(services),
        scope=scope,
        previous=qms.previous_publication(publication.id),
        leaders=services.agency.list_leaders(),
        recipients=services.agency.list_recipients(),
        office=_office_of(steering),
        bases=stored_bases(services, "publication"),
    )
