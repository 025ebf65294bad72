"""Showing errors: domain errors as plain Vietnamese messages; unexpected ones with the log's place."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.messages import message
from app.services.datadir import DataDir, storage_problem
from app.services.errors import DomainError

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def show_domain_error(parent: QWidget | None, error: DomainError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or translate("Errors", "Không thực hiện được"), message(error))


def confirm(parent: QWidget | None, title: str, text: str, yes: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes or translate("Errors", "Đồng ý"), QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(translate("Errors", "Không"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def show_unexpected(parent: QWidget | None, details: str, log_path: Path | None) -> None:
    text = translate("Errors", "Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu trước đó không bị ảnh hưởng.")
    if log_path is not None:
        text += "\n\n" + translate("Errors", "Chi tiết được ghi trong tệp nhật ký:\n{0}").format(
            str(log_path)
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("Errors", "Lỗi ngoài dự kiến"), text, parent=parent
    )
    box.setDetailedText(details)
    box.addButton(translate("Errors", "Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def storage_problem_of(exc: BaseException, log_path: Path | None) -> DomainError | None:
    """A database error from the disk or another program (locked, read-only, full…) as the
    message that says so, for the data folder of ``log_path`` (``datadir.storage_problem``)."""
    if log_path is None:
        return None
    try:
        return storage_problem(exc, DataDir(log_path.parent).db_path)
    except Exception:  # explaining must never hide the error itself
        return None


def install_excepthook(log_path: Path | None) -> None:
    """Log any exception that escapes a slot and show it, instead of letting it vanish."""
    showing = {"busy": False}

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.__stderr__.write(details) if sys.__stderr__ else None
        if showing["busy"]:
            return

        def show() -> None:
            showing["busy"] = True
            try:
                problem = exc if isinstance(exc, DomainError) else storage_problem_of(exc, log_path)
                if problem is not None:
                    show_domain_error(QApplication.activeWindow(), problem)
                else:
                    show_unexpected(QApplication.activeWindow(), details, log_path)
            finally:
                showing["busy"] = False

        QTimer.singleShot(0, show)

    sys.excepthook = hook
