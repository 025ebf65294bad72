"""The Excel renderer of the neutral document (``exports.model``): the same document on sheets,
printable on A4 at the sizes of the PDF.

``render(document, out)`` writes the workbook atomically. What goes where:

- The first sheet holds the document in reading order: the frame's opening (the national header —
  issuer block in the left columns beside Quốc hiệu / Tiêu ngữ in the right ones, "Số: …" beside
  the date line —, the boxed header of a form or the issuer block of a register; the title and
  subject; a decision's authority, bases and "QUYẾT ĐỊNH:"; the note lines), every body block
  (headings, paragraphs and bullets as merged, wrapped rows across the sheet, tables inline), the
  closing ("Nơi nhận" beside the signature, or the signatures side by side: one row, each block a
  cell of lines, so that it is never split over two pages), then the annexes.
- A table with a ``sheet_name`` goes to the sheet of that name, under the heading before it (which
  stays on the first sheet too, with a line saying where the table went); an annex holding such
  a table goes there whole, under its title ("PHỤ LỤC", subject, "(Kèm theo …)").
- A page of the other orientation (``PageBreak``, an ``Annex``) starts a sheet of its own: a sheet
  has one page setup. A new page of the same orientation is a manual page break.
- The document's data sheets (``model.DataSheet``, detail lists only the workbook prints) come
  last, each on the sheet of its name under its title.

Sizes and widths. The workbook's standard font is Times New Roman 12 pt (what Excel and
LibreOffice both have, Liberation Serif standing in), so a column-width unit is one of its digits,
8 px = 6 pt, on every machine. Each sheet's columns span exactly the printable width of its page
(A4 with the Decree 30 margins of ``nd30.PageStyle``): text prints at its own size (body 13–14 pt,
cells 12 pt) and "fit to one page wide" is only a safety net. A sheet's columns are its widest
table's (``Column.xlsx_width`` shared out over the page, no column narrower than its longest word,
a code's whole text); a sheet without a table gets the columns its frame needs (the header split,
the rules, the signature column). When a table cannot be laid out so that fitting it shrinks 12 pt
cells under 11 pt, it is printed at 100 % over pages side by side instead of being fitted.

Rows: Excel neither grows merged rows nor splits a row over pages, so each row is given the height
its wrapped text needs (measured with the Times metrics of ``nd30``) and a long paragraph is written
over several rows. Rules (under the issuer, under the subject) are a top border on the cells under
the line, centred, 1/3–1/2 of its length; where the columns allow no such span (a register's, which
are its table's) the line is underlined instead; the Tiêu ngữ is underlined. Page numbers are
centred in the top margin from page 2 on (``xlsx.print_setup``). A sheet repeats one range of rows
on its printed pages: the header row of its last table, unless the text after that table would run
on over pages of its own (the pages are estimated from the row heights). Every text goes through
``xlsx.write_text``: no cell is ever a formula.

openpyxl and reportlab (for text widths) are imported inside the functions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise, zip_longest
from pathlib import Path
from typing import Any

from app.services.exports import model, nd30, xlsx
from app.services.exports.nd30 import MM, PageStyle

UNIT_PT = 6.0  # one column-width unit: a digit of Times New Roman 12 pt, 8 px at 96 dpi
CELL_SIZE = 12.0  # table cells
MIN_SCALE = 11 / 12  # fitting a sheet to the page may bring 12 pt cells down to 11 pt, not lower
MIN_COLUMN_PT = 24.0
MAX_FLOOR_SHARE = 0.45  # a column's longest word claims at most this share of the page
CELL_PADDING_PT = 7.0  # what a cell's text loses of its column: Excel's margins and some air
MEASURE_SAFETY = 0.95  # screen fonts run a little wider than the printed metrics
LINE = 1.17  # line height of wrapped text, in font sizes (Excel and LibreOffice: 1.13–1.15)
ROW_PADDING = 3.0  # pt above and below a row's text
MAX_ROW_PT = 409.0  # Excel's tallest row
PARAGRAPH_LINES = 12  # a longer paragraph goes on over rows of this many lines (a row never breaks)
SPACE_AFTER = 6.0  # pt after a paragraph, as in the PDF
RULE_ROW_PT = 5.0
FORM_CODE_BLANK = "…………"
RECIPIENT_SIZE = 11.0
RECIPIENTS_HEADING_SIZE = 12.0


# ---- the document -------------------------------------------------------------------------------
def render(document: model.Document, out: Path) -> Path:
    """Write ``document`` as an .xlsx workbook to ``out`` (atomically) and return the path."""
    from openpyxl import Workbook

    wb = Workbook()
    _standard_font(wb)
    for index, sheet in enumerate(plan_sheets(document)):
        ws = wb.active if index == 0 else wb.create_sheet()
        ws.title = sheet.name
        _SheetWriter(ws, sheet, document).write()
    wb.active = 0
    wb.properties.title = xlsx.cell_text(document.title) or None
    wb.properties.creator = xlsx.cell_text(document.author) or None
    wb.properties.subject = xlsx.cell_text(document.frame.subject) or None
    return xlsx.save_workbook(wb, Path(out))


def fit_scale(widths: Sequence[float], page: PageStyle) -> float:
    """The scale "fit to one page wide" prints columns of ``widths`` (Excel units) at on ``page``."""
    total = sum(widths) * UNIT_PT
    return 1.0 if total <= page.frame_width else page.frame_width / total


def _standard_font(wb: Any) -> None:
    """Times New Roman 12 pt as the workbook's standard font (font 0 and the Normal style): the
    column-width unit is then a digit of it, the same in Excel and LibreOffice."""
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    standard = Font(name=xlsx.FONT_NAME, size=CELL_SIZE)
    wb._fonts = IndexedList([standard])
    wb._named_styles["Normal"].font = standard


# ---- which sheet holds what ---------------------------------------------------------------------
@dataclass(frozen=True)
class Opening:
    frame: model.Frame


@dataclass(frozen=True)
class Closing:
    frame: model.Frame


@dataclass(frozen=True)
class AnnexTitle:
    annex: model.Annex


@dataclass(frozen=True)
class SheetTitle:
    text: str


@dataclass(frozen=True)
class ManualBreak:
    """A new printed page on the same sheet."""


Item = Opening | Closing | AnnexTitle | SheetTitle | ManualBreak | model.Block


@dataclass
class Sheet:
    """One worksheet: its name, its page's orientation and what it holds, in order."""

    name: str
    orientation: model.Orientation
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        if isinstance(item, ManualBreak) and (not self.items or isinstance(self.items[-1], ManualBreak)):
            return
        self.items.append(item)

    @property
    def tables(self) -> list[model.Table]:
        return [item for item in self.items if isinstance(item, model.Table) and item.columns]


def plan_sheets(document: model.Document) -> list[Sheet]:
    """The sheets of ``document`` and what each holds (see the module's text)."""
    return _Planner(document).plan()


class _Planner:
    def __init__(self, document: model.Document) -> None:
        self.document = document
        frame = document.frame
        self.sheets: list[Sheet] = []
        self.named: dict[str, Sheet] = {}
        self.flow = self._new(frame.type_name or document.title, document.orientation)
        self.pending: tuple[str, model.Orientation] | None = None

    def plan(self) -> list[Sheet]:
        document = self.document
        self.flow.add(Opening(document.frame))
        self.blocks(document.body)
        self.add(Closing(document.frame))
        for annex in document.annexes:
            self.annex(annex)
        for data in document.data_sheets:
            self.data_sheet(data)
        return self.sheets

    def _new(self, name: str, orientation: model.Orientation) -> Sheet:
        from app.services.exports.list_xlsx import sheet_name

        base = sheet_name(name)
        taken = {s.name.casefold() for s in self.sheets}
        chosen, count = base, 1
        while chosen.casefold() in taken:
            count += 1
            suffix = f" ({count})"
            chosen = base[: 31 - len(suffix)].rstrip() + suffix
        sheet = Sheet(chosen, orientation)
        self.sheets.append(sheet)
        return sheet

    def add(self, item: Item) -> None:
        """Add to the flow of the document, on the sheet a pending page break asked for."""
        if self.pending is not None and not isinstance(item, ManualBreak):
            name, orientation = self.pending
            self.pending = None
            self.flow = self._new(name, orientation)
        self.flow.add(item)

    def page(self, orientation: model.Orientation, name: str) -> None:
        """A new page of ``orientation``: a manual break, or a new sheet for the other one."""
        if self.pending is not None:  # a new sheet is coming: it starts a page anyway
            if orientation == self.flow.orientation:
                self.pending = None
                self.flow.add(ManualBreak())
            else:
                self.pending = (name, orientation)
        elif orientation == self.flow.orientation:
            self.flow.add(ManualBreak())
        else:
            self.pending = (name, orientation)

    def blocks(self, blocks: Sequence[model.Block], *, annex_sheet: Sheet | None = None) -> None:
        target = self.add if annex_sheet is None else annex_sheet.add
        for i, block in enumerate(blocks):
            if isinstance(block, model.PageBreak):
                if annex_sheet is not None:
                    annex_sheet.add(ManualBreak())
                else:
                    self.page(block.orientation, self._continuation_name(blocks[i + 1 :]))
            elif (
                isinstance(block, model.Table)
                and block.sheet_name
                and (annex_sheet is None or _key(block.sheet_name) != _key(annex_sheet.name))
            ):
                before = blocks[i - 1] if i else None
                title = before.text if isinstance(before, model.Heading) else block.sheet_name
                sheet = self._named(block.sheet_name, self._orientation(annex_sheet))
                if sheet.items:
                    sheet.add(ManualBreak())
                sheet.add(SheetTitle(title))
                sheet.add(block)
                target(model.Paragraph(f"(Bảng chi tiết tại trang tính “{sheet.name}”)", "note"))
            else:
                target(block)

    def annex(self, annex: model.Annex) -> None:
        named = next((b.sheet_name for b in annex.blocks if isinstance(b, model.Table) and b.sheet_name), "")
        if named:
            sheet = self._named(named, annex.orientation)
            sheet.add(ManualBreak())
            sheet.add(AnnexTitle(annex))
            self.blocks(annex.blocks, annex_sheet=sheet)
            return
        self.page(annex.orientation, _annex_sheet_name(annex))
        self.add(AnnexTitle(annex))
        self.blocks(annex.blocks)

    def data_sheet(self, data: model.DataSheet) -> None:
        sheet = self._named(data.name, data.orientation)
        sheet.add(ManualBreak())  # none at the top of a new sheet
        if data.title.strip():
            sheet.add(SheetTitle(data.title))
        for block in data.blocks:
            sheet.add(ManualBreak() if isinstance(block, model.PageBreak) else block)

    def _named(self, name: str, orientation: model.Orientation) -> Sheet:
        key = _key(name)
        if key not in self.named:
            self.named[key] = self._new(name, orientation)
        return self.named[key]

    def _orientation(self, annex_sheet: Sheet | None) -> model.Orientation:
        if annex_sheet is not None:
            return annex_sheet.orientation
        return self.pending[1] if self.pending is not None else self.flow.orientation

    def _continuation_name(self, rest: Sequence[model.Block]) -> str:
        heading = next((b.text for b in rest if isinstance(b, model.Heading)), "")
        return heading or f"{self.sheets[0].name} ({len(self.sheets) + 1})"


def _key(name: str) -> str:
    from app.services.exports.list_xlsx import sheet_name

    return sheet_name(name).casefold()


_ROMAN = re.compile(r"^[IVXLCDM]+[.:]?$|\d")


def _annex_sheet_name(annex: model.Annex) -> str:
    """ "PHỤ LỤC II" → "Phụ lục II" (numbers and Roman numerals kept)."""
    words = [w if _ROMAN.search(w) else w.lower() for w in nd30.nfc(annex.label).split()]
    name = " ".join(words)
    return name[:1].upper() + name[1:] if name else "Phụ lục"


# ---- text measurement ---------------------------------------------------------------------------
def text_lines(
    text: str, width: float, size: float, *, bold: bool = False, italic: bool = False
) -> list[str]:
    """``text`` broken into the lines a wrapped cell ``width`` pt wide shows at ``size`` pt (at
    spaces; the printed metrics of Times, with a margin for the wider screen fonts)."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = max(1.0, width - CELL_PADDING_PT) * MEASURE_SAFETY
    font = nd30.font_name(bold=bold, italic=italic)
    lines: list[str] = []
    for part in nd30.nfc(text).split("\n"):
        if len(part) * size * 0.75 <= width:  # surely on one line: no measuring
            lines.append(part)
            continue
        nd30.register_fonts()
        if stringWidth(part, font, size) <= width:
            lines.append(part)
            continue
        lines += simpleSplit(part, font, size, width) or [""]
    return lines or [""]


@functools.lru_cache(maxsize=16384)
def line_count(text: str, width: float, size: float, *, bold: bool = False, italic: bool = False) -> int:
    """How many lines ``text_lines`` makes (the texts of a register repeat: remembered)."""
    return len(text_lines(text, width, size, bold=bold, italic=italic))


def text_height(lines: int, size: float) -> float:
    return min(MAX_ROW_PT, max(1, lines) * size * LINE + 2 * ROW_PADDING)


def _width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    return nd30.text_width(text, size=size, bold=bold, italic=italic)


def _paragraph_chunks(
    text: str, width: float, size: float, *, bold: bool, italic: bool
) -> list[tuple[str, int]]:
    """``text`` in pieces of at most ``PARAGRAPH_LINES`` lines (whole words, the spacing kept):
    (piece, its line count)."""
    lines = text_lines(text, width, size, bold=bold, italic=italic)
    if len(lines) <= PARAGRAPH_LINES:
        return [(text, len(lines))]
    pieces: list[tuple[str, int]] = []
    tokens = re.findall(r"\S+\s*|\s+", nd30.nfc(text))
    position = 0
    for start in range(0, len(lines), PARAGRAPH_LINES):
        group = lines[start : start + PARAGRAPH_LINES]
        words = sum(len(line.split()) for line in group)
        taken: list[str] = []
        while position < len(tokens) and (words > 0 or not tokens[position].strip()):
            token = tokens[position]
            if token.strip():
                words -= 1
            taken.append(token)
            position += 1
            if words == 0:
                break
        pieces.append(("".join(taken).strip(), len(group)))
    if position < len(tokens):
        rest = "".join(tokens[position:]).strip()
        if rest:
            last, count = pieces[-1]
            pieces[-1] = (f"{last} {rest}", count + 1)
    return [(piece, count) for piece, count in pieces if piece]


def _rich(lines: Sequence[Line]) -> Any:
    """``lines`` as one cell's text, each line in its own font (a blank line keeps its size)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    parts = []
    for i, line in enumerate(lines):
        text = ("\n" if i else "") + (line.shown or "")
        if not text:
            continue
        font = InlineFont(rFont=xlsx.FONT_NAME, sz=line.size, b=line.bold or None, i=line.italic or None)
        parts.append(TextBlock(font, text))
    return CellRichText(*parts) if parts else None


# ---- columns ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Grid:
    """A sheet's columns (pt) and whether it is fitted to the page width."""

    widths: tuple[float, ...]
    fit: bool = True

    @property
    def total(self) -> float:
        return sum(self.widths)

    @property
    def count(self) -> int:
        return len(self.widths)

    @property
    def edges(self) -> list[float]:
        edges = [0.0]
        for width in self.widths:
            edges.append(edges[-1] + width)
        return edges

    def edge(self, x: float, *, low: int = 0, high: int | None = None) -> int:
        """The index of the column edge nearest ``x`` pt, within ``low..high``."""
        edges = self.edges
        high = len(edges) - 1 if high is None else high
        return min(range(low, high + 1), key=lambda i: (abs(edges[i] - x), i))

    def span(self, x0: float, x1: float) -> tuple[int, int]:
        """The columns (first, last; 1-based) nearest ``x0..x1`` pt, at least one."""
        first = self.edge(x0, high=self.count - 1)
        last = self.edge(x1, low=first + 1)
        return first + 1, last

    def width(self, first: int, last: int) -> float:
        return sum(self.widths[first - 1 : last])


def table_widths(table: model.Table, room: float) -> tuple[list[float], bool]:
    """Widths (pt) of ``table``'s columns across ``room`` pt: ``xlsx_width`` shared out, no column
    under the width of its longest word (a ``keep_together`` column: its longest text). Returns
    the widths and whether fitting them to the page keeps 12 pt cells at 11 pt or more."""
    weights = [max(1.0, c.xlsx_width) for c in table.columns]
    floors = [_column_floor(table, i, room) for i in range(len(table.columns))]
    if sum(floors) >= room:
        return floors, sum(floors) * MIN_SCALE <= room
    widths: dict[int, float] = {}
    while len(widths) < len(weights):
        free = [i for i in range(len(weights)) if i not in widths]
        left = room - sum(widths.values())
        total = sum(weights[i] for i in free)
        share = {i: left * weights[i] / total for i in free}
        pinned = {i: floors[i] for i in free if share[i] < floors[i]}
        if not pinned:
            widths.update(share)
            break
        widths.update(pinned)
    return [widths[i] for i in range(len(weights))], True


def _column_floor(table: model.Table, index: int, room: float) -> float:
    column = table.columns[index]
    candidates = [(w, True) for w in ([column.header] if column.keep_together else column.header.split())]
    texts: set[str] = set()
    for row in table.rows:
        if row.group:
            if index == 0 and row.cells:
                candidates.append((model.cell_text(row.cells[0]), True))
            continue
        if index < len(row.cells) and row.cells[index] is not None:
            text = model.cell_text(row.cells[index])
            texts.update(text.split("\n") if column.keep_together else text.split())
    longest = sorted(texts, key=len, reverse=True)[:8]
    candidates += [(t, False) for t in longest]
    need = max((_width(t, CELL_SIZE, bold=bold) for t, bold in candidates if t), default=0.0)
    need = need / MEASURE_SAFETY + CELL_PADDING_PT + 2
    return min(room * MAX_FLOOR_SHARE, max(MIN_COLUMN_PT, need))


def column_spans(widths: Sequence[float], grid: Grid) -> list[tuple[int, int]]:
    """Each of a table's columns (``widths``, pt) as grid columns (first, last; 1-based): the
    nearest edges, every column at least one grid column wide."""
    scale = grid.total / max(1.0, sum(widths))
    spans: list[tuple[int, int]] = []
    first, x = 0, 0.0
    for i, width in enumerate(widths):
        x += width * scale
        remaining = len(widths) - i - 1
        last = grid.count if remaining == 0 else grid.edge(x, low=first + 1, high=grid.count - remaining)
        spans.append((first + 1, last))
        first = last
    return spans


# ---- the layout of a sheet ----------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """One line (row) of a frame block: a text, a blank of ``height`` pt, or a rule of
    ``rule`` pt, centred under the line above."""

    text: str = ""
    size: float = 13.0
    bold: bool = False
    italic: bool = False
    upper: bool = False
    underline: bool = False
    align: str = "center"
    height: float = 0.0
    rule: float = 0.0

    @property
    def shown(self) -> str:
        return nd30.upper(self.text) if self.upper else nd30.nfc(self.text)


def _page(orientation: str, document: model.Document) -> PageStyle:
    if orientation == "landscape":
        return PageStyle.landscape(body_size=document.body_size)
    return PageStyle.portrait(body_size=document.body_size)


class _SheetWriter:
    def __init__(self, ws: Any, sheet: Sheet, document: model.Document) -> None:
        self.ws = ws
        self.sheet = sheet
        self.document = document
        self.frame = document.frame
        self.page = _page(sheet.orientation, document)
        self.size = document.body_size
        self.room = self.page.frame_width
        self.grid = self._grid()
        self.row = 1
        self.header_rows: list[int] = []
        self.table_ends: list[int] = []
        self._above: dict[tuple[int, int], Line] = {}
        self._rule_row = 0  # the last row holding only a rule
        self._break_after = 0  # the row the last manual page break follows
        self._styles: dict[Any, Any] = {}
        self._cell_styles: dict[tuple[Any, ...], Any] = {}

    # -- columns --
    def _grid(self) -> Grid:
        """The sheet's columns. With tables: the widest table's; when the sheet also holds the
        frame of a signed document, a decision, minutes or a form, its edges are added (the header
        split, the rules, the signature column: those tables' cells then span two columns). A
        register keeps its table's columns only (the frame falls on them as best it can)."""
        tables = self.sheet.tables
        extra: list[float] = []
        if not tables or self.frame.variant != "register":
            extra = self._frame_edges()
        fit = True
        points = [0.0, self.room]
        if tables:
            main = max(tables, key=lambda t: (len(t.columns), sum(c.xlsx_width for c in t.columns)))
            widths, fit = table_widths(main, self.room)
            points = [0.0]
            for width in widths:
                points.append(points[-1] + width)
        for x in sorted(extra):  # a column narrower than this would only be in the way
            if 0 < x < points[-1] and min(abs(x - p) for p in points) >= 10:
                points.append(x)
                points.sort()
        return Grid(tuple(b - a for a, b in pairwise(points)), fit)

    def _frame_edges(self) -> list[float]:
        """Where a sheet without a table wants column edges: the frame's splits and rules."""
        room, frame, edges = self.room, self.frame, []
        for item in self.sheet.items:
            if isinstance(item, Opening):
                if frame.national_header:
                    size, left, _ = nd30.header_layout(frame.issuer, self.page)
                    edges.append(left)
                    edges += self._centred_rule_edges(left / 2, self._issuer_rule(size, left))
                    edges += self._centred_rule_edges(room / 2, self._subject_rule(room * 0.85))
                    edges += [room * 0.075, room * 0.925]
                elif frame.variant == "register":
                    width = self._register_issuer_width()
                    edges.append(width)
                    edges += self._centred_rule_edges(
                        width / 2, self._issuer_rule(self.page.header_size, width)
                    )
                    edges += self._centred_rule_edges(room / 2, self._subject_rule(room))
                else:
                    edges += [room * 0.3, room * 0.75]
            elif isinstance(item, Closing):
                if frame.variant in ("signed", "decision"):
                    edges.append(room - self._signature_width())
                elif frame.signatures:
                    n = len(frame.signatures)
                    edges += [room * k / n for k in range(1, n)]
        return edges

    def _centred_rule_edges(self, centre: float, length: float) -> list[float]:
        return [centre - length / 2, centre + length / 2] if length > 0 else []

    def _issuer_lines(self, size: float, width: float) -> list[str]:
        issuer = nd30.break_name(nd30.upper(self.frame.issuer), width, size=size, bold=True)
        return issuer.split("\n")

    def _issuer_rule(self, size: float, width: float) -> float:
        lines = self._issuer_lines(size, width)
        longest = max((_width(x, size, bold=True) for x in lines), default=0.0)
        return min(longest, width) * 0.4

    def _subject_rule(self, width: float) -> float:
        if not self.frame.subject.strip():
            return 0.0
        longest = _width(self.frame.subject, self.size, bold=True)
        return min(longest, width) * 0.35

    def _register_issuer_width(self) -> float:
        size = self.page.header_size
        widths = [_width(nd30.upper(self.frame.issuer), size, bold=True)]
        if self.frame.parent_body.strip():
            widths.append(_width(nd30.upper(self.frame.parent_body), size))
        return min(self.room / 2, max(widths) + 12)

    def _signature_width(self) -> float:
        signature = self.frame.signatures[0] if self.frame.signatures else model.Signature(())
        longest = max((_width(nd30.upper(x), self.size, bold=True) for x in signature.lines), default=0.0)
        return min(self.room * 0.6, max(nd30.SIGNATURE_MIN_WIDTH_MM * MM, longest + 16))

    # -- styles (shared objects: a 30,000-row register sets a style per cell) --
    def _font(self, size: float, *, bold: bool = False, italic: bool = False, underline: bool = False) -> Any:
        key = ("font", size, bold, italic, underline)
        if key not in self._styles:
            from openpyxl.styles import Font

            self._styles[key] = Font(
                name=xlsx.FONT_NAME,
                size=size,
                bold=bold,
                italic=italic,
                underline="single" if underline else None,
            )
        return self._styles[key]

    def _alignment(self, align: str, valign: str = "center", indent: int = 0) -> Any:
        key = ("align", align, valign, indent)
        if key not in self._styles:
            from openpyxl.styles import Alignment

            self._styles[key] = Alignment(horizontal=align, vertical=valign, wrap_text=True, indent=indent)
        return self._styles[key]

    def _border(self, *, top_only: bool = False) -> Any:
        key = ("border", top_only)
        if key not in self._styles:
            from openpyxl.styles import Border, Side

            side = Side(style="thin", color="000000")
            self._styles[key] = (
                Border(top=side) if top_only else Border(left=side, right=side, top=side, bottom=side)
            )
        return self._styles[key]

    # -- cells and rows --
    def cell(
        self,
        row: int,
        first: int,
        last: int,
        value: Any,
        *,
        size: float,
        bold: bool = False,
        italic: bool = False,
        underline: bool = False,
        align: str = "left",
        valign: str = "center",
        indent: int = 0,
        border: bool = False,
    ) -> Any:
        """``value`` in the cells ``first..last`` of ``row`` (merged), texts through the guard."""
        cell = self.ws.cell(row=row, column=first)
        is_date = isinstance(value, date)
        if is_date or (isinstance(value, int | float) and not isinstance(value, bool)):
            cell.value = value
        elif value is not None:
            xlsx.write_text(cell, value)
        # A cell's style is a small array of indexes into the workbook's styles: set once per
        # combination, copied after (a 30,000-row register sets one per cell).
        key = (size, bold, italic, underline, align, valign, indent, border, is_date, cell.quotePrefix)
        style = self._cell_styles.get(key)
        if style is not None:
            cell._style = copy(style)
        else:
            if is_date:
                cell.number_format = xlsx.DATE_FORMAT
            cell.font = self._font(size, bold=bold, italic=italic, underline=underline)
            cell.alignment = self._alignment(align, valign, indent)
            if border:
                cell.border = self._border()
            self._cell_styles[key] = copy(cell._style)
        if last > first:
            if border:
                for col in range(first + 1, last + 1):
                    self.ws.cell(row=row, column=col).border = self._border()
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        return cell

    def height(self, row: int, points: float) -> None:
        self.ws.row_dimensions[row].height = round(min(MAX_ROW_PT, max(points, 3.0)), 2)

    def space(self, points: float) -> None:
        """``points`` of blank under the last row: a row of its own, or more room under a rule."""
        if points <= 0 or self.row == 1 or self.row - 1 == self._break_after:
            return  # no blank at the top of a page
        if self._rule_row == self.row - 1:  # nothing but a rule there: the space goes under it
            height = self.ws.row_dimensions[self._rule_row].height or RULE_ROW_PT
            self.height(self._rule_row, height + points)
            self._rule_row = 0
            return
        self.height(self.row, points)
        self.row += 1

    def blocks_side_by_side(
        self, columns: Sequence[tuple[int, int]], blocks: Sequence[Sequence[Line]]
    ) -> None:
        """Frame blocks (lists of ``Line``) in the column spans given, their lines row by row."""
        for lines in zip_longest(*blocks):
            row_height = 0.0
            for (first, last), line in zip(columns, lines, strict=True):
                if line is None:
                    continue
                row_height = max(row_height, self._line(line, first, last))
            self.height(self.row, row_height)
            if all(line is None or line.rule for line in lines):
                self._rule_row = self.row
            self.row += 1

    def _line(self, line: Line, first: int, last: int) -> float:
        if line.rule:
            self._rule(line.rule, first, last)
            return RULE_ROW_PT
        if not line.text:
            return line.height or 0.0
        text = line.shown
        self.cell(
            self.row,
            first,
            last,
            text,
            size=line.size,
            bold=line.bold,
            italic=line.italic,
            underline=line.underline,
            align=line.align,
        )
        self._above[(first, last)] = line
        width = self.grid.width(first, last)
        count = line_count(text, width, line.size, bold=line.bold, italic=line.italic)
        return max(line.height, text_height(count, line.size))

    def _rule(self, length: float, first: int, last: int) -> None:
        """A rule ``length`` pt long centred under the line above in ``first..last``: a top border
        on the columns that come nearest. When none do (a register's wide columns), the line
        above is underlined instead."""
        edges = self.grid.edges
        centre = (edges[first - 1] + edges[last]) / 2
        best: tuple[float, int, int] | None = None
        for a in range(first, last + 1):
            for b in range(a, last + 1):
                x0, x1 = edges[a - 1], edges[b]
                offset, size = abs((x0 + x1) / 2 - centre), x1 - x0
                if offset <= 0.15 * length / 0.4 and 0.5 * length <= size <= 1.75 * length:
                    cost = offset + 0.5 * abs(size - length)
                    if best is None or cost < best[0]:
                        best = (cost, a, b)
        if best is not None:
            for col in range(best[1], best[2] + 1):
                self.ws.cell(row=self.row, column=col).border = self._border(top_only=True)
            return
        above = self._above.get((first, last))
        if above is not None:
            cell = self.ws.cell(row=self.row - 1, column=first)
            cell.font = self._font(above.size, bold=above.bold, italic=above.italic, underline=True)

    def full_line(self, line: Line) -> None:
        self.blocks_side_by_side([(1, self.grid.count)], [[line]])

    # -- the sheet --
    def write(self) -> None:
        from openpyxl.utils import get_column_letter

        for i, width in enumerate(self.grid.widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = round(width / UNIT_PT, 2)
        self.ws.sheet_format.defaultRowHeight = 15.75
        for item in self.sheet.items:
            self.item(item)
        header = self.repeated_header()
        xlsx.print_setup(
            self.ws, self.page, title_rows=(header, header) if header else None, fit_width=self.grid.fit
        )
        # On screen the one table's header stays in view, whether or not it repeats in print.
        if len(self.header_rows) == 1 and self.header_rows[0] <= 12:
            self.ws.freeze_panes = self.ws.cell(row=self.header_rows[0] + 1, column=1)

    def repeated_header(self) -> int | None:
        """The header row to print at the top of every page: the last table's (a sheet repeats
        one range of rows, from the page after the one it is on), unless text that follows the
        table would go on over pages of its own under it — by the pages the rows make, as far as
        their heights tell."""
        if not self.header_rows:
            return None
        header, end = self.header_rows[-1], self.table_ends[-1]
        pages = self.pages()
        last = max(pages)
        table_pages = pages[end] - pages[header]
        after_pages = pages[last] - pages[end]
        return header if after_pages == 0 or table_pages >= after_pages else None

    def pages(self) -> dict[int, int]:
        """The printed page (from 0) of every row, as the row heights and manual breaks place them."""
        scale = min(1.0, self.room / self.grid.total) if self.grid.fit else 1.0
        usable = self.page.frame_height / scale * 0.97
        breaks = {b.id for b in self.ws.row_breaks.brk}
        pages: dict[int, int] = {}
        page, used = 0, 0.0
        for row in range(1, self.row):
            height = self.ws.row_dimensions[row].height or 15.75
            if used and (used + height > usable or row - 1 in breaks):
                page, used = page + 1, 0.0
            used += height
            pages[row] = page
        return pages or {1: 0}

    def item(self, item: Item) -> None:
        if isinstance(item, Opening):
            self.opening()
        elif isinstance(item, Closing):
            self.closing()
        elif isinstance(item, AnnexTitle):
            self.annex_title(item.annex)
        elif isinstance(item, SheetTitle):
            self.full_line(Line(item.text, size=self.size, bold=True))
            self.space(4 * MM)
        elif isinstance(item, ManualBreak):
            if self.row > 1:
                from openpyxl.worksheet.pagebreak import Break

                self.ws.row_breaks.append(Break(id=self.row - 1))
                self._break_after = self.row - 1
        elif isinstance(item, model.Heading):
            self.heading(item)
        elif isinstance(item, model.Paragraph):
            self.paragraph(item)
        elif isinstance(item, model.Bullets):
            self.bullets(item)
        elif isinstance(item, model.Table):
            self.table(item)

    # -- frame: opening --
    def opening(self) -> None:
        frame, size = self.frame, self.size
        if frame.variant == "form":
            self.form_header()
            self.space(6 * MM)
        elif frame.variant == "register":
            self.register_header()
        else:
            self.national_header()
            self.space(6 * MM)
            self.title(self.grid.span(self.room * 0.075, self.room * 0.925))
            self.space(4 * MM)
        for note in frame.note_lines:  # under the title; "Kính gửi" follows them
            self.full_line(Line(note, size=size, italic=True))
        if frame.note_lines:
            self.space(4 * MM)
        if frame.addressee:
            self.full_line(Line(frame.addressee, size=size))
            self.space(3 * MM)
        if frame.variant == "decision":
            if frame.authority:
                self.full_line(Line(frame.authority, size=size, bold=True, upper=True))
                self.space(3 * MM)
            for basis in frame.bases:
                self.paragraph(model.Paragraph(basis, "basis"))
            self.full_line(Line("QUYẾT ĐỊNH:", size=size, bold=True))
            self.space(3 * MM)

    def national_header(self) -> None:
        frame = self.frame
        size, left, _ = nd30.header_layout(frame.issuer, self.page)
        motto = min(14.0, size + 1)
        split = self.grid.edge(left, low=1, high=self.grid.count - 1) if self.grid.count > 1 else 1
        left_width = self.grid.edges[split]
        issuer = "\n".join(self._issuer_lines(size, left_width))
        left_lines = [Line(frame.parent_body, size=size, upper=True)] if frame.parent_body.strip() else []
        left_lines += [Line(issuer, size=size, bold=True), Line(rule=self._issuer_rule(size, left_width))]
        right_lines = [
            Line(nd30.QUOC_HIEU, size=size, bold=True, upper=True),
            Line(nd30.TIEU_NGU, size=motto, bold=True, underline=True),
        ]
        if self.grid.count == 1:  # one column: the blocks one under the other
            self.blocks_side_by_side([(1, 1)], [right_lines + left_lines])
            spans = [(1, 1), (1, 1)]
        else:
            spans = [(1, split), (split + 1, self.grid.count)]
            self.blocks_side_by_side(spans, [left_lines, right_lines])
        self.space(2)
        number = Line(frame.number_line, size=size)
        dated = Line(frame.date_line, size=motto, italic=True)
        if self.grid.count == 1:
            self.blocks_side_by_side([(1, 1)], [[number, dated]])
        else:
            self.blocks_side_by_side(spans, [[number], [dated]])

    def title(self, span: tuple[int, int], *, space_before: float = 0.0) -> None:
        frame = self.frame
        lines = [Line(frame.type_name, size=self.page.title_size, bold=True, upper=True)]
        if frame.subject.strip():
            lines += [Line(frame.subject, size=self.size, bold=True)]
            lines += [Line(rule=self._subject_rule(self.grid.width(*span)))]
        self.space(space_before)
        self.blocks_side_by_side([span], [lines])

    def register_header(self) -> None:
        frame, size = self.frame, self.page.header_size
        width = self._register_issuer_width()
        first, last = self.grid.span(0, width)
        if self.grid.width(first, last) < width - 6 and last < self.grid.count:
            last += 1  # the issuer's name on one line when a column more allows it
        lines = [Line(frame.parent_body, size=size, upper=True)] if frame.parent_body.strip() else []
        lines += [
            Line(frame.issuer, size=size, bold=True, upper=True),
            Line(rule=self._issuer_rule(size, self.grid.width(first, last))),
        ]
        self.blocks_side_by_side([(first, last)], [lines])
        self.space(4 * MM)
        self.title((1, self.grid.count))
        self.space(1 * MM)

    def form_header(self) -> None:
        from openpyxl.cell.rich_text import CellRichText, TextBlock
        from openpyxl.cell.text import InlineFont

        frame, grid = self.frame, self.grid
        if grid.count >= 3:
            a = grid.edge(self.room * 0.3, low=1, high=grid.count - 2)
            b = grid.edge(self.room * 0.75, low=a + 1, high=grid.count - 1)
            spans = [(1, a), (a + 1, b), (b + 1, grid.count)]
        else:
            spans = [(1, grid.count)] * 3
        issuer = nd30.upper(frame.issuer)
        title = nd30.upper(frame.type_name)
        codes = f"Mã hiệu: {frame.form_code or FORM_CODE_BLANK}\n{frame.form_issue or f'Lần ban hành: {FORM_CODE_BLANK}'}"
        title_size, subject_size = self.page.title_size, self.size
        value: Any = title
        if frame.subject.strip():
            value = CellRichText(
                TextBlock(InlineFont(rFont=xlsx.FONT_NAME, sz=title_size, b=True), title),
                TextBlock(
                    InlineFont(rFont=xlsx.FONT_NAME, sz=subject_size, b=True), "\n" + nd30.nfc(frame.subject)
                ),
            )
        cells = [(issuer, 11.0, True), (value, title_size, True), (codes, CELL_SIZE, False)]
        if spans[0] == spans[1]:  # a one-column sheet: the three boxes one under the other
            for value_, size, bold in cells:
                self.cell(self.row, 1, grid.count, value_, size=size, bold=bold, align="center", border=True)
                self.height(self.row, text_height(line_count(str(value_), grid.total, size, bold=bold), size))
                self.row += 1
            return
        heights = []
        for (first, last), (value_, size, bold) in zip(spans, cells, strict=True):
            self.cell(self.row, first, last, value_, size=size, bold=bold, align="center", border=True)
            heights.append(
                text_height(line_count(str(value_), grid.width(first, last), size, bold=bold), size)
            )
        self.height(self.row, max(heights) + 6)
        self.row += 1

    # -- frame: closing --
    def closing(self) -> None:
        """ "Nơi nhận" beside the signature, or the signatures side by side: one row, each block
        one cell of lines (a row never breaks over pages: the closing stays whole)."""
        frame, grid = self.frame, self.grid
        blocks: list[tuple[int, int, list[Line], str]] = []
        if frame.variant in ("signed", "decision"):
            signature = frame.signatures[0] if frame.signatures else model.Signature(())
            split = grid.edge(self.room - self._signature_width(), low=1, high=grid.count - 1)
            left: list[Line] = []
            if frame.recipients:
                heading = Line(nd30.RECIPIENTS_HEADING, size=RECIPIENTS_HEADING_SIZE, bold=True, italic=True)
                left = [heading, *(Line(x, size=RECIPIENT_SIZE) for x in frame.recipients)]
            if grid.count == 1:
                blocks = [(1, 1, [*self.signature_lines(signature), Line(), *left], "center")]
            else:
                blocks = [
                    (1, split, left, "left"),
                    (split + 1, grid.count, self.signature_lines(signature), "center"),
                ]
        elif frame.signatures:
            n = len(frame.signatures)
            if grid.count >= n:
                cuts = [0]
                for k in range(1, n):
                    cuts.append(grid.edge(self.room * k / n, low=cuts[-1] + 1, high=grid.count - (n - k)))
                cuts.append(grid.count)
                blocks = [
                    (cuts[k] + 1, cuts[k + 1], self.signature_lines(s), "center")
                    for k, s in enumerate(frame.signatures)
                ]
            else:
                lines = [line for s in frame.signatures for line in (*self.signature_lines(s), Line())]
                blocks = [(1, grid.count, lines, "center")]
        if not blocks:
            return
        self.space(3 * MM)
        height = 0.0
        for first, last, lines, align in blocks:
            if any(line.text.strip() for line in lines):
                self.cell(self.row, first, last, _rich(lines), size=self.size, align=align, valign="top")
            height = max(height, self._lines_height(lines, self.grid.width(first, last)))
        self.height(self.row, height)
        self.row += 1

    def _lines_height(self, lines: Sequence[Line], width: float) -> float:
        total = sum(
            line_count(line.shown, width, line.size, bold=line.bold, italic=line.italic) * line.size * LINE
            for line in lines
        )
        return total + 2 * ROW_PADDING

    def signature_lines(self, signature: model.Signature) -> list[Line]:
        """The lines of a signature block: its titles, the hint, blank lines to sign and stamp in
        (``nd30.SIGNATURE_SPACE_MM``), the name."""
        size = self.size
        lines = [Line(x, size=size, bold=True, upper=True) for x in signature.lines]
        if signature.hint:
            lines.append(Line(signature.hint, size=size, italic=True))
        blanks = max(1, round(nd30.SIGNATURE_SPACE_MM * MM / (size * LINE)))
        lines += [Line(size=size)] * blanks
        lines.append(Line(signature.name, size=size, bold=True))
        return lines

    def annex_title(self, annex: model.Annex) -> None:
        lines = [
            Line(annex.label, size=self.page.title_size, bold=True, upper=True),
            Line(annex.subject, size=self.size, bold=True),
        ]
        if annex.attached_to:
            lines.append(Line(annex.attached_to, size=self.size, italic=True))
        self.blocks_side_by_side([(1, self.grid.count)], [lines])
        self.space(5 * MM)

    # -- body --
    def heading(self, block: model.Heading) -> None:
        self.space(SPACE_AFTER / 2)
        self.text_rows(block.text, bold=True, italic=block.level >= 3, align="left")

    def paragraph(self, block: model.Paragraph) -> None:
        style = block.style
        align = "center" if style in ("centered", "note") else "justify"
        self.text_rows(
            block.text,
            lead=block.lead,
            bold=style == "centered",
            italic=style in ("basis", "note"),
            align=align,
        )

    def bullets(self, block: model.Bullets) -> None:
        for item in block.items:
            if item.strip():
                self.text_rows(f"{block.marker} {item.strip()}", align="left", indent=2)

    def text_rows(
        self,
        text: str,
        *,
        lead: str = "",
        bold: bool = False,
        italic: bool = False,
        align: str = "justify",
        indent: int = 0,
    ) -> None:
        """A paragraph across the sheet, in rows of at most ``PARAGRAPH_LINES`` lines."""
        from openpyxl.cell.rich_text import CellRichText, TextBlock
        from openpyxl.cell.text import InlineFont

        size = self.size
        width = self.grid.total - indent * 9.0
        shown = f"{lead} {text}" if lead else text
        pieces = _paragraph_chunks(shown, width, size, bold=bold, italic=italic)
        for number, (piece, count) in enumerate(pieces):
            value: Any = piece
            if lead and number == 0 and piece.startswith(lead):
                font = {"rFont": xlsx.FONT_NAME, "sz": size, "i": italic or None}
                value = CellRichText(
                    TextBlock(InlineFont(b=True, **font), nd30.nfc(lead)),
                    TextBlock(InlineFont(b=bold or None, **font), piece[len(lead) :]),
                )
            self.cell(
                self.row,
                1,
                self.grid.count,
                value,
                size=size,
                bold=bold,
                italic=italic,
                align=align,
                valign="top",
                indent=indent,
            )
            last = number == len(pieces) - 1
            # the pieces of a long paragraph follow each other as its lines do
            after = SPACE_AFTER if last else 0.0
            self.height(self.row, count * size * LINE + ROW_PADDING + after)
            self.row += 1

    def table(self, table: model.Table) -> None:
        if not table.columns:
            return
        grid = self.grid
        if len(table.columns) == grid.count:
            spans = [(i, i) for i in range(1, grid.count + 1)]
        else:
            spans = column_spans(table_widths(table, self.room)[0], grid)
        widths = [grid.width(a, b) for a, b in spans]
        self.header_rows.append(self.row)
        lines = 1
        for (first, last), column, width in zip(spans, table.columns, widths, strict=True):
            self.cell(
                self.row, first, last, column.header, size=CELL_SIZE, bold=True, align="center", border=True
            )
            lines = max(lines, line_count(column.header, width, CELL_SIZE, bold=True))
        self.height(self.row, text_height(lines, CELL_SIZE) + 4)
        self.row += 1
        aligns = [c.align for c in table.columns]
        for row in table.rows:
            if row.group:
                self.group_row(row, spans, widths)
                continue
            lines = 1
            for (first, last), value, align, width in zip(spans, row.cells, aligns, widths, strict=False):
                self.cell(self.row, first, last, value, size=CELL_SIZE, align=align, border=True)
                if value is not None:
                    lines = max(lines, line_count(model.cell_text(value), width, CELL_SIZE))
            for first, last in spans[len(row.cells) :]:
                self.cell(self.row, first, last, None, size=CELL_SIZE, border=True)
            self.height(self.row, text_height(lines, CELL_SIZE))
            self.row += 1
        if not table.rows:
            self.cell(
                self.row,
                1,
                spans[-1][1],
                table.empty_text,
                size=CELL_SIZE,
                italic=True,
                align="center",
                border=True,
            )
            self.height(self.row, text_height(1, CELL_SIZE) + 8)
            self.row += 1
        self.table_ends.append(self.row - 1)
        self.space(4 * MM)

    def group_row(self, row: model.Row, spans: Sequence[tuple[int, int]], widths: Sequence[float]) -> None:
        first_text = model.cell_text(row.cells[0]) if row.cells else ""
        rest = model.cell_text(row.cells[1]) if len(row.cells) > 1 else ""
        if len(spans) == 1:
            text = " ".join(x for x in (first_text, rest) if x)
            self.cell(self.row, *spans[0], text, size=CELL_SIZE, bold=True, border=True)
            lines = line_count(text, widths[0], CELL_SIZE, bold=True)
        else:
            self.cell(self.row, *spans[0], first_text, size=CELL_SIZE, bold=True, align="center", border=True)
            self.cell(self.row, spans[1][0], spans[-1][1], rest, size=CELL_SIZE, bold=True, border=True)
            lines = line_count(rest, sum(widths[1:]), CELL_SIZE, bold=True)
        self.height(self.row, text_height(lines, CELL_SIZE))
        self.row += 1


__all__ = [
    "Grid",
    "Sheet",
    "column_spans",
    "fit_scale",
    "line_count",
    "plan_sheets",
    "render",
    "table_widths",
]
