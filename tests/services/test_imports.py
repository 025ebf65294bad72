"""Import of the TTHC catalogue and the document register from the files people actually have.

Each file is built here the way it reaches the ISO secretary: a portal export or a provincial
decision annex (title rows, a header merged over two rows, section rows, codes Excel turned into
numbers, text in decomposed Unicode), the app's own template, CSV saved by Excel.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.messages import import_reason, message
from app.models import AgencyKind, DocumentStatus, DocumentType
from app.services import dto
from app.services.errors import DomainError
from app.services.imports import StatusCell, parse_document_type, parse_status_cell
from app.services.tabular import parse_tthc_code, read_section
from app.services.vocabulary import document_type_heading


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def portal_workbook(path: Path) -> Path:
    """A list annexed to a provincial decision, as Excel shows it (row numbers in comments)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws["A1"] = "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND CẤP XÃ"  # 1
    ws.merge_cells("A1:E1")
    ws["A2"] = "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 01/7/2025 của Chủ tịch UBND tỉnh)"  # 2
    ws.merge_cells("A2:E2")
    # 3–4: a two-row header; the first three cells are merged down over both rows.
    ws["A3"] = "STT"
    ws.merge_cells("A3:A4")
    ws["B3"] = nfd("Mã  số\nTTHC")
    ws.merge_cells("B3:B4")
    ws["C3"] = "TÊN THỦ TỤC\nHÀNH CHÍNH"
    ws.merge_cells("C3:C4")
    ws["D3"] = "Thông tin thủ tục"
    ws.merge_cells("D3:E3")
    ws["D4"] = "Cơ quan thực hiện"
    ws["E4"] = nfd("Cấp thực hiện")
    for col, text in enumerate(["(1)", "(2)", "(3)", "(4)", "(5)"], start=1):  # 5
        ws.cell(row=5, column=col, value=text)
    ws["A6"] = "A. THỦ TỤC HÀNH CHÍNH CẤP XÃ"  # 6
    ws.merge_cells("A6:E6")
    ws["A7"], ws["B7"] = "I", nfd("LĨNH VỰC HỘ TỊCH")  # 7: numbering + text, the rest merged
    ws.merge_cells("B7:E7")
    ws.append([1, 1.001193, nfd("Đăng ký khai sinh"), nfd("UBND xã")])  # 8: code stored as a number
    ws.append([2, 1.0012, "  Đăng ký   kết hôn ", "UBND xã"])  # 9: 1.001200 that Excel shortened
    ws.append([3, "1.004.946", "Đăng ký khai tử", "UBND xã"])  # 10: malformed
    ws["A11"] = "II. Lĩnh vực Chứng thực"  # 11
    ws.merge_cells("A11:E11")
    ws.append([1, "1.0", "Chứng thực bản sao từ bản chính"])  # 12: malformed
    ws.append([2, None, "Chứng thực chữ ký"])  # 13: no code
    ws.append([3, "1.115453", "Chứng thực hợp đồng", "UBND xã", "Cấp tỉnh, Cấp xã"])  # 14: level column
    ws["A15"] = "B. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"  # 15: a new level, the field is reset
    ws.merge_cells("A15:E15")
    ws.append([1, "2.002115", "Cấp giấy phép hoạt động", "Sở Y tế"])  # 16
    ws.append(["Tổng số: 6 thủ tục"])  # 17: a note, not a row
    wb.save(path)
    return path


def put_rows(ws, first: int, rows: list[list[object]]) -> None:  # type: ignore[no-untyped-def]
    """Type rows into a sheet from row ``first`` on, as a user does in Excel."""
    for r, values in enumerate(rows, start=first):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c).value = value


def tthc_by_code(services) -> dict[str, dto.TthcRow]:  # type: ignore[no-untyped-def]
    return {row.code: row for row in services.tthc.list_tthc()}


def set_up(services, kind: AgencyKind) -> None:  # type: ignore[no-untyped-def]
    services.agency.set_up(
        dto.AgencyFields(full_name="Cơ quan thử", kind=kind, place_name="Hà Tĩnh", code_abbreviation="CQ")
    )


# ---- reading cells and sections ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "code", "raw"),
    [
        (1.001193, "1.001193", "1.001193"),
        (1.0012, "1.001200", "1.0012"),
        (1.1, "1.100000", "1.1"),
        (" 1.115453 ", "1.115453", "1.115453"),
        ("1.004.946", None, "1.004.946"),
        ("1.0", None, "1.0"),
        (1, None, "1"),
        (1.0011935, None, "1.0011935"),
        ("", None, ""),
        (None, None, ""),
    ],
)
def test_a_code_is_read_as_the_user_wrote_it_never_repaired(cell, code, raw):
    assert parse_tthc_code(cell) == (code, raw)


@pytest.mark.parametrize(
    ("texts", "kind", "value"),
    [
        (["LĨNH VỰC HỘ TỊCH"], "field", "Hộ tịch"),
        (["I. Lĩnh vực hộ tịch"], "field", "Hộ tịch"),
        (["II. Lĩnh vực Chứng thực"], "field", "Chứng thực"),
        (["III", "LĨNH VỰC ĐẤT ĐAI"], "field", "Đất đai"),
        (["IV. NUÔI CON NUÔI"], "field", "Nuôi con nuôi"),
        (["B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"], "level", "Cấp xã"),
        (["A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"], "level", "Cấp tỉnh"),
        (["Thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp xã"], "level", "Cấp xã"),
    ],
)
def test_section_rows_set_the_field_or_the_level(texts, kind, value):
    section = read_section([nfd(t) for t in texts])
    assert section is not None
    assert (section.kind, section.value) == (kind, value)
    assert is_nfc(section.value)


@pytest.mark.parametrize(
    "texts",
    [
        ["1", "Đăng ký khai sinh"],
        ["Đăng ký khai sinh"],
        ["Thủ tục cấp giấy phép xây dựng cấp xã"],
        ["Tổng số"],
    ],
)
def test_a_data_row_without_a_code_is_not_a_section(texts):
    section = read_section(texts)
    assert section is None or section.kind not in ("field", "level")


@pytest.mark.parametrize(
    ("cell", "status", "upcoming", "awaiting_from"),
    [
        ("Đang hiệu lực", DocumentStatus.IN_FORCE, (), None),
        (nfd("ĐANG HIỆU LỰC"), DocumentStatus.IN_FORCE, (), None),
        # The printed register's second line, and the register page's way of saying it.
        (
            "Đang hiệu lực\nLần 4 hiệu lực từ 16/12/2026",
            DocumentStatus.IN_FORCE,
            ((4, date(2026, 12, 16)),),
            None,
        ),
        ("Đang hiệu lực · lần 3 từ 1/4/2026", DocumentStatus.IN_FORCE, ((3, date(2026, 4, 1)),), None),
        ("Sắp hiệu lực (từ 01/04/2026)", DocumentStatus.IN_FORCE, (), date(2026, 4, 1)),
        ("Chưa có hiệu lực (hiệu lực từ 02/04/2026)", DocumentStatus.IN_FORCE, (), date(2026, 4, 2)),
        ("Dự thảo", DocumentStatus.DRAFT, (), None),
        ("Hết hiệu lực", DocumentStatus.OBSOLETE, (), None),
        (None, None, (), None),
    ],
)
def test_a_status_cell_gives_the_status_and_the_upcoming_issues(cell, status, upcoming, awaiting_from):
    assert parse_status_cell(cell) == StatusCell(status, upcoming, awaiting_from)


@pytest.mark.parametrize(
    "cell", ["Công văn", "Đang hiệu lực\nLần 4 hiệu lực từ 31/02/2026", "Dự thảo, sắp hiệu lực"]
)
def test_a_status_cell_saying_something_else_is_not_read(cell):
    assert parse_status_cell(cell) is None


@pytest.mark.parametrize("kind", list(DocumentType))
def test_the_printed_registers_group_headings_name_the_document_types(kind):
    heading = document_type_heading(kind)
    assert parse_document_type(heading, strict=True) is kind
    assert parse_document_type(heading.upper(), strict=True) is kind


# ---- the TTHC catalogue --------------------------------------------------------------------------
def test_the_apps_catalogue_layout_is_read_with_its_jurisdiction_and_without_its_footer(
    services, agency, tmp_path
):
    path = tmp_path / "danh-muc.csv"
    path.write_text(
        "\n".join(
            [
                "DANH MỤC THỦ TỤC HÀNH CHÍNH;;;;;;",
                "Ngày in: 15/03/2026;;;;;;",
                "STT;Mã thủ tục;Tên thủ tục hành chính;Lĩnh vực;Cấp thực hiện;Thuộc thẩm quyền;Quy trình ISO",
                "I;HỘ TỊCH;;;;;",
                "1;1.001193;Đăng ký khai sinh;Hộ tịch;Cấp xã;Có;QT 01/CX-HT",
                "2;2.000635;Cấp bản sao trích lục hộ tịch;Hộ tịch;Cấp tỉnh;Không;",
                "II;CHƯA XẾP LĨNH VỰC;;;;;",
                "1;1.000001;Tiếp nhận phản ánh, kiến nghị;;Cấp tỉnh;Có;",
                "Tổng số: 3 thủ tục hành chính (2 thuộc thẩm quyền).;;;;;;",
                ";Người lập;;;;Người phê duyệt;",
                ";(Ký, ghi rõ họ tên);;;;(Ký, ghi rõ họ tên);",
            ]
        ),
        encoding="utf-8",
    )
    preview = services.imports.preview("tthc", path)
    assert preview.rejected == ()
    got = [
        (i.code, i.payload.fields.field, i.payload.fields.level, i.payload.fields.in_jurisdiction)
        for i in preview.to_add
    ]
    assert got == [
        ("1.001193", "Hộ tịch", "Cấp xã", True),
        ("2.000635", "Hộ tịch", "Cấp tỉnh", False),
        ("1.000001", "", "Cấp tỉnh", True),  # the column, not the commune's level, says whose it is
    ]
    services.imports.apply(preview)
    # An update keeps the user's jurisdiction choice; the file's "Không" is for new entries.
    services.tthc.set_jurisdiction([tthc_by_code(services)["2.000635"].id], True)
    again = services.imports.preview("tthc", path)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 3)


def test_portal_annex_is_read_below_title_rows_with_sections_and_rejects(services, agency, tmp_path):
    preview = services.imports.preview("tthc", portal_workbook(tmp_path / "phu-luc.xlsx"))

    assert preview.sheet == "Phụ lục"
    assert preview.header_row == 3
    assert [(i.row_number, i.code) for i in preview.to_add] == [
        (8, "1.001193"),
        (9, "1.001200"),
        (14, "1.115453"),
        (16, "2.002115"),
    ]
    assert [(r.row_number, r.code, r.raw_code) for r in preview.rejected] == [
        (10, "import.bad_code", "1.004.946"),
        (12, "import.bad_code", "1.0"),
        (13, "import.missing_code", ""),
    ]
    reasons = [import_reason(r) for r in preview.rejected]
    assert "1.004.946" in reasons[0] and "không đúng dạng" in reasons[0]
    assert reasons[2] == "Thiếu Mã TTHC."
    assert services.tthc.list_tthc() == []  # a preview writes nothing

    result = services.imports.apply(preview)
    assert (result.added, result.updated, result.unchanged, result.rejected) == (4, 0, 0, 3)
    rows = tthc_by_code(services)
    assert set(rows) == {"1.001193", "1.001200", "1.115453", "2.002115"}
    birth = rows["1.001193"]
    assert (birth.name, birth.field, birth.level) == ("Đăng ký khai sinh", "Hộ tịch", "Cấp xã")
    assert all(is_nfc(v) for row in rows.values() for v in (row.name, row.field, row.level))
    assert rows["1.001200"].name == "Đăng ký kết hôn"
    # A level column, where it has a value, wins over the section row.
    assert (rows["1.115453"].field, rows["1.115453"].level) == ("Chứng thực", "Cấp tỉnh, Cấp xã")
    # A new level section resets the field.
    assert (rows["2.002115"].field, rows["2.002115"].level) == ("", "Cấp tỉnh")
    # A commune: what is done at commune level starts in its jurisdiction.
    assert {c for c, r in rows.items() if r.in_jurisdiction} == {"1.001193", "1.001200", "1.115453"}
    assert services.tthc.coverage().in_jurisdiction == 3


def test_reimporting_the_same_file_changes_nothing(services, agency, tmp_path):
    path = portal_workbook(tmp_path / "phu-luc.xlsx")
    services.imports.apply(services.imports.preview("tthc", path))
    before = tthc_by_code(services)

    again = services.imports.preview("tthc", path)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 4)
    result = services.imports.apply(again)
    assert (result.added, result.updated, result.unchanged, result.rejected) == (0, 0, 4, 3)
    assert tthc_by_code(services) == before


def test_an_update_is_matched_by_code_and_keeps_the_users_jurisdiction_choice(services, agency, tmp_path):
    path = portal_workbook(tmp_path / "phu-luc.xlsx")
    services.imports.apply(services.imports.preview("tthc", path))
    birth = tthc_by_code(services)["1.001193"]
    services.tthc.set_jurisdiction([birth.id], False)  # the user decided otherwise
    wb = openpyxl.load_workbook(path)
    wb.active["C8"] = "Đăng ký khai sinh (sửa đổi)"
    wb.save(path)

    preview = services.imports.preview("tthc", path)
    assert [(i.row_number, i.code, i.changes) for i in preview.to_update] == [
        (8, "1.001193", ("Tên thủ tục",))
    ]
    assert len(preview.unchanged) == 3
    result = services.imports.apply(preview)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 3)
    updated = tthc_by_code(services)["1.001193"]
    assert updated.name == "Đăng ký khai sinh (sửa đổi)"
    assert updated.in_jurisdiction is False
    assert updated.id == birth.id


def test_applying_the_same_preview_twice_adds_nothing_the_second_time(services, agency, tmp_path):
    preview = services.imports.preview("tthc", portal_workbook(tmp_path / "phu-luc.xlsx"))
    services.imports.apply(preview)
    second = services.imports.apply(preview)
    assert (second.added, second.updated) == (0, 0)
    assert len(services.tthc.list_tthc()) == 4


@pytest.mark.parametrize(
    ("kind", "in_jurisdiction"),
    [
        (AgencyKind.DEPARTMENT, {"2.002115", "1.115453"}),
        (AgencyKind.SCHOOL, set()),
        (AgencyKind.OTHER, set()),
    ],
)
def test_jurisdiction_defaults_follow_the_agency_kind(services, tmp_path, kind, in_jurisdiction):
    set_up(services, kind)
    services.imports.apply(services.imports.preview("tthc", portal_workbook(tmp_path / "phu-luc.xlsx")))
    assert {c for c, r in tthc_by_code(services).items() if r.in_jurisdiction} == in_jurisdiction


def test_the_apps_own_template_round_trips(services, agency, tmp_path):
    template = services.imports.write_template("tthc", tmp_path / "mẫu TTHC.xlsx")
    assert template.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left
    wb = openpyxl.load_workbook(template)
    ws = wb.active
    assert [c.value for c in ws[3]] == [
        "STT",
        "Mã TTHC",
        "Tên thủ tục hành chính",
        "Lĩnh vực",
        "Cấp thực hiện",
    ]
    assert ws.column_dimensions["C"].width >= 40
    # The user keeps the example and adds two rows under it.
    put_rows(
        ws,
        5,
        [
            [2, "1.000656", nfd("Thủ tục đăng ký khai tử"), "Hộ tịch", "Cấp xã"],
            [3, "2.000635", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Cấp tỉnh"],
        ],
    )
    wb.save(template)

    preview = services.imports.preview("tthc", template)
    assert preview.header_row == 3
    assert [(i.row_number, i.code) for i in preview.to_add] == [
        (4, "1.001193"),
        (5, "1.000656"),
        (6, "2.000635"),
    ]
    assert preview.rejected == ()
    services.imports.apply(preview)
    rows = tthc_by_code(services)
    assert rows["1.000656"].name == "Thủ tục đăng ký khai tử"
    assert is_nfc(rows["1.000656"].name)
    assert {c for c, r in rows.items() if r.in_jurisdiction} == {"1.001193", "1.000656"}


@pytest.mark.parametrize(("bom", "sep"), [(True, ";"), (False, ",")])
def test_csv_saved_by_excel_with_or_without_bom(services, agency, tmp_path, bom, sep):
    lines = [
        sep.join(["DANH MỤC TTHC", "", "", ""]),
        sep.join(["STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực"]),
        sep.join(["", "I. LĨNH VỰC HỘ TỊCH", "", ""]),
        sep.join(["1", "1.001193", nfd("Đăng ký khai sinh"), ""]),
        sep.join(["2", "1.004.946", '"Đăng ký kết hôn, có yếu tố nước ngoài"', ""]),
        sep.join(["3", "1.000656", '"Đăng ký khai tử; lưu động"', "Hộ tịch lưu động"]),
    ]
    path = tmp_path / "danh-muc.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + "\r\n".join(lines).encode("utf-8"))

    preview = services.imports.preview("tthc", path)
    assert preview.sheet is None
    assert preview.header_row == 2
    assert [(i.row_number, i.code) for i in preview.to_add] == [(4, "1.001193"), (6, "1.000656")]
    assert [(r.row_number, r.raw_code) for r in preview.rejected] == [(5, "1.004.946")]
    services.imports.apply(preview)
    rows = tthc_by_code(services)
    assert (rows["1.001193"].name, rows["1.001193"].field) == ("Đăng ký khai sinh", "Hộ tịch")
    assert is_nfc(rows["1.001193"].name)
    assert (rows["1.000656"].name, rows["1.000656"].field) == (
        "Đăng ký khai tử; lưu động",
        "Hộ tịch lưu động",
    )


def _import_error(services, kind: str, path: Path) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        services.imports.preview(kind, path)
    return caught.value


def test_an_xls_file_is_refused_with_advice_to_save_as_xlsx(services, tmp_path):
    path = tmp_path / "danh muc.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    error = _import_error(services, "tthc", path)
    assert error.code == "import.xls"
    assert ".xlsx" in message(error) and "danh muc.xls" in message(error)


def test_a_password_protected_workbook_is_not_called_an_xls_file(services, tmp_path):
    path = tmp_path / "mat-khau.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    )
    error = _import_error(services, "tthc", path)
    assert error.code == "import.encrypted"
    assert "mật khẩu" in message(error)


def test_unicode_text_saved_by_excel_is_read(services, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("Mã TTHC\tTên thủ tục\r\n1.001193\tĐăng ký khai sinh\r\n".encode("utf-16"))
    preview = services.imports.preview("tthc", path)
    assert [(i.row_number, i.code, i.label) for i in preview.to_add] == [(2, "1.001193", "Đăng ký khai sinh")]


def test_files_that_cannot_be_read_raise_and_write_nothing(services, agency, tmp_path):
    corrupt = tmp_path / "hong.xlsx"
    corrupt.write_bytes(bytes(range(256)) * 8)
    assert _import_error(services, "tthc", corrupt).code == "import.unreadable"
    broken_zip = tmp_path / "dut.xlsx"
    broken_zip.write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    assert _import_error(services, "tthc", broken_zip).code == "import.unreadable"
    empty = tmp_path / "trong.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n;;\r\n")
    assert _import_error(services, "tthc", empty).code == "import.empty"
    assert _import_error(services, "tthc", tmp_path / "khong-co.xlsx").code == "import.not_found"
    other = tmp_path / "ghi-chu.docx"
    other.write_bytes(b"PK")
    assert _import_error(services, "tthc", other).code == "import.bad_extension"
    no_header = tmp_path / "khac.csv"
    no_header.write_text("Họ tên;Chức vụ\nNguyễn Văn An;Chủ tịch\n", encoding="utf-8")
    error = _import_error(services, "tthc", no_header)
    assert error.code == "import.no_header"
    assert "“Mã TTHC” và “Tên thủ tục hành chính”" in message(error)
    ansi = tmp_path / "ansi.csv"  # "CSV (Comma delimited)" from an old Excel: a legacy code page
    ansi.write_bytes("Mã TTHC;Tên TTHC\n1.001193;Khai sinh\n".encode("latin-1"))
    assert _import_error(services, "tthc", ansi).code == "import.bad_encoding"
    assert services.tthc.list_tthc() == []


def test_a_document_register_imported_as_the_catalogue_has_no_header(services, tmp_path):
    template = services.imports.write_template("documents", tmp_path / "tai-lieu.xlsx")
    assert _import_error(services, "tthc", template).code == "import.no_header"
    catalogue = services.imports.write_template("tthc", tmp_path / "tthc.xlsx")
    assert _import_error(services, "documents", catalogue).code == "import.no_header"


def test_a_code_twice_in_one_file_keeps_the_first(services, agency, tmp_path):
    path = tmp_path / "trung.csv"
    path.write_text(
        "Mã TTHC,Tên TTHC\n1.001193,Đăng ký khai sinh\n1.001193,Đăng ký khai sinh lần hai\n", encoding="utf-8"
    )
    preview = services.imports.preview("tthc", path)
    assert [i.label for i in preview.to_add] == ["Đăng ký khai sinh"]
    assert [(r.row_number, r.code) for r in preview.rejected] == [(3, "import.duplicate_in_file")]
    assert "dòng 2" in import_reason(preview.rejected[0])


# ---- the document register -----------------------------------------------------------------------
def register_workbook(services, path: Path, rows: list[list[object]]) -> Path:  # type: ignore[no-untyped-def]
    """The app's own template with the example row replaced by ``rows``."""
    services.imports.write_template("documents", path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for col in range(1, 13):
        ws.cell(row=4, column=col).value = None
    put_rows(ws, 4, rows)
    wb.save(path)
    return path


def documents_by_code(services) -> dict[str, dto.DocumentDetail]:  # type: ignore[no-untyped-def]
    return {row.code: services.documents.get_document(row.id) for row in services.documents.list_documents()}


def test_document_template_has_the_register_columns(services, tmp_path):
    path = services.imports.write_template("documents", tmp_path / "mau.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[3]] == [
        "STT",
        "Mã hiệu",
        "Tên tài liệu",
        "Loại tài liệu",
        "Lĩnh vực",
        "Bộ phận chủ trì",
        "Trạng thái",
        "Lần ban hành",
        "Ngày ban hành",
        "Ngày hiệu lực",
        "Nội dung sửa đổi",
        "Mã TTHC",
    ]
    preview = services.imports.preview("documents", path)
    assert [(i.code, i.label) for i in preview.to_add] == [("QT 01/HT", "Quy trình đăng ký khai sinh")]


def test_documents_are_added_with_their_issue_and_matched_by_code_on_reimport(services, agency, tmp_path):
    office = services.organization.save_department(dto.DepartmentFields(name="Văn phòng - Thống kê"))
    path = register_workbook(
        services,
        tmp_path / "so-tai-lieu.xlsx",
        [
            [
                1,
                "QT 01/HT",
                nfd("Quy trình đăng ký khai sinh"),
                "QT TTHC",
                "Hộ tịch",
                "văn phòng - thống kê",
                None,
                1,
                date(2025, 7, 1),
                None,
                "Ban hành lần đầu",
                "1.001193; 1.000656",
            ],
            [
                2,
                "QT-NB 02",
                "Quy trình kiểm soát tài liệu",
                "Quy trình nội bộ",
                None,
                "Phòng Không Có",
                "Đang hiệu lực",
                2,
                "15/01/2026",
                "20/01/2026",
                "Sửa mục 5",
                None,
            ],
            [
                3,
                "BM 01",
                "Phiếu đánh giá sự hài lòng",
                "Biểu mẫu",
                None,
                None,
                "Dự thảo",
                None,
                None,
                None,
                None,
                None,
            ],
            [4, "HD 01", "Hướng dẫn", "Công văn", None, None, None, None, None, None, None, None],
            [
                5,
                "QT 03",
                "Quy trình cấp phép",
                "QT TTHC",
                None,
                None,
                None,
                1,
                "31/02/2026",
                None,
                None,
                None,
            ],
            [6, "QT 04", "Quy trình chứng thực", "QT TTHC", None, None, None, None, None, None, None, "1.0"],
        ],
    )
    preview = services.imports.preview("documents", path)
    assert [i.code for i in preview.to_add] == ["QT 01/HT", "QT-NB 02", "BM 01"]
    unknown = preview.to_add[1].notes
    assert [import_reason(n) for n in unknown] == [
        "Bộ phận “Phòng Không Có” chưa có trong danh sách bộ phận; tài liệu được nhập không ghi bộ phận chủ trì."
    ]
    assert [(r.row_number, r.code) for r in preview.rejected] == [
        (7, "import.bad_doc_type"),
        (8, "import.bad_date"),
        (9, "import.bad_linked_code"),
    ]
    assert "Công văn" in import_reason(preview.rejected[0])
    assert "31/02/2026" in import_reason(preview.rejected[1])

    result = services.imports.apply(preview)
    assert (result.added, result.updated, result.unchanged, result.rejected) == (3, 0, 0, 3)
    docs = documents_by_code(services)
    birth = docs["QT 01/HT"]
    assert birth.title == "Quy trình đăng ký khai sinh" and is_nfc(birth.title)
    assert (birth.doc_type, birth.status, birth.field) == (
        DocumentType.TTHC_PROCEDURE,
        DocumentStatus.IN_FORCE,
        "Hộ tịch",
    )
    assert birth.department_id == office.id
    assert set(birth.tthc_codes) == {"1.001193", "1.000656"}
    assert [(r.issue_number, r.issued_on, r.effective_on) for r in birth.revisions] == [
        (1, date(2025, 7, 1), date(2025, 7, 1))  # no effective date: in effect when issued
    ]
    control = docs["QT-NB 02"]
    assert control.department_id is None
    assert [(r.issue_number, r.effective_on, r.change_summary) for r in control.revisions] == [
        (2, date(2026, 1, 20), "Sửa mục 5")
    ]
    assert (docs["BM 01"].doc_type, docs["BM 01"].status, docs["BM 01"].revisions) == (
        DocumentType.FORM,
        DocumentStatus.DRAFT,
        (),
    )

    again = services.imports.preview("documents", path)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 3)


def test_a_higher_issue_adds_a_revision_and_keeps_the_history(services, agency, tmp_path):
    first = services.documents.save_document(
        dto.DocumentFields(code="QT 01/HT", title="Quy trình đăng ký khai sinh", field="Hộ tịch")
    )
    services.documents.issue_revision(
        first.id,
        dto.RevisionFields(issue_number=1, issued_on=date(2024, 3, 1), effective_on=date(2024, 3, 1)),
    )
    draft = services.documents.save_document(
        dto.DocumentFields(code="QT 02", title="Quy trình chứng thực", status=DocumentStatus.DRAFT)
    )
    path = register_workbook(
        services,
        tmp_path / "so.xlsx",
        [
            # The code as the user typed it in the spreadsheet: other case and spacing.
            [
                1,
                "qt  01/ht",
                "Quy trình đăng ký khai sinh",
                None,
                None,
                None,
                None,
                2,
                "10/01/2026",
                "15/01/2026",
                "Cập nhật theo Quyết định 1234/QĐ-UBND",
                "1.001193",
            ],
            [
                2,
                "QT 02",
                "Quy trình chứng thực bản sao",
                None,
                None,
                None,
                None,
                1,
                date(2026, 1, 5),
                None,
                None,
                None,
            ],
        ],
    )
    preview = services.imports.preview("documents", path)
    assert preview.to_add == ()
    assert [(i.code, i.changes) for i in preview.to_update] == [
        ("QT 01/HT", ("Mã TTHC", "Lần ban hành 2")),
        ("QT 02", ("Tên tài liệu", "Trạng thái", "Lần ban hành 1")),
    ]
    result = services.imports.apply(preview)
    assert (result.added, result.updated) == (0, 2)

    birth = services.documents.get_document(first.id)
    assert [(r.issue_number, r.state.value) for r in birth.revisions] == [(2, "current"), (1, "history")]
    assert birth.revisions[0].change_summary == "Cập nhật theo Quyết định 1234/QĐ-UBND"
    assert birth.tthc_codes == ("1.001193",)
    assert birth.code == "QT 01/HT"  # matched ignoring case and spacing; the stored spelling stays
    promoted = services.documents.get_document(draft.id)
    assert (promoted.title, promoted.status) == ("Quy trình chứng thực bản sao", DocumentStatus.IN_FORCE)
    assert len(services.documents.list_documents()) == 2

    # The same file again: nothing to do.
    again = services.imports.preview("documents", path)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 2)


def test_same_issue_updates_its_dates_and_a_lower_issue_is_rejected(services, agency, tmp_path):
    doc = services.documents.save_document(dto.DocumentFields(code="QT 05", title="Quy trình tiếp dân"))
    for issue, day in ((1, date(2024, 1, 2)), (2, date(2025, 1, 2))):
        services.documents.issue_revision(
            doc.id, dto.RevisionFields(issue_number=issue, issued_on=day, effective_on=day)
        )
    path = register_workbook(
        services,
        tmp_path / "so.xlsx",
        [
            [
                1,
                "QT 05",
                "Quy trình tiếp dân",
                None,
                None,
                None,
                None,
                2,
                None,
                "10/01/2025",
                "Sửa lỗi chính tả",
                None,
            ]
        ],
    )
    preview = services.imports.preview("documents", path)
    assert [i.changes for i in preview.to_update] == [("Ngày hiệu lực", "Nội dung sửa đổi")]
    services.imports.apply(preview)
    current = services.documents.get_document(doc.id).revisions[0]
    assert (current.issue_number, current.issued_on, current.effective_on, current.change_summary) == (
        2,
        date(2025, 1, 2),
        date(2025, 1, 10),
        "Sửa lỗi chính tả",
    )

    older = register_workbook(
        services,
        tmp_path / "cu.xlsx",
        [[1, "QT 05", "Quy trình tiếp dân (cũ)", None, None, None, None, 1, "02/01/2024", None, None, None]],
    )
    preview = services.imports.preview("documents", older)
    assert preview.to_update == ()
    assert [(r.row_number, r.code) for r in preview.rejected] == [(4, "import.issue_older")]
    assert "cũ hơn" in import_reason(preview.rejected[0])


def test_level_marked_with_x_under_merged_sub_columns(services, agency, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "DANH MỤC DỊCH VỤ CÔNG"
    ws.merge_cells("A1:F1")
    for cell, text in (("A2", "STT"), ("B2", "Mã thủ tục"), ("C2", "Tên thủ tục")):
        ws[cell] = text
        ws.merge_cells(f"{cell}:{cell[0]}3")
    ws["D2"] = "Cấp thực hiện"
    ws.merge_cells("D2:F2")
    ws["D3"], ws["E3"], ws["F3"] = "TỈNH", "Huyện", "Cấp xã"
    put_rows(
        ws,
        4,
        [
            [1, "1.001193", "Đăng ký khai sinh", None, None, "x"],
            [2, "2.002115", "Cấp giấy phép hoạt động", "X", "x", None],
        ],
    )
    path = tmp_path / "dvc.xlsx"
    wb.save(path)

    preview = services.imports.preview("tthc", path)
    assert [(i.row_number, i.payload.fields.level) for i in preview.to_add] == [
        (4, "Cấp xã"),
        (5, "Cấp tỉnh, Cấp huyện"),
    ]
    services.imports.apply(preview)
    assert {c for c, r in tthc_by_code(services).items() if r.in_jurisdiction} == {"1.001193"}


def test_register_section_rows_set_the_document_type_and_field(services, agency, tmp_path):
    path = tmp_path / "so.csv"
    path.write_text(
        "\n".join(
            [
                "STT;Mã hiệu;Tên tài liệu;Lần ban hành;Ngày ban hành",
                "I. QUY TRÌNH GIẢI QUYẾT TTHC;;;;",
                "Lĩnh vực Hộ tịch;;;;",
                "1;QT 01/HT;Quy trình đăng ký khai sinh;1;01/07/2025",
                "II. BIỂU MẪU;;;;",
                "1;BM 01;Phiếu đánh giá;;",
                "CÁC QUY TRÌNH NỘI BỘ;;;;",
                "1;QT-NB 01;Quy trình kiểm soát tài liệu;;",
            ]
        ),
        encoding="utf-8",
    )
    preview = services.imports.preview("documents", path)
    assert preview.rejected == ()
    got = [(i.row_number, i.code, i.payload.fields.doc_type, i.payload.fields.field) for i in preview.to_add]
    assert got == [
        (4, "QT 01/HT", DocumentType.TTHC_PROCEDURE, "Hộ tịch"),
        (6, "BM 01", DocumentType.FORM, ""),
        (8, "QT-NB 01", DocumentType.INTERNAL_PROCEDURE, ""),
    ]


def test_apply_is_all_or_nothing(services, agency, tmp_path, monkeypatch):
    preview = services.imports.preview("tthc", portal_workbook(tmp_path / "phu-luc.xlsx"))
    import app.services.tthc as tthc

    calls = {"n": 0}
    real = tthc.check_tthc_fields

    def failing(fields):  # the third row of the transaction fails
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real(fields)

    monkeypatch.setattr(tthc, "check_tthc_fields", failing)
    with pytest.raises(RuntimeError):
        services.imports.apply(preview)
    assert services.tthc.list_tthc() == []
