"""Saving a register or a document as .pdf, .docx or .xlsx: choose the file (the filter or the typed
extension picks the format; never in the data folder), export off the GUI thread with a progress
dialog, then offer to open the result. The suggested name says what and whose
(``Danh-muc-tai-lieu-noi-bo-UBND-xa-Tung-Anh-20261202.xlsx``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.bootstrap import Services
from app.messages import message
from app.services.errors import DomainError
from app.services.exports.filenames import agency_file_part, default_file_name
from app.services.files import check_output_path
from app.ui.tasks import TaskRunner

translate = QCoreApplication.translate

# What each register is called in its file's name (the words of its title).
_REGISTER_TITLES = {
    "internal": "Danh mục tài liệu nội bộ",
    "external": "Danh mục tài liệu bên ngoài",
    "tthc": "Danh mục thủ tục hành chính",
}


def _filters() -> dict[str, str]:
    return {
        "pdf": translate("Export", "PDF để in (*.pdf)"),
        "docx": translate("Export", "Văn bản Word (*.docx)"),
        "xlsx": translate("Export", "Bảng tính Excel (*.xlsx)"),
        "json": translate("Export", "Số liệu cho phần mềm khác (*.json)"),
    }


def chosen_target(path: str, chosen_filter: str, formats: Sequence[str]) -> tuple[str, Path]:
    """The format and the file for what the save dialog returned: an offered extension typed by
    the user decides, else the chosen filter (else the first format); the format's extension is
    added when the name lacks it ("bao cao" → "bao cao.pdf", "ban 1.2" → "ban 1.2.pdf")."""
    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    filters = _filters()
    if suffix in formats:
        fmt = suffix
    else:
        fmt = next((f for f in formats if filters.get(f) == chosen_filter), formats[0])
        target = target.with_name(f"{target.name}.{fmt}")
    return fmt, target


def export_file(
    parent: QWidget,
    title: str,
    suggested_name: str,
    write: Callable[[str, Path], object],
    runner: TaskRunner | None = None,
    *,
    formats: Sequence[str] = ("pdf", "xlsx"),
    data_root: Path | None = None,
) -> None:
    """Ask for the target (one of ``formats``, by the chosen filter or the typed extension), run
    ``write(fmt, target)`` in the background, then show where it went with a button to open it,
    and the document's warnings when ``write`` returns them (``catalogue.Exported``).

    ``suggested_name`` is the file's name with or without an extension (``default_file_name``).
    A file in ``data_root`` (the open data folder: ``services.data_root``) is refused before
    anything is written, like a name whose extension is not the format's."""
    filters = _filters()
    offered = [f for f in formats if f in filters] or ["pdf"]
    stem = suggested_name
    for known in (*offered, *filters):
        if stem.lower().endswith(f".{known}"):
            stem = stem[: -len(known) - 1]
            break
    suggested = Path.home() / f"{stem}.{offered[0]}"
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(suggested), ";;".join(filters[f] for f in offered)
    )
    if not path:
        return
    fmt, target = chosen_target(path, chosen, offered)
    try:
        check_output_path(target, fmt, data_root)
    except DomainError as error:
        show_export_failure(parent, title, error)
        return
    tasks = runner or TaskRunner(parent)
    tasks.run_with_progress(
        parent,
        translate("Export", "Đang xuất tệp…"),
        lambda: write(fmt, target),
        lambda result: show_saved(parent, title, target, getattr(result, "warnings", ())),
        lambda error: show_export_failure(parent, title, error),
    )


def show_saved(parent: QWidget, title: str, target: Path, warnings: Sequence[str] = ()) -> None:
    """Say where the file went, with a button that opens it; what the printed document leaves
    blank to fill by hand (``warnings``) is said under it."""
    text = translate("Export", "Đã lưu {0}").format(str(target))
    if warnings:
        text += "\n\n" + translate("Export", "Lưu ý trước khi trình ký:") + "\n"
        text += "\n".join(f"- {w}" for w in warnings)
    box = QMessageBox(
        QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information,
        title,
        text,
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


def suggested_name(
    services: Services, title_words: str, fmt: str, year: int | None = None, *, on: date | None = None
) -> str:
    """``default_file_name`` for the open agency: "Ke-hoach-ISO-2026-UBND-xa-Tung-Anh.pdf"."""
    agency = agency_file_part(services.agency.get_profile())
    return default_file_name(title_words, agency, fmt, year, on=on)


def export_register(
    parent: QWidget,
    services: Services,
    which: str,
    runner: TaskRunner | None = None,
    *,
    formats: Sequence[str] = ("pdf", "docx", "xlsx"),
) -> None:
    """Save the register ``which`` (internal / external documents, the TTHC catalogue) through the
    export catalogue, named for the agency and the day:
    "Danh-muc-tai-lieu-noi-bo-UBND-xa-Tung-Anh-20261202.pdf"."""
    from app.services.areas import ExportRequest
    from app.services.exports import catalogue

    key, variant = ("tthc", None) if which == "tthc" else ("documents", which)

    def write(fmt: str, target: Path) -> catalogue.Exported:
        return catalogue.write(services, key, ExportRequest(fmt, target, variant=variant))

    export_file(
        parent,
        translate("Export", "Xuất danh mục"),
        suggested_name(services, _REGISTER_TITLES[which], formats[0], on=services.clock.today()),
        write,
        runner,
        formats=formats,
        data_root=services.data_root,
    )
