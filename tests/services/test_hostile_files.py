"""Hostile or broken files and input (issue 16): each is read in bounded time and memory, refused
with a message that says what is wrong and where, or cleaned — never silently taken for data.

The hostile .xlsx files are tiny (openpyxl writes the one far formatted cell as one element); the
tests assert what is read, not how fast (the figures are in the issue's note).
"""

from __future__ import annotations

import math
import re
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from app.messages import field_message, import_reason, message
from app.services import dto, tabular
from app.services.attachments import safe_file_name
from app.services.errors import DomainError, ValidationError
from app.services.sanitize import strip_controls
from app.services.tabular import BadValue, parse_int, read_sheets, read_tthc_code
from app.services.validation import EXCERPT_CHARS, excerpt

HEADER = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực"]
ROWS = [[1, "1.001193", "Đăng ký khai sinh", "Hộ tịch"], [2, "1.001200", "Đăng ký kết hôn", "Hộ tịch"]]


def _quoted(text: str) -> list[str]:
    """The parts of a message between “ and ”."""
    return re.findall(r"“([^”]*)”", text)


def _workbook(path: Path, *, far: str | None = None, far_value: object = None, rows=ROWS) -> Path:  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh mục"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    if far:
        ws[far].font = Font(bold=True)  # a formatted cell: in the sheet's XML, empty
        if far_value is not None:
            ws[far].value = far_value
    wb.save(path)
    return path


def _csv(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# ---- 1. a formatted cell at the sheet's last row or column --------------------------------------
@pytest.mark.parametrize("far", ["A1048576", "XFD1048576", "XFD2"])
def test_a_formatted_cell_far_away_costs_nothing(services, tmp_path, far):
    path = _workbook(tmp_path / "xa.xlsx", far=far)
    [sheet] = read_sheets(path)
    assert len(sheet.rows) == 3  # before: 1,048,576 rows (20 s, 1.3 GB; at XFD: > 150 s, > 7 GB)
    assert max(len(r) for r in sheet.rows) == 4
    preview = services.imports.preview("tthc", path)
    assert [i.code for i in preview.to_add] == ["1.001193", "1.001200"]
    assert preview.rejected == ()


def test_a_value_after_a_long_run_of_empty_rows_is_not_read(tmp_path):
    path = _workbook(tmp_path / "le.xlsx", far="B1048576", far_value="ghi chú lạc")
    [sheet] = read_sheets(path)
    assert len(sheet.rows) == 3
    assert tabular.EMPTY_RUN <= 10_000


def test_values_right_of_the_column_limit_are_not_read(tmp_path):
    path = _workbook(tmp_path / "rong.xlsx", far="XFD3", far_value="x")
    [sheet] = read_sheets(path)
    assert sheet.rows[2] == [2, "1.001200", "Đăng ký kết hôn", "Hộ tịch"]


def test_merged_headers_are_still_read(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "DANH MỤC"
    ws.merge_cells("A1:D1")
    ws["D3"] = "Cấp thực hiện"
    ws.merge_cells("D3:F3")
    ws["A300"] = "xa"
    ws.merge_cells("A300:B300")  # below the header area: not needed, not read
    wb.save(tmp_path / "gop.xlsx")
    [sheet] = read_sheets(tmp_path / "gop.xlsx")
    assert sorted(sheet.merges) == [(0, 0, 0, 3), (2, 3, 2, 5)]
    assert sheet.header_value(2, 5) == "Cấp thực hiện"


def test_a_sheet_with_too_many_rows_is_refused_with_its_size(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "dai.xlsx", rows=[[i, f"1.{i:06d}", f"Thủ tục {i}"] for i in range(1, 61)])
    monkeypatch.setattr(tabular, "MAX_ROWS", 50)
    with pytest.raises(DomainError) as caught:
        read_sheets(path)
    assert caught.value.code == "import.too_many_rows_sheet"
    text = message(caught.value)
    assert "dòng 51" in text and "50 dòng" in text and "“Danh mục”" in text


def test_the_row_limit_leaves_room_for_a_hundred_thousand_data_rows(tmp_path):
    assert tabular.MAX_ROWS - tabular.HEADER_SCAN_ROWS >= 100_000
    lines = ["STT,Mã TTHC,Tên thủ tục hành chính"]
    lines += [f"{i},1.{i:06d},Thủ tục số {i}" for i in range(1, 100_001)]
    [sheet] = read_sheets(_csv(tmp_path / "lon.csv", "\n".join(lines) + "\n"))
    assert len(sheet.rows) == 100_001
    assert sheet.rows[-1] == ["100000", "1.100000", "Thủ tục số 100000"]


def test_an_xlsx_part_that_unpacks_past_its_limit_is_refused_with_the_sizes(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "bom.xlsx")
    with zipfile.ZipFile(path) as archive:
        styles = archive.getinfo("xl/styles.xml").file_size
    monkeypatch.setattr(tabular, "MAX_OTHER_XML_BYTES", styles - 1)
    with pytest.raises(DomainError) as caught:
        read_sheets(path)
    assert caught.value.code == "import.too_big_unpacked"
    assert caught.value.params["part"] == "xl/styles.xml"
    assert "MB" in message(caught.value)


def _replace_in_sheet(path: Path, old: str, new: str) -> None:
    """Rewrite the first sheet's XML (openpyxl itself would cut a cell to Excel's 32,767)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(old.encode(), new.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_an_xlsx_cell_longer_than_excel_allows_is_refused_naming_the_cell(tmp_path):
    path = _workbook(tmp_path / "o.xlsx", rows=[*ROWS, [3, "1.000001", "GIU-CHO"]])
    _replace_in_sheet(path, "GIU-CHO", "Dài " + "x" * 40_000)
    with pytest.raises(DomainError) as caught:
        read_sheets(path)
    assert caught.value.code == "import.cell_too_long_sheet"
    assert caught.value.params["cell"] == "C4"
    assert all(len(q) <= EXCERPT_CHARS for q in _quoted(message(caught.value)))


# ---- 2. a CSV quote that never closes -------------------------------------------------------------
def test_an_unbalanced_quote_is_refused_naming_its_line(services, tmp_path):
    path = _csv(
        tmp_path / "ngoac.csv",
        "STT,Mã TTHC,Tên thủ tục hành chính\n"
        "1,1.001193,Đăng ký khai sinh\n"
        '2,1.001200,"Đăng ký kết hôn\n'  # line 3: the quote never closes
        "3,1.000894,Đăng ký khai tử\n"
        "4,2.000635,Cấp bản sao trích lục\n",
    )
    with pytest.raises(DomainError) as caught:
        services.imports.preview("tthc", path)  # before: 2 rows "added", lines 3–5 merged into one
    assert caught.value.code == "import.unbalanced_quote"
    assert caught.value.params["line"] == 3
    text = message(caught.value)
    assert "dòng 3" in text and "Đăng ký kết hôn" in text


def test_an_unbalanced_quote_in_a_big_file_is_still_named(tmp_path):
    # The swallowed rest is longer than the csv module's field limit: still the quote, not the size.
    body = "".join(f"{i},1.{i:06d},Thủ tục số {i}\n" for i in range(10, 9_000))
    path = _csv(tmp_path / "ngoac-lon.csv", 'STT,Mã TTHC,Tên\n1,"1.001193,Khai sinh\r\n' + body)
    with pytest.raises(DomainError) as caught:
        read_sheets(path)
    assert (caught.value.code, caught.value.params["line"]) == ("import.unbalanced_quote", 2)


def test_quoted_cells_over_several_lines_and_doubled_quotes_are_fine(tmp_path):
    path = _csv(
        tmp_path / "dung.csv",
        'STT,Mã TTHC,Tên\n1,1.001193,"Đăng ký\nkhai sinh"\n2,1.001200,"Gọi là ""kết hôn"""\n3,1.000894,5" x 7"\n',
    )
    [sheet] = read_sheets(path)
    assert sheet.rows[1:] == [
        ["1", "1.001193", "Đăng ký\nkhai sinh"],
        ["2", "1.001200", 'Gọi là "kết hôn"'],
        ["3", "1.000894", '5" x 7"'],
    ]


# ---- 3. a cell too long to be one; messages quote at most 80 characters ---------------------------
@pytest.mark.parametrize(
    "cell", ["x" * 1_000_000, '"' + "y" * 1_000_000 + '"', "z" * 40_000], ids=["1MB", "1MB-quoted", "40k"]
)
def test_a_huge_csv_field_is_refused_as_too_long_with_its_line(tmp_path, cell):
    path = _csv(tmp_path / "o-lon.csv", f"STT,Mã TTHC,Tên\n1,1.001193,Khai sinh\n2,1.001200,{cell}\n")
    with pytest.raises(DomainError) as caught:
        read_sheets(path)
    assert caught.value.code == "import.cell_too_long"  # before: "… không phải bảng tính .xlsx"
    assert caught.value.params["line"] == 3
    text = message(caught.value)
    assert ".xlsx" not in text and "dòng 3" in text and "32.767" in text
    assert all(len(q) <= EXCERPT_CHARS for q in _quoted(text))


def test_a_csv_larger_than_the_limit_is_refused_with_its_size(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_CSV_BYTES", 100)
    path = _csv(tmp_path / "to.csv", "STT,Mã TTHC,Tên\n" + "1,1.001193,Khai sinh\n" * 10)
    with pytest.raises(DomainError) as caught:
        read_sheets(path)
    assert caught.value.code == "import.too_big"


def test_excerpt_keeps_80_characters_and_marks_the_cut():
    assert excerpt("  Đăng ký\nkhai sinh ") == "Đăng ký khai sinh"
    long = excerpt("ă" * 1_000_000)
    assert len(long) == EXCERPT_CHARS and long.endswith("…")
    assert excerpt("a" * 80) == "a" * 80
    assert excerpt("a" * 81) == "a" * 79 + "…"
    assert excerpt(" " * 400 + "b") == "…"  # a cut is shown even when nothing visible is left


def test_rejected_cells_are_quoted_at_most_80_characters(services, tmp_path):
    bad_code = "1." + "9" * 5_000
    path = _csv(
        tmp_path / "ma-dai.csv",
        f"STT,Mã TTHC,Tên thủ tục hành chính\n1,{bad_code},Khai sinh\n2,1.001200,{'Tên ' * 1_000}\n",
    )
    preview = services.imports.preview("tthc", path)
    [first, second] = preview.rejected
    assert first.code == "import.bad_code" and len(first.raw_code) <= EXCERPT_CHARS
    for row in (first, second):
        reason = import_reason(row)
        assert all(len(q) <= EXCERPT_CHARS for q in _quoted(reason)), reason


# ---- 4. TTHC codes: full-width folded (and said), other digits refused ---------------------------
def test_full_width_codes_are_read_as_ascii_and_the_preview_says_so(services, tmp_path):
    path = _csv(
        tmp_path / "toan-kho.csv",
        "STT,Mã TTHC,Tên thủ tục hành chính\n1,１．００１１９３,Đăng ký khai sinh\n2,1.001200,Đăng ký kết hôn\n",
    )
    preview = services.imports.preview("tthc", path)
    assert [i.code for i in preview.to_add] == ["1.001193", "1.001200"]
    [note] = preview.to_add[0].notes
    assert note.code == "import.code_folded"
    assert "1.001193" in import_reason(note) and "１．００１１９３" in import_reason(note)
    assert preview.to_add[1].notes == ()
    services.imports.apply(preview)
    assert [t.code for t in services.tthc.list_tthc()] == ["1.001193", "1.001200"]


def test_the_command_line_says_so_too(tmp_path, capsys):
    from app.cli import main

    path = _csv(
        tmp_path / "toan-kho.csv", "STT,Mã TTHC,Tên thủ tục hành chính\n1,１．００１１９３,Khai sinh\n"
    )
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", "tthc", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "Dòng 2: Mã TTHC “１．００１１９３” viết bằng ký tự toàn khổ (full-width) được đọc thành 1.001193."
    ]
    assert out.splitlines()[-1] == "added 1, updated 0, unchanged 0, rejected 0"


@pytest.mark.parametrize("code", ["١.٠٠١١٩٣", "۱.۰۰۱۱۹۳", "१.००११९३", "1.00119³", "𝟏.𝟎𝟎𝟏𝟏𝟗𝟑"])
def test_other_digits_are_refused_with_the_row_number(services, tmp_path, code):
    path = _csv(
        tmp_path / "so-la.csv",
        f"STT,Mã TTHC,Tên thủ tục hành chính\n1,1.001200,Đăng ký kết hôn\n2,{code},Đăng ký khai sinh\n",
    )
    preview = services.imports.preview("tthc", path)  # before: Arabic-Indic digits made a new code
    assert [i.code for i in preview.to_add] == ["1.001200"]
    [rejected] = preview.rejected
    assert (rejected.row_number, rejected.code) == (3, "import.foreign_digits")
    assert "0–9" in import_reason(rejected)


def test_the_tthc_form_folds_full_width_and_refuses_other_digits(services):
    saved = services.tthc.save_tthc(dto.TthcFields(code="１.００１１９３", name="Đăng ký khai sinh"))
    assert saved.code == "1.001193"
    assert services.tthc.get_by_code("１．００１１９３") is not None
    with pytest.raises(ValidationError) as caught:
        services.tthc.save_tthc(dto.TthcFields(code="١.٠٠١١٩٣", name="Đăng ký khai tử"))
    error = caught.value.for_field("code")
    assert error is not None and error.code == "tthc.foreign_digits"
    assert [t.code for t in services.tthc.list_tthc()] == ["1.001193"]


def test_document_links_fold_full_width_and_refuse_other_digits(services, tmp_path):
    fields = dto.DocumentFields(code="QT 01/HT", title="Quy trình khai sinh", tthc_codes=("１.００１１９３",))
    assert services.documents.check_fields(fields, None).tthc_codes == ("1.001193",)
    with pytest.raises(ValidationError) as caught:
        services.documents.check_fields(
            dto.DocumentFields(code="QT 02/HT", title="Quy trình khai tử", tthc_codes=("١.٠٠١١٩٣",)), None
        )
    assert caught.value.for_field("tthc_codes") is not None
    path = _csv(
        tmp_path / "tai-lieu.csv",
        "Mã hiệu,Tên tài liệu,Mã TTHC\nQT 01/HT,Quy trình khai sinh,１.００１１９３\n"
        "QT 02/HT,Quy trình khai tử,١.٠٠١١٩٣\n",
    )
    preview = services.imports.preview("documents", path)
    [added] = preview.to_add
    assert added.payload.fields.tthc_codes == ("1.001193",)
    assert [n.code for n in added.notes] == ["import.code_folded"]
    [rejected] = preview.rejected
    assert (rejected.row_number, rejected.code) == (3, "import.foreign_digits")


def test_read_tthc_code():
    assert read_tthc_code("1.001193").code == "1.001193"
    assert read_tthc_code(1.0012).code == "1.001200"
    cell = read_tthc_code("１．００１１９３")
    assert (cell.code, cell.folded) == ("1.001193", True)
    cell = read_tthc_code("١.٠٠١١٩٣")
    assert (cell.code, cell.foreign_digits) == (None, True)
    assert read_tthc_code("１．００") == tabular.CodeCell(None, "１．００")


# ---- 5. numbers: no infinity, no NaN, nothing absurd ----------------------------------------------
def _objective(services, target: float):  # type: ignore[no-untyped-def]
    return services.objectives.save_objective(
        dto.ObjectiveFields(year=2026, statement="Tỷ lệ hồ sơ đúng hạn", unit="%", target=target)
    )


@pytest.mark.parametrize(
    ("target", "code"),
    [
        (math.inf, "number.too_large"),
        (-math.inf, "number.too_large"),
        (1e13, "number.too_large"),
        (10**400, "number.too_large"),
        (math.nan, "objective.bad_target"),
        (True, "objective.bad_target"),
    ],
)
def test_an_objective_target_must_be_a_sensible_number(services, target, code):
    with pytest.raises(ValidationError) as caught:
        _objective(services, target)  # before: inf was saved and "≥ inf" printed
    error = caught.value.for_field("target")
    assert error is not None and error.code == code
    assert "inf" not in field_message(error)


@pytest.mark.parametrize("value", [math.inf, -math.inf, 1e300, -1e13, math.nan])
def test_a_measurement_must_be_a_sensible_number(services, value):
    objective = _objective(services, 95)
    with pytest.raises(ValidationError) as caught:
        services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=value))
    assert caught.value.for_field("value") is not None
    assert services.objectives.get_objective(objective.id).measurements == ()


def test_sensible_numbers_are_kept(services):
    objective = _objective(services, -1e12)
    assert objective.target == -1e12
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=1e12))


@pytest.mark.parametrize("value", [1e300, 10**30, "١٢", "12345678"])
def test_imported_whole_numbers_are_bounded_and_ascii(value):
    with pytest.raises(BadValue):
        parse_int(value)
    assert parse_int("１２") == 12


# ---- 6. attachment names: nothing invisible, never a Windows device name -------------------------
def _attach(services, source: Path, name: str):  # type: ignore[no-untyped-def]
    with services.attachments._uow() as uow:
        row = services.attachments.attach(uow, source, name)
        uow.commit()
        return row.id, row.original_name


@pytest.mark.parametrize(
    "name",
    [
        "hóa đơn\u202efdp.exe",  # RLO: shows as "hóa đơnexe.pdf"
        "hóa đơn\u2067fdp.exe\u2069",  # RLI … PDI
        "hóa đơn\u200f\u200e\u061cfdp.exe",  # RLM, LRM, ALM
        "hóa\x9b đơn\x85\x00.pdf",  # C1 and C0 controls
        "hóa\U000e0041\u00ad đơn\u200b.pdf",  # a tag character, a soft hyphen, a zero-width space
    ],
)
def test_attachment_display_names_lose_control_and_bidi_characters(services, tmp_path, name):
    source = tmp_path / "tep.bin"
    source.write_bytes(name.encode("utf-8"))
    attachment_id, stored = _attach(services, source, name)
    assert stored.startswith("hóa")
    assert not [c for c in stored if unicodedata.category(c) in ("Cc", "Cf", "Cs")], ascii(stored)
    view = services.attachments.viewing_copy(attachment_id, tmp_path / "xem")
    assert not [c for c in view.name if unicodedata.category(c) in ("Cc", "Cf", "Cs")]


_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in "0123456789¹²³"
}


@pytest.mark.parametrize(
    "name", ["CON", "con.pdf", "Nul.tar.gz", "COM1.docx", "lpt9", "aux .txt", "prn.", "COM¹.xlsx", "conin$"]
)
def test_viewing_copies_never_take_a_windows_device_name(services, tmp_path, name):
    source = tmp_path / "tep.bin"
    source.write_bytes(name.encode("utf-8"))
    attachment_id, _stored = _attach(services, source, name)
    view = services.attachments.viewing_copy(attachment_id, tmp_path / "xem")
    assert view.name.split(".", 1)[0].rstrip(" ").upper() not in _DEVICES, view.name
    assert not view.name.endswith((".", " "))
    assert view.read_bytes() == name.encode("utf-8")
    assert view.suffix.lower() == Path(name.rstrip(". ")).suffix.lower()


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("báo cáo.pdf", "báo cáo.pdf"),
        ("con.pdf", "_con.pdf"),
        ("console.pdf", "console.pdf"),
        ("COM10.txt", "COM10.txt"),
        ("a/b\\NUL", "_NUL"),
        ("tên . . ", "tên"),
        ("x\u202efdp.exe", "xfdp.exe"),
        ('a<b>c:"d"|e?*', "a_b_c__d__e__"),
        ("\u200b", "tep"),
    ],
)
def test_safe_file_name(name, safe):
    assert safe_file_name(name) == safe


def test_stored_text_loses_c1_controls_and_bidi_marks():
    assert strip_controls("Quy\x85 trình\u200e\u200f\u061c\x9b") == "Quy trình"
    assert strip_controls("Tiếng Việt\u00a0“ngoặc”") == "Tiếng Việt\u00a0“ngoặc”"
