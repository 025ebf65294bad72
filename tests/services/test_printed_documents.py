"""Every signed document and decision of the demo agency, as its head would receive it: the PDF passes
the Decree 30 check, the Word file is the same document (same headings in the same order, Decree 30
margins, no number on page 1, the landscape annex), the workbook holds the same text on A4."""

from __future__ import annotations

import unicodedata
from datetime import date

import openpyxl
import pytest

from app.services.areas import ExportRequest
from app.services.demo import fill_demo
from app.services.exports import catalogue, model
from tests import decree30

TODAY = date(2026, 11, 22)
SIGNED = {  # kind → the request's year (None: the kind's default record)
    "plan": 2026,
    "objectives": 2026,
    "steering-decision": None,
    "publication": None,
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(tmp_path_factory.mktemp("printed") / "data", writer=True, program="kiểm thử")
    fill_demo(ctx.services, today=TODAY)
    yield ctx.services
    ctx.close()


def nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00a0", " ").split())


def build(services, kind: str, fmt: str, out) -> tuple[model.Document, object]:  # type: ignore[no-untyped-def]
    request = ExportRequest(fmt=fmt, out=out, year=SIGNED[kind], today=TODAY)
    return catalogue.build(services, kind, request), catalogue.export(services, kind, request)


@pytest.mark.parametrize("kind", list(SIGNED))
def test_the_pdf_passes_the_decree_30_check(demo, kind, tmp_path):  # type: ignore[no-untyped-def]
    document, out = build(demo, kind, "pdf", tmp_path / f"{kind}.pdf")
    assert decree30.problems(out) == []
    text = nfc(decree30.text_of(out))
    assert nfc(document.frame.subject) in text
    if document.frame.variant == "decision":
        assert "QUYẾT ĐỊNH:" in text and "TM." not in " ".join(document.frame.signatures[0].lines)


@pytest.mark.parametrize("kind", list(SIGNED))
def test_the_word_file_is_the_same_document(demo, kind, tmp_path):  # type: ignore[no-untyped-def]
    from docx import Document as WordDocument
    from docx.shared import Mm

    document, out = build(demo, kind, "docx", tmp_path / f"{kind}.docx")
    word = WordDocument(str(out))
    # The same headings, in the same order.
    headings = [nfc(b.text) for b in document.body if isinstance(b, model.Heading)]
    for annex in document.annexes:
        headings += [nfc(b.text) for b in annex.blocks if isinstance(b, model.Heading)]
    paragraphs = [nfc(p.text) for p in word.paragraphs]
    found = [p for p in paragraphs if p in headings]
    assert found == headings
    # A4, Decree 30 margins, no number on page 1, annexes landscape.
    first = word.sections[0]
    assert abs(first.page_width - Mm(210)) < Mm(0.5) and abs(first.page_height - Mm(297)) < Mm(0.5)
    assert round(first.left_margin.mm) == 30 and round(first.right_margin.mm) == 15
    assert round(first.top_margin.mm) == 20 and round(first.bottom_margin.mm) == 20
    assert first.different_first_page_header_footer
    assert not "".join(p.text for p in first.first_page_header.paragraphs).strip()
    landscape = [a for a in document.annexes if a.orientation == "landscape"]
    if landscape:
        assert word.sections[-1].page_width > word.sections[-1].page_height


@pytest.mark.parametrize("kind", list(SIGNED))
def test_the_workbook_holds_the_same_text_on_a4(demo, kind, tmp_path):  # type: ignore[no-untyped-def]
    document, out = build(demo, kind, "xlsx", tmp_path / f"{kind}.xlsx")
    wb = openpyxl.load_workbook(str(out))
    cells = set()
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9
        assert not ws.firstHeader.center.text  # no page number on page 1
        for row in ws.iter_rows(values_only=True):
            cells.update(nfc(str(v)) for v in row if v is not None)
    flat = " ".join(cells)
    frame = document.frame
    for text in (frame.number_line, frame.subject, *frame.recipients, frame.signatures[0].name):
        assert nfc(text) in flat, text
    assert "./." in flat
