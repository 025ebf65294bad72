"""Safe input and output: invisible control characters never reach the database (every write goes
through the change hook's cleaning), no export or backup lands in the open data folder or under
the wrong extension, and exported files are named for the document and the agency."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app import messages
from app.cli import main
from app.models import Department
from app.services import dto, files
from app.services.backup import create_backup
from app.services.errors import BackupError, DomainError
from app.services.exports.filenames import agency_file_part, default_file_name
from app.services.files import check_output_path, is_within
from app.services.sanitize import needs_cleaning, strip_controls

DIRTY = "\x01Quy trình\u202e cấp\u200b phép\u2066 xây\ufeff dựng\x7f"
CLEAN = "Quy trình cấp phép xây dựng"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stored(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# ---- control characters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("a\x00b\x08c\x0bd\x0ce\x0ef\x1fg\x7fh", "abcdefgh"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("crlf\r\nlone\rcr", "crlf\nlone\ncr"),
        ("bidi\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", "bidi"),
        ("zero\u200bwidth\u200c\u200d\u2060\ufeff", "zerowidth"),
        ("Tiếng Việt\u00a0và “ngoặc” – gạch", "Tiếng Việt\u00a0và “ngoặc” – gạch"),
    ],
)
def test_strip_controls(text, clean):
    assert strip_controls(text) == clean
    assert needs_cleaning(text) is (text != clean)


def test_a_service_write_stores_clean_text(services, ctx):
    doc = services.documents.save_document(
        dto.DocumentFields(
            code="QT\u200b 01/CX\x01-XD", title=DIRTY, field="Xây\u202e dựng", note="Dòng 1\r\nDòng\x07 2"
        )
    )
    assert (doc.code, doc.title) == ("QT 01/CX-XD", CLEAN)
    legal = services.legal.save_legal(
        dto.LegalFields(
            number="15/2023/NĐ-CP\u200b",
            title="Nghị định\x1b về\u2069 dịch vụ công",
            note="a\rb",
            effective_on=date(2023, 8, 1),
        )
    )
    assert legal.title == "Nghị định về dịch vụ công"
    [(code, code_key, title, field, note, search)] = _stored(
        ctx.data_dir.db_path, "SELECT code, code_key, title, field, note, search_text FROM document"
    )
    assert (code, code_key, title, field, note) == (
        "QT 01/CX-XD",
        "qt 01/cx-xd",
        CLEAN,
        "Xây dựng",
        "Dòng 1\nDòng 2",
    )
    assert not needs_cleaning(search)
    [(number, legal_title, legal_note)] = _stored(
        ctx.data_dir.db_path, "SELECT number, title, note FROM legal_document"
    )
    assert (number, legal_title, legal_note) == ("15/2023/NĐ-CP", "Nghị định về dịch vụ công", "a\nb")
    # Found and sorted by the clean text.
    assert [h.id for h in services.search.search("cap phep").get("document", [])] == [doc.id]


def test_a_title_of_only_invisible_characters_is_missing(services):
    with pytest.raises(DomainError) as caught:
        services.documents.save_document(dto.DocumentFields(code="QT 02", title="\u200b\u202e\x01"))
    assert caught.value.code == "validation"


def test_every_row_written_is_cleaned_even_without_a_service_check(services, ctx):
    """The change hook cleans every String/Text column of any row written in a unit of work (an
    import or a future service that forgets to call ``clean`` included), on insert and update."""
    with services.uow() as uow:
        dept = Department(name="Văn\x01 phòng\u200b", code="VP\u202e", sort_order=0, active=True)
        uow.session.add(dept)
        uow.commit()
        dept_id = dept.id
    with services.uow() as uow:
        row = uow.session.get(Department, dept_id)
        assert row is not None
        row.code = "V\ufeffP\r\n2"
        uow.commit()
        changes = uow.changes
    assert _stored(ctx.data_dir.db_path, "SELECT name, code FROM department") == [("Văn phòng", "VP\n2")]
    assert [c.new for c in changes if c.table == "department"] == [{"code": "VP\n2"}]


def test_a_title_with_a_control_character_still_exports_to_excel(services, agency, tmp_path):
    """Before: one \\x01 in a title made every xlsx register export fail."""
    from openpyxl import load_workbook

    doc = services.documents.save_document(
        dto.DocumentFields(code="QT 03", title=DIRTY, doc_type=dto.DocumentType.INTERNAL_PROCEDURE)
    )
    day = services.clock.today()
    services.documents.issue_revision(  # in force: on the register
        doc.id, dto.RevisionFields(issue_number=1, issued_on=day, effective_on=day)
    )
    out = services.exports.export("internal", "xlsx", tmp_path / "danh-muc.xlsx")
    values = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert CLEAN in values


# ---- output paths -------------------------------------------------------------------------------


@pytest.fixture
def data_dir(ctx):  # type: ignore[no-untyped-def]
    """The open data folder (its database checkpointed, so its bytes can be compared)."""
    ctx.services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
    conn = sqlite3.connect(ctx.data_dir.db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return ctx.data_dir


def test_backup_onto_the_live_database_is_refused_by_the_service(data_dir):
    before = _sha(data_dir.db_path)
    with pytest.raises(BackupError) as caught:
        create_backup(data_dir, data_dir.db_path)
    assert caught.value.code == "backup.inside_data_dir"
    assert _sha(data_dir.db_path) == before
    text = messages.message(caught.value)
    assert text.startswith("Không lưu bản sao lưu vào thư mục dữ liệu ")
    assert str(data_dir.root.resolve()) in text


def test_backup_command_onto_the_live_database_is_refused(data_dir, capsys):
    before = _sha(data_dir.db_path)
    names = sorted(p.name for p in data_dir.root.iterdir())
    code = main(["--data-dir", str(data_dir.root), "backup", "--out", str(data_dir.db_path)])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không lưu bản sao lưu vào thư mục dữ liệu ")
    assert _sha(data_dir.db_path) == before
    assert sorted(p.name for p in data_dir.root.iterdir()) == names


def test_backup_command_still_writes_outside_the_data_folder(data_dir, tmp_path, capsys):
    out = tmp_path / "sao lưu" / "ban-sao.zip"  # its folder is made
    assert main(["--data-dir", str(data_dir.root), "backup", "--out", str(out)]) == 0
    assert out.is_file()


@pytest.mark.parametrize("where", ["root", "sub", "attachments", "new-sub"])
def test_anything_in_the_data_folder_is_refused(data_dir, where):
    target = {
        "root": data_dir.root / "x.pdf",
        "sub": data_dir.backups_dir / "x.pdf",
        "attachments": data_dir.attachments_dir / "x.pdf",
        "new-sub": data_dir.root / "khong-co" / "x.pdf",
    }[where]
    with pytest.raises(DomainError) as caught:
        check_output_path(target, "pdf", data_dir.root)
    assert caught.value.code == "export.inside_data_dir"
    assert messages.message(caught.value).startswith("Không lưu tệp xuất vào thư mục dữ liệu ")


def test_the_data_folder_itself_is_refused(data_dir):
    with pytest.raises(DomainError) as caught:
        check_output_path(data_dir.root, "pdf", data_dir.root)
    assert caught.value.code == "export.inside_data_dir"


def test_a_way_into_the_data_folder_through_a_link_is_refused(data_dir, tmp_path):
    link = tmp_path / "loi-tat"
    link.symlink_to(data_dir.root, target_is_directory=True)
    before = _sha(data_dir.db_path)
    with pytest.raises(BackupError) as caught:
        create_backup(data_dir, link / "thuky-iso.zip")
    assert caught.value.code == "backup.inside_data_dir"
    # A file link named .zip that points at the live database.
    file_link = tmp_path / "ban-sao.zip"
    file_link.symlink_to(data_dir.db_path)
    assert main(["--data-dir", str(data_dir.root), "backup", "--out", str(file_link)]) == 1
    assert _sha(data_dir.db_path) == before
    # The data folder reached through a link is refused too.
    with pytest.raises(DomainError) as caught:
        check_output_path(data_dir.root / "x.xlsx", "xlsx", link)
    assert caught.value.code == "export.inside_data_dir"


def test_dot_dot_into_the_data_folder_is_refused(data_dir, tmp_path):
    sneaky = tmp_path / "khac" / ".." / data_dir.root.name / "x.pdf"
    with pytest.raises(DomainError):
        check_output_path(sneaky, "pdf", data_dir.root)


def test_names_compare_without_case_on_windows(data_dir, monkeypatch):
    upper = data_dir.root.parent / data_dir.root.name.upper() / "THUKY-ISO.SQLITE3.ZIP"
    assert is_within(Path("C:/Users/An/DATA/x.pdf"), Path("C:/Users/an/Data"), case_insensitive=True)
    assert not is_within(Path("/home/an/DATA/x.pdf"), Path("/home/an/data"), case_insensitive=False)
    assert not is_within(Path("/home/an/data-2/x.pdf"), Path("/home/an/data"), case_insensitive=True)
    monkeypatch.setattr(files, "CASE_INSENSITIVE", True)
    with pytest.raises(BackupError) as caught:
        create_backup(data_dir, upper)
    assert caught.value.code == "backup.inside_data_dir"


@pytest.mark.skipif(os.name != "nt", reason="Windows path rules")
def test_windows_mixed_case_and_separators(data_dir):  # pragma: no cover - runs on Windows CI
    target = Path(str(data_dir.root).upper().replace("\\", "/")) / "x.pdf"
    with pytest.raises(DomainError):
        check_output_path(target, "pdf", data_dir.root)


def test_a_neighbouring_folder_with_a_longer_name_is_fine(data_dir, tmp_path):
    beside = data_dir.root.parent / f"{data_dir.root.name}-xuat"
    beside.mkdir()
    assert check_output_path(beside / "x.pdf", "pdf", data_dir.root) == beside / "x.pdf"


@pytest.mark.parametrize(
    ("name", "fmt", "ok"),
    [
        ("a.pdf", "pdf", True),
        ("A.PDF", "pdf", True),
        ("a.docx", "docx", True),
        ("a.xlsx", "xlsx", True),
        ("a.json", "json", True),
        ("a.zip", "backup", True),
        ("a.xlsx", "pdf", False),
        ("a", "pdf", False),
        ("a.pdf.tmp", "pdf", False),
        ("a.sqlite3", "backup", False),
        ("a.doc", "docx", False),
    ],
)
def test_the_extension_must_match_the_format(tmp_path, name, fmt, ok):
    data = tmp_path / "data"
    if ok:
        assert check_output_path(tmp_path / name, fmt, data) == tmp_path / name
        return
    with pytest.raises(DomainError) as caught:
        check_output_path(tmp_path / name, fmt, data)
    prefix = "backup" if fmt == "backup" else "export"
    assert caught.value.code == f"{prefix}.wrong_extension"
    assert caught.value.params["path"] == str(tmp_path / name)
    text = messages.message(caught.value)
    assert text.startswith(f"Tên tệp {tmp_path / name} không có đuôi .")


def test_backup_command_with_a_wrong_extension_is_refused(data_dir, tmp_path, capsys):
    out = tmp_path / "sao-luu.sqlite3"
    assert main(["--data-dir", str(data_dir.root), "backup", "--out", str(out)]) == 1
    assert "không có đuôi .zip" in capsys.readouterr().err
    assert not out.exists()


def test_a_folder_or_a_missing_folder_cannot_be_written(tmp_path):
    folder = tmp_path / "thu-muc.pdf"
    folder.mkdir()
    with pytest.raises(DomainError) as caught:
        check_output_path(folder, "pdf", tmp_path / "data")
    assert caught.value.code == "export.write_failed"
    assert messages.message(caught.value).startswith(f"Không ghi được tệp {folder}: đây là một thư mục")
    missing = tmp_path / "khong-co" / "x.pdf"
    with pytest.raises(DomainError) as caught:
        check_output_path(missing, "pdf", tmp_path / "data")
    assert caught.value.code == "export.write_failed"
    assert "không có thư mục" in messages.message(caught.value)
    # A backup makes its folder.
    assert check_output_path(tmp_path / "moi" / "b.zip", "backup", tmp_path / "data", create_parents=True)
    a_file = tmp_path / "tep"
    a_file.write_text("x")
    with pytest.raises(DomainError) as caught:
        check_output_path(a_file / "x.pdf", "pdf", tmp_path / "data")
    assert caught.value.code == "export.write_failed"


def test_a_relative_path_is_checked_from_the_working_folder(data_dir, monkeypatch):
    monkeypatch.chdir(data_dir.root)
    with pytest.raises(DomainError) as caught:
        check_output_path(Path("x.pdf"), "pdf", data_dir.root)
    assert caught.value.code == "export.inside_data_dir"


# ---- default file names -------------------------------------------------------------------------


def test_default_file_name_names_the_document_and_the_agency():
    assert (
        default_file_name("Kế hoạch ISO", "UBND xã Tùng Ảnh", "pdf", 2026)
        == "Ke-hoach-ISO-2026-UBND-xa-Tung-Anh.pdf"
    )
    assert (
        default_file_name("Danh mục tài liệu nội bộ", "UBND-xa-Tung-Anh", "xlsx", on=date(2026, 12, 2))
        == "Danh-muc-tai-lieu-noi-bo-UBND-xa-Tung-Anh-20261202.xlsx"
    )
    assert default_file_name("Đề cương", "Sở Tư pháp", "docx") == "De-cuong-So-Tu-phap.docx"
    assert default_file_name("", "", "backup") == "Thu-ky-ISO.zip"
    assert default_file_name("Con", "", "pdf") == "Con-Thu-ky-ISO.pdf"  # CON.pdf cannot exist on Windows


@pytest.mark.parametrize(
    "title",
    [
        'Báo cáo: <đánh giá> "nội bộ" / quý I? * | \\ lần 2',
        "Kế hoạch " * 40,
        "\x01\u202e漢字 và tiếng Việt",
    ],
)
def test_default_file_names_are_safe_on_windows(title):
    name = default_file_name(title, "Ủy ban nhân dân xã Tùng Ảnh, huyện Hương Sơn, tỉnh Hà Tĩnh", "pdf", 2026)
    assert name.isascii() and len(name) <= 100 and name.endswith(".pdf")
    assert not set(name) & set('<>:"/\\|?*') and not any(ord(c) < 32 for c in name)
    assert "-2026-" in name and "Uy-ban" in name
    assert not name.startswith("-") and "--" not in name


def test_agency_file_part(agency):
    assert agency_file_part(agency) == "UBND-xa-Tung-Anh"
    assert agency_file_part(None) == ""
    no_short = dto.AgencyProfile(
        id=1, full_name="Ủy ban nhân dân xã Tùng Ảnh", code_abbreviation="UBND", place_name="Tùng Ảnh"
    )
    assert agency_file_part(no_short) == "UBND-Tung-Anh"
    assert agency_file_part(dto.AgencyProfile(id=1, full_name="Sở Tư pháp")) == "So-Tu-phap"


# ---- the export dialog --------------------------------------------------------------------------


@pytest.fixture
def dialog_env(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    asked: dict[str, object] = {}
    warnings: list[str] = []
    answer: dict[str, tuple[str, str]] = {}

    def save_name(_parent, _title, suggested, filters):  # type: ignore[no-untyped-def]
        asked.update(suggested=suggested, filters=filters)
        return answer["value"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    return parent, asked, warnings, answer


def test_the_dialog_offers_word_and_refuses_the_data_folder(dialog_env, data_dir):
    from app.ui.dialogs.export_dialog import export_file

    parent, asked, warnings, answer = dialog_env
    written: list[tuple[str, Path]] = []
    answer["value"] = (str(data_dir.root / "ke-hoach"), "Văn bản Word (*.docx)")
    export_file(
        parent,
        "Xuất",
        "Ke-hoach-ISO-2026-UBND-xa-Tung-Anh.pdf",
        lambda fmt, target: written.append((fmt, target)) or target,
        formats=("pdf", "docx", "xlsx"),
        data_root=data_dir.root,
    )
    assert str(asked["filters"]).split(";;") == [
        "PDF để in (*.pdf)",
        "Văn bản Word (*.docx)",
        "Bảng tính Excel (*.xlsx)",
    ]
    assert Path(str(asked["suggested"])).name == "Ke-hoach-ISO-2026-UBND-xa-Tung-Anh.pdf"
    assert written == []
    assert len(warnings) == 1 and warnings[0].startswith("Không lưu tệp xuất vào thư mục dữ liệu ")


def test_the_dialog_picks_the_format_from_the_filter_or_the_typed_extension():
    from app.ui.dialogs.export_dialog import chosen_target

    formats = ("pdf", "docx", "xlsx")
    assert chosen_target("/t/bao cao", "Văn bản Word (*.docx)", formats) == ("docx", Path("/t/bao cao.docx"))
    assert chosen_target("/t/bao cao.XLSX", "PDF để in (*.pdf)", formats) == ("xlsx", Path("/t/bao cao.XLSX"))
    assert chosen_target("/t/ban 1.2", "PDF để in (*.pdf)", formats) == ("pdf", Path("/t/ban 1.2.pdf"))
    assert chosen_target("/t/x.docx", "PDF để in (*.pdf)", ("pdf", "xlsx")) == ("pdf", Path("/t/x.docx.pdf"))


def test_the_register_is_suggested_under_the_agencys_name(dialog_env, services, agency):
    from app.ui.dialogs.export_dialog import export_register

    parent, asked, _warnings, answer = dialog_env
    answer["value"] = ("", "")  # cancelled
    export_register(parent, services, "internal")
    today = services.clock.today()
    assert (
        Path(str(asked["suggested"])).name == f"Danh-muc-tai-lieu-noi-bo-UBND-xa-Tung-Anh-{today:%Y%m%d}.pdf"
    )
    assert "Văn bản Word (*.docx)" in str(asked["filters"])
