"""``screenshots --out DIR``: render every page (and dialogs) to PNG offscreen, without a display.

Read-only: opens the data directory as a reader and keeps window state in a throw-away settings
file, so it can run while the GUI is open.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1366, 820)


def _grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path), "PNG")
    return path


def take_screenshots(data_root: Path, out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.bootstrap import open_data_dir
    from app.ui.application import make_application
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.main_window import MainWindow
    from app.ui.pages.agency import AgencyPage
    from app.ui.pages.legal import LegalPage
    from app.ui.pages.objectives import ObjectivesPage
    from app.ui.pages.organization import OrganizationPage
    from app.ui.pages.plan import PlanPage
    from app.ui.pages.steering import SteeringDialog, SteeringPage
    from app.ui.settings import UiSettings

    out_dir.mkdir(parents=True, exist_ok=True)
    make_application()
    ctx = open_data_dir(data_root, writer=False, program="lệnh screenshots")
    files: list[Path] = []
    try:
        if not ctx.services.agency.is_set_up():
            dialog = FirstRunDialog(ctx.services.agency)
            dialog.show()
            files.append(_grab(dialog, out_dir / "00-khai-bao-co-quan.png"))
            dialog.close()
        with tempfile.TemporaryDirectory() as tmp:
            window = MainWindow(ctx, UiSettings(Path(tmp) / "settings.ini"))
            window.resize(*SIZE)
            window.show()
            for index, page in enumerate(window.pages):
                window.sidebar.setCurrentRow(index)
                slug = _slug(page.page_title)
                files.append(_grab(window, out_dir / f"{index + 1:02d}-{slug}.png"))
                if isinstance(page, LegalPage):
                    page.tabs.setCurrentIndex(1)
                    files.append(_grab(window, out_dir / f"{index + 1:02d}-{slug}-2-viec-can-cap-nhat.png"))
                    page.tabs.setCurrentIndex(0)
                if isinstance(page, ObjectivesPage):
                    files += _objective_views(window, page, out_dir, f"{index + 1:02d}-{slug}")
                if isinstance(page, PlanPage) and page.stack.currentIndex() == 1:
                    page.tabs.setCurrentIndex(1)
                    files.append(_grab(window, out_dir / f"{index + 1:02d}-{slug}-2-thong-tin-van-ban.png"))
                    page.tabs.setCurrentIndex(0)
                if isinstance(page, AgencyPage):
                    for tab in range(1, page.tabs.count()):
                        page.tabs.setCurrentIndex(tab)
                        name = _slug(page.tabs.tabText(tab))
                        files.append(_grab(window, out_dir / f"{index + 1:02d}-{slug}-{tab}-{name}.png"))
                    page.tabs.setCurrentIndex(0)
            # A few record dialogs, as the user sees them when editing.
            steering = window.page(SteeringPage)
            assert isinstance(steering, SteeringPage)
            summary = steering.decisions.current()
            decision = ctx.services.qms.get_steering_decision(summary.id) if summary else None
            dialog_s = SteeringDialog(ctx.services, decision, window)
            dialog_s.show()
            files.append(_grab(dialog_s, out_dir / "20-hop-thoai-ban-chi-dao.png"))
            dialog_s.close()
            org = window.page(OrganizationPage)
            assert isinstance(org, OrganizationPage)
            window.sidebar.setCurrentRow(window.pages.index(org))
            from app.ui.widgets.forms import RecordDialog

            persons = org.persons.model.rows
            captured: list[RecordDialog] = []
            original_exec = RecordDialog.exec

            def fake_exec(self: RecordDialog) -> int:
                self.show()
                captured.append(self)
                return 0

            RecordDialog.exec = fake_exec  # type: ignore[method-assign]
            try:
                org.edit_person(persons[0] if persons else None)
            finally:
                RecordDialog.exec = original_exec  # type: ignore[method-assign]
            for dlg in captured:
                files.append(_grab(dlg, out_dir / "21-hop-thoai-can-bo.png"))
                dlg.close()
            files += _document_dialogs(window, ctx, out_dir, Path(tmp))
            window.close()
    finally:
        ctx.close()
    return files


def _objective_views(window: QWidget, page: object, out_dir: Path, prefix: str) -> list[Path]:
    """The objectives page with a measured objective selected: its results, its chart, its dialog."""
    from app.ui.dialogs.objective_dialog import MeasurementDialog, ObjectiveDialog, default_period
    from app.ui.pages.objectives import ObjectivesPage

    assert isinstance(page, ObjectivesPage)
    files: list[Path] = []
    rows = page.list.model.rows
    measured = next((r for r in rows if len(r.measurements) > 1), None) or next(
        (r for r in rows if r.measurements), None
    )
    if measured is None:
        return files
    page.list.select_where(lambda r: r.id == measured.id)
    files.append(_grab(window, out_dir / f"{prefix}-1-ket-qua-do.png"))
    page.tabs.setCurrentIndex(1)
    files.append(_grab(window, out_dir / f"{prefix}-2-bieu-do.png"))
    page.tabs.setCurrentIndex(2)
    files.append(_grab(window, out_dir / f"{prefix}-3-ke-hoach-thuc-hien.png"))
    page.tabs.setCurrentIndex(0)
    dialog = ObjectiveDialog(page.services, page.year(), measured, window)
    dialog.show()
    files.append(_grab(dialog, out_dir / "24-hop-thoai-muc-tieu-chat-luong.png"))
    dialog.close()
    measure = MeasurementDialog(page.services, measured, default_period(measured, page.today()), window)
    measure.show()
    files.append(_grab(measure, out_dir / "25-hop-thoai-ghi-ket-qua-do.png"))
    measure.close()
    return files


def _document_dialogs(window: QWidget, ctx: object, out_dir: Path, tmp: Path) -> list[Path]:
    """The issue dialog of the selected document, and the import preview of a sample file."""
    from app.ui.dialogs.import_dialog import ImportDialog
    from app.ui.dialogs.revision_dialog import RevisionDialog
    from app.ui.pages.documents import DocumentsPage

    files: list[Path] = []
    services = ctx.services  # type: ignore[attr-defined]
    page = window.page(DocumentsPage)  # type: ignore[attr-defined]
    assert isinstance(page, DocumentsPage)
    window.sidebar.setCurrentRow(window.pages.index(page))  # type: ignore[attr-defined]
    if page._detail is not None:
        dialog = RevisionDialog(services, page._detail, None, window)
        dialog.show()
        files.append(_grab(dialog, out_dir / "22-hop-thoai-ban-hanh-lan-moi.png"))
        dialog.close()
    sample = tmp / "danh-muc-tthc-mau.csv"
    sample.write_text(
        "DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ;;;;\n"
        "STT;Mã TTHC;Tên thủ tục hành chính;Lĩnh vực;Cấp thực hiện\n"
        "I. LĨNH VỰC HỘ TỊCH;;;;\n"
        "1;1.001193;Đăng ký khai sinh;;Cấp xã\n"
        "2;1.000894;Đăng ký kết hôn;;Cấp xã\n"
        "3;1.004.946;Đăng ký lại khai tử;;Cấp xã\n"
        "II. LĨNH VỰC CHỨNG THỰC;;;;\n"
        "4;2.000815;Chứng thực chữ ký trong các giấy tờ, văn bản (bản sửa đổi);;Cấp xã\n"
        "5;1.115453;Thủ tục mới do tỉnh công bố;;Cấp xã\n",
        encoding="utf-8-sig",
    )
    importer = ImportDialog(services, "tthc", window)
    importer.load(sample)
    importer.show()
    files.append(_grab(importer, out_dir / "23-hop-thoai-nhap-danh-muc-tthc.png"))
    importer.close()
    return files


def _slug(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    ascii_text = "".join(ch for ch in folded if unicodedata.category(ch) != "Mn")
    return "-".join("".join(ch if ch.isalnum() else " " for ch in ascii_text).split())
