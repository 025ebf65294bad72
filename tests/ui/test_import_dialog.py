"""The import dialog: choose a file, see what would be added / updated / rejected, then Nhập or Hủy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.ui.dialogs.import_dialog import ImportDialog

CATALOGUE = "\n".join(
    [
        "DANH MỤC THỦ TỤC HÀNH CHÍNH;;",
        "Mã TTHC;Tên thủ tục hành chính;Lĩnh vực",
        "A. THỦ TỤC HÀNH CHÍNH CẤP XÃ;;",
        "I. LĨNH VỰC HỘ TỊCH;;",
        "1.001193;Đăng ký khai sinh;",
        "1.000656;Đăng ký khai tử;",
        "1.0;Đăng ký kết hôn;",
    ]
)


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    path = tmp_path / "danh-muc.csv"
    path.write_text(CATALOGUE, encoding="utf-8-sig")
    return path


@pytest.fixture
def dialog(services, agency, show):  # type: ignore[no-untyped-def]
    return show(ImportDialog(services, "tthc"))


def tab_texts(dialog: ImportDialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_loading_a_file_shows_the_rows_to_add_and_the_rejected_ones_without_writing(
    dialog, services, catalogue, ui
):
    assert not dialog.import_button.isEnabled()
    assert dialog.load(catalogue)

    assert tab_texts(dialog) == ["Thêm mới (2)", "Cập nhật (0)", "Bị loại (1)"]
    assert ui.column(dialog.add_panel, "Mã") == ["1.001193", "1.000656"]
    assert ui.column(dialog.add_panel, "Tên thủ tục") == ["Đăng ký khai sinh", "Đăng ký khai tử"]
    assert ui.column(dialog.rejected_panel, "Dòng") == ["7"]
    assert ui.column(dialog.rejected_panel, "Mã") == ["1.0"]
    assert "không đúng dạng" in ui.column(dialog.rejected_panel, "Lý do")[0]
    assert dialog.summary_label.text().startswith("Không đổi: 0")
    assert dialog.file_edit.text() == str(catalogue)
    assert dialog.import_button.isEnabled()
    assert services.tthc.list_tthc() == []

    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert services.tthc.list_tthc() == []


def test_nhap_writes_shows_the_result_and_closes(dialog, services, catalogue, popups):
    dialog.load(catalogue)
    dialog.import_button.click()

    assert popups.texts("information") == ["Đã nhập: thêm mới 2, cập nhật 0, không đổi 0, bị loại 1."]
    assert not dialog.isVisible()
    rows = {r.code: r for r in services.tthc.list_tthc()}
    assert set(rows) == {"1.001193", "1.000656"}
    assert (rows["1.001193"].field, rows["1.001193"].level) == ("Hộ tịch", "Cấp xã")
    assert rows["1.001193"].in_jurisdiction


def test_with_the_app_runner_reading_and_importing_run_off_the_gui_thread(
    services, agency, show, catalogue, popups, qtbot
):
    import threading

    from app.ui.tasks import TaskRunner

    threads: list[str] = []
    real_preview, real_apply = services.imports.preview, services.imports.apply

    def preview(*args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real_preview(*args)

    def apply(*args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real_apply(*args)

    services.imports.preview, services.imports.apply = preview, apply
    runner = TaskRunner()
    dialog = show(ImportDialog(services, "tthc", tasks=runner))
    dialog.load(catalogue)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert dialog.isEnabled() and dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert popups.texts("information") == ["Đã nhập: thêm mới 2, cập nhật 0, không đổi 0, bị loại 1."]
    assert len(threads) == 2 and threading.main_thread().name not in threads
    assert {r.code for r in services.tthc.list_tthc()} == {"1.001193", "1.000656"}


def test_reloading_after_import_shows_everything_unchanged(services, agency, show, catalogue, popups):
    first = show(ImportDialog(services, "tthc"))
    first.load(catalogue)
    first.apply()

    again = show(ImportDialog(services, "tthc"))
    again.load(catalogue)
    assert tab_texts(again) == ["Thêm mới (0)", "Cập nhật (0)", "Bị loại (1)"]
    assert again.summary_label.text().startswith("Không đổi: 2")
    assert not again.import_button.isEnabled()


def test_a_file_that_cannot_be_read_is_explained_in_the_dialog(dialog, services, tmp_path):
    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    assert not dialog.load(old)

    assert dialog.error_label.isVisible()
    assert ".xls" in dialog.error_label.text() and "Excel Workbook (*.xlsx)" in dialog.error_label.text()
    assert tab_texts(dialog) == ["Thêm mới (0)", "Cập nhật (0)", "Bị loại (0)"]
    assert not dialog.import_button.isEnabled()
    assert services.tthc.list_tthc() == []


def test_choose_file_and_download_template(dialog, tmp_path, monkeypatch, ui):
    target = tmp_path / "mẫu của tôi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.template_button.click()
    saved = target.with_name("mẫu của tôi.xlsx")
    assert saved.exists()
    assert str(saved) in dialog.info_label.text()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    dialog.choose_button.click()
    assert tab_texts(dialog) == ["Thêm mới (1)", "Cập nhật (0)", "Bị loại (0)"]
    assert ui.column(dialog.add_panel, "Mã") == ["1.001193"]
    assert "dòng tiêu đề 3" in dialog.info_label.text()


def test_documents_dialog_lists_updates_with_what_changes(services, agency, show, tmp_path, ui):
    from datetime import date

    from app.services import dto

    doc = services.documents.save_document(dto.DocumentFields(code="QT 01/HT", title="Quy trình khai sinh"))
    services.documents.issue_revision(
        doc.id, dto.RevisionFields(issue_number=1, issued_on=date(2024, 1, 2), effective_on=date(2024, 1, 2))
    )
    register = tmp_path / "so.csv"
    register.write_text(
        "Mã hiệu,Tên tài liệu,Lần ban hành,Ngày ban hành\n"
        "qt 01/ht,Quy trình đăng ký khai sinh,2,05/01/2026\n"
        "QT 02/HT,Quy trình đăng ký khai tử,1,05/01/2026\n",
        encoding="utf-8",
    )
    dialog = show(ImportDialog(services, "documents"))
    dialog.load(register)
    assert tab_texts(dialog) == ["Thêm mới (1)", "Cập nhật (1)", "Bị loại (0)"]
    assert ui.column(dialog.update_panel, "Thay đổi") == ["Tên tài liệu, Lần ban hành 2"]
    assert ui.column(dialog.add_panel, "Tên tài liệu") == ["Quy trình đăng ký khai tử"]


def test_an_unchanged_row_whose_code_was_folded_is_still_said(dialog, services, tmp_path):  # type: ignore[no-untyped-def]
    from app.services import dto

    services.tthc.save_tthc(dto.TthcFields(code="1.001193", name="Đăng ký khai sinh"))
    path = tmp_path / "toan-kho.csv"
    path.write_text(
        "Mã TTHC;Tên thủ tục hành chính\n１．００１１９３;Đăng ký khai sinh\n", encoding="utf-8-sig"
    )
    assert dialog.load(path)
    summary = dialog.summary_label.text()
    assert summary.startswith("Không đổi: 1 (ghi chú — dòng 2: ")
    assert "１．００１１９３" in summary and "1.001193" in summary
