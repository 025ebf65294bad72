"""Documents, TTHC catalogue and legal-change pages, driven as the ISO secretary uses them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.models import DocumentStatus, DocumentType, LegalKind
from app.services import dto
from app.ui.dialogs.pick_dialog import PickDialog
from app.ui.dialogs.revision_dialog import RevisionDialog
from app.ui.pages.documents import DocumentsPage
from app.ui.pages.legal import LegalPage
from app.ui.pages.tthc import TthcPage

TODAY = date.today()


@pytest.fixture
def documents_page(services, agency, show):
    page = DocumentsPage(services)
    show(page)
    page.refresh()
    return page


def _procedure(services, code="QT 01/CX-HCTP", title="Quy trình chứng thực bản sao từ bản chính", **kw):
    fields = dto.DocumentFields(
        code=code, title=title, doc_type=DocumentType.TTHC_PROCEDURE, field="Chứng thực", **kw
    )
    return services.documents.save_document(fields)


def _issue(services, doc, number, effective, **kw):
    return services.documents.issue_revision(
        doc.id,
        dto.RevisionFields(issue_number=number, issued_on=min(effective, TODAY), effective_on=effective),
        **kw,
    )


def test_adding_a_document_lists_it_and_search_ignores_diacritics(
    documents_page, dialog_driver, ui, services
):
    dialog_driver.will_fill(
        code="QT 02/CX-HCTP",
        title="Quy trình chứng thực chữ ký trong các giấy tờ, văn bản",
        doc_type=DocumentType.TTHC_PROCEDURE,
        field="Chứng thực",
        tthc_codes="2.000815; 2.000884",
    )
    documents_page.list.add_requested.emit()
    assert dialog_driver.last.saved
    assert ui.column(documents_page.list, "Mã hiệu") == ["QT 02/CX-HCTP"]
    assert "Mã TTHC: 2.000815, 2.000884" in documents_page.detail_info.text()
    documents_page.search.setText("quy trinh chung thuc chu ky")
    documents_page.reload_list()
    assert ui.column(documents_page.list, "Mã hiệu") == ["QT 02/CX-HCTP"]
    documents_page.search.setText("dat dai")
    documents_page.reload_list()
    assert ui.column(documents_page.list, "Mã hiệu") == []


def test_typing_a_tthc_code_finds_its_procedure_after_the_pause(documents_page, ui, services, qtbot):
    _issue(services, _procedure(services, tthc_codes=("1.001193",)), 1, TODAY)
    other = _procedure(services, "QT 02/CX-HCTP", "Quy trình chứng thực chữ ký", tthc_codes=("2.000815",))
    _issue(services, other, 1, TODAY)
    documents_page.refresh()
    documents_page.search.setText("2.000815")
    assert len(ui.column(documents_page.list, "Mã hiệu")) == 2  # nothing runs before the pause…
    qtbot.waitUntil(lambda: ui.column(documents_page.list, "Mã hiệu") == ["QT 02/CX-HCTP"], timeout=2000)
    assert documents_page.list.count_label.text() == "1 / 2 tài liệu"


def test_a_header_click_sorts_in_sql_and_keeps_the_selection_and_the_detail(
    documents_page, ui, services, monkeypatch
):
    for code, title in [
        ("QT 01/CX-HT", "Quy trình đăng ký khai sinh"),
        ("QT 02/CX-HT", "Quy trình giám hộ"),
        ("QT 03/CX-HT", "Quy trình cấp bản sao trích lục"),
    ]:
        _procedure(services, code, title)
    documents_page.refresh()
    documents_page.select_document(services.documents.document_ids(dto.DocumentFilter(text="giam ho"))[0])
    reads = []
    real = services.documents.get_document
    monkeypatch.setattr(services.documents, "get_document", lambda *a, **k: reads.append(a) or real(*a, **k))
    title_column = [c.header for c in documents_page.list.model.columns].index("Tên tài liệu")

    from PySide6.QtCore import Qt

    # What a click on the header does (QHeaderView -> QTableView.sortByColumn -> model.sort).
    documents_page.list.view.sortByColumn(title_column, Qt.SortOrder.AscendingOrder)
    assert ui.column(documents_page.list, "Tên tài liệu") == [
        "Quy trình cấp bản sao trích lục",
        "Quy trình đăng ký khai sinh",  # đ after c, before g (not after every other letter)
        "Quy trình giám hộ",
    ]
    documents_page.list.view.sortByColumn(title_column, Qt.SortOrder.DescendingOrder)
    assert ui.column(documents_page.list, "Mã hiệu") == ["QT 02/CX-HT", "QT 01/CX-HT", "QT 03/CX-HT"]
    assert documents_page.list.current().code == "QT 02/CX-HT"
    documents_page.search.setText("quy trinh")
    documents_page.requery()
    assert documents_page.list.current().code == "QT 02/CX-HT"
    assert reads == []  # the same document stayed selected: its detail was not read again
    assert "giám hộ" in documents_page.detail_title.text()


def test_a_duplicate_code_is_shown_under_the_field_and_nothing_is_added(
    documents_page, dialog_driver, services
):
    _procedure(services)
    documents_page.refresh()
    dialog_driver.will_fill(code="qt 01/cx-hctp", title="Bản trùng mã")
    documents_page.list.add_requested.emit()
    call = dialog_driver.last
    assert not call.saved and call.open_after
    assert "đã dùng cho tài liệu đang hiệu lực" in call.errors["code"]
    assert services.documents.count_documents() == 1


def test_issuing_revisions_shows_current_and_upcoming_and_keeps_files(
    documents_page, services, tmp_path, monkeypatch
):
    doc = _procedure(services)
    documents_page.refresh()
    documents_page.select_document(doc.id)
    word = tmp_path / "QT 01 lần 1.docx"
    word.write_bytes(b"PK\x03\x04 noi dung quy trinh")
    dialog = RevisionDialog(services, documents_page._detail, None, documents_page)
    dialog.form.editors["effective_on"].set_value(TODAY - timedelta(days=30))
    dialog.form.editors["issued_on"].set_value(TODAY - timedelta(days=35))
    dialog.add_file(word)
    assert dialog.try_save()
    documents_page.reload_list()
    documents_page.select_document(doc.id)
    _issue(services, doc, 2, TODAY + timedelta(days=20))
    documents_page.reload_list()
    documents_page.select_document(doc.id)
    row = documents_page.list.current()
    assert row.current_issue == 1
    assert "lần 2 từ" in documents_page._status_text(row)
    states = {r.issue_number: r.state for r in documents_page.revisions.model.rows}
    assert states == {1: dto.RevisionState.CURRENT, 2: dto.RevisionState.UPCOMING}
    opened: list[str] = []
    monkeypatch.setattr(
        "app.ui.pages.documents.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )
    documents_page.revisions.select_where(lambda r: r.issue_number == 1)
    assert documents_page.open_file_button.isEnabled()
    documents_page.open_file()
    assert Path(opened[0]).name == "QT 01 lần 1.docx"
    assert Path(opened[0]).read_bytes() == word.read_bytes()


def test_making_a_document_obsolete_keeps_it_findable(documents_page, services, popups, ui):
    doc = _procedure(services)
    _issue(services, doc, 1, TODAY - timedelta(days=10))
    documents_page.refresh()
    documents_page.select_document(doc.id)
    documents_page.toggle_obsolete()
    assert services.documents.get_document(doc.id).status is DocumentStatus.OBSOLETE
    # The page keeps showing it (filters widened), greyed out; the "in force" filter leaves it out.
    assert ui.column(documents_page.list, "Mã hiệu") == ["QT 01/CX-HCTP"]
    assert documents_page.list.current().status is DocumentStatus.OBSOLETE
    documents_page.status_filter.setCurrentIndex(
        documents_page.status_filter.findData(DocumentStatus.IN_FORCE)
    )
    assert ui.column(documents_page.list, "Mã hiệu") == []
    assert not documents_page.revisions.add_button.isEnabled()


def test_tthc_page_shows_coverage_and_marks_a_selection(services, agency, show):
    for code, name in (
        ("1.001193", "Đăng ký khai sinh"),
        ("1.000894", "Đăng ký kết hôn"),
        ("2.000815", "Chứng thực chữ ký"),
    ):
        services.tthc.save_tthc(
            dto.TthcFields(code=code, name=name, field="Hộ tịch", level="Cấp xã", in_jurisdiction=True)
        )
    _issue(services, _procedure(services, tthc_codes=("1.001193",)), 1, TODAY)
    page = TthcPage(services)
    show(page)
    page.refresh()
    assert (
        "Thuộc thẩm quyền: 3 TTHC — đã có quy trình: 1 (33,3\u00a0%) — chưa có quy trình: 2"
        in page.coverage_label.text()
    )
    page.uncovered.setChecked(True)
    assert sorted(r.code for r in page.list.shown_rows()) == ["1.000894", "2.000815"]
    page.list.view.selectAll()
    page.set_jurisdiction(False)
    assert services.tthc.coverage().in_jurisdiction == 1
    assert "chưa có quy trình: 0" in page.coverage_label.text()


@pytest.fixture
def legal_setup(services, agency):
    doc = _procedure(services)
    _issue(services, doc, 1, date(2024, 1, 1))
    legal = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.LAW,
            number="07/2025/TT-BTP",
            title="Thông tư sửa đổi quy định về chứng thực",
            issuer="Bộ Tư pháp",
            issued_on=TODAY - timedelta(days=200),
            effective_on=TODAY - timedelta(days=150),
        )
    )
    return doc, legal


def _pick_all(monkeypatch):
    def exec_(self):
        self.list.view.selectAll()
        return 1

    monkeypatch.setattr(PickDialog, "exec", exec_)


def test_legal_page_links_procedures_and_shows_overdue(services, legal_setup, show, monkeypatch, ui):
    doc, legal = legal_setup
    page = LegalPage(services)
    show(page)
    page.refresh()
    page.documents.select_where(lambda r: r.id == legal.id)
    _pick_all(monkeypatch)
    assert page.link_procedures() == [doc.id]
    assert "Cần cập nhật 1 quy trình: quá hạn 1" in page.summary_label.text()
    assert ui.column(page.impacts, "Tình trạng") == ["Quá hạn"]
    assert page.tabs.tabText(1) == "Việc cần cập nhật (1)"


def test_an_impact_is_closed_by_a_later_issue_or_as_no_change(
    services, legal_setup, show, monkeypatch, dialog_driver, popups
):
    doc, legal = legal_setup
    services.legal.link_documents(legal.id, [doc.id])
    page = LegalPage(services)
    show(page)
    page.refresh()
    page.documents.select_where(lambda r: r.id == legal.id)
    impact = page.impacts.model.rows[0]
    # Only issue 1 exists and it predates the law: the user is told to issue a new one first.
    assert page.close_with_revision(impact) is None
    assert "chưa có lần ban hành nào hiệu lực" in popups.texts("warning")[0]
    # The revision dialog of the documents page proposes the open update, checked.
    dialog = RevisionDialog(services, services.documents.get_document(doc.id))
    assert dialog.impacts.count() == 1 and dialog.checked_impacts() == [impact.id]
    dialog.form.editors["effective_on"].set_value(TODAY - timedelta(days=5))
    dialog.form.editors["issued_on"].set_value(TODAY - timedelta(days=7))
    assert dialog.try_save()
    assert services.legal.summary().open == 0
    page.refresh()
    page.documents.select_where(lambda r: r.id == legal.id)
    row = page.impacts.model.rows[0]
    assert row.revision_issue == 2
    page.reopen(row)
    dialog_driver.will_fill(reason="Thông tư không thay đổi thành phần hồ sơ và thời hạn giải quyết.")
    page.close_no_change(page.impacts.model.rows[0])
    assert dialog_driver.last.saved
    assert services.legal.summary().no_change == 1


def test_exporting_the_register_from_the_page_writes_the_chosen_format(
    documents_page, services, tmp_path, monkeypatch, qtbot
):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    doc = _procedure(services)
    _issue(services, doc, 1, TODAY - timedelta(days=3))
    target = tmp_path / "danh muc"  # no extension: the chosen filter decides
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Bảng tính Excel (*.xlsx)")
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    documents_page.export_register()
    xlsx = target.with_suffix(".xlsx")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert xlsx.is_file() and str(xlsx) in shown[0]
    values = [c.value for row in load_workbook(xlsx).active.iter_rows() for c in row]
    assert "QT 01/CX-HCTP" in values
