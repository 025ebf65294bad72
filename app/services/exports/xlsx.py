"""openpyxl helpers for printable worksheets: Times New Roman cells, title rows, a bold header row
that repeats on every printed page, A4 fitted to the page width, "Trang x / y" in the footer.

openpyxl is imported inside the functions so that importing this module stays cheap.
"""

from __future__ import annotations

import math
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
        cell = ws.cell(row=row, column=first_col, value=text)
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


def print_setup(ws: Any, page: PageStyle, *, title_rows: tuple[int, int] | None) -> None:
    """A4 in the orientation of ``page``, its margins, fitted to one page wide, ``title_rows``
    (first, last) repeated at the top of every printed page, "Trang &P / &N" centred in the footer."""
    inch = 25.4
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if page.landscape_page else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = page.margin_left / inch
    ws.page_margins.right = page.margin_right / inch
    ws.page_margins.top = page.margin_top / inch
    ws.page_margins.bottom = page.margin_bottom / inch
    # Header and footer sit inside the margins, half-way.
    ws.page_margins.header = page.margin_top / 2 / inch
    ws.page_margins.footer = max(page.margin_bottom / 2, 6) / inch
    if title_rows is not None:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    ws.oddFooter.center.text = "Trang &P / &N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 11
    ws.evenFooter.center.text = ws.oddFooter.center.text
    ws.evenFooter.center.font = ws.oddFooter.center.font
    ws.evenFooter.center.size = 11


def set_cell(
    ws: Any,
    row: int,
    col: int,
    value: str | int | date | None,
    *,
    align: Align = "left",
    bold: bool = False,
    italic: bool = False,
    border: bool = True,
) -> Any:
    if isinstance(value, str):
        value = nfc(value)
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = font(bold=bold, italic=italic)
    cell.alignment = alignment(align)
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT
    if border:
        cell.border = thin_border()
    return cell


def save_workbook(wb: Any, out: Path) -> Path:
    """Write the workbook atomically (a temporary file next to ``out``, then a rename)."""
    return write_atomically(out, lambda target: wb.save(str(target)))


__all__ = [
    "DATE_FORMAT",
    "FONT_NAME",
    "TitleLine",
    "alignment",
    "font",
    "new_workbook",
    "print_setup",
    "row_height",
    "save_workbook",
    "set_cell",
    "set_column_widths",
    "thin_border",
    "write_title_lines",
]
