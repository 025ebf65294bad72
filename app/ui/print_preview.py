"""Print preview and printing of a document the app wrote as PDF.

The preview shows the PDF's own pages (drawn by QtPdf), not a second layout of the document: what
the head of the agency signs on paper is exactly what the PDF file holds. The PDF is written to a
temporary folder (never the data folder) and removed when the preview closes.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MAX_DPI = 300


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``document`` on ``printer``, one sheet each, in its own orientation;
    the number of pages drawn."""
    painter = QPainter()
    pages = document.pageCount()
    for index in range(pages):
        size = document.pagePointSize(index)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        if index == 0:
            if not painter.begin(printer):
                return 0
        else:
            printer.newPage()
        area = printer.pageLayout().fullRectPixels(printer.resolution())
        # Rendered at 300 dpi at most (sharp on paper; a 1200 dpi page image is 140 MB), scaled to the sheet.
        scale = min(1.0, MAX_DPI / max(1, printer.resolution()))
        image = document.render(index, QSize(round(area.width() * scale), round(area.height() * scale)))
        painter.drawImage(QRect(0, 0, area.width(), area.height()), image)
    if pages:
        painter.end()
    return pages


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF carries its own Decree 30 margins
    return printer


def preview_pdf(parent: QWidget, write: Callable[[Path], Path], title: str) -> None:
    """Write the document with ``write(path)`` into a temporary folder and show Qt's print preview
    of its pages (print from there)."""
    folder = Path(tempfile.mkdtemp(prefix="thuky-iso-in-"))
    try:
        path = write(folder / "ban-in.pdf")
        document = QPdfDocument(parent)
        document.load(str(path))
        printer = a4_printer()
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowState(Qt.WindowState.WindowMaximized)
        dialog.paintRequested.connect(lambda p: paint_pdf(document, p))
        dialog.exec()
        document.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
