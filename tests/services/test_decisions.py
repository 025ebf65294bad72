"""The QMS decisions the head signs (exports/decisions.py): the steering committee decision and the
publication decision — what they say, which record --number/--year names, and their PDF."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from app.messages import message
from app.models import AgencyKind, LeaderRole, PublicationKind, SteeringRole
from app.services import dto
from app.services.areas import ExportRequest
from app.services.errors import DomainError
from app.services.exports import catalogue, decisions, model
from app.services.qms import number_match
from tests import decree30

NBSP = "\u00a0"


def flat(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


def articles(document: model.Document) -> list[tuple[str, str]]:
    """(lead, text) of each article ("Điều 1.", …) in order."""
    return [
        (b.lead, flat(b.text))
        for b in document.body
        if isinstance(b, model.Paragraph) and b.lead.startswith("Điều")
    ]


def texts(document: model.Document) -> str:
    return flat("\n".join(document.texts()))


@pytest.fixture
def org(agency, services):  # type: ignore[no-untyped-def]
    """A commune with an office, a few people, two steering decisions (2025, 2026) and two
    publication decisions (the first, then a re-publication)."""
    org = services.organization
    office = org.save_department(dto.DepartmentFields(name="Văn phòng HĐND và UBND", code="VP"))
    economy = org.save_department(dto.DepartmentFields(name="Phòng Kinh tế", code="KT"))

    def person(name: str, position: str, department: dto.Department | None = None) -> dto.Person:
        return org.save_person(
            dto.PersonFields(
                full_name=name, position=position, department_id=department.id if department else None
            )
        )

    people = {
        "head": person("Nguyễn Văn An", "Chủ tịch Ủy ban nhân dân xã"),
        "deputy": person("Trần Thị Bình", "Phó Chủ tịch Ủy ban nhân dân xã"),
        "member": person("Lê Văn Cường", "Trưởng phòng Kinh tế", economy),
        "secretary": person("Phạm Thị Dung", "Công chức Văn phòng - Thống kê", office),
    }
    services.agency.save_recipient(
        dto.RecipientFields(name="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", note="Nhận báo cáo", sort_order=1)
    )
    services.agency.save_recipient(
        dto.RecipientFields(name="Thường trực Đảng ủy xã", purpose="để báo cáo", sort_order=2)
    )
    services.agency.save_recipient(  # a unit of the agency: "Như Điều 4" says it
        dto.RecipientFields(
            name="Các bộ phận chuyên môn", purpose="để thực hiện", on_reports=False, sort_order=3
        )
    )
    roster = [
        dto.SteeringMemberFields(person_id=people["head"].id, role=SteeringRole.HEAD, duty="Chỉ đạo chung."),
        dto.SteeringMemberFields(person_id=people["deputy"].id, role=SteeringRole.DEPUTY),
        dto.SteeringMemberFields(person_id=people["member"].id, role=SteeringRole.MEMBER),
        dto.SteeringMemberFields(person_id=people["secretary"].id, role=SteeringRole.SECRETARY),
    ]
    qms = services.qms
    qms.save_steering_decision(
        dto.SteeringDecisionFields(
            number="05/QĐ-UBND",
            signed_on=date(2025, 1, 10),
            subject="Về việc kiện toàn Ban chỉ đạo ISO năm 2025",
        ),
        roster,
    )
    qms.save_steering_decision(
        dto.SteeringDecisionFields(
            number="12/QĐ-UBND",
            signed_on=date(2026, 1, 15),
            subject="Về việc kiện toàn Ban chỉ đạo ISO năm 2026",
        ),
        roster,
    )
    qms.save_publication(
        dto.PublicationFields(
            kind=PublicationKind.INITIAL,
            number="208/QĐ-UBND",
            signed_on=date(2021, 11, 18),
            scope="Hệ thống quản lý chất lượng được áp dụng đối với:\n- Toàn bộ thủ tục hành chính của xã;",
        )
    )
    qms.save_publication(
        dto.PublicationFields(
            kind=PublicationKind.REPUBLICATION,
            number="384/QĐ-UBND",
            signed_on=date(2025, 9, 20),
            reason="Sắp xếp đơn vị hành chính.",
            scope="Từ ngày 01/7/2025, Hệ thống được áp dụng đối với:\n- Các thủ tục hành chính của xã;\n"
            "- Các quy trình nội bộ.\nĐối tượng áp dụng: lãnh đạo và công chức.",
        )
    )
    return people


def request(**kw) -> ExportRequest:  # type: ignore[no-untyped-def]
    return ExportRequest(fmt="pdf", out=Path("x.pdf"), **kw)


def build(services, key: str, **kw) -> model.Document:  # type: ignore[no-untyped-def]
    return catalogue.build(services, key, request(**kw))


# ---- the steering committee decision ------------------------------------------------------------
def test_the_steering_decision_reads_as_a_decision_of_the_head(services, org):
    document = build(services, "steering-decision", number="12", year=2026)
    frame = document.frame
    assert frame.variant == "decision"
    assert frame.type_name == "Quyết định"
    assert frame.number_line == "Số: 12/QĐ-UBND"
    assert frame.date_line == "Tùng Ảnh, ngày 15 tháng 01 năm 2026"
    assert flat(frame.subject) == "Về việc kiện toàn Ban chỉ đạo ISO năm 2026"
    assert frame.authority == "Chủ tịch Ủy ban nhân dân xã Tùng Ảnh"
    bases = [flat(x) for x in frame.bases]
    assert bases[0] == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
    assert bases[1].startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ")
    assert bases[2].startswith("Căn cứ Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014")
    assert bases[3].startswith("Căn cứ Quyết định số 101/QĐ-BKHCN ngày 21/01/2019")
    assert all(x.endswith(";") for x in bases[:-1])
    assert bases[-1] == "Theo đề nghị của Văn phòng HĐND và UBND."  # the ISO secretary's unit

    leads = [lead for lead, _ in articles(document)]
    assert leads == ["Điều 1.", "Điều 2.", "Điều 3.", "Điều 4."]
    first, duties, effect, execution = (text for _, text in articles(document))
    assert first.startswith("Kiện toàn Ban chỉ đạo xây dựng, áp dụng, duy trì và cải tiến")
    assert "gồm các ông (bà) có tên tại Phụ lục kèm theo Quyết định này." in first
    assert duties == "Nhiệm vụ của Ban chỉ đạo ISO:"
    body = texts(document)
    assert "Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo" in body
    assert "Phân công ông (bà) Phạm Thị Dung, công chức Văn phòng - Thống kê, làm Thư ký ISO" in body
    assert effect == (
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 05/QĐ-UBND ngày "
        "10/01/2025 của Chủ tịch Ủy ban nhân dân xã Tùng Ảnh về việc kiện toàn Ban chỉ đạo ISO năm 2025."
    )
    assert execution == (
        "Văn phòng HĐND và UBND, các bộ phận có liên quan và các ông (bà) có tên tại Điều 1 chịu trách "
        "nhiệm thi hành Quyết định này./."
    )
    assert document.body[-1].style == "closing"

    # Nơi nhận: who carries it out first, then the usual recipients, the archive last.
    assert frame.recipients[0] == "- Như Điều 4;"
    assert "(để\u00a0báo\u00a0cáo)" in frame.recipients[1]  # the purpose never breaks inside
    assert tuple(r.replace("\u00a0", " ") for r in frame.recipients) == (
        "- Như Điều 4;",
        "- Sở Khoa học và Công nghệ tỉnh Hà Tĩnh (để báo cáo);",
        "- Thường trực Đảng ủy xã (để báo cáo);",
        "- Lưu: VT.",
    )
    # The head signs in person.
    (signature,) = frame.signatures
    assert signature.lines == ("CHỦ TỊCH",)
    assert signature.name == "Nguyễn Văn An"
    assert not any("TM." in line for line in signature.lines)


def test_the_members_are_listed_in_the_annex_with_their_roles(services, org):
    document = build(services, "steering-decision", number="12", year=2026)
    (annex,) = document.annexes
    assert annex.label == "PHỤ LỤC"
    assert annex.subject == "Danh sách thành viên Ban chỉ đạo ISO"
    assert annex.attached_to == (
        "(Kèm theo Quyết định số 12/QĐ-UBND ngày 15/01/2026 của Chủ tịch Ủy ban nhân dân xã Tùng Ảnh)"
    )
    (table,) = annex.blocks
    assert [c.header for c in table.columns[:4]] == [
        "STT",
        "Họ và tên",
        "Chức vụ",
        "Nhiệm vụ trong Ban chỉ đạo",
    ]
    assert [r.cells[:4] for r in table.rows] == [
        (1, "Nguyễn Văn An", "Chủ tịch Ủy ban nhân dân xã", "Trưởng ban"),
        (2, "Trần Thị Bình", "Phó Chủ tịch Ủy ban nhân dân xã", "Phó trưởng ban"),
        (3, "Lê Văn Cường", "Trưởng phòng Kinh tế", "Thành viên"),
        (4, "Phạm Thị Dung", "Công chức Văn phòng - Thống kê", "Thư ký"),
    ]
    # A duty was typed: it is printed in its own column, on a landscape page.
    assert table.columns[4].header == "Phân công cụ thể"
    assert table.rows[0].cells[4] == "Chỉ đạo chung."
    assert annex.orientation == "landscape"


def test_without_duties_the_annex_has_four_columns_on_a_portrait_page(services, org):
    decision = services.qms.find_steering_decision("12", 2026)
    members = tuple(dataclasses.replace(m, duty="") for m in decision.members)
    document = decisions.steering_decision_document(
        dataclasses.replace(decision, members=members), services.agency.get_profile()
    )
    (annex,) = document.annexes
    assert [c.header for c in annex.blocks[0].columns] == [
        "STT",
        "Họ và tên",
        "Chức vụ",
        "Nhiệm vụ trong Ban chỉ đạo",
    ]
    assert annex.orientation == "portrait"
    assert "do Trưởng ban phân công" in texts(document)


def test_the_first_decision_forms_the_committee_and_replaces_nothing(services, org):
    first = services.qms.find_steering_decision("05", 2025)
    founding = dataclasses.replace(first, subject="Về việc thành lập Ban chỉ đạo ISO")
    document = decisions.steering_decision_document(founding, services.agency.get_profile())
    found = articles(document)
    assert found[0][1].startswith("Thành lập Ban chỉ đạo xây dựng")
    assert found[-2] == ("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký.")
    assert found[-1][1].endswith("chịu trách nhiệm thi hành Quyết định này./.")
    # Signed on 10/01/2025, before the laws of 2025 took effect: the 2015 law and its 2019 amendment.
    assert flat(document.frame.bases[0]).startswith(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    )


# ---- the publication decision -------------------------------------------------------------------
def test_the_republication_publishes_the_scope_again_and_replaces_the_first(services, org):
    document = build(services, "publication", number="384", year=2025)
    frame = document.frame
    assert frame.number_line == "Số: 384/QĐ-UBND"
    assert flat(frame.subject) == (
        "Về việc công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015"
    )
    assert frame.authority == "Chủ tịch Ủy ban nhân dân xã Tùng Ảnh"
    found = articles(document)
    assert [lead for lead, _ in found] == ["Điều 1.", "Điều 2.", "Điều 3.", "Điều 4."]
    assert found[0][1] == (
        "Công bố lại Hệ thống quản lý chất lượng của Ủy ban nhân dân xã Tùng Ảnh phù hợp Tiêu chuẩn quốc "
        "gia TCVN ISO 9001:2015, với phạm vi áp dụng như sau:"
    )
    # The scope as stored with the decision: its paragraphs and its list, between Điều 1 and Điều 2.
    start = next(i for i, b in enumerate(document.body) if getattr(b, "lead", "") == "Điều 1.")
    scope = document.body[start + 1 : start + 4]
    assert scope == (
        model.Paragraph("Từ ngày 01/7/2025, Hệ thống được áp dụng đối với:"),
        model.Bullets(("Các thủ tục hành chính của xã;", "Các quy trình nội bộ.")),
        model.Paragraph("Đối tượng áp dụng: lãnh đạo và công chức."),
    )
    assert found[1][1].startswith(
        "Ủy ban nhân dân xã Tùng Ảnh có trách nhiệm duy trì, cải tiến thường xuyên Hệ thống quản lý chất lượng"
    )
    assert "gửi Sở Khoa học và Công nghệ tỉnh Hà Tĩnh để theo dõi" in found[1][1]
    assert found[2][1] == (
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 208/QĐ-UBND ngày 18/11/2021 "
        "của Chủ tịch Ủy ban nhân dân xã Tùng Ảnh về việc công bố Hệ thống quản lý chất lượng phù hợp "
        "Tiêu chuẩn quốc gia TCVN ISO 9001:2015."
    )
    assert found[3][1].endswith("chịu trách nhiệm thi hành Quyết định này./.")
    assert frame.recipients[0] == "- Như Điều 4;"
    recipients = [r.replace("\u00a0", " ") for r in frame.recipients]
    assert "- Sở Khoa học và Công nghệ tỉnh Hà Tĩnh (để theo dõi);" in recipients
    assert frame.signatures == (model.Signature(("CHỦ TỊCH",), "Nguyễn Văn An"),)


def test_the_first_publication_replaces_nothing_and_cites_the_laws_of_its_day(services, org):
    document = build(services, "publication", number="208", year=2021)
    assert flat(document.frame.subject).startswith("Về việc công bố Hệ thống quản lý chất lượng phù hợp")
    found = articles(document)
    assert found[0][1].startswith("Công bố Hệ thống quản lý chất lượng của Ủy ban nhân dân xã Tùng Ảnh")
    assert found[2] == ("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký.")
    assert flat(document.frame.bases[0]).startswith(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung"
    )


def test_a_publication_without_its_own_scope_prints_the_scope_in_force(services, org):
    services.qms.save_scope_version(
        dto.TextVersionFields(effective_on=date(2026, 3, 1), text="Phạm vi đang áp dụng.")
    )
    services.qms.save_publication(
        dto.PublicationFields(
            kind=PublicationKind.REPUBLICATION, number="40", signed_on=date(2026, 3, 2), reason="Mở rộng."
        )
    )
    document = build(services, "publication", number="40", year=2026)
    assert document.frame.number_line == "Số: 40/QĐ-UBND"
    assert model.Paragraph("Phạm vi đang áp dụng.") in document.body
    assert "thay thế Quyết định số 384/QĐ-UBND ngày 20/9/2025" in texts(document)
    assert document.warnings == ()


# ---- which record --number/--year names ---------------------------------------------------------
@pytest.mark.parametrize(
    ("stored", "wanted", "score"),
    [
        ("05/QĐ-UBND", "05", 1),
        ("05/QĐ-UBND", "5", 1),
        ("05/QĐ-UBND", "05/qđ-ubnd", 2),
        ("05/QĐ-UBND", " 05/QĐ-UBND ", 2),
        ("05/QĐ-UBND", "50", 0),
        ("05/QĐ-UBND", "05/QĐ-BCĐ", 0),
        ("05", "05", 2),
        ("05/QĐ-UBND", "", 0),
    ],
)
def test_a_number_names_a_decision_by_its_whole_number_or_its_first_part(stored, wanted, score):
    assert number_match(stored, wanted) == score


@pytest.mark.parametrize("number", ["05", "5", "05/qđ-ubnd", "05/QĐ-UBND"])
def test_number_and_year_address_the_decision_case_insensitively(services, org, number):
    document = build(services, "steering-decision", number=number, year=2025)
    assert document.frame.number_line == "Số: 05/QĐ-UBND"


def test_an_unknown_number_or_year_is_one_vietnamese_line(services, org):
    with pytest.raises(DomainError) as caught:
        build(services, "steering-decision", number="05", year=2026)
    assert caught.value.code == "export.record_not_found"
    text = message(caught.value)
    assert text == "Không có quyết định về Ban chỉ đạo ISO số 05 năm 2026."
    assert "\n" not in text
    with pytest.raises(DomainError) as caught:
        build(services, "publication", number="99", year=2025)
    assert message(caught.value) == "Không có quyết định công bố Hệ thống quản lý chất lượng số 99 năm 2025."


def test_by_default_the_decision_in_force_and_the_latest_publication(services, org):
    # A decision entered ahead of its signing is not yet in force.
    decision = services.qms.find_steering_decision("12", 2026)
    services.qms.save_steering_decision(
        dto.SteeringDecisionFields(number="90/QĐ-UBND", signed_on=date(2026, 12, 20), subject="Kiện toàn"),
        [dto.SteeringMemberFields(person_id=m.person_id, role=m.role) for m in decision.members],
    )
    document = build(services, "steering-decision", today=date(2026, 11, 22))
    assert document.frame.number_line == "Số: 12/QĐ-UBND"
    assert build(services, "steering-decision", today=date(2025, 6, 1)).frame.number_line == "Số: 05/QĐ-UBND"
    # With a year only: that year's latest.
    assert build(services, "steering-decision", year=2026).frame.number_line == "Số: 90/QĐ-UBND"
    assert build(services, "publication").frame.number_line == "Số: 384/QĐ-UBND"
    assert build(services, "publication", year=2021).frame.number_line == "Số: 208/QĐ-UBND"
    with pytest.raises(DomainError) as caught:
        build(services, "publication", year=2023)
    assert message(caught.value) == (
        "Chưa có quyết định công bố Hệ thống quản lý chất lượng năm 2023 nào để xuất."
    )


def test_no_decision_at_all_is_said(services, agency):
    for key in ("steering-decision", "publication"):
        with pytest.raises(DomainError) as caught:
            build(services, key)
        assert caught.value.code == "export.no_record"


def test_the_kinds_are_in_the_catalogue_numbered_in_three_formats():
    for key in ("steering-decision", "publication"):
        kind = catalogue.find(key)
        assert kind.formats == ("pdf", "docx", "xlsx")
        assert kind.numbered and not kind.needs_year
        assert kind.help
    assert "steering-decision pdf,docx,xlsx" in catalogue.kinds_lines()


# ---- the agency's kind: the law, the head --------------------------------------------------------
def profile(**kw) -> dto.AgencyProfile:  # type: ignore[no-untyped-def]
    values = dict(
        id=1,
        full_name="Ủy ban nhân dân xã Tùng Ảnh",
        kind=AgencyKind.COMMUNE,
        parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
        place_name="Tùng Ảnh",
        code_abbreviation="UBND",
    )
    values.update(kw)
    return dto.AgencyProfile(**values)


@pytest.mark.parametrize(
    ("on", "law"),
    [
        (date(2026, 1, 15), "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        (date(2025, 7, 1), "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        (date(2025, 6, 30), "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
        (date(2018, 5, 2), "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
    ],
)
def test_a_commune_cites_the_local_government_law_in_force_on_the_day(on, law):
    assert decisions.legal_bases(profile(), on)[0] == law


def test_a_decision_before_2019_does_not_cite_the_framework_model():
    lines = decisions.legal_bases(profile(), date(2018, 5, 2))
    assert not any("101/QĐ-BKHCN" in x for x in lines)
    assert any("19/2014/QĐ-TTg" in x for x in lines)


def test_a_school_cites_the_education_law_and_its_charter():
    school = profile(full_name="Trường Trung học cơ sở Tùng Ảnh", kind=AgencyKind.SCHOOL, signing_lines="")
    lines = decisions.legal_bases(school, date(2026, 1, 15))
    assert lines[0] == "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;"
    assert lines[1].startswith("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020")
    assert decisions.head_title(school) == "Hiệu trưởng"


def test_a_department_leaves_its_founding_decision_to_fill_in_and_says_so(services, org):
    department = profile(
        full_name="Sở Nông nghiệp và Môi trường",
        kind=AgencyKind.DEPARTMENT,
        parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
        place_name="Hà Tĩnh",
        code_abbreviation="SNNMT",
        signing_lines="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        signer_name="Lê Phó",
        drafting_unit="VP",
    )
    decision = services.qms.find_steering_decision("12", 2026)
    document = decisions.steering_decision_document(decision, department)
    assert document.frame.authority == "Giám đốc Sở Nông nghiệp và Môi trường"
    assert document.frame.signatures[0] == model.Signature(("GIÁM ĐỐC",), "")  # the deputy does not sign
    assert any(
        x.startswith("Căn cứ Quyết định số ……… ngày ……… của Ủy ban nhân dân tỉnh Hà Tĩnh quy định chức năng")
        for x in document.frame.bases
    )
    assert document.warnings
    assert document.frame.recipients[-1] == "- Lưu: VT, VP."


@pytest.mark.parametrize(
    ("lines", "leaders", "title"),
    [
        ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", (), "Chủ tịch"),
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", (), "Chủ tịch"),
        ("GIÁM ĐỐC", (), "Giám đốc"),
        ("", (dto.Leader(id=1, full_name="A", title="Trưởng ban", role=LeaderRole.HEAD),), "Trưởng ban"),
        ("", (), "Chủ tịch"),
    ],
)
def test_the_head_title_comes_from_the_signing_lines_the_leaders_or_the_kind(lines, leaders, title):
    assert decisions.head_title(profile(signing_lines=lines), leaders) == title


# ---- printed --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "number", "year"), [("steering-decision", "12", 2026), ("publication", "384", 2025)]
)
def test_the_decisions_print_as_decree_30_pdfs(services, org, tmp_path, key, number, year):
    from app.services.exports import pdf

    out = pdf.render(build(services, key, number=number, year=year), tmp_path / f"{key}.pdf")
    assert decree30.problems(out) == []
    words = flat(decree30.text_of(out))
    order = [
        "QUYẾT ĐỊNH",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "Căn cứ Luật",
        "QUYẾT ĐỊNH:",
        "Điều 1.",
        "Điều 4.",
    ]
    assert [words.index(x) for x in order] == sorted(words.index(x) for x in order)
    assert "Nơi nhận: - Như Điều 4;" in words
    assert "TM." not in words
    assert "Nguyễn Văn An" in words
    if key == "steering-decision":
        assert words.index("Nơi nhận:") < words.index("PHỤ LỤC") < words.rindex("Phạm Thị Dung")
