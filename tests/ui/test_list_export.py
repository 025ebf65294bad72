""" "Xuất Excel…" under a list writes exactly what the list shows: the rows the search lets through,
in the order the user sorted them, the columns as displayed, under the agency's header."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.demo import fill_demo
from app.services.text import fold
from app.ui.pages.organization import OrganizationPage
from app.ui.pages.plan import PlanPage
from app.ui.pages.steering import SteeringDialog

TODAY = date(2026, 11, 22)


@pytest.fixture
def demo(services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    fill_demo(services, today=TODAY)
    return services


@pytest.fixture
def org(demo, show):  # type: ignore[no-untyped-def]
    page = show(OrganizationPage(demo))
    page.refresh()
    return page


@pytest.fixture
def save_as(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """The file the user picks in the save dialog; records what the dialog suggested."""
    asked: list[str] = []
    target = {"path": tmp_path / "can bo"}  # typed without an extension

    def pick(
        _parent: Any, _caption: str, suggested: str, _filter: str, *_a: Any, **_k: Any
    ) -> tuple[str, str]:
        asked.append(suggested)
        return str(target["path"]), "Bảng tính Excel (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    return target, asked


@pytest.fixture
def saved_box(monkeypatch):  # type: ignore[no-untyped-def]
    """The "Đã lưu …" box: its text, answered with Đóng."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def _section_center(header: Any, section: int) -> QPoint:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def _table(path: Path, first_header: str) -> list[list[str]]:
    rows = [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(rows) if r[0] == first_header)
    return [[c or "" for c in r] for r in rows[start:]]


def test_exporting_a_searched_and_sorted_list_writes_exactly_the_rows_shown(
    org, save_as, saved_box, popups, qtbot, ui
):
    panel = org.persons
    assert panel.export_button.isVisible() and panel.export_button.text() == "Xuất Excel…"
    everyone = len(panel.model.rows)
    panel.search.setText("van")  # the user types without diacritics
    header = panel.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 0))
    ascending = ui.column(panel, "Họ và tên")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 0))
    headers = ["Họ và tên", "Chức vụ", "Bộ phận", "Trạng thái", "Điện thoại"]
    shown = [list(r) for r in zip(*(ui.column(panel, h) for h in headers), strict=True)]
    assert 1 < len(shown) < everyone
    assert [r[0] for r in shown] == ascending[::-1]  # sorted by name, Z to A

    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    org.tasks.wait()
    qtbot.waitUntil(lambda: bool(saved_box), timeout=10_000)

    target, asked = save_as
    written = target["path"].with_name("can bo.xlsx")
    assert Path(asked[0]).name == "bo-phan-va-can-bo-can-bo-cong-chuc-20261122.xlsx"
    assert saved_box == [f"Đã lưu {written}"]
    assert popups.texts() == []
    table = _table(written, "Họ và tên")
    assert table[0] == headers
    assert table[1:] == shown
    assert all("van" in fold(" ".join(r)) for r in table[1:])
    cells = [r[0] for r in openpyxl.load_workbook(written).active.iter_rows(values_only=True) if r[0]]
    assert cells[:4] == [
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "BỘ PHẬN VÀ CÁN BỘ — CÁN BỘ, CÔNG CHỨC",
        "Ngày in: 22/11/2026",
    ]


def test_the_button_is_disabled_when_the_search_leaves_no_row(org):
    panel = org.departments
    assert panel.export_button.isEnabled()

    panel.search.setText("khong co bo phan nao ten nhu the")

    assert panel.view.model().rowCount() == 0
    assert not panel.export_button.isEnabled()
    panel.search.setText("")
    assert panel.export_button.isEnabled()


def test_a_folder_that_cannot_be_written_is_reported_and_nothing_is_left(
    org, save_as, saved_box, popups, qtbot, tmp_path
):
    target, _asked = save_as
    target["path"] = tmp_path / "khong-co" / "bo-phan.xlsx"

    qtbot.mouseClick(org.departments.export_button, Qt.MouseButton.LeftButton)
    org.tasks.wait()
    qtbot.waitUntil(lambda: bool(popups.shown), timeout=10_000)

    (warning,) = popups.texts("warning")
    assert warning.startswith(f"Không ghi được tệp {target['path']}: thư mục chứa tệp không tồn tại.")
    assert saved_box == []
    assert not (tmp_path / "khong-co").exists()


def test_the_plan_page_exports_its_tasks_of_the_selected_year(
    demo, show, save_as, saved_box, qtbot, tmp_path
):
    page = show(PlanPage(demo))
    page.refresh()
    target, asked = save_as
    target["path"] = tmp_path / "nhiem-vu.xlsx"
    shown = [
        page.task_list.view.model().index(r, 1).data() for r in range(page.task_list.view.model().rowCount())
    ]

    qtbot.mouseClick(page.task_list.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved_box), timeout=10_000)

    assert Path(asked[0]).name.startswith("ke-hoach-duy-tri-cai-tien-htqlcl-nam-2026-nhiem-vu-")
    table = _table(target["path"], "STT")
    assert [r[1] for r in table[1:]] == shown
    assert table[1][0] == "1"


def test_child_rows_being_edited_in_a_dialog_are_not_offered_for_export(demo, show):
    dialog = show(SteeringDialog(demo, None))

    assert dialog.members.export_button.isHidden()


def test_a_list_read_from_the_database_exports_its_searched_and_sorted_rows(
    demo, show, save_as, saved_box, popups, qtbot, ui
):
    from app.ui.pages.documents import DocumentsPage

    page = show(DocumentsPage(demo))
    page.refresh()
    panel = page.list
    page.search.setText("ho tich")
    page.requery()  # what the pause after typing runs
    header = panel.view.horizontalHeader()
    title = [c.header for c in panel.model.columns].index("Tên tài liệu")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, title))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, title))
    shown = list(zip(ui.column(panel, "Mã hiệu"), ui.column(panel, "Tên tài liệu"), strict=True))
    assert 1 < len(shown) < len(demo.documents.document_ids())
    from app.services.vocabulary import sort_key

    titles = [t for _c, t in shown]
    assert titles == sorted(titles, key=sort_key, reverse=True)  # Vietnamese order, Z to A

    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    page.tasks.wait()
    qtbot.waitUntil(lambda: bool(saved_box), timeout=10_000)

    table = _table(save_as[0]["path"].with_name("can bo.xlsx"), "Mã hiệu")
    assert [(r[0], r[1]) for r in table[1:]] == shown
    assert popups.texts() == []


def test_the_saved_file_box_says_what_the_document_leaves_blank(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox, QWidget

    from app.ui.dialogs.export_dialog import show_saved

    shown: list[tuple[str, object]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.text(), self.icon())) or 0)
    parent = QWidget()
    show_saved(parent, "In quyết định", tmp_path / "qd.pdf", ("Chưa có phạm vi áp dụng để in vào Điều 1.",))
    show_saved(parent, "In quyết định", tmp_path / "qd.pdf")
    (warned, icon), (plain, plain_icon) = shown
    assert "Lưu ý trước khi trình ký:" in warned and "- Chưa có phạm vi áp dụng để in vào Điều 1." in warned
    assert icon == QMessageBox.Icon.Warning
    assert "Lưu ý" not in plain and plain_icon == QMessageBox.Icon.Information
