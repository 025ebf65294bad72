"""Văn bản pháp lý and Danh mục TTHC on a 1366×768 laptop (issue 8): what the row colours mean, the
columns that matter visible without scrolling sideways, long trích yếu shown in full, and the TTHC
codes in the picker of procedures a legal change affects."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from app.models import DocumentType, LegalKind
from app.services import dto
from app.services.dto import UpdateState
from app.ui.dialogs.pick_dialog import PickDialog
from app.ui.formatting import update_state_color
from app.ui.pages.legal import LegalPage
from app.ui.pages.tthc import TthcPage

TODAY = date.today()
# The page's share of a maximised window on a 1366×768 laptop: minus the sidebar, the menu bar,
# the status bar and the taskbar.
PAGE_SIZE = (1366 - 230, 728 - 42)
LONG_TITLE = (
    "Quyết định công bố Danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung, bị bãi bỏ "
    "trong lĩnh vực Hộ tịch thuộc phạm vi chức năng quản lý của Sở Tư pháp tỉnh Hà Tĩnh"
)


def _laid_out(page: Any) -> Any:
    page.resize(*PAGE_SIZE)
    QApplication.processEvents()
    return page


def _column_fits(panel: Any, header: str) -> bool:
    """Whether column ``header`` of ``panel`` shows whole without scrolling sideways."""
    model = panel.view.model()
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    view_header = panel.view.horizontalHeader()
    section = headers.index(header)
    right = view_header.sectionViewportPosition(section) + view_header.sectionSize(section)
    return view_header.sectionViewportPosition(section) >= 0 and right <= panel.view.viewport().width()


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _legend(panel: Any) -> str:
    assert panel.legend.isVisible(), "the list colours rows but says nowhere what the colours mean"
    return panel.legend.text()


@pytest.fixture
def legal_data(services, agency):  # type: ignore[no-untyped-def]
    for code, name in (("1.001193", "Đăng ký khai sinh"), ("1.000894", "Đăng ký kết hôn")):
        services.tthc.save_tthc(
            dto.TthcFields(code=code, name=name, field="Hộ tịch", level="Cấp xã", in_jurisdiction=True)
        )
    birth = services.documents.save_document(
        dto.DocumentFields(
            code="QT 01/CX-HT",
            title="Quy trình đăng ký khai sinh",
            doc_type=DocumentType.TTHC_PROCEDURE,
            field="Hộ tịch",
            tthc_codes=("1.001193",),
        )
    )
    marriage = services.documents.save_document(
        dto.DocumentFields(
            code="QT 02/CX-HT",
            title="Quy trình đăng ký kết hôn",
            doc_type=DocumentType.TTHC_PROCEDURE,
            field="Hộ tịch",
            tthc_codes=("1.000894",),
        )
    )
    for doc in (birth, marriage):
        services.documents.issue_revision(
            doc.id,
            dto.RevisionFields(issue_number=1, issued_on=date(2024, 1, 1), effective_on=date(2024, 1, 1)),
        )
    late = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.TTHC_DECISION,
            number="1431/QĐ-UBND",
            title=LONG_TITLE,
            issuer="Ủy ban nhân dân tỉnh Hà Tĩnh",
            issued_on=TODAY - timedelta(days=200),
            effective_on=TODAY - timedelta(days=150),
        )
    )
    services.legal.link_documents(late.id, [birth.id])
    return late, birth, marriage


@pytest.fixture
def legal_page(services, legal_data, show):  # type: ignore[no-untyped-def]
    page = show(LegalPage(services))
    page.refresh()
    return _laid_out(page)


def test_legal_lists_say_what_their_red_amber_and_grey_rows_mean(legal_page, legal_data):
    late, _birth, _marriage = legal_data
    overdue, due_soon = update_state_color(UpdateState.OVERDUE), update_state_color(UpdateState.DUE_SOON)
    row = next(r for r in legal_page.documents.model.rows if r.id == late.id)
    assert legal_page.documents.model.color(row) == overdue
    documents = _legend(legal_page.documents)
    for text in (overdue, "quá hạn cập nhật", due_soon, "sắp đến hạn", "đã bị thay thế"):
        assert text in documents
    impacts = _legend(legal_page.impacts)
    assert legal_page.impacts.model.color(legal_page.impacts.model.rows[0]) == overdue
    for text in (overdue, "quá hạn", due_soon, "sắp đến hạn", "đã xong"):
        assert text in impacts
    legal_page.tabs.setCurrentIndex(1)
    assert "quá hạn" in _legend(legal_page.all_impacts)


def test_what_is_late_shows_without_scrolling_sideways(legal_page):
    for header in ("Số, ký hiệu", "Trích yếu", "Ngày hiệu lực", "Cần cập nhật"):
        assert _column_fits(legal_page.documents, header), header
    assert _column_fits(legal_page.impacts, "Tình trạng")
    legal_page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert _column_fits(legal_page.all_impacts, "Tình trạng")
    # "Chỉ việc chưa xong" sits on the search row, not on a row of its own.
    box, search = legal_page.open_only.geometry(), legal_page.all_impacts.search.geometry()
    assert abs(box.center().y() - search.center().y()) <= 2


def test_the_selected_document_shows_its_whole_trich_yeu_wrapped(legal_page, legal_data):
    late, _birth, _marriage = legal_data
    legal_page.documents.select_where(lambda r: r.id == late.id)
    detail = legal_page.legal_detail
    assert detail.isVisible() and detail.wordWrap()
    assert detail.text() == f"{LONG_TITLE} — Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert detail.height() > detail.fontMetrics().height() * 1.5  # on two lines, not cut
    assert detail.width() <= legal_page.width()


def test_the_procedure_picker_shows_tthc_codes_and_finds_a_procedure_by_one(
    legal_page, legal_data, services, monkeypatch
):
    late, _birth, marriage = legal_data
    legal_page.documents.select_where(lambda r: r.id == late.id)
    seen: dict[str, Any] = {}

    def exec_(dialog: PickDialog) -> int:
        model = dialog.list.model
        headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
        seen["headers"] = headers
        seen["codes"] = [model.index(r, headers.index("Mã TTHC")).data() for r in range(model.rowCount())]
        dialog.list.search.setText("1.000894")  # the code printed in the decision
        seen["found"] = [model.row_at(i).code for i in range(model.rowCount())]
        dialog.list.view.selectAll()
        return 1

    monkeypatch.setattr(PickDialog, "exec", exec_)
    assert legal_page.link_procedures() == [marriage.id]
    assert seen["headers"][:3] == ["Mã hiệu", "Mã TTHC", "Tên quy trình"]
    assert seen["codes"] == ["1.000894"]  # QT 01 is linked already: only QT 02 is offered
    assert seen["found"] == ["QT 02/CX-HT"]


# ---- Danh mục TTHC -----------------------------------------------------------------------------------


@pytest.fixture
def tthc_page(services, legal_data, show):  # type: ignore[no-untyped-def]
    page = show(TthcPage(services))
    page.refresh()
    return _laid_out(page)


def test_the_catalogue_says_what_red_rows_mean(tthc_page, services):
    services.tthc.save_tthc(
        dto.TthcFields(code="2.000815", name="Chứng thực chữ ký", field="Chứng thực", in_jurisdiction=True)
    )
    tthc_page.refresh()
    uncovered = next(r for r in tthc_page.list.shown_rows() if r.code == "2.000815")
    color = tthc_page.list.model.color(uncovered)
    assert color
    legend = _legend(tthc_page.list)
    assert color in legend and "chưa có quy trình" in legend
    assert _column_fits(tthc_page.list, "Quy trình")


def test_filters_show_their_whole_choice_and_the_search_its_whole_placeholder(tthc_page):
    combo = tthc_page.jurisdiction_filter
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    for i in range(combo.count()):
        assert combo.fontMetrics().horizontalAdvance(combo.itemText(i)) <= field.width(), combo.itemText(i)
    search = tthc_page.search
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) + 30 <= search.width()
    assert "không cần gõ dấu" in search.toolTip()


def test_the_catalogue_exports_as_a_word_document(tthc_page, services, tmp_path, monkeypatch, qtbot):  # type: ignore[no-untyped-def]
    from docx import Document as WordDocument
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "danh muc tthc"  # no extension: the chosen filter decides
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Văn bản Word (*.docx)")
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert tthc_page.export_button.isVisibleTo(tthc_page)
    tthc_page.export_catalogue()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    word = target.with_suffix(".docx")
    assert word.is_file() and str(word) in shown[0]
    cells = [c.text for t in WordDocument(str(word)).tables for row in t.rows for c in row.cells]
    assert "Mã thủ tục" in cells and "Quy trình ISO" in cells
