"""Print preview draws the PDF's own pages: every page on its own sheet, in its own orientation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.ui.print_preview import a4_printer, paint_pdf


def _pdf(path: Path) -> Path:
    """Two portrait pages and a landscape one, written by reportlab."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for size, text in ((A4, "Trang 1"), (A4, "Trang 2"), (landscape(A4), "PHỤ LỤC")):
        c.setPageSize(size)
        c.drawString(100, 100, text)
        c.showPage()
    c.save()
    return path


def test_every_page_is_printed_in_its_orientation(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    document = QPdfDocument()
    document.load(str(_pdf(tmp_path / "in.pdf")))
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(document, printer) == 3
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert len(pages) == 3
    widths = [float(p.mediabox.width) > float(p.mediabox.height) for p in pages]
    assert widths == [False, False, True]
