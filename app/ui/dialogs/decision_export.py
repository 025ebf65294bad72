"""Printing a QMS decision from its page ("In quyết định…"): the steering committee decision or the
publication decision the user selected, through the export catalogue (``catalogue.export`` with
its number and year), saved where the user chooses as PDF, Word or Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.bootstrap import Services
from app.services.areas import ExportRequest
from app.ui.dialogs.export_dialog import export_file, suggested_name
from app.ui.tasks import TaskRunner

translate = QCoreApplication.translate

# What each decision is called in its file's name ("QD-28-kien-toan-BCD-ISO-2026-UBND-xa-Tung-Anh.pdf").
_FILE_WORDS = {
    "steering-decision": "QĐ {number} kiện toàn BCĐ ISO",
    "publication": "QĐ {number} công bố HTQLCL",
}


def decision_file_words(key: str, number: str) -> str:
    """The title words of the suggested file name: the decision's number without its symbol."""
    return _FILE_WORDS[key].format(number=number.split("/", 1)[0].strip())


def export_decision(
    parent: QWidget,
    services: Services,
    key: str,
    number: str,
    signed_on: date,
    runner: TaskRunner | None = None,
) -> None:
    """Ask where to save decision ``number`` of ``signed_on``'s year (export kind ``key``), then
    write it in the background and say where it went."""
    from app.services.exports import catalogue

    kind = catalogue.find(key)
    formats = kind.formats

    def write(fmt: str, target: Path) -> catalogue.Exported:
        request = ExportRequest(
            fmt=fmt, out=target, number=number, year=signed_on.year, today=services.clock.today()
        )
        return catalogue.write(services, key, request)

    export_file(
        parent=parent,
        title=translate("DecisionExport", "In quyết định"),
        suggested_name=suggested_name(services, decision_file_words(key, number), formats[0], signed_on.year),
        write=write,
        runner=runner,
        formats=formats,
        data_root=services.data_root,
    )
