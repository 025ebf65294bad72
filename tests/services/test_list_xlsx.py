"""Any list as .xlsx ("Xuất Excel…"): the agency header, the rows in the order given, every cell
text (never a formula), read back with openpyxl the way Excel would open it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.messages import message
from app.services import dto
from app.services.errors import DomainError
from app.services.exports.list_xlsx import sheet_name, write_list_xlsx

PRINTED_ON = date(2026, 11, 22)
PROFILE = dto.AgencyProfile(
    id=1, full_name="Ủy ban nhân dân xã Tùng Ảnh", parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh"
)
HEADERS = ["Họ và tên", "Chức vụ", "Điện thoại"]
ROWS = [
    ["Nguyễn Văn An", "Chủ tịch Ủy ban nhân dân xã", "0912 345 678"],
    ["Trần Thị Bình", "Công chức Văn phòng - Thống kê", ""],
    ['=HYPERLINK("http://x","bấm")', "+1+2", "-3"],
    ["@SUM(A1:A2)", "Dòng một\r\nDòng hai\x07", "\x00tab\there\x1b"],
]


def _cells(path: Path) -> list[list[object]]:
    ws = openpyxl.load_workbook(path).active
    return [list(row) for row in ws.iter_rows(values_only=True)]


def _table(path: Path) -> tuple[int, list[list[object]]]:
    """(row number of the header row, the rows from the header down)."""
    rows = _cells(path)
    header = next(i for i, r in enumerate(rows) if r[: len(HEADERS)] == HEADERS)
    return header + 1, rows[header:]


def test_the_list_is_written_under_the_agency_header(tmp_path):
    out = write_list_xlsx(
        PROFILE,
        "Bộ phận và cán bộ — Cán bộ, công chức",
        HEADERS,
        ROWS[:2],
        tmp_path / "ds.xlsx",
        printed_on=PRINTED_ON,
    )

    assert out == tmp_path / "ds.xlsx"
    firsts = [r[0] for r in _cells(out) if r[0] is not None]
    assert firsts[:4] == [
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "BỘ PHẬN VÀ CÁN BỘ — CÁN BỘ, CÔNG CHỨC",
        "Ngày in: 22/11/2026",
    ]
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws["A2"].font.b and not ws["A1"].font.b  # the agency's name in bold, its parent body not
    header_row, table = _table(out)
    assert table == [HEADERS, *[[v or None for v in r] for r in ROWS[:2]]]
    assert all(ws.cell(row=header_row, column=c).font.b for c in (1, 2, 3))
    assert ws.cell(row=header_row + 1, column=1).border.left.style == "thin"
    assert ws.cell(row=header_row + 1, column=2).alignment.wrap_text
    assert ws.print_title_rows == f"${header_row}:${header_row}"  # repeated on every printed page
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.title == "Bộ phận và cán bộ — Cán bộ"  # 31 characters at most, cut between words


def test_columns_are_as_wide_as_their_texts_need(tmp_path):
    rows = [["1", "Quy trình chứng thực bản sao từ bản chính giấy tờ, văn bản", "x"]] * 3
    out = write_list_xlsx(
        PROFILE,
        "Tài liệu",
        ["STT", "Tên tài liệu", "Ghi chú"],
        rows,
        tmp_path / "a.xlsx",
        printed_on=PRINTED_ON,
        right_aligned={0},
    )

    ws = openpyxl.load_workbook(out).active
    widths = [ws.column_dimensions[c].width for c in "ABC"]
    assert widths[0] < 10 and widths[2] < 12
    assert widths[1] >= len(rows[0][1])  # the long title stays on one line
    numbers = [r[0] for r in ws.iter_rows() if r[1].value == rows[0][1]]
    assert [c.alignment.horizontal for c in numbers] == ["right"] * 3  # as the list shows them


def test_a_wide_list_is_shared_out_across_the_page(tmp_path):
    long = "Quy trình chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp"
    headers = ["Mã hiệu", "Tên tài liệu", "Lĩnh vực", "Bộ phận", "Trạng thái", "Ghi chú"]
    rows = [["QT 01/CX-CT", long, "Chứng thực", "Tư pháp - Hộ tịch", "Đang hiệu lực", long]] * 5
    out = write_list_xlsx(PROFILE, "Tài liệu", headers, rows, tmp_path / "w.xlsx", printed_on=PRINTED_ON)

    ws = openpyxl.load_workbook(out).active
    widths = [ws.column_dimensions[c].width for c in "ABCDEF"]
    assert sum(widths) <= 151  # fits A4 landscape without shrinking the print much
    assert widths[1] == widths[5] and widths[1] > widths[2]  # the long texts get the room
    assert widths[0] >= len("QT 01/CX-CT")  # a code never breaks


def test_rows_keep_the_order_given_and_formulas_stay_text(tmp_path):
    out = write_list_xlsx(PROFILE, "Danh sách", HEADERS, ROWS, tmp_path / "f.xlsx", printed_on=PRINTED_ON)

    header_row, table = _table(out)
    assert [r[0] for r in table[1:]] == ["Nguyễn Văn An", "Trần Thị Bình", ROWS[2][0], "@SUM(A1:A2)"]
    ws = openpyxl.load_workbook(out).active
    formula_like = ws.cell(row=header_row + 3, column=1)
    assert formula_like.value == '=HYPERLINK("http://x","bấm")'
    assert formula_like.data_type == "s" and formula_like.quotePrefix
    assert ws.cell(row=header_row + 3, column=2).value == "+1+2"
    assert ws.cell(row=header_row + 3, column=3).value == "-3"
    assert ws.cell(row=header_row + 3, column=3).data_type == "s"
    # Nothing in the file is a formula, whatever the records hold.
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_control_characters_are_dropped_but_newlines_and_tabs_kept(tmp_path):
    out = write_list_xlsx(PROFILE, "Danh sách\x0b", HEADERS, ROWS, tmp_path / "c.xlsx", printed_on=PRINTED_ON)

    _header_row, table = _table(out)
    assert table[4][1] == "Dòng một\nDòng hai"
    assert table[4][2] == "tab\there"


def test_without_an_agency_profile_the_title_comes_first(tmp_path):
    out = write_list_xlsx(
        None, "Danh mục TTHC", HEADERS, ROWS[:1], tmp_path / "n.xlsx", printed_on=PRINTED_ON
    )

    assert [r[0] for r in _cells(out) if r[0] is not None][:2] == ["DANH MỤC TTHC", "Ngày in: 22/11/2026"]


def test_a_missing_folder_or_a_folder_as_target_is_refused(tmp_path):
    missing = tmp_path / "khong-co" / "ds.xlsx"
    with pytest.raises(DomainError) as raised:
        write_list_xlsx(PROFILE, "Danh sách", HEADERS, ROWS, missing, printed_on=PRINTED_ON)
    assert raised.value.code == "export.write_failed"
    assert raised.value.params["path"] == str(missing)
    assert "thư mục chứa tệp không tồn tại" in message(raised.value)

    with pytest.raises(DomainError) as raised:
        write_list_xlsx(PROFILE, "Danh sách", HEADERS, ROWS, tmp_path, printed_on=PRINTED_ON)
    assert raised.value.code == "export.write_failed"
    assert raised.value.params["detail"] == "đây là một thư mục"
    assert not missing.parent.exists()


def test_an_existing_file_is_replaced(tmp_path):
    out = tmp_path / "ds.xlsx"
    out.write_bytes(b"old")

    write_list_xlsx(PROFILE, "Danh sách", HEADERS, ROWS[:1], out, printed_on=PRINTED_ON)

    assert _table(out)[1][1][0] == "Nguyễn Văn An"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds.xlsx"]  # no temporary file left


def test_sheet_names_are_what_excel_accepts():
    assert sheet_name("Mục tiêu: năm 2026 [bản nháp] / A*B?") == "Mục tiêu năm 2026 bản nháp A B"
    assert sheet_name("   ") == "Danh sách"
    one_word = "Kếhoạchduytrìcảitiếnhệthốngquảnlýchấtlượng"
    assert sheet_name(one_word) == one_word[:31]
