"""Round trips: a register the app prints reads back with nothing changed.

The document register exported as .xlsx and imported again (``import documents FILE --dry-run``)
ends with "added 0, updated 0, unchanged N, rejected 0": the group rows give the document types,
the status cell's upcoming issues ("Lần 4 hiệu lực từ …", "Sắp hiệu lực (từ …)") are issues the
document has, and the title block, totals and signatures are not rows. The same for the TTHC
catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.models import AgencyKind, DocumentStatus, LeaderRole
from app.services import dto
from app.services.vocabulary import table_date

TODAY = date(2026, 3, 15)


# ---- the printed register as a workbook ----------------------------------------------------------
def export_register(services, which: str, path: Path, *, dates_as_text: bool = False) -> Path:  # type: ignore[no-untyped-def]
    """The register ``which`` ("internal" | "tthc") as the app exports it to Excel, signatures
    included (the issuer and title block, "Ngày in", the header row, group rows, the totals, the
    signatures). ``dates_as_text``: its date cells retyped as dd/mm/yyyy text (a register typed
    again, or saved through CSV)."""
    services.exports.export(which, "xlsx", path, signatures=True)
    if dates_as_text:
        book = openpyxl.load_workbook(path)
        retyped = 0
        for row in book.active.iter_rows():
            for cell in row:
                if isinstance(cell.value, date):  # a datetime too
                    cell.value, cell.number_format = table_date(cell.value), "@"
                    retyped += 1
        assert retyped
        book.save(path)
    return path


def sheet_row(path: Path, code: str) -> int:
    """The spreadsheet row of the document or TTHC ``code``."""
    ws = openpyxl.load_workbook(path).active
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=2).value == code)


def edit(path: Path, cells: dict[tuple[int, int], object]) -> None:
    book = openpyxl.load_workbook(path)
    for (r, c), value in cells.items():
        book.active.cell(row=r, column=c).value = value
    book.save(path)


def counts(preview) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    return len(preview.to_add), len(preview.to_update), len(preview.unchanged), len(preview.rejected)


# ---- the demo commune ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory filled by ``demo`` on ``TODAY`` (closed: each test opens it)."""
    from app.bootstrap import open_data_dir
    from app.services.demo import fill_demo

    root = tmp_path_factory.mktemp("demo") / "data"
    ctx = open_data_dir(root, writer=True, program="kiểm thử", today=TODAY)
    try:
        fill_demo(ctx.services)
    finally:
        ctx.close()
    return root


@pytest.fixture
def demo(demo_root: Path) -> Iterator[Any]:
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(demo_root, writer=True, program="kiểm thử", today=TODAY)
    yield ctx.services
    ctx.close()


@pytest.mark.parametrize("dates_as_text", [False, True])
def test_the_document_register_reads_back_unchanged(demo, tmp_path, dates_as_text):
    path = export_register(demo, "internal", tmp_path / "danh-muc-tai-lieu.xlsx", dates_as_text=dates_as_text)
    statuses = [c.value for row in openpyxl.load_workbook(path).active.iter_rows() for c in row[7:8]]
    assert sum(1 for s in statuses if s and "\nLần 4 hiệu lực từ" in s) == 3  # the demo's upcoming issues
    before = demo.documents.list_documents()
    listed = [r for r in before if r.status is DocumentStatus.IN_FORCE]

    preview = demo.imports.preview("documents", path)

    assert preview.rejected == ()
    assert counts(preview) == (0, 0, len(listed), 0)
    result = demo.imports.apply(preview)
    assert (result.added, result.updated, result.unchanged, result.rejected) == (0, 0, len(listed), 0)
    assert demo.documents.list_documents() == before


def test_the_tthc_catalogue_reads_back_unchanged(demo, tmp_path):
    path = export_register(demo, "tthc", tmp_path / "danh-muc-tthc.xlsx")
    before = demo.tthc.list_tthc()

    preview = demo.imports.preview("tthc", path)

    assert preview.rejected == ()
    assert counts(preview) == (0, 0, len(before), 0)
    demo.imports.apply(preview)
    assert demo.tthc.list_tthc() == before


def test_the_tthc_catalogue_read_into_another_database_keeps_fields_and_jurisdiction(demo, tmp_path):
    from app.bootstrap import open_data_dir

    path = export_register(demo, "tthc", tmp_path / "danh-muc-tthc.xlsx")
    wanted = {(r.code, r.name, r.field, r.level, r.in_jurisdiction) for r in demo.tthc.list_tthc()}
    assert {w[4] for w in wanted} == {True, False}
    other = open_data_dir(tmp_path / "khac", writer=True, program="kiểm thử", today=TODAY)
    try:
        services = other.services
        # A province department: by level alone nothing at commune level would be its own.
        services.agency.set_up(
            dto.AgencyFields(
                full_name="Sở Tư pháp tỉnh Hà Tĩnh",
                kind=AgencyKind.DEPARTMENT,
                place_name="Hà Tĩnh",
                code_abbreviation="STP",
            ),
            dto.LeaderFields(full_name="Trần Văn Bình", title="Giám đốc", role=LeaderRole.HEAD),
        )
        result = services.imports.apply(services.imports.preview("tthc", path))
        assert (result.added, result.rejected) == (len(wanted), 0)
        got = {(r.code, r.name, r.field, r.level, r.in_jurisdiction) for r in services.tthc.list_tthc()}
        assert got == wanted  # the "Thuộc thẩm quyền" column, not the level, says whose they are
        assert counts(services.imports.preview("tthc", path)) == (0, 0, len(wanted), 0)
    finally:
        other.close()


def test_a_dry_run_import_of_the_exported_registers_changes_nothing(demo_root, tmp_path, capsys):
    from app.bootstrap import open_data_dir
    from app.cli import main

    ctx = open_data_dir(demo_root, writer=False, program="kiểm thử", today=TODAY)
    try:
        register = export_register(ctx.services, "internal", tmp_path / "tai-lieu.xlsx")
        catalogue = export_register(ctx.services, "tthc", tmp_path / "tthc.xlsx")
        documents = len(
            ctx.services.documents.list_documents(dto.DocumentFilter(status=DocumentStatus.IN_FORCE))
        )
        procedures = len(ctx.services.tthc.list_tthc())
    finally:
        ctx.close()
    capsys.readouterr()

    for kind, path, n in (("documents", register, documents), ("tthc", catalogue, procedures)):
        # The import runs on the machine's day: a register printed before its upcoming issues took
        # effect reads back unchanged after.
        assert main(["--data-dir", str(demo_root), "import", kind, str(path), "--dry-run"]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        assert out.splitlines()[-1] == f"added 0, updated 0, unchanged {n}, rejected 0"


# ---- upcoming issues -----------------------------------------------------------------------------
def _issue(number: int, effective: date, issued: date | None = None) -> dto.RevisionFields:
    return dto.RevisionFields(
        issue_number=number, issued_on=issued or effective, effective_on=effective, change_summary="Ban hành"
    )


def test_upcoming_issues_read_back_and_changes_to_them_are_seen(services, agency, tmp_path):
    services.clock.pin(TODAY)
    docs = services.documents
    field = "Hộ tịch"
    birth = docs.save_document(
        dto.DocumentFields(code="QT 01/HT", title="Quy trình đăng ký khai sinh", field=field)
    )
    docs.issue_revision(birth.id, _issue(1, date(2025, 7, 1)))
    docs.issue_revision(birth.id, _issue(2, TODAY + timedelta(days=17), issued=TODAY))
    death = docs.save_document(
        dto.DocumentFields(code="QT 02/HT", title="Quy trình đăng ký khai tử", field=field)
    )
    docs.issue_revision(death.id, _issue(1, TODAY + timedelta(days=1), issued=TODAY))
    docs.save_document(dto.DocumentFields(code="QT 03/HT", title="Quy trình đăng ký kết hôn", field=field))

    path = export_register(services, "internal", tmp_path / "so.xlsx")
    statuses = {
        code: openpyxl.load_workbook(path).active.cell(sheet_row(path, code), 8).value
        for code in ("QT 01/HT", "QT 02/HT")
    }
    assert statuses == {
        "QT 01/HT": "Đang hiệu lực\nLần 2 hiệu lực từ 01/04/2026",
        "QT 02/HT": "Sắp hiệu lực (từ 16/03/2026)",
    }
    assert counts(services.imports.preview("documents", path)) == (0, 0, 2, 0)  # the draft is not listed

    # A month later both upcoming issues are in effect: the register printed before still reads
    # back unchanged (it names the issue now in effect as the upcoming one).
    services.clock.pin(TODAY + timedelta(days=30))
    assert counts(services.imports.preview("documents", path)) == (0, 0, 2, 0)

    # Changed in the file: a third issue of khai sinh, khai tử's date (the status' own date, the
    # column left empty).
    birth_row, death_row = sheet_row(path, "QT 01/HT"), sheet_row(path, "QT 02/HT")
    edit(
        path,
        {
            (birth_row, 8): "Đang hiệu lực\nLần 3 hiệu lực từ 01/06/2026",
            (death_row, 6): None,
            (death_row, 8): "Sắp hiệu lực (từ 20/03/2026)",
        },
    )
    preview = services.imports.preview("documents", path)
    assert [(i.code, i.changes) for i in preview.to_update] == [
        ("QT 01/HT", ("Lần ban hành 3",)),
        ("QT 02/HT", ("Ngày hiệu lực",)),
    ]
    services.imports.apply(preview)
    detail = docs.get_document(birth.id)
    assert [(r.issue_number, r.effective_on, r.state.value) for r in detail.revisions] == [
        (3, date(2026, 6, 1), "upcoming"),
        (2, date(2026, 4, 1), "current"),
        (1, date(2025, 7, 1), "history"),
    ]
    assert docs.get_document(death.id).revisions[0].effective_on == date(2026, 3, 20)
    assert counts(services.imports.preview("documents", path)) == (0, 0, 2, 0)

    # A row that knows nothing newer than issue 1 while issue 2 is in effect describes a state the
    # document has left.
    edit(path, {(birth_row, 8): "Đang hiệu lực"})
    preview = services.imports.preview("documents", path)
    assert [(r.row_number, r.code, r.params["latest"]) for r in preview.rejected] == [
        (birth_row, "import.issue_older", 2)
    ]


def test_formula_like_titles_export_as_text_and_read_back_unchanged(services, agency, tmp_path):
    """A title a spreadsheet would run ("=1+1", "=HYPERLINK(…)", "+1", "@x") is a text cell in the
    export, never a formula, and imports back as the same title: nothing changed."""
    import zipfile

    services.clock.pin(TODAY)
    titles = ["=1+1", '=HYPERLINK("http://x","bấm")', "+1", "@x", "-2 bản"]
    for i, title in enumerate(titles, start=1):
        doc = services.documents.save_document(dto.DocumentFields(code=f"QT {i:02d}/CT", title=title))
        services.documents.issue_revision(doc.id, _issue(1, date(2025, 7, 1)))
    path = export_register(services, "internal", tmp_path / "so.xlsx")
    with zipfile.ZipFile(path) as book:
        sheets = [book.read(n).decode() for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in xml or "<f " in xml for xml in sheets)
    ws = openpyxl.load_workbook(path).active
    read = {ws.cell(sheet_row(path, f"QT {i:02d}/CT"), 3).value for i in range(1, len(titles) + 1)}
    assert read == set(titles)
    preview = services.imports.preview("documents", path)
    assert counts(preview) == (0, 0, len(titles), 0)
