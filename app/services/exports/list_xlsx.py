"""Any list of the app as a printable .xlsx: what the user sees on screen ("Xuất Excel…").

The front end hands over the texts it shows (headers and rows, already filtered and sorted); this
module only lays them out under the agency's header: parent body and agency name, the list's
title, "Ngày in: dd/mm/yyyy", then a bordered table whose header row repeats on every printed
page, A4 landscape fitted to the page width.

Every cell is written as text, through the one guard of ``xlsx.write_text``: a cell that starts
with ``=`` (or ``+``, ``-``, ``@``, a tab) stays text and is never read as a formula, whatever a
record's name holds; control characters that Excel refuses or that could hide content are dropped
(newline and tab kept).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app.services import dto
from app.services.errors import DomainError
from app.services.vocabulary import table_date

DEFAULT_SHEET = "Danh sách"
MIN_WIDTH = 6.0  # Excel width units (about characters of 12 pt Times)
MAX_WIDTH = 60.0
PAGE_WIDTH = 150.0  # what A4 landscape holds at 12 pt before fit-to-width has to shrink the text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
UPPER_WIDTH = 1.3  # capitals of Times are about this much wider than average text


def clean_text(value: object) -> str:
    """A cell's text as written: line breaks unified to ``\\n``, control characters dropped."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def sheet_name(title: str) -> str:
    """A valid worksheet name: no ``[]:*?/\\``, at most 31 characters, never empty."""
    name = " ".join(_SHEET_FORBIDDEN.sub(" ", clean_text(title)).split()).strip("'")
    if len(name) > 31:  # cut between words where there is one, without a dangling comma or dash
        cut = name[:32].rsplit(" ", 1)[0] if " " in name[:32] else name[:31]
        name = cut.rstrip(" ,;:—–-")
    return name or DEFAULT_SHEET


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """Widths from the texts. Each column wants room for its longer cells (the 90th percentile, so
    that one very long cell does not take the page; at most ``MAX_WIDTH``) and for its header's
    longest word. When the table is wider than ``PAGE_WIDTH``, the page is shared in proportion to
    the square root of each column's average text length (what keeps the wrapped rows lowest),
    no column wider than it wants nor narrower than its longest word (up to 14 characters) or
    a short header."""
    from app.services.exports import xlsx

    natural: list[float] = []
    floor: list[float] = []
    weight: list[float] = []
    for col, header in enumerate(headers):
        cells = [row[col] for row in rows if col < len(row)]
        lengths = sorted(max((len(line) for line in text.split("\n")), default=0) for text in cells)
        typical = lengths[math.ceil(0.9 * (len(lengths) - 1))] if lengths else 0
        longest_word = max([_longest_word(header)] + [_longest_word(text) for text in cells])
        header_need = min(len(header), max(_longest_word(header), 16))
        wanted = math.ceil(max(typical, header_need) / xlsx.CHARS_PER_WIDTH_UNIT) + 2.0
        natural.append(max(MIN_WIDTH, min(MAX_WIDTH, wanted)))
        floor.append(
            min(natural[-1], max(MIN_WIDTH, min(longest_word, 14) + 2.0, min(len(header), 12) + 1.0))
        )
        weight.append(math.sqrt(max(1.0, sum(len(t) for t in cells) / max(1, len(cells)))))
    if sum(natural) <= PAGE_WIDTH:
        return natural
    widths: dict[int, float] = {}
    while len(widths) < len(natural):
        free = [i for i in range(len(natural)) if i not in widths]
        room = PAGE_WIDTH - sum(widths.values())
        total = sum(weight[i] for i in free)
        share = {i: room * weight[i] / total for i in free}
        settled = {i: natural[i] for i in free if share[i] >= natural[i]}
        if not settled:
            settled = {i: floor[i] for i in free if share[i] < floor[i]}
        if not settled:
            widths.update(share)
            break
        widths.update(settled)
    return [round(widths[i], 1) for i in range(len(natural))]


def _header_span(widths: Sequence[float], texts: Sequence[str]) -> int:
    """How many first columns the agency lines span: enough to hold them on one line if possible."""
    need = max((len(t) for t in texts), default=0) * UPPER_WIDTH + 2
    total = 0.0
    for count, width in enumerate(widths, start=1):
        total += width
        if total >= need:
            return count
    return len(widths)


def _text_cell(ws: Any, row: int, col: int, text: str, **style: Any) -> Any:
    from app.services.exports import xlsx

    cell = xlsx.set_cell(ws, row, col, text or None, **style)
    if style.get("align") == "right":  # a little room before the next column's text
        from openpyxl.styles import Alignment

        cell.alignment = Alignment(horizontal="right", vertical="center", wrap_text=True, indent=1)
    return cell


def _title_lines(ws: Any, row: int, lines: Sequence[Any], widths: Sequence[float], span: int) -> int:
    """``xlsx.write_title_lines`` across the first ``span`` columns, each row as tall as its text
    needs once wrapped (that helper sets one line's height); returns the next row."""
    from app.services.exports import xlsx

    next_row = xlsx.write_title_lines(ws, row, lines, 1, span)
    width = sum(widths[:span])
    for offset, line in enumerate(lines):
        factor = line.size / xlsx.CELL_SIZE * (UPPER_WIDTH if line.upper else 1.0)
        count = xlsx.lines_needed(line.text, width / factor)
        if count > 1:
            ws.row_dimensions[row + offset].height = count * line.size * 1.45
    return next_row


def write_list_xlsx(
    profile: dto.AgencyProfile | None,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    out: Path,
    *,
    printed_on: date,
    right_aligned: Collection[int] = (),
) -> Path:
    """Write ``rows`` under ``headers`` (texts as shown on screen, in that order) to ``out``
    (replaced atomically) under the agency's header and ``title``; returns the path written.
    ``right_aligned``: positions of the columns shown right-aligned (numbers)."""
    from app.services.exports import nd30, xlsx

    out = Path(out)
    if out.is_dir():
        raise DomainError("export.write_failed", path=str(out), detail="đây là một thư mục")
    if not out.parent.is_dir():
        raise DomainError("export.write_failed", path=str(out), detail="thư mục chứa tệp không tồn tại")

    title = " ".join(clean_text(title).split())
    header_texts = [clean_text(h) for h in headers]
    ncols = max(1, len(header_texts))
    body = [[clean_text(value) for value in row][:ncols] for row in rows]
    body = [row + [""] * (ncols - len(row)) for row in body]
    if not header_texts:
        header_texts = [""]
    widths = column_widths(header_texts, body)

    wb, ws = xlsx.new_workbook(sheet_name(title))
    xlsx.set_column_widths(ws, widths)
    row = 1
    if profile is not None:
        agency = [(clean_text(profile.parent_body), False), (clean_text(profile.full_name), True)]
        lines = [
            xlsx.TitleLine(text, bold=bold, upper=True, size=12) for text, bold in agency if text.strip()
        ]
        row = _title_lines(ws, row, lines, widths, _header_span(widths, [line.text for line in lines]))
        row += 1
    title_lines = [
        xlsx.TitleLine(title or DEFAULT_SHEET, bold=True, upper=True, size=14),
        xlsx.TitleLine(f"Ngày in: {table_date(printed_on)}", italic=True, size=12),
    ]
    row = _title_lines(ws, row, title_lines, widths, ncols)
    row += 1

    header_row = row
    for col, text in enumerate(header_texts, start=1):
        _text_cell(ws, row, col, text, align="center", bold=True)
    ws.row_dimensions[row].height = xlsx.row_height(header_texts, widths)
    row += 1
    for values in body:
        for col, text in enumerate(values):
            _text_cell(ws, row, col + 1, text, align="right" if col in right_aligned else "left")
        ws.row_dimensions[row].height = xlsx.row_height(values, widths)
        row += 1

    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    xlsx.print_setup(ws, nd30.PageStyle.landscape(), title_rows=(header_row, header_row))
    wb.properties.title = f"{title} — {profile.full_name}" if profile is not None else title
    if profile is not None:
        wb.properties.creator = profile.full_name
    return xlsx.save_workbook(wb, out)
