"""Saving a register or a document as .pdf or .xlsx: choose the file (the filter picks the format),
export off the GUI thread with a progress dialog, then offer to open the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.bootstrap import Services
from app.messages import message
from app.services.errors import DomainError
from app.ui.tasks import TaskRunner

translate = QCoreApplication.translate

_REGISTER_NAMES = {
    "internal": "danh-muc-tai-lieu-noi-bo",
    "external": "danh-muc-tai-lieu-ben-ngoai",
}


def export_file(
    parent: QWidget,
    title: str,
    suggested_name: str,
    write: Callable[[str, Path], Path],
    runner: TaskRunner | None = None,
) -> None:
    """Ask for the target (PDF or Excel by the chosen filter), run ``write(fmt, target)`` in the
    background, then show where it went with a button to open it."""
    pdf_filter = translate("Export", "PDF để in (*.pdf)")
    xlsx_filter = translate("Export", "Bảng tính Excel (*.xlsx)")
    suggested = Path.home() / f"{suggested_name}.pdf"
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), f"{pdf_filter};;{xlsx_filter}")
    if not path:
        return
    fmt = "xlsx" if chosen == xlsx_filter or path.lower().endswith(".xlsx") else "pdf"
    target = Path(path)
    if target.suffix.lower() != f".{fmt}":
        target = target.with_suffix(f".{fmt}")
    tasks = runner or TaskRunner(parent)
    tasks.run_with_progress(
        parent,
        translate("Export", "Đang xuất tệp…"),
        lambda: write(fmt, target),
        lambda _result: show_saved(parent, title, target),
        lambda error: show_export_failure(parent, title, error),
    )


def show_saved(parent: QWidget, title: str, target: Path) -> None:
    """Say where the file went, with a button that opens it."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        translate("Export", "Đã lưu {0}").format(str(target)),
        parent=parent,
    )
    open_button = box.addButton(translate("Export", "Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Export", "Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def show_export_failure(parent: QWidget, title: str, error: BaseException) -> None:
    """A domain error (the folder cannot be written…) as a warning; anything else is a bug and goes
    on to the crash dialog."""
    if isinstance(error, DomainError):
        QMessageBox.warning(parent, title, message(error))
    else:
        raise error


def export_register(
    parent: QWidget, services: Services, which: str, runner: TaskRunner | None = None
) -> None:
    export_file(
        parent,
        translate("Export", "Xuất danh mục"),
        f"{_REGISTER_NAMES[which]}-{services.clock.today():%Y%m%d}",
        lambda fmt, target: services.exports.export(which, fmt, target),
        runner,
    )
