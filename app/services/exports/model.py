"""The neutral printed document: what the app prints, before it is a PDF, a Word file or a workbook.

Every printed document of the app (plans, decisions, minutes, forms, registers, the report) is a
``Document``: a ``Frame`` (what surrounds the body: the Decree 30 header, the type name and subject,
recipients, signatures) and a body of ``Block``s (headings, paragraphs, lists, tables, annexes).
Builders in the areas make documents from records; the three renderers draw any document:

- ``app.services.exports.pdf``  — reportlab, the Decree 30 page of ``nd30``;
- ``app.services.exports.docx`` — python-docx, the same document, editable in Word;
- ``app.services.exports.workbook`` — openpyxl, the same document on sheets, printable on A4.

A builder never knows the format; a renderer never knows the record. Texts are plain (no markup);
renderers escape and normalise them (NFC). The rules every renderer follows are written on the
classes below: where a rule says "prints", it holds for all three formats.

Frame variants (``Frame.variant``):

``signed``   plan, report, official letter — national header (issuer block beside Quốc hiệu / Tiêu
             ngữ, "Số: …" beside the date line), the type name (upper case, bold) and the subject
             (bold, a short rule under it), the body, then "Nơi nhận:" with ``recipients`` on the
             left beside the signature block on the right.
``decision`` QUYẾT ĐỊNH — the same header; the type name, the subject ("Về việc …"), then the
             ``authority`` line (bold, upper case: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"), the ``bases``
             ("Căn cứ …;", italic, indented), "QUYẾT ĐỊNH:" (bold, centred), then the body (its
             articles), recipients (starting "- Như Điều 3;") and the signature (no "TM.").
``minutes``  BIÊN BẢN — the national header and title; the body (time, place, attendees, content,
             closing line); no recipients; two signatures side by side (THƯ KÝ left, CHỦ TRÌ right).
``form``     a QMS form (e.g. the corrective-action request) — no national header: a boxed header
             row with the issuer, the form's title and its ``form_code`` / ``form_issue`` (a blank
             code prints as blanks); the body; the signature boxes side by side. No page numbers:
             each copy of a form (``PageBreak(frame=…)``) is a sheet of its own.
``register`` a list or register — the issuer block (left), the title and subtitle centred,
             ``note_lines`` ("Ngày in: 02/12/2026") under them, the body (the table, its totals); the
             ``signatures`` side by side when there are any ("Người lập" / "Người phê duyệt").

Pages: A4, Decree 30 margins (``nd30.PageStyle``), page numbers centred at the top from page 2 on
(never on page 1). The body starts ``landscape`` or portrait; a ``PageBreak`` block starts a new page
of a given orientation (a Word section, a new sheet's page setup); an ``Annex`` always starts a new
page of its own orientation, after the closing of the document (recipients and signature), with its
title block ("PHỤ LỤC", its subject, "(Kèm theo Kế hoạch số …)") — as real plans attach their tables.

Data sheets (``DataSheet``): detail lists that only the workbook prints, each on a sheet of its own
after the document's (the report's procedures changed, findings, training …). The PDF and the Word
file print the document as it is signed and leave them out; ``texts()`` does not read them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Align = Literal["left", "center", "right"]
Orientation = Literal["portrait", "landscape"]
Variant = Literal["signed", "decision", "minutes", "form", "register"]
Cell = str | int | float | date | None  # a date prints dd/mm/yyyy (a date cell in a workbook)

FORMATS = ("pdf", "docx", "xlsx")


# ---- tables -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    """One table column. ``width_mm`` is its width on the page (PDF, Word); None shares what the
    fixed columns leave. ``xlsx_width`` is the Excel column width (characters of 12 pt text).
    ``keep_together``: a value that never breaks inside (a form code "QT-NB 26/TA-HCTP", a
    date): renderers wrap it only at its spaces when they must, never inside a word, and give the
    column room for its longest word."""

    header: str
    width_mm: float | None
    xlsx_width: float
    align: Align = "left"
    keep_together: bool = False


@dataclass(frozen=True)
class Row:
    """A table row. ``group``: a bold group heading ("I | QUY TRÌNH NỘI BỘ"): ``cells[0]`` in the
    first column, ``cells[1]`` spanning the rest; it never ends a page (it stays with the row after
    it). A ``date`` cell prints dd/mm/yyyy; None prints empty."""

    cells: tuple[Cell, ...]
    group: bool = False


@dataclass(frozen=True)
class Table:
    """A bordered table whose header row repeats on every page it runs over.

    ``empty_text`` is printed in one spanning italic row when there are no rows. ``sheet_name``:
    the workbook puts each table of a document on the sheet of that name (tables without one go
    on the document's first sheet). Rows are never split across pages; a row taller than half a
    page has its longest cell shortened ("…") in the PDF."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    empty_text: str = "(Không có dữ liệu)"
    sheet_name: str = ""

    @property
    def row_count(self) -> int:
        return sum(1 for r in self.rows if not r.group)


# ---- body blocks --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    """A section heading, bold, left, kept with what follows. Level 1: "I. MỤC ĐÍCH, YÊU CẦU";
    level 2: "1. Mục đích"; level 3: "a) …" (bold italic)."""

    text: str
    level: int = 1


ParagraphStyle = Literal["body", "plain", "basis", "centered", "note", "closing"]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text, justified.

    ``style``: ``body`` (first line indented 1 cm), ``plain`` (no indent), ``basis`` ("Căn cứ …;",
    italic in a decision, indented), ``centered`` (bold, centred: "QUYẾT ĐỊNH:"), ``note`` (italic,
    centred: "(Số liệu tính từ … đến …)"), ``closing`` (the document's last sentence, ending "./.",
    indented — kept with the signature block that follows when the body is short). ``lead`` is
    printed bold before the text on the same line ("Điều 1." then the article's text)."""

    text: str
    style: ParagraphStyle = "body"
    lead: str = ""


@dataclass(frozen=True)
class Bullets:
    """Items printed one per line, each starting with ``marker`` ("-" or "+"), indented as body text."""

    items: tuple[str, ...]
    marker: str = "-"


@dataclass(frozen=True)
class PageBreak:
    """The body goes on on a new page of ``orientation`` (a landscape table in a portrait body).

    With a ``frame``, another copy of the document starts there, opened with that frame as the
    first one is (a form printed for each request: its own boxed header and number)."""

    orientation: Orientation = "portrait"
    frame: Frame | None = None


@dataclass(frozen=True)
class Annex:
    """An annex after the document's closing: a new page (``orientation``) with "PHỤ LỤC" (or
    ``label``), the ``subject`` (bold), the ``attached_to`` line in italics ("(Kèm theo Kế hoạch
    số 05/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã Tùng Ảnh)"), then its blocks."""

    subject: str
    blocks: tuple[Block, ...]
    attached_to: str = ""
    orientation: Orientation = "landscape"
    label: str = "PHỤ LỤC"


Block = Heading | Paragraph | Bullets | Table | PageBreak


@dataclass(frozen=True)
class DataSheet:
    """A detail list only the workbook prints: the sheet ``name`` (after the document's sheets;
    two data sheets of one name share it, a page break between them), its ``title`` (bold,
    centred), then its ``blocks`` (headings, note paragraphs, tables; a table's ``sheet_name`` is
    not read here), on A4 pages of ``orientation``."""

    name: str
    title: str
    blocks: tuple[Block, ...]
    orientation: Orientation = "landscape"


# ---- the frame ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Signature:
    """One signature block: ``lines`` above the space to sign (bold, upper case: "TM. ỦY BAN NHÂN
    DÂN", "CHỦ TỊCH"; in a form: "NGƯỜI ĐỀ NGHỊ"), an optional italic ``hint`` under them ("(Ký, ghi
    rõ họ tên)"), then the signer's name (bold) — blank when not known."""

    lines: tuple[str, ...]
    name: str = ""
    hint: str = ""


@dataclass(frozen=True)
class Frame:
    """What surrounds the body; see the module's text for each ``variant``.

    ``issuer``/``parent_body``: the issuing body and the body above it (upper case in print).
    ``number_line`` ("Số: 05/KH-UBND", blanks when not numbered) and ``date_line`` ("Tùng Ảnh, ngày
    05 tháng 01 năm 2026") sit under the two header blocks. ``type_name`` ("Kế hoạch", printed upper
    case) and ``subject`` (trích yếu, bold) make the title; a register's title is its ``type_name``
    and its subtitle the ``subject``. ``recipients`` are printed lines ("- Như trên;" … "- Lưu: VT,
    VP."); ``signatures`` are printed left to right (one: on the right, beside the recipients).
    ``note_lines`` print under the title (italic, centred), then ``addressee``: "Kính gửi: …" of
    a letter or report (several addressees one a line; empty: none)."""

    variant: Variant
    issuer: str
    type_name: str
    subject: str = ""
    parent_body: str = ""
    number_line: str = ""
    date_line: str = ""
    authority: str = ""  # decision
    bases: tuple[str, ...] = ()  # decision: "Căn cứ …;" lines before "QUYẾT ĐỊNH:"
    addressee: str = ""
    note_lines: tuple[str, ...] = ()  # register: "Ngày in: …"; report: the data period
    recipients: tuple[str, ...] = ()
    signatures: tuple[Signature, ...] = ()
    form_code: str = ""  # form: "BM 01-QT 08" (empty prints blanks)
    form_issue: str = ""  # form: "Lần ban hành: 01"

    @property
    def national_header(self) -> bool:
        return self.variant in ("signed", "decision", "minutes")


@dataclass(frozen=True)
class Document:
    """One printed document: its frame, its body and annexes, and what its files are called.

    ``title`` is the file's metadata title ("Kế hoạch … năm 2026 — Ủy ban nhân dân xã …");
    ``author`` the agency. ``orientation`` is the body's first page. ``body_size`` is the body
    text size in pt (13 or 14, one size per document). ``warnings`` are said to the user with the
    export (e.g. "the form's code is not set: it prints blank"). ``data_sheets``: the workbook's
    detail lists (``DataSheet``), never printed in the PDF or Word file."""

    frame: Frame
    body: tuple[Block, ...]
    title: str
    author: str = ""
    annexes: tuple[Annex, ...] = ()
    orientation: Orientation = "portrait"
    body_size: float = 14.0
    warnings: tuple[str, ...] = field(default=())
    data_sheets: tuple[DataSheet, ...] = ()

    def tables(self) -> Iterator[Table]:
        """Every table of the document, body first, then the annexes'."""
        for block in self.body:
            if isinstance(block, Table):
                yield block
        for annex in self.annexes:
            for block in annex.blocks:
                if isinstance(block, Table):
                    yield block

    def texts(self) -> Iterator[str]:
        """Every text the document prints, in order (frame, body, annexes): what tests and the
        export checks read."""
        f = self.frame
        yield from (f.parent_body, f.issuer, f.number_line, f.date_line, f.type_name, f.subject)
        yield from (f.addressee, *f.note_lines, f.authority, *f.bases)
        yield from _block_texts(self.body)
        yield from f.recipients
        for signature in f.signatures:
            yield from (*signature.lines, signature.hint, signature.name)
        for annex in self.annexes:
            yield from (annex.label, annex.subject, annex.attached_to)
            yield from _block_texts(annex.blocks)


def _block_texts(blocks: Sequence[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Heading):
            yield block.text
        elif isinstance(block, Paragraph):
            yield f"{block.lead} {block.text}".strip()
        elif isinstance(block, Bullets):
            yield from block.items
        elif isinstance(block, Table):
            yield from (c.header for c in block.columns)
            for row in block.rows:
                yield from (cell_text(c) for c in row.cells)
            if not block.rows:
                yield block.empty_text


def cell_text(value: Cell) -> str:
    """A cell as printed: dates dd/mm/yyyy, None empty, numbers as written."""
    from app.services.vocabulary import table_date

    if value is None:
        return ""
    if isinstance(value, date):
        return table_date(value)
    return str(value)
