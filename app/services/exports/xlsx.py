"""openpyxl helpers for printable worksheets: Times New Roman cells, title rows, a bold header row
that repeats on every printed page, A4 fitted to the page width, the page number centred at the
top from page 2 on (never on page 1).

Every text reaches a cell through ``write_text`` (``set_cell`` and ``write_title_lines`` use it):
no exported cell is ever a live formula. A text starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is stored as a string cell with Excel's quote prefix, its value unchanged, so it
opens, prints and re-imports as the same text and editing it in Excel does not turn it into a
formula either; control characters an .xlsx file may not hold (C0 but tab, line feed and carriage
return; DEL; C1) are dropped instead of failing the save.

openpyxl is imported inside the functions so that importing this module stays cheap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from app.services.exports.nd30 import PageStyle, nfc, write_atomically

FONT_NAME = "Times New Roman"  # what Excel on an office PC has; Decree 30's font
CELL_SIZE = 12
DATE_FORMAT = "DD/MM/YYYY"
POINTS_PER_LINE = 15.75  # row height of one line of 12 pt text
CHARS_PER_WIDTH_UNIT = 0.95  # 12 pt Times characters per Excel width unit (a little under, to be safe)

Align = Literal["left", "center", "right"]

# What a spreadsheet reads as the start of a formula (or of a DDE / CSV injection): such texts get
# the quote prefix.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters an .xlsx cell may not hold (openpyxl refuses them: IllegalCharacterError) or that only
# hide content: C0 controls except tab, LF and CR; DEL; C1 controls; the XML non-characters.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def cell_text(value: object) -> str:
    """A text as a cell holds it: NFC, without the characters a workbook may not hold."""
    text = nfc(value)
    return _UNWRITABLE.sub("", text) if _UNWRITABLE.search(text) else text


def write_text(cell: Any, value: object) -> Any:
    """Put a text (or an openpyxl ``CellRichText``) in ``cell``, never as a formula: the one
    guard of every text the app writes to a workbook. Returns the cell."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    if isinstance(value, CellRichText):
        parts = [
            TextBlock(part.font, cell_text(part.text)) if isinstance(part, TextBlock) else cell_text(part)
            for part in value
        ]
        value = CellRichText(*[p for p in parts if (p.text if isinstance(p, TextBlock) else p)])
        plain = str(value)
    else:
        value = plain = cell_text(value)
    if not plain:
        cell.value = None
        return cell
    cell.value = value
    cell.data_type = "s"  # openpyxl reads a str starting with "=" as a formula; never here
    if plain.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def font(*, bold: bool = False, italic: bool = False, size: float = CELL_SIZE) -> Any:
    from openpyxl.styles import Font

    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic)


def alignment(align: Align = "left", *, wrap: bool = True, vertical: str = "center") -> Any:
    from openpyxl.styles import Alignment

    return Alignment(horizontal=align, vertical=vertical, wrap_text=wrap)


def thin_border() -> Any:
    from openpyxl.styles import Border, Side

    side = Side(style="thin", color="000000")
    return Border(left=side, right=side, top=side, bottom=side)


def new_workbook(sheet_title: str) -> tuple[Any, Any]:
    """A workbook with one sheet (each written cell gets its font from ``set_cell``)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title[:31]
    return wb, ws


@dataclass(frozen=True)
class TitleLine:
    text: str
    bold: bool = False
    italic: bool = False
    size: float = 13
    align: Align = "center"
    upper: bool = False


def write_title_lines(ws: Any, row: int, lines: Sequence[TitleLine], first_col: int, last_col: int) -> int:
    """Write each line merged across ``first_col..last_col`` from ``row``; returns the next row."""
    for line in lines:
        text = nfc(line.text).upper() if line.upper else nfc(line.text)
        cell = write_text(ws.cell(row=row, column=first_col), text)
        cell.font = font(bold=line.bold, italic=line.italic, size=line.size)
        cell.alignment = alignment(line.align, wrap=True)
        if last_col > first_col:
            ws.merge_cells(start_row=row, start_column=first_col, end_row=row, end_column=last_col)
        ws.row_dimensions[row].height = line.size * 1.45
        row += 1
    return row


def set_column_widths(ws: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def lines_needed(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` units wide (a generous estimate: openpyxl
    cannot measure, and Excel does not grow rows written with a height)."""
    per_line = max(1, int((width - 1) * CHARS_PER_WIDTH_UNIT))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def row_height(texts: Sequence[str], widths: Sequence[float], *, size: float = CELL_SIZE) -> float:
    lines = max((lines_needed(t, w) for t, w in zip(texts, widths, strict=True) if t), default=1)
    return max(1, lines) * size * 1.3125 + 3


def print_setup(
    ws: Any, page: PageStyle, *, title_rows: tuple[int, int] | None, fit_width: bool = True
) -> None:
    """A4 in the orientation of ``page``, its margins, fitted to one page wide (``fit_width``;
    otherwise printed at 100 %, a wide sheet going on over pages to the right), ``title_rows``
    (first, last) repeated at the top of every printed page, and the page number centred in the
    top margin from page 2 on: page 1 has a header of its own, empty (``differentFirst``)."""
    inch = 25.4
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if page.landscape_page else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = fit_width
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = page.margin_left / inch
    ws.page_margins.right = page.margin_right / inch
    ws.page_margins.top = page.margin_top / inch
    ws.page_margins.bottom = page.margin_bottom / inch
    # The header sits inside the top margin, half-way; there is no footer.
    ws.page_margins.header = page.margin_top / 2 / inch
    ws.page_margins.footer = page.margin_bottom / 2 / inch
    if title_rows is not None:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    page_numbers(ws, size=page.page_number_size)


def page_numbers(ws: Any, *, size: float = 13) -> None:
    """The page number ("&P") centred in the header of every page but the first."""
    header_footer = ws.HeaderFooter
    header_footer.differentFirst = True
    header_footer.differentOddEven = False
    for header in (ws.oddHeader, ws.evenHeader):
        header.center.text = "&P"
        header.center.font = f"{FONT_NAME},Regular"
        header.center.size = size
    for footer in (ws.oddFooter, ws.evenFooter, ws.firstHeader, ws.firstFooter):
        footer.left.text = footer.center.text = footer.right.text = None


def set_cell(
    ws: Any,
    row: int,
    col: int,
    value: str | int | float | date | None,
    *,
    align: Align = "left",
    bold: bool = False,
    italic: bool = False,
    border: bool = True,
    size: float = CELL_SIZE,
) -> Any:
    """One table cell: Times New Roman, wrapped, a thin border; texts through ``write_text``
    (never a formula), dates as dates shown dd/mm/yyyy, numbers as numbers."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        write_text(cell, value)
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
    cell.font = font(bold=bold, italic=italic, size=size)
    cell.alignment = alignment(align)
    if border:
        cell.border = thin_border()
    return cell


def save_workbook(wb: Any, out: Path) -> Path:
    """Write the workbook atomically (a temporary file next to ``out``, then a rename)."""
    return write_atomically(out, lambda target: wb.save(str(target)))


__all__ = [
    "DATE_FORMAT",
    "FONT_NAME",
    "FORMULA_STARTS",
    "TitleLine",
    "alignment",
    "cell_text",
    "font",
    "new_workbook",
    "page_numbers",
    "print_setup",
    "row_height",
    "save_workbook",
    "set_cell",
    "set_column_widths",
    "thin_border",
    "write_text",
    "write_title_lines",
]
