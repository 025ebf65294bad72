"""The signed documents of the yearly cycle: the annual QMS plan and the quality-objectives plan, as
neutral documents drawn by the catalogue's renderers (PDF, Word, workbook)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.models import AgencyKind, Aggregation, Comparison, Frequency, TaskStatus
from app.services import dto
from app.services.agency import DEFAULT_SIGNING_LINES
from app.services.areas import ExportRequest
from app.services.errors import DomainError
from app.services.exports import catalogue, model, nd30
from app.services.exports.plan_documents import (
    basis_line,
    citation_dates,
    recipient_lines,
    target_text,
    task_time,
    text_blocks,
)
from app.services.vocabulary import number_text
from tests import decree30

A4 = (595.3, 841.9)
REFERENCE = "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tùng Ảnh)"


def flat(text: str) -> str:
    """Text as compared: NFC, every run of spaces (no-break ones too) one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def texts(document: model.Document) -> list[str]:
    return [flat(t) for t in document.texts() if t]


def bases_of(document: model.Document) -> list[str]:
    """The body's lines before "… ban hành Kế hoạch …, cụ thể như sau:" (its legal bases)."""
    body = [flat(b.text) for b in document.body if isinstance(b, model.Paragraph)]
    return body[: next(i for i, x in enumerate(body) if x.endswith("cụ thể như sau:"))]


def pdf_pages(path: Path) -> list[str]:
    return [flat(p.extract_text()) for p in PdfReader(str(path)).pages]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def is_portrait(size: tuple[float, float]) -> bool:
    return abs(size[0] - A4[0]) < 1 and abs(size[1] - A4[1]) < 1


def is_landscape(size: tuple[float, float]) -> bool:
    return abs(size[0] - A4[1]) < 1 and abs(size[1] - A4[0]) < 1


def export(services, which: str, fmt: str, out: Path, year: int = 2026) -> Path:  # type: ignore[no-untyped-def]
    return catalogue.export(services, which, ExportRequest(fmt, out, year=year))


@pytest.fixture
def plan_year(services, agency):  # type: ignore[no-untyped-def]
    services.agency.save_recipient(
        dto.RecipientFields(
            name="Sở Khoa học và Công nghệ",
            note="Gửi bản giấy qua bưu điện, chị Lan nhận",
            purpose="để báo cáo",
        )
    )
    plan = services.plans.create_plan(2026)
    services.plans.save_plan(
        2026,
        dto.PlanFields(
            number="05", signed_on=date(2026, 1, 5), purpose=plan.purpose, requirements=plan.requirements
        ),
    )
    return 2026


def add_objective(services, statement: str = "Giải quyết hồ sơ đúng hạn", **kw):  # type: ignore[no-untyped-def]
    fields = {
        "year": 2026,
        "statement": statement,
        "indicator": "Tỷ lệ hồ sơ đúng hạn",
        "unit": "%",
        "comparison": Comparison.GE,
        "target": 98,
        "aggregation": Aggregation.LAST,
        "frequency": Frequency.QUARTER,
        "plan_lines": (
            dto.PlanLineFields(
                action="Rà soát hồ sơ tại Bộ phận Một cửa hằng tuần",
                resources="Cán bộ Một cửa",
                responsible="Công chức Văn phòng",
                due="Quý I/2026",
                evaluation="Thống kê trên hệ thống",
            ),
        ),
    }
    fields.update(kw)
    return services.objectives.save_objective(dto.ObjectiveFields(**fields))


# ---- helpers ------------------------------------------------------------------------------------
def test_number_and_date_lines() -> None:
    assert nd30.document_number("05", "KH", "UBND") == "Số: 05/KH-UBND"
    assert nd30.document_number("5", "KH", "UBND") == "Số: 05/KH-UBND"
    assert re.fullmatch(r"Số:\s+/KH-UBND", nd30.document_number("", "KH", "UBND"))
    assert nd30.place_date_line("Tùng Ảnh", date(2026, 1, 5)) == "Tùng Ảnh, ngày 05 tháng 01 năm 2026"


def test_vietnamese_numbers_and_targets() -> None:
    assert number_text(98.5) == "98,5"
    assert target_text(dto.ObjectiveFields(year=2026, statement="x", unit="%", target=98)) == "≥ 98\u00a0%"
    assert (
        target_text(
            dto.ObjectiveFields(year=2026, statement="x", unit="vụ", comparison=Comparison.LE, target=0)
        )
        == "0 vụ"
    )
    assert task_time(dto.TaskFields(content="x", quarter=3)) == "Quý III"


def test_typed_legal_bases_are_printed_one_a_line_with_citation_dates() -> None:
    assert citation_dates("ngày 05/03/2014 và 1/7/2025, số 19/2014/QĐ-TTg") == (
        "ngày 05/3/2014 và 01/7/2025, số 19/2014/QĐ-TTg"
    )
    assert citation_dates("ngày 31/02/2014") == "ngày 31/02/2014"  # not a date: left as typed
    assert basis_line("Quyết định số 12/QĐ-UBND ngày 10/01/2026 của UBND xã.") == (
        "Căn cứ quyết định số 12/QĐ-UBND ngày 10/01/2026 của UBND xã;"
    )
    assert basis_line("thực hiện Kế hoạch số 310/KH-UBND ngày 09/08/2022") == (
        "Thực hiện Kế hoạch số 310/KH-UBND ngày 09/8/2022;"
    )


def test_typed_text_becomes_headings_lists_and_paragraphs() -> None:
    blocks = text_blocks("1. Thư ký ISO\n- Theo dõi;\n- Tổng hợp.\nMột đoạn văn.\na) Mục nhỏ\n+ ý")
    assert blocks == [
        model.Heading("1. Thư ký ISO", level=2),
        model.Bullets(("Theo dõi;", "Tổng hợp.")),
        model.Paragraph("Một đoạn văn."),
        model.Heading("a) Mục nhỏ", level=3),
        model.Bullets(("ý",), "+"),
    ]


def test_recipients_print_their_purpose_never_their_note(agency) -> None:  # type: ignore[no-untyped-def]
    profile = dataclass_replace(agency, drafting_unit="VP")
    recipients = [
        dto.RecipientFields(name="Sở Khoa học và Công nghệ", note="chị Lan nhận", purpose="để báo cáo"),
        dto.RecipientFields(name="Chủ tịch, các PCT UBND xã", addressee=False, on_reports=False),
        dto.RecipientFields(
            name="Các bộ phận chuyên môn", note="qua phần mềm", purpose="để thực hiện", addressee=False
        ),
        dto.RecipientFields(name="Sở Nội vụ", purpose="để biết", addressee=False, on_plans=False),
    ]
    assert [flat(x) for x in recipient_lines(recipients, profile)] == [
        "- Sở Khoa học và Công nghệ (để báo cáo);",
        "- Chủ tịch, các PCT UBND xã;",
        "- Các bộ phận chuyên môn (để thực hiện);",
        "- Lưu: VT, VP.",
    ]
    # A report addressed "Kính gửi: Sở Khoa học và Công nghệ" starts with "Như trên".
    assert [flat(x) for x in recipient_lines(recipients, profile, use="reports", addressed=True)] == [
        "- Như trên;",
        "- Các bộ phận chuyên môn (để thực hiện);",
        "- Sở Nội vụ (để biết);",
        "- Lưu: VT, VP.",
    ]
    # The document's own list replaces the agency's; the drafting unit is still named.
    assert recipient_lines(recipients, profile, override="Ban chỉ đạo ISO") == (
        "- Ban chỉ đạo ISO;",
        "- Lưu: VT, VP.",
    )
    assert recipient_lines([], dataclass_replace(agency, drafting_unit="")) == ("- Lưu: VT.",)


def dataclass_replace(obj, **changes):  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(obj, **changes)


# ---- the annual plan ----------------------------------------------------------------------------
def test_no_tracking_note_or_recipient_note_in_a_signed_document(services, plan_year) -> None:  # type: ignore[no-untyped-def]
    """Done when: a task's evidence and progress note and a recipient's internal note never print."""
    plan = services.plans.get_plan(plan_year)
    first, audit = plan.tasks[0], next(t for t in plan.tasks if "đánh giá nội bộ" in t.content)
    services.plans.save_task(
        plan_year,
        dto.TaskFields(
            content=first.content,
            responsible=first.responsible,
            timeframe=first.timeframe,
            quarter=first.quarter,
            status=TaskStatus.IN_PROGRESS,
            evidence="Dự thảo đã trình Chủ tịch UBND xã",
            output="Kế hoạch được ban hành",
        ),
        first.id,
    )
    services.plans.save_task(
        plan_year,
        dto.TaskFields(
            content=audit.content,
            responsible=audit.responsible,
            timeframe=audit.timeframe,
            quarter=audit.quarter,
            status=TaskStatus.DONE,
            completed_on=date(2026, 9, 17),
            evidence="Đã khắc phục 3/4 điểm không phù hợp",
        ),
        audit.id,
    )
    for which in ("plan", "objectives"):
        if which == "objectives":
            add_objective(services)
        document = services.plan_exports.build(which, plan_year)
        printed = " ".join(texts(document))
        for secret in (
            "Dự thảo đã trình Chủ tịch UBND xã",
            "Đã khắc phục 3/4 điểm không phù hợp",
            "Gửi bản giấy qua bưu điện, chị Lan nhận",
            "Đang thực hiện",
            "Đã hoàn thành",
        ):
            assert secret not in printed, (which, secret)
        assert "- Sở Khoa học và Công nghệ (để báo cáo);" in texts(document)


def test_the_plan_prints_each_tasks_expected_output(services, plan_year) -> None:  # type: ignore[no-untyped-def]
    document = services.plan_exports.build("plan", plan_year)
    (annex,) = document.annexes
    (table,) = document.tables()
    assert [c.header for c in table.columns] == [
        "STT",
        "Nội dung công việc",
        "Đơn vị, người thực hiện",
        "Thời gian thực hiện",
        "Sản phẩm",
    ]
    outputs = {row.cells[1]: row.cells[4] for row in table.rows}
    assert outputs["Tổ chức ít nhất 01 cuộc đánh giá nội bộ Hệ thống quản lý chất lượng"] == (
        "Kế hoạch, báo cáo đánh giá nội bộ"
    )
    assert all(row.cells[4] for row in table.rows)
    assert (annex.orientation, annex.label) == ("landscape", "PHỤ LỤC")
    assert flat(annex.attached_to) == REFERENCE


def test_plan_sections_and_report_deadlines_from_the_settings(services, plan_year) -> None:  # type: ignore[no-untyped-def]
    services.agency.update_reporting(
        dto.ReportingSettings(
            six_month_deadline_day=30,
            six_month_deadline_month=5,
            annual_deadline_day=30,
            annual_deadline_month=11,
        )
    )
    services.agency.save_recipient(
        dto.RecipientFields(name="Văn phòng UBND tỉnh", purpose="để báo cáo", addressee=False)
    )
    lines = texts(services.plan_exports.build("plan", plan_year))
    headings = [x for x in lines if re.match(r"^(I|II|III|IV)\. ", x)]
    assert headings == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG THỰC HIỆN",
        "III. KINH PHÍ THỰC HIỆN",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    for unit in (
        "1. Ban chỉ đạo ISO",
        "2. Thư ký ISO",
        "3. Văn phòng HĐND và UBND xã",
        "5. Bộ phận Tài chính - Kế toán",
    ):
        assert unit in lines
    words = " ".join(lines)
    assert (
        "gửi Sở Khoa học và Công nghệ: báo cáo 6 tháng trước ngày 30/5/2026, báo cáo năm trước ngày 30/11/2026"
        in words
    )
    assert "Văn phòng UBND tỉnh: báo cáo" not in words  # reports go to the addressee only
    assert "Thông tư số 116/2015/TT-BTC ngày 11/8/2015" in words  # the funding section
    # Several points of purpose and requirements, as real plans have.
    purpose = lines[lines.index("1. Mục đích") + 1 : lines.index("2. Yêu cầu")]
    assert len(purpose) >= 3
    # The year's own report deadlines are the default tasks' dates.
    plan = services.plans.create_plan(2027)
    dated = [t.due_on for t in plan.tasks if t.due_on]
    assert dated == [date(2027, 5, 30), date(2027, 11, 30)]


def test_the_default_tasks_hold_what_real_plans_hold(services, agency) -> None:  # type: ignore[no-untyped-def]
    contents = " ".join(t.content for t in services.plans.create_plan(2026).tasks)
    for words in (
        "Tuyên truyền, phổ biến",
        "Niêm yết Quyết định công bố",
        "trang thông tin điện tử",
        "phần mềm ISO điện tử",
        "khen thưởng",
        "hoạt động nội bộ",
        "ít nhất 01 cuộc đánh giá nội bộ",
        "xem xét của lãnh đạo về Hệ thống quản lý chất lượng sau khi đánh giá nội bộ",
        "chậm nhất 03 tháng",
    ):
        assert words in contents, words


def test_legal_bases_are_the_agencys_data_and_each_its_own_line(services, plan_year) -> None:  # type: ignore[no-untyped-def]
    bases = services.agency.list_legal_bases("plan")
    assert [b.number for b in bases][:5] == [
        "19/2014/QĐ-TTg",
        "26/2014/TT-BKHCN",
        "116/2015/TT-BTC",
        "4109/QĐ-BKHCN",
        "101/QĐ-BKHCN",
    ]
    upper = bases[-1]
    assert (upper.lead, upper.doc_type, upper.issuer) == (
        "Thực hiện",
        "Kế hoạch",
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
    )
    document = services.plan_exports.build("plan", plan_year)
    cited = bases_of(document)
    assert len(cited) == 6 and all(x.endswith(";") for x in cited)
    assert cited[0].startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ")
    assert "Căn cứ Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ Khoa học và Công nghệ" in cited[4]
    assert cited[5].startswith("Thực hiện Kế hoạch số …… ngày …… của Ủy ban nhân dân tỉnh Hà Tĩnh")
    assert document.warnings and "chưa có số hoặc ngày" in document.warnings[0]

    # The agency fills in the province's plan and drops Circular 116.
    services.agency.save_legal_basis(
        dto.LegalBasisFields(
            kind="plan",
            lead="Thực hiện",
            doc_type="Kế hoạch",
            number="310/KH-UBND",
            issued_on=date(2022, 8, 9),
            issuer="Ủy ban nhân dân tỉnh Hà Tĩnh",
            subject="về Xây dựng và áp dụng HTQLCL giai đoạn 2022-2030",
        ),
        upper.id,
    )
    services.agency.delete_legal_basis(bases[2].id)
    document = services.plan_exports.build("plan", plan_year)
    cited = bases_of(document)
    assert len(cited) == 5 and "116/2015/TT-BTC" not in " ".join(cited)
    assert cited[-1] == (
        "Thực hiện Kế hoạch số 310/KH-UBND ngày 09/8/2022 của Ủy ban nhân dân tỉnh Hà Tĩnh về Xây dựng "
        "và áp dụng HTQLCL giai đoạn 2022-2030;"
    )
    assert document.warnings == ()
    services.agency.move_legal_basis(services.agency.list_legal_bases("plan")[-1].id, -4)
    assert services.agency.list_legal_bases("plan")[0].number == "310/KH-UBND"

    # One document cites its own lines.
    plan = services.plans.get_plan(plan_year)
    services.plans.save_plan(
        plan_year,
        dto.PlanFields(
            number="05",
            signed_on=date(2026, 1, 5),
            purpose=plan.purpose,
            requirements=plan.requirements,
            legal_bases="Quyết định số 19/2014/QĐ-TTg ngày 05/03/2014 của Thủ tướng Chính phủ\n"
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2026 của UBND xã về việc kiện toàn Ban chỉ đạo ISO;",
        ),
    )
    cited = bases_of(services.plan_exports.build("plan", plan_year))
    assert cited == [
        "Căn cứ quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ;",
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2026 của UBND xã về việc kiện toàn Ban chỉ đạo ISO;",
    ]

    # Back to the defaults.
    restored = services.agency.reset_legal_bases("plan")
    assert [b.number for b in restored] == [b.number for b in bases]


def test_plan_pdf(services, plan_year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = export(services, "plan", "pdf", tmp_path / "kh.pdf")
    assert decree30.problems(out) == []
    pages = pdf_pages(out)
    text = " ".join(pages)
    for expected in (
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "Số: 05/KH-UBND",
        "Tùng Ảnh, ngày 05 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2026",
        "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "IV. TỔ CHỨC THỰC HIỆN",
        "- Sở Khoa học và Công nghệ (để báo cáo);",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "Nguyễn Văn An",
        "PHỤ LỤC",
        REFERENCE,
        "Sản phẩm",
    ):
        assert expected in text, expected
    sizes = page_sizes(out)
    annex_start = next(i for i, p in enumerate(pages) if "PHỤ LỤC" in p)
    # The signed body is portrait; the annex landscape, after the signature.
    assert all(is_portrait(s) for s in sizes[:annex_start]) and all(
        is_landscape(s) for s in sizes[annex_start:]
    )
    signature_page = pages[annex_start - 1]
    assert "Nguyễn Văn An" in signature_page and "Nơi nhận:" in signature_page
    # The signature is never alone on a page: the closing sentence goes with it.
    assert "./." in signature_page


def test_plan_blank_number_and_date(services, agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.plans.create_plan(2026)
    out = export(services, "plan", "pdf", tmp_path / "kh.pdf")
    first = unicodedata.normalize("NFC", PdfReader(str(out)).pages[0].extract_text())
    assert re.search(r"Số:\s+/KH-UBND", first)
    assert re.search(r"Tùng Ảnh, ngày\s+tháng\s+năm 2026", first)
    annex = services.plan_exports.build("plan", 2026).annexes[0]
    assert re.fullmatch(
        r"\(Kèm theo Kế hoạch số\s+/KH-UBND ngày\s+/\s+/2026 của Ủy ban nhân dân xã Tùng Ảnh\)",
        annex.attached_to,
    )


def test_plan_signing_and_recipients_override(services, plan_year) -> None:  # type: ignore[no-untyped-def]
    plan = services.plans.get_plan(plan_year)
    services.plans.save_plan(
        plan_year,
        dto.PlanFields(
            number="05",
            signed_on=date(2026, 1, 5),
            signing_lines="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            signer_name="Trần Thị Bình",
            recipients="Ban chỉ đạo ISO\nCác bộ phận chuyên môn (để thực hiện)",
            purpose=plan.purpose,
            requirements=plan.requirements,
            implementation="1. Văn phòng\n- Chủ trì theo dõi việc thực hiện.",
            funding="Kinh phí do Văn phòng bố trí.",
        ),
    )
    document = services.plan_exports.build("plan", plan_year)
    (signature,) = document.frame.signatures
    assert (signature.lines, signature.name) == (("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Trần Thị Bình")
    assert document.frame.recipients == (
        "- Ban chỉ đạo ISO;",
        "- Các bộ phận chuyên môn (để thực hiện);",
        "- Lưu: VT.",
    )
    lines = texts(document)
    assert "Chủ trì theo dõi việc thực hiện." in lines and "Kinh phí do Văn phòng bố trí." in lines
    assert "2. Thư ký ISO" not in lines


@pytest.mark.parametrize("kind", list(AgencyKind))
def test_the_signing_placeholder_is_what_prints_for_every_kind(services, kind) -> None:  # type: ignore[no-untyped-def]
    services.agency.set_up(
        dto.AgencyFields(
            full_name="Cơ quan thử",
            kind=kind,
            place_name="Tùng Ảnh",
            code_abbreviation="CQ",
            signer_name="Lê A",
        )
    )
    services.plans.create_plan(2026)
    shown = services.plan_exports.defaults("plan", 2026)
    (signature,) = services.plan_exports.build("plan", 2026).frame.signatures
    assert shown.signing_lines == DEFAULT_SIGNING_LINES[kind]
    assert tuple(shown.signing_lines.split("\n")) == signature.lines
    assert shown.signer_name == signature.name == "Lê A"


def test_printed_defaults_are_what_an_empty_field_prints(services, plan_year) -> None:  # type: ignore[no-untyped-def]
    shown = services.plan_exports.defaults("plan", plan_year)
    document = services.plan_exports.build("plan", plan_year)
    assert tuple(shown.recipients.split("\n")) == document.frame.recipients
    lines = texts(document)
    assert all(flat(x) in lines for x in shown.legal_bases.split("\n"))
    assert all(flat(x.lstrip("- ")) in lines for x in shown.implementation.split("\n"))
    assert flat(shown.funding) in lines


def test_plan_docx_and_xlsx(services, plan_year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for fmt in ("docx", "xlsx"):
        out = export(services, "plan", fmt, tmp_path / f"kh.{fmt}")
        assert out.exists() and out.stat().st_size > 0


# ---- the objectives plan ------------------------------------------------------------------------
def test_objectives_document(services, plan_year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_objective(services)
    add_objective(services, "Không để xảy ra khiếu nại", unit="vụ", comparison=Comparison.LE, target=0)
    services.objectives.save_meta(2026, dto.DocumentMeta(number="7", signed_on=date(2026, 2, 3)))
    document = services.plan_exports.build("objectives", 2026)
    lines = texts(document)
    cited = bases_of(document)
    assert cited[0].startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014")
    assert cited[-1] == (
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tùng Ảnh về duy trì, cải tiến "
        "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2026;"
    )
    assert "1. Giải quyết hồ sơ đúng hạn;" in lines and "2. Không để xảy ra khiếu nại." in lines
    assert "- Sở Khoa học và Công nghệ (để báo cáo);" in lines
    assert [(a.label, a.orientation) for a in document.annexes] == [
        ("PHỤ LỤC I", "landscape"),
        ("PHỤ LỤC II", "landscape"),
    ]
    assert all(
        flat(a.attached_to)
        == "(Kèm theo Kế hoạch số 07/KH-UBND ngày 03/02/2026 của Ủy ban nhân dân xã Tùng Ảnh)"
        for a in document.annexes
    )

    out = export(services, "objectives", "pdf", tmp_path / "mt.pdf")
    assert decree30.problems(out) == []
    text = " ".join(pdf_pages(out))
    for expected in (
        "≥ 98 %",
        "0 vụ",
        "Hằng quý",
        "Rà soát hồ sơ tại Bộ phận Một cửa hằng tuần",
        "Cách đánh giá kết quả",
    ):
        assert expected in text, expected
    assert "≤ 0" not in text
    sizes = page_sizes(out)
    assert is_portrait(sizes[0]) and is_landscape(sizes[-1])

    # The document's own legal bases replace the agency's (and the computed one).
    services.objectives.save_meta(2026, dto.DocumentMeta(legal_bases="Chính sách chất lượng của UBND xã"))
    cited = bases_of(services.plan_exports.build("objectives", 2026))
    assert cited == ["Căn cứ chính sách chất lượng của UBND xã;"]


def test_objectives_signing_override(services, agency) -> None:  # type: ignore[no-untyped-def]
    add_objective(services)
    services.objectives.save_meta(
        2026, dto.DocumentMeta(signing_lines="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer_name="Lê Văn Cường")
    )
    document = services.plan_exports.build("objectives", 2026)
    (signature,) = document.frame.signatures
    assert (signature.lines, signature.name) == (("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Lê Văn Cường")
    assert re.fullmatch(r"Số:\s+/KH-UBND", document.frame.number_line)


# ---- errors -------------------------------------------------------------------------------------
def test_errors(services, agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as err:
        export(services, "plan", "pdf", tmp_path / "x.pdf")
    assert err.value.code == "export.no_plan"
    with pytest.raises(DomainError) as err:
        export(services, "objectives", "pdf", tmp_path / "x.pdf")
    assert err.value.code == "export.no_objectives"
    with pytest.raises(DomainError) as err:
        services.plan_exports.build("report", 2026)
    assert err.value.code == "export.bad_document"
    services.plans.create_plan(2026)
    with pytest.raises(DomainError) as err:
        catalogue.export(services, "plan", ExportRequest("pdf", tmp_path / "x.pdf"))
    assert err.value.code == "export.year_needed"
    assert not list(tmp_path.glob("x.*"))


def test_agency_not_set_up(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as err:
        services.plan_exports.build("plan", 2026)
    assert err.value.code == "agency.not_set_up"


def test_the_catalogue_offers_both_documents_in_every_format() -> None:
    for key in ("plan", "objectives"):
        kind = catalogue.find(key)
        assert kind.formats == ("pdf", "docx", "xlsx") and kind.build is not None and kind.needs_year


def test_legal_bases_and_purposes_are_checked(services, agency) -> None:  # type: ignore[no-untyped-def]
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        services.agency.save_legal_basis(dto.LegalBasisFields(kind="plan", doc_type="  "))
    assert info.value.for_field("doc_type").code == "field.required"
    with pytest.raises(ValidationError) as info:
        services.agency.save_legal_basis(dto.LegalBasisFields(kind="letter", doc_type="Quyết định"))
    assert info.value.for_field("kind") is not None
    added = services.agency.save_legal_basis(
        dto.LegalBasisFields(
            kind="plan", doc_type=" Quyết định ", number=" 12/QĐ-UBND ", subject="về việc …;"
        )
    )
    assert (added.doc_type, added.number, added.subject, added.lead) == (
        "Quyết định",
        "12/QĐ-UBND",
        "về việc …",
        "Căn cứ",
    )
    assert services.agency.list_legal_bases("plan")[-1] == added

    saved = services.agency.save_recipient(dto.RecipientFields(name="Sở Nội vụ", purpose=" (Để biết); "))
    assert saved.purpose == "để biết"

    with pytest.raises(ValidationError) as info:
        services.objectives.save_meta(2026, dto.DocumentMeta(legal_bases="\n".join(["Căn cứ x"] * 21)))
    assert info.value.for_field("legal_bases").code == "document_meta.too_many_lines"
