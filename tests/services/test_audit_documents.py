"""The printed documents of audits and corrective actions (exports/audit_documents.py): the audit
team decision, the audit plan, the blank checklists, the audit report, the corrective-action
request form, the register of corrective actions and the findings list — what they say, which
record --number/--year names, and the files read back (PDF, Word, Excel, JSON)."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document as WordDocument

from app import models as m
from app.messages import message
from app.services.areas import ExportRequest
from app.services.audits import FindingRow
from app.services.errors import DomainError
from app.services.exports import audit_documents, catalogue, model
from tests import decree30

NBSP = "\u00a0"
TODAY = date(2026, 12, 2)


def flat(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").replace("\u200b", "").split())


def texts(document: model.Document) -> str:
    return flat("\n".join(document.texts()))


# ---- data -----------------------------------------------------------------------------------------
def make_audit_data(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A commune's year 2026: two internal audits (the September one is the latest by its start
    date although numbered 01), an upstream inspection, findings of every type and corrective
    actions in every state, one carried over from 2025 and one closed in 2025. Returns ids."""
    with services.uow() as uow:
        s = uow.session
        office = m.Department(name="Văn phòng HĐND và UBND", code="VP", sort_order=1)
        desk = m.Department(name="Bộ phận Một cửa", code="MC", sort_order=2)
        economy = m.Department(name="Phòng Kinh tế", code="KT", sort_order=3)
        s.add_all([office, desk, economy])
        s.flush()
        binh = m.Person(full_name="Trần Thị Bình", position="Phó Chủ tịch Ủy ban nhân dân xã")
        cuong = m.Person(full_name="Lê Văn Cường", position="Trưởng phòng Kinh tế", department_id=economy.id)
        dung = m.Person(
            full_name="Phạm Thị Dung", position="Công chức Văn phòng - Thống kê", department_id=office.id
        )
        s.add_all([binh, cuong, dung])
        s.flush()
        audit = m.Audit(
            year=2026,
            number="01",
            decision_number="15/QĐ-UBND",
            decision_on=date(2026, 9, 1),
            start_on=date(2026, 9, 15),
            end_on=date(2026, 9, 16),
            scope="- Văn phòng HĐND và UBND\n- Bộ phận Một cửa\n- Phòng Kinh tế",
            criteria="- TCVN ISO 9001:2015\n- Các quy trình của Hệ thống quản lý chất lượng",
            summary="Các bộ phận chuẩn bị đầy đủ hồ sơ, phối hợp tốt với Đoàn đánh giá.",
            conclusion="Hệ thống quản lý chất lượng được duy trì, cơ bản phù hợp với tiêu chuẩn.",
            report_on=date(2026, 9, 25),
        )
        s.add(audit)
        s.flush()
        s.add_all(
            [
                m.AuditMember(audit_id=audit.id, person_id=cuong.id, role=m.AuditRole.MEMBER, sort_order=1),
                m.AuditMember(audit_id=audit.id, person_id=binh.id, role=m.AuditRole.LEADER, sort_order=0),
                m.AuditMember(audit_id=audit.id, person_id=dung.id, role=m.AuditRole.MEMBER, sort_order=2),
            ]
        )
        day1, day2 = date(2026, 9, 15), date(2026, 9, 16)
        s.add_all(
            [
                m.ScheduleItem(
                    audit_id=audit.id,
                    sort_order=0,
                    kind=m.ScheduleKind.OPENING,
                    on=day1,
                    time_from="07:30",
                    time_to="08:00",
                ),
                m.ScheduleItem(
                    audit_id=audit.id,
                    sort_order=1,
                    on=day1,
                    time_from="08:00",
                    time_to="10:00",
                    department_id=office.id,
                    process="Quản lý văn bản, hồ sơ",
                    clauses="7.5; 9.1",
                    auditor_id=cuong.id,
                    auditee="Nguyễn Thị Em - Chánh Văn phòng",
                ),
                m.ScheduleItem(
                    audit_id=audit.id,
                    sort_order=2,
                    on=day1,
                    time_from="10:00",
                    time_to="11:30",
                    department_id=desk.id,
                    clauses="8.2; 8.5",
                    auditor_id=dung.id,
                    auditee="Hoàng Văn Phúc",
                ),
                m.ScheduleItem(
                    audit_id=audit.id,
                    sort_order=3,
                    on=day2,
                    time_from="08:00",
                    time_to="10:00",
                    department_id=economy.id,
                    clauses="8.5",
                    auditor_id=cuong.id,
                    auditee="Đỗ Thị Giang",
                ),
                m.ScheduleItem(
                    audit_id=audit.id,
                    sort_order=4,
                    kind=m.ScheduleKind.CLOSING,
                    on=day2,
                    time_from="15:00",
                    time_to="16:00",
                ),
            ]
        )
        s.add_all(
            [
                m.ChecklistItem(
                    audit_id=audit.id,
                    sort_order=0,
                    clause="5.2",
                    question="Chính sách chất lượng có được phổ biến tới cán bộ, công chức không?",
                ),
                m.ChecklistItem(
                    audit_id=audit.id,
                    sort_order=1,
                    department_id=office.id,
                    clause="7.5.3",
                    question="Hồ sơ lưu trữ có đúng danh mục hồ sơ của quy trình không?",
                ),
                m.ChecklistItem(
                    audit_id=audit.id,
                    sort_order=2,
                    department_id=desk.id,
                    clause="8.5.1",
                    question="Hồ sơ TTHC có được trả kết quả đúng hẹn không?",
                ),
                m.ChecklistItem(
                    audit_id=audit.id,
                    sort_order=3,
                    department_id=desk.id,
                    clause="9.1.2",
                    question="Phiếu khảo sát sự hài lòng có được tổng hợp hằng quý không?",
                ),
            ]
        )
        found = date(2026, 9, 16)

        def finding(kind, clause, dept, text, *, evidence="", closed_on=None, order=0):  # type: ignore[no-untyped-def]
            f = m.Finding(
                audit_id=audit.id,
                sort_order=order,
                type=kind,
                clause=clause,
                department_id=dept.id,
                description=text,
                evidence=evidence,
                found_on=found,
                closed_on=closed_on,
                closing_note="Đã xử lý ngay tại chỗ." if closed_on else "",
            )
            s.add(f)
            return f

        nc1 = finding(
            m.FindingType.NC_MINOR,
            "7.5.3",
            desk,
            "Hồ sơ TTHC lưu chưa đủ thành phần theo quy trình.",
            evidence="Hồ sơ số 000.15.20.H27-260312-0004 thiếu phiếu kiểm soát.",
        )
        nc2 = finding(
            m.FindingType.NC_MINOR, "8.5.1", office, "Sổ theo dõi văn bản đến chưa cập nhật.", order=1
        )
        finding(
            m.FindingType.NC_MAJOR,
            "6.2",
            economy,
            "Chưa đo mục tiêu chất lượng quý II.",
            closed_on=date(2026, 9, 20),
            order=2,
        )
        for i, text in enumerate(
            (
                "Biểu mẫu cũ còn lưu tại bàn làm việc.",
                "Chưa ghi ngày vào sổ giao nhận.",
                "Danh mục hồ sơ chưa ký duyệt.",
            )
        ):
            finding(m.FindingType.OBSERVATION, "7.5", office, text, order=3 + i)
        for i, text in enumerate(("Số hóa hồ sơ lưu trữ.", "Nhắn tin báo kết quả TTHC.")):
            finding(m.FindingType.OFI, "10.3", desk, text, order=6 + i)
        earlier = m.Audit(
            year=2026,
            number="02",
            start_on=date(2026, 3, 10),
            end_on=date(2026, 3, 10),
            scope="Bộ phận Một cửa",
        )
        s.add(earlier)
        inspection = m.Inspection(on=date(2026, 6, 10), body="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh")
        s.add(inspection)
        s.flush()
        rec = m.Finding(
            inspection_id=inspection.id,
            type=m.FindingType.RECOMMENDATION,
            clause="7.5",
            description="Cập nhật danh mục tài liệu bên ngoài.",
            found_on=date(2026, 6, 10),
        )
        s.add(rec)
        s.flush()

        def request(year, seq, raised, source, status, due, **kw):  # type: ignore[no-untyped-def]
            ca = m.CorrectiveAction(
                year=year, seq=seq, raised_on=raised, source=source, status=status, due_on=due, **kw
            )
            s.add(ca)
            s.flush()
            return ca

        ca1 = request(
            2026,
            1,
            date(2026, 9, 18),
            m.CaSource.AUDIT,
            m.CaStatus.IN_PROGRESS,
            date(2026, 11, 30),
            source_type="finding",
            source_id=nc1.id,
            department_id=desk.id,
            found_by="Phạm Thị Dung",
            found_on=found,
            description=nc1.description,
            correction="Bổ sung phiếu kiểm soát vào hồ sơ.",
            root_cause="Công chức mới chưa được hướng dẫn quy trình.",
            similar_exists=False,
            approver="Trần Thị Bình",
        )
        s.add(m.CaFinding(request_id=ca1.id, finding_id=nc1.id))
        s.add_all(
            [
                m.CaAction(
                    request_id=ca1.id,
                    sort_order=0,
                    description="Tập huấn lại quy trình cho công chức mới",
                    owner="Hoàng Văn Phúc",
                    due_on=date(2026, 10, 15),
                    completed_on=date(2026, 10, 10),
                ),
                m.CaAction(
                    request_id=ca1.id,
                    sort_order=1,
                    description="Rà soát toàn bộ hồ sơ quý III",
                    owner="Hoàng Văn Phúc",
                    due_on=date(2026, 11, 30),
                ),
            ]
        )
        ca2 = request(
            2026,
            2,
            date(2026, 6, 20),
            m.CaSource.INSPECTION,
            m.CaStatus.CLOSED,
            date(2026, 7, 20),
            source_type="finding",
            source_id=rec.id,
            department_id=office.id,
            found_by="Đoàn kiểm tra của Sở",
            description=rec.description,
            root_cause="Chưa phân công người theo dõi.",
            closed_on=date(2026, 9, 20),
        )
        s.add(m.CaFinding(request_id=ca2.id, finding_id=rec.id))
        s.add(
            m.CaAction(
                request_id=ca2.id,
                description="Cập nhật danh mục",
                owner="Phạm Thị Dung",
                due_on=date(2026, 7, 15),
                completed_on=date(2026, 7, 10),
            )
        )
        s.add(
            m.CaVerification(
                request_id=ca2.id,
                by="Trần Thị Bình",
                on=date(2026, 9, 20),
                effective=True,
                comment="Danh mục đã cập nhật đầy đủ.",
            )
        )
        request(
            2026,
            3,
            date(2026, 11, 2),
            m.CaSource.SELF,
            m.CaStatus.NEW,
            TODAY,
            department_id=economy.id,
            description="Báo cáo thống kê gửi chậm.",
        )
        request(
            2026,
            4,
            date(2026, 10, 1),
            m.CaSource.COMPLAINT,
            m.CaStatus.CANCELLED,
            date(2026, 10, 31),
            cancelled_on=date(2026, 10, 5),
            cancel_reason="Phản ánh không đúng sự thật.",
            description="Công dân phản ánh trả kết quả chậm.",
        )
        request(
            2025,
            5,
            date(2025, 11, 10),
            m.CaSource.SELF,
            m.CaStatus.ANALYSING,
            date(2025, 12, 10),
            department_id=office.id,
            description="Chưa lập danh mục hồ sơ năm 2025.",
        )
        request(
            2025,
            6,
            date(2025, 11, 12),
            m.CaSource.SELF,
            m.CaStatus.CLOSED,
            date(2025, 12, 12),
            closed_on=date(2025, 12, 20),
            description="Đã đóng trong năm 2025.",
        )
        uow.commit()
        return {"audit": audit.id, "nc1": nc1.id, "nc2": nc2.id, "rec": rec.id, "ca1": ca1.id}


@pytest.fixture
def data(agency, services):  # type: ignore[no-untyped-def]
    return make_audit_data(services)


def request(fmt: str = "pdf", out: Path = Path("x.pdf"), **kw) -> ExportRequest:  # type: ignore[no-untyped-def]
    kw.setdefault("year", 2026)
    kw.setdefault("today", TODAY)
    return ExportRequest(fmt=fmt, out=out, **kw)


def build(services, key: str, **kw) -> model.Document:  # type: ignore[no-untyped-def]
    return catalogue.build(services, key, request(**kw))


def write(services, key: str, out: Path, **kw) -> catalogue.Exported:  # type: ignore[no-untyped-def]
    return catalogue.write(services, key, request(fmt=out.suffix[1:], out=out, **kw))


def articles(document: model.Document) -> list[tuple[str, str]]:
    return [
        (b.lead, flat(b.text))
        for b in document.body
        if isinstance(b, model.Paragraph) and b.lead.startswith("Điều")
    ]


def tables(document: model.Document) -> list[model.Table]:
    return list(document.tables())


def cells(table: model.Table, column: int) -> list[str]:
    return [flat(model.cell_text(r.cells[column])) for r in table.rows if not r.group]


def set_form_code(services, form_key: str, code: str) -> None:  # type: ignore[no-untyped-def]
    from app.services import dto

    doc = services.documents.save_document(
        dto.DocumentFields(code=code, title=f"Biểu mẫu {code}", doc_type=m.DocumentType.FORM)
    )
    services.documents.issue_revision(
        doc.id, dto.RevisionFields(issue_number=2, issued_on=date(2026, 1, 5), effective_on=date(2026, 1, 5))
    )
    services.form_codes.set_form(form_key, doc.id)


# ---- which record ------------------------------------------------------------------------------------
def test_an_audit_document_is_of_the_years_latest_audit_by_its_start_date(services, data):
    # Audit 02 was entered later but held in March; audit 01 (September) is the year's latest.
    assert build(services, "audit-decision").frame.number_line == "Số: 15/QĐ-UBND"
    report = build(services, "audit-report")
    assert "Kết quả đánh giá nội bộ" in report.frame.subject
    assert "Văn phòng HĐND và UBND" in texts(report)


@pytest.mark.parametrize("number", ["2", "02", "02/2026"])
def test_number_and_year_name_an_audit(services, data, number):
    document = build(services, "audit-plan", number=number)
    assert "ngày 10/3/2026" in texts(document)


def test_an_unknown_audit_or_request_is_one_vietnamese_line(services, data):
    with pytest.raises(DomainError) as caught:
        build(services, "audit-report", number="7")
    assert message(caught.value) == "Không có cuộc đánh giá nội bộ số 7 năm 2026."
    with pytest.raises(DomainError) as caught:
        build(services, "audit-plan", number="01/2025")
    assert caught.value.code == "export.record_not_found"
    with pytest.raises(DomainError) as caught:
        build(services, "audit-checklist", year=2025)
    assert message(caught.value) == "Chưa có cuộc đánh giá nội bộ năm 2025 nào để xuất."
    with pytest.raises(DomainError) as caught:
        build(services, "ca-form", number="09")
    assert message(caught.value) == "Không có phiếu yêu cầu hành động khắc phục số 09 năm 2026."
    with pytest.raises(DomainError) as caught:
        build(services, "ca-form", year=2024)
    assert message(caught.value) == "Chưa có phiếu yêu cầu hành động khắc phục năm 2024 nào để xuất."


# ---- the decision --------------------------------------------------------------------------------------
def test_the_decision_forms_the_team_and_is_signed_by_the_head_in_person(services, data):
    document = build(services, "audit-decision")
    frame = document.frame
    assert frame.variant == "decision"
    assert flat(frame.subject) == (
        "Về việc thành lập Đoàn đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2026"
    )
    assert frame.date_line == "Tùng Ảnh, ngày 01 tháng 9 năm 2026"
    assert frame.authority == "Chủ tịch Ủy ban nhân dân xã Tùng Ảnh"
    assert frame.signatures == (model.Signature(("CHỦ TỊCH",), "Nguyễn Văn An"),)
    assert frame.bases[0].startswith("Căn cứ Luật Tổ chức chính quyền địa phương")
    assert any("19/2014/QĐ-TTg" in b for b in frame.bases)
    assert frame.recipients[0] == "- Như Điều 3;"
    body = texts(document)
    # The leader first, each with position and role.
    team = body.index("1. Ông (bà) Trần Thị Bình, Phó Chủ tịch Ủy ban nhân dân xã - Trưởng đoàn;")
    assert team < body.index("2. Ông (bà) Lê Văn Cường, Trưởng phòng Kinh tế - Thành viên;")
    assert "3. Ông (bà) Phạm Thị Dung, Công chức Văn phòng - Thống kê - Thành viên." in body
    leads = [lead for lead, _ in articles(document)]
    assert leads == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert "từ ngày 15/9/2026 đến ngày 16/9/2026" in body
    last = articles(document)[-1][1]
    assert last.startswith("Quyết định này có hiệu lực kể từ ngày ký.")
    assert last.endswith("chịu trách nhiệm thi hành Quyết định này./.")
    assert "TM." not in body
    assert document.warnings == ()


def test_a_decision_not_yet_numbered_prints_blanks_in_the_audits_year(services, data):
    with services.uow() as uow:
        audit = uow.session.get(m.Audit, data["audit"])
        audit.decision_number, audit.decision_on = "", None
        uow.commit()
    document = build(services, "audit-decision", today=date(2027, 1, 5))
    assert flat(document.frame.number_line) == "Số: /QĐ-UBND"
    assert flat(document.frame.date_line) == "Tùng Ảnh, ngày tháng năm 2026"
    assert any("chưa có số hoặc ngày ký" in w for w in document.warnings)


# ---- the plan ------------------------------------------------------------------------------------------
def test_the_plan_has_its_sections_team_and_schedule_by_day(services, data):
    document = build(services, "audit-plan")
    frame = document.frame
    assert (frame.variant, frame.type_name) == ("signed", "Kế hoạch")
    assert flat(frame.number_line) == "Số: /KH-UBND"
    assert frame.signatures[0].lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    headings = [b.text for b in document.body if isinstance(b, model.Heading) and b.level == 1]
    assert headings == [
        "I. MỤC ĐÍCH",
        "II. PHẠM VI ĐÁNH GIÁ",
        "III. CHUẨN MỰC ĐÁNH GIÁ",
        "IV. ĐOÀN ĐÁNH GIÁ",
        "V. THỜI GIAN, LỊCH ĐÁNH GIÁ",
        "VI. TỔ CHỨC THỰC HIỆN",
    ]
    assert "Căn cứ Quyết định số 15/QĐ-UBND ngày 01/9/2026" in texts(document)
    team, schedule = tables(document)
    assert cells(team, 1) == ["Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]
    assert cells(team, 3)[1] == "Thành viên; đánh giá Văn phòng HĐND và UBND, Phòng Kinh tế"
    days = [flat(str(r.cells[1])) for r in schedule.rows if r.group]
    assert days == ["Thứ Ba, ngày 15/9/2026", "Thứ Tư, ngày 16/9/2026"]
    assert cells(schedule, 1)[0] == "Họp khai mạc" and cells(schedule, 1)[-1] == "Họp kết thúc"
    assert cells(schedule, 0)[1] == "08:00 - 10:00"
    assert cells(schedule, 2)[1] == "7.5; 9.1"
    # Lê Văn Cường audits his own department: the export says so.
    assert any("Lê Văn Cường" in w and "Phòng Kinh tế" in w for w in document.warnings)


# ---- the checklist -------------------------------------------------------------------------------------
def test_a_blank_checklist_per_audited_department_with_its_questions(services, data):
    document = build(services, "audit-checklist")
    assert document.frame.variant == "form" and document.orientation == "landscape"
    assert document.frame.form_code == ""
    assert any("Chưa chọn mã biểu mẫu" in w for w in document.warnings)
    # One sheet per department, each on pages of its own under the form's boxed header.
    breaks = [i for i, b in enumerate(document.body) if isinstance(b, model.PageBreak)]
    assert [document.body[i].frame for i in breaks] == [document.frame] * 2
    bounds = [0, *breaks, len(document.body)]
    sheets = [document.body[a:b] for a, b in itertools.pairwise(bounds)]
    departments, questions = [], []
    for blocks in sheets:
        info, checklist, signatures = [b for b in blocks if isinstance(b, model.Table)]
        departments.append(cells(info, 0)[0])
        questions.append(cells(checklist, 1))
        assert all(not x for x in cells(checklist, 3))  # evidence: to write by hand
        assert [c.header for c in checklist.columns][-4:] == ["PH", "KPH", "LƯU Ý", "CHCT"]
        assert [c.header for c in signatures.columns] == [
            "CHUYÊN GIA ĐÁNH GIÁ",
            "ĐẠI DIỆN BỘ PHẬN ĐƯỢC ĐÁNH GIÁ",
        ]
    assert departments == ["Văn phòng HĐND và UBND", "Bộ phận Một cửa", "Phòng Kinh tế"]
    # A question without a department is on every sheet, in the checklist's order.
    assert questions == [["5.2", "7.5.3"], ["5.2", "8.5.1", "9.1.2"], ["5.2"]]
    assert "Nguyễn Thị Em - Chánh Văn phòng" in texts(document)


def test_a_mapped_form_code_prints_on_the_form_without_warning(services, data):
    set_form_code(services, "audit-checklist", "BM.ĐGNB.01")
    document = build(services, "audit-checklist")
    assert (document.frame.form_code, document.frame.form_issue) == ("BM.ĐGNB.01", "Lần ban hành: 02")
    assert not any("mã biểu mẫu" in w for w in document.warnings)
    # Every department's sheet carries the code in its header.
    frames = [b.frame for b in document.body if isinstance(b, model.PageBreak)]
    assert frames and all(f is not None and f.form_code == "BM.ĐGNB.01" for f in frames)


# ---- the report ----------------------------------------------------------------------------------------
def test_the_counts_of_findings_read_as_a_report_says_them():
    def line(kind: m.FindingType) -> FindingRow:
        blank = ("", None, "", "", "", TODAY, "audit", "", None, None, None, None, None, None, "", False)
        return FindingRow(1, kind, *blank)

    kinds = [m.FindingType.NC_MINOR] * 2 + [m.FindingType.OBSERVATION] * 3 + [m.FindingType.OFI] * 2
    assert audit_documents.count_sentence([line(k) for k in kinds]) == (
        "Đoàn đánh giá ghi nhận 02 điểm không phù hợp nhẹ, 03 điểm lưu ý và 02 cơ hội cải tiến."
    )
    assert audit_documents.count_sentence([line(m.FindingType.OFI)] * 12) == (
        "Đoàn đánh giá ghi nhận 12 cơ hội cải tiến."
    )
    assert "không ghi nhận" in audit_documents.count_sentence([])


def test_the_report_lists_the_findings_by_type_and_is_signed_by_the_team_leader(services, data):
    document = build(services, "audit-report")
    frame = document.frame
    assert (frame.parent_body, frame.issuer) == ("Ủy ban nhân dân xã Tùng Ảnh", "Đoàn đánh giá nội bộ")
    assert frame.signatures == (model.Signature(("TRƯỞNG ĐOÀN ĐÁNH GIÁ",), "Trần Thị Bình"),)
    assert frame.date_line == "Tùng Ảnh, ngày 25 tháng 9 năm 2026"
    assert frame.recipients == (
        "- Lãnh đạo cơ quan;",
        "- Ban chỉ đạo ISO;",
        "- Các bộ phận được đánh giá;",
        "- Lưu: VT.",
    )
    headings = [b.text for b in document.body if isinstance(b, model.Heading)]
    assert [h.split(".")[0] for h in headings] == [str(i) for i in range(1, 10)]
    body = texts(document)
    assert (
        "Đoàn đánh giá ghi nhận 01 điểm không phù hợp nặng, 02 điểm không phù hợp nhẹ, 03 điểm lưu ý và 02 cơ "
        "hội cải tiến." in body
    )
    (findings,) = tables(document)
    groups = [flat(str(r.cells[1])) for r in findings.rows if r.group]
    assert groups == ["Không phù hợp nặng", "Không phù hợp nhẹ", "Điểm lưu ý", "Cơ hội cải tiến"]
    assert findings.row_count == 8
    # The corrective actions asked for, with the request's number when there is one.
    assert "Phiếu yêu cầu hành động khắc phục số 01/2026" in body
    assert "Hệ thống quản lý chất lượng được duy trì" in body
    assert body.endswith("./.") or "./." in body
    assert document.warnings == ()


def test_the_reports_own_recipients_replace_the_default(services, data):
    with services.uow() as uow:
        uow.session.get(m.Audit, data["audit"]).recipients = "- Chủ tịch UBND xã;\n- Lưu: VT, ISO."
        uow.commit()
    assert build(services, "audit-report").frame.recipients == ("- Chủ tịch UBND xã;", "- Lưu: VT, ISO.")


# ---- the request form -------------------------------------------------------------------------------------
def test_every_request_of_the_register_prints_on_a_page_of_its_own(services, data):
    document = build(services, "ca-form")
    assert document.frame.variant == "form"
    assert document.frame.subject == "Số: 05/2025"  # carried over from 2025, still open
    assert [b.frame.subject for b in document.body if isinstance(b, model.PageBreak) and b.frame] == [
        "Số: 01/2026",
        "Số: 02/2026",
        "Số: 03/2026",
        "Số: 04/2026",
    ]
    assert "06/2025" not in texts(document)  # closed in 2025: not in the 2026 register
    assert document.warnings == (
        "Chưa chọn mã biểu mẫu cho “Phiếu yêu cầu hành động khắc phục”: mã để trống trên bản in. "
        "Chọn biểu mẫu tương ứng ở trang Thông tin cơ quan, thẻ Mã biểu mẫu.",
    )


def test_one_request_form_says_where_it_came_from_and_who_signs(services, data):
    set_form_code(services, "ca-form", "BM.HĐKP.01")
    document = build(services, "ca-form", number="01")
    assert document.frame.subject == "Số: 01/2026" and document.annexes == ()
    assert (document.frame.form_code, document.frame.form_issue) == ("BM.HĐKP.01", "Lần ban hành: 02")
    assert document.warnings == ()
    info, actions, checks, signatures = tables(document)
    assert cells(info, 1) == ["Đánh giá nội bộ 01/2026, phát hiện điều 7.5.3"]
    assert cells(info, 3) == ["Phạm Thị Dung, 16/09/2026"]
    assert cells(actions, 1) == ["Tập huấn lại quy trình cho công chức mới", "Rà soát toàn bộ hồ sơ quý III"]
    assert cells(actions, 4) == ["10/10/2026", ""]
    assert [c.header for c in signatures.columns] == [
        "NGƯỜI PHÁT HIỆN",
        "TRƯỞNG BỘ PHẬN",
        "NGƯỜI PHÊ DUYỆT",
        "NGƯỜI KIỂM TRA HIỆU LỰC",
    ]
    names = [flat(x).removeprefix("(Ký, ghi rõ họ tên)").strip() for x in map(str, signatures.rows[0].cells)]
    assert names == ["Phạm Thị Dung", "", "Trần Thị Bình", ""]
    body = texts(document)
    assert "3. Nguyên nhân: Công chức mới chưa được hướng dẫn quy trình." in body
    assert "4. Có trường hợp tương tự ở nơi khác không? Không." in body
    assert "thời hạn hoàn thành chung: 30/11/2026" in body
    closed = build(services, "ca-form", number="02/2026")
    info, _actions, checks, signatures = tables(closed)
    assert cells(info, 1) == [
        "Kiểm tra của cấp trên (Sở Khoa học và Công nghệ tỉnh Hà Tĩnh, 10/06/2026), kiến nghị điều 7.5"
    ]
    assert cells(checks, 2) == ["Có hiệu lực"]
    assert flat(str(signatures.rows[0].cells[3])).endswith("Trần Thị Bình")  # the last verifier


def test_a_new_request_leaves_room_to_fill_by_hand(services, data):
    document = build(services, "ca-form", number="3")
    body = texts(document)
    assert "2. Sự khắc phục (xử lý tức thời): ……" in body
    assert "□\u00a0Có" in "\n".join(document.texts())
    _info, actions, checks, _signatures = tables(document)
    assert actions.row_count == 3 and not any(cells(actions, 2))
    assert "□ Có hiệu lực" in flat(str(checks.rows[0].cells[2]))


# ---- the registers and their JSON ------------------------------------------------------------------------------
def test_the_register_holds_the_years_requests_and_those_carried_over(services, data):
    document = build(services, "corrective-actions")
    assert document.frame.variant == "register" and document.orientation == "landscape"
    (table,) = tables(document)
    assert [flat(str(r.cells[1])) for r in table.rows if r.group] == [
        "Phiếu các năm trước chưa đóng",
        "Phiếu lập năm 2026",
    ]
    assert cells(table, 0) == ["05/2025", "01/2026", "02/2026", "03/2026", "04/2026"]
    # Overdue as of 02/12/2026: due 10/12/2025 and 30/11/2026; due today, closed or cancelled: not.
    due = cells(table, 6)
    assert [d.split("quá hạn ")[-1] if "quá hạn" in d else "" for d in due] == [
        "357 ngày",
        "2 ngày",
        "",
        "",
        "",
    ]
    # A closed or cancelled request shows its date with its status.
    assert cells(table, 7) == [
        "Đang phân tích",
        "Đang thực hiện",
        "Đã đóng 20/09/2026",
        "Mới",
        "Hủy 05/10/2026",
    ]
    totals = [b.text for b in document.body if isinstance(b, model.Paragraph)][-1]
    assert totals == (
        "Tổng số: 05 phiếu (01 mới, 01 đang phân tích, 01 đang thực hiện, 01 đã đóng, 01 hủy); 02 phiếu quá "
        "hạn tính đến ngày 02/12/2026."
    )


def test_the_register_json_matches_the_register(services, data, tmp_path):
    out = write(services, "corrective-actions", tmp_path / "hdkp.json").path
    items = json.loads(out.read_text(encoding="utf-8"))
    (table,) = tables(build(services, "corrective-actions"))
    assert [x["number"] for x in items] == cells(table, 0)
    assert [x["number"] for x in items if x["overdue"]] == ["05/2025", "01/2026"]
    assert [x["status"] for x in items] == ["dang_phan_tich", "dang_thuc_hien", "da_dong", "moi", "huy"]
    first = items[1]
    assert first["raised_on"] == "2026-09-18" and first["due_on"] == "2026-11-30"
    assert first["closed_on"] is None and first["cancelled_on"] is None
    assert first["source"] == "audit" and first["department"] == "Bộ phận Một cửa"
    assert first["actions"] == [
        {
            "description": "Tập huấn lại quy trình cho công chức mới",
            "owner": "Hoàng Văn Phúc",
            "due_on": "2026-10-15",
            "completed_on": "2026-10-10",
            "cancelled": False,
        },
        {
            "description": "Rà soát toàn bộ hồ sơ quý III",
            "owner": "Hoàng Văn Phúc",
            "due_on": "2026-11-30",
            "completed_on": None,
            "cancelled": False,
        },
    ]
    assert first["finding_ids"] == [data["nc1"]]
    closed = items[2]
    assert closed["closed_on"] == "2026-09-20"
    assert closed["verifications"] == [
        {
            "on": "2026-09-20",
            "by": "Trần Thị Bình",
            "effective": True,
            "comment": "Danh mục đã cập nhật đầy đủ.",
        }
    ]
    assert items[4]["cancelled_on"] == "2026-10-05"
    assert items[3]["department"] == "Phòng Kinh tế" and items[4]["department"] is None
    # Overdue follows --today.
    later = json.loads(
        write(services, "corrective-actions", tmp_path / "b.json", today=date(2026, 12, 3)).path.read_text()
    )
    assert [x["number"] for x in later if x["overdue"]] == ["05/2025", "01/2026", "03/2026"]


def test_the_findings_list_marks_those_without_action(services, data, tmp_path):
    document = build(services, "findings")
    (table,) = tables(document)
    assert table.row_count == 9  # 8 of the audit, 1 of the inspection; none of other years
    items = json.loads(write(services, "findings", tmp_path / "f.json").path.read_text(encoding="utf-8"))
    assert [x["id"] for x in items][:1] == [data["rec"]]  # found first (June)
    by_id = {x["id"]: x for x in items}
    assert by_id[data["rec"]] == {
        **by_id[data["rec"]],
        "type": "recommendation",
        "source": "inspection",
        "corrective_action": "02/2026",
        "without_action": False,
        "department": None,
        "clause": "7.5",
    }
    assert by_id[data["nc1"]]["corrective_action"] == "01/2026" and by_id[data["nc1"]]["source"] == "audit"
    assert [x["id"] for x in items if x["without_action"]] == [data["nc2"]]
    closed = next(x for x in items if x["type"] == "nc_major")
    assert closed["without_action"] is False and closed["closed_on"] == "2026-09-20"
    assert cells(table, 7).count("x") == 1
    assert "Không cần (20/09/2026)" in cells(table, 6)
    totals = [b.text for b in document.body if isinstance(b, model.Paragraph)][-1]
    assert totals.endswith("; 1 phát hiện chưa có hành động khắc phục.")


# ---- files -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["audit-decision", "audit-plan", "audit-report"])
def test_the_signed_documents_print_as_decree_30_pdfs(services, data, tmp_path, key):
    out = write(services, key, tmp_path / f"{key}.pdf").path
    assert decree30.problems(out) == []
    words = flat(decree30.text_of(out))
    assert "15/QĐ-UBND" in words
    assert "Nơi nhận:" in words


def test_the_forms_print_one_request_a_page_and_read_back(services, data, tmp_path):
    from pypdf import PdfReader

    out = write(services, "ca-form", tmp_path / "phieu.pdf").path
    pages = [flat(p.extract_text()) for p in PdfReader(str(out)).pages]
    numbers = ["05/2025", "01/2026", "02/2026", "03/2026", "04/2026"]
    assert len(pages) == len(numbers)
    for page, number in zip(pages, numbers, strict=True):
        # Every page is a whole form: its boxed header (title, number, code) and its signatures,
        # and no page number (each is a sheet of its own).
        assert f"Số: {number}" in page and "NGƯỜI KIỂM TRA HIỆU LỰC" in page
        assert page.startswith(flat("ỦY BAN NHÂN DÂN")) or "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC" in page[:120]
        assert "Mã hiệu:" in page
        assert not page.split()[0].isdigit()
    word = write(services, "ca-form", tmp_path / "phieu.docx", number="1").path
    paragraphs = [flat(p.text) for p in WordDocument(str(word)).paragraphs]
    assert any(p.startswith("1. Mô tả sự không phù hợp:") for p in paragraphs)
    assert any(p.startswith("7. Kiểm tra hiệu lực") for p in paragraphs)
    checklist = write(services, "audit-checklist", tmp_path / "phieu-danh-gia.pdf").path
    text = flat(decree30.text_of(checklist))
    assert (
        text.count("PHIẾU ĐÁNH GIÁ NỘI BỘ") == 3 and "Hồ sơ TTHC có được trả kết quả đúng hẹn không?" in text
    )


def test_the_report_reads_back_as_word_with_its_headings_in_order(services, data, tmp_path):
    out = write(services, "audit-report", tmp_path / "bao-cao.docx").path
    paragraphs = [flat(p.text) for p in WordDocument(str(out)).paragraphs]
    wanted = ["BÁO CÁO", "1. Mục đích đánh giá", "7. Các phát hiện", "9. Kiến nghị, đề xuất", "Nơi nhận:"]
    found = [next(i for i, p in enumerate(paragraphs) if p.startswith(w)) for w in wanted if w != "Nơi nhận:"]
    assert found == sorted(found)


def test_the_registers_read_back_from_excel(services, data, tmp_path):
    out = write(services, "corrective-actions", tmp_path / "so.xlsx").path
    values = [str(c.value) for row in openpyxl.load_workbook(out).active.iter_rows() for c in row if c.value]
    for number in ("05/2025", "01/2026", "02/2026", "03/2026", "04/2026"):
        assert number in values
    assert "06/2025" not in values
    assert any(v.startswith("Tổng số: 05 phiếu") for v in values)
    findings = write(services, "findings", tmp_path / "ph.xlsx").path
    values = [str(c.value) for ws in openpyxl.load_workbook(findings) for row in ws.iter_rows() for c in row]
    assert "Danh mục hồ sơ chưa ký duyệt." in values


def test_the_catalogue_writes_json_by_run_and_documents_by_build(services, data, tmp_path):
    lines = catalogue.kinds_lines()
    assert "corrective-actions xlsx,pdf,json" in lines and "findings xlsx,pdf,json" in lines
    assert "ca-form pdf,docx" in lines and "audit-report pdf,docx" in lines
    pdf = write(services, "findings", tmp_path / "ph.pdf").path
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json.loads(write(services, "findings", tmp_path / "ph.json").path.read_text(encoding="utf-8"))
