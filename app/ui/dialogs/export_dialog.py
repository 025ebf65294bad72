"""Saving a register as .xlsx or .pdf: choose the file, export off the GUI thread, offer to open it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.bootstrap import Services
from app.messages import message
from app.services.errors import DomainError
from app.ui.tasks import TaskRunner

translate = QCoreApplication.translate

_NAMES = {
    "internal": "danh-muc-tai-lieu-noi-bo",
    "external": "danh-muc-tai-lieu-ben-ngoai",
}


def export_register(
    parent: QWidget, services: Services, which: str, runner: TaskRunner | None = None
) -> None:
    pdf_filter = translate("Export", "PDF để in (*.pdf)")
    xlsx_filter = translate("Export", "Bảng tính Excel (*.xlsx)")
    suggested = Path.home() / f"{_NAMES[which]}-{date.today():%Y%m%d}.pdf"
    path, chosen = QFileDialog.getSaveFileName(
        parent, translate("Export", "Xuất danh mục"), str(suggested), f"{pdf_filter};;{xlsx_filter}"
    )
    if not path:
        return
    fmt = "xlsx" if chosen == xlsx_filter or path.lower().endswith(".xlsx") else "pdf"
    target = Path(path)
    if target.suffix.lower() != f".{fmt}":
        target = target.with_suffix(f".{fmt}")
    tasks = runner or TaskRunner(parent)

    def done(result: object) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Export", "Xuất danh mục"),
            translate("Export", "Đã lưu {0}").format(str(target)),
            parent=parent,
        )
        open_button = box.addButton(translate("Export", "Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Export", "Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def failed(error: BaseException) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(parent, translate("Export", "Xuất danh mục"), message(error))
        else:
            raise error

    tasks.run_with_progress(
        parent,
        translate("Export", "Đang xuất danh mục…"),
        lambda: services.exports.export(which, fmt, target),
        done,
        failed,
    )
