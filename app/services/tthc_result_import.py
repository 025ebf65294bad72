"""Reading the report a one-stop system (hệ thống một cửa) exports: "Báo cáo kết quả giải quyết thủ
tục hành chính" as .xlsx (or .csv), and the app's own register of TTHC results.

The shape read (``read_report``):

- title rows; a line "Từ ngày 01/01/2026 đến ngày 31/03/2026" anywhere above the table gives the
  period of every row (rows may carry their own "Từ ngày" / "Đến ngày" columns, as the app's
  register does);
- a header of two (or three) rows, cells merged across and down: "Số hồ sơ nhận giải quyết" over
  "Kỳ trước chuyển sang" / "Mới tiếp nhận" (itself optionally over "Trực tuyến" / "Trực tiếp, dịch
  vụ bưu chính"), "Số hồ sơ đã giải quyết" over "Trước hạn" / "Đúng hạn" / "Quá hạn", "Số hồ sơ
  đang giải quyết" over "Trong hạn" / "Quá hạn". A column is known by the words of its header and
  of the headers above it, so one header row naming the group in each column ("Đang giải quyết quá
  hạn") reads the same. "Tổng số" and "Tỷ lệ" columns are not read (they are computed);
- a row per field (STT, Lĩnh vực, numbers), a row of column numbers "(1) (2) …" skipped, rows
  without numbers (group headings, notes) skipped;
- a "Tổng cộng" / "Tổng số" row ending the table: its numbers are kept to check the field rows'
  sums, it is not a data row.

What the rows mean for the database is ``app.services.tthc_results``' business; the generic parts
(reading sheets, cells, numbers, dates, header words) are ``app.services.tabular``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.services.errors import DomainError
from app.services.tabular import (
    BadValue,
    Sheet,
    cell_text,
    header_key,
    is_numbering_row,
    is_totals_row,
    parse_date,
    parse_int,
    read_sheets,
)
from app.services.text import fold
from app.services.validation import excerpt, fold_full_width

# The numbers of a row, in the order the register prints them.
NUMBER_KEYS = (
    "carried_over",
    "received",
    "received_online",
    "received_direct",
    "early",
    "on_time",
    "late",
    "pending_in_time",
    "pending_overdue",
)
SPLIT_KEYS = ("received_online", "received_direct")
COLUMN_LABELS = {
    "field": "Lĩnh vực",
    "from_on": "Từ ngày",
    "to_on": "Đến ngày",
    "carried_over": "Kỳ trước chuyển sang",
    "received": "Mới tiếp nhận",
    "received_online": "Trực tuyến",
    "received_direct": "Trực tiếp, dịch vụ bưu chính",
    "early": "Trước hạn",
    "on_time": "Đúng hạn",
    "late": "Quá hạn",
    "pending_in_time": "Đang giải quyết trong hạn",
    "pending_overdue": "Đang giải quyết quá hạn",
}
# What the field cell of a whole-agency row says (the app's register writes the first).
WHOLE_AGENCY = "Toàn cơ quan"
_WHOLE_AGENCY_KEYS = frozenset({"toan co quan", "toan don vi", "chung", "tat ca linh vuc", "tat ca"})

_PERIOD = re.compile(
    r"tu\s*ngay\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*,?\s*den\s*ngay\s*"
    r"(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})"
)
_MAX_HEADER_ROWS = 3
_SCAN_ROWS = 60


class RowProblem(Exception):
    """A data row that cannot be read: a reason code (``app.messages``) and its parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        # Text from the file is quoted at most EXCERPT_CHARS long.
        self.params = {k: excerpt(v) if isinstance(v, str) else v for k, v in params.items()}


@dataclass(frozen=True)
class ReportRow:
    number: int  # 1-based row number as the spreadsheet shows it
    field_text: str  # as the file writes it ("" = the whole agency)
    values: dict[str, int | None]  # NUMBER_KEYS → value (None: the file has no such column)
    from_on: date | None = None
    to_on: date | None = None
    problem: RowProblem | None = None
    raw_field: str = ""


@dataclass(frozen=True)
class Report:
    sheet: str | None
    header_row: int  # 1-based
    period: tuple[date, date] | None  # from the title line
    rows: tuple[ReportRow, ...]
    totals: ReportRow | None = None
    columns: frozenset[str] = field(default_factory=frozenset)


def parse_period(text: str) -> tuple[date, date] | None:
    """ "Từ ngày 01/01/2026 đến ngày 31/03/2026" (any case, with or without diacritics) → the two
    dates; None when the text names no such period or a date is impossible."""
    match = _PERIOD.search(fold(text))
    if match is None:
        return None
    try:
        start = parse_date(re.sub(r"\s+", "", match.group(1)))
        end = parse_date(re.sub(r"\s+", "", match.group(2)))
    except BadValue:
        return None
    if start is None or end is None:
        return None
    return start, end


def classify(path: list[str]) -> str | None:
    """The column a header path names (folded header keys, the top one first), or None."""
    keys = [k for k in path if k]
    if not keys:
        return None
    leaf = keys[-1]
    joined = " / ".join(keys)
    if leaf in ("stt", "tt", "so tt", "so thu tu"):
        return "stt"
    if leaf.startswith("ty le") or leaf.startswith("tong"):
        return None
    if leaf in ("linh vuc", "ten linh vuc", "linh vuc thu tuc", "linh vuc giai quyet") or leaf.startswith(
        "linh vuc "
    ):
        return "field"
    if leaf in ("tu ngay", "ngay bat dau"):
        return "from_on"
    if leaf in ("den ngay", "ngay ket thuc"):
        return "to_on"
    if "ky truoc" in joined:
        return "carried_over"
    if "truc tuyen" in leaf:
        return "received_online"
    if "truc tiep" in leaf or "buu chinh" in leaf:
        return "received_direct"
    if "tiep nhan" in leaf:
        return "received"
    pending = "dang giai quyet" in joined or "dang xu ly" in joined
    if pending:
        if "trong han" in leaf or "chua den han" in leaf:
            return "pending_in_time"
        if "qua han" in leaf:
            return "pending_overdue"
        return None
    if "truoc han" in leaf:
        return "early"
    if "dung han" in leaf:
        return "on_time"
    if "qua han" in leaf or "tre han" in leaf:
        return "late"
    return None


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return bool(re.fullmatch(r"[0-9][0-9.]*", fold_full_width(cell_text(value))))


def _numbering(texts: list[str]) -> bool:
    """The row of column numbers "(1) (2) (3)…" or "1 2 3…" (consecutive: a field row of small
    numbers is not one)."""
    if not is_numbering_row(texts):
        return False
    numbers = [int(re.sub(r"\D", "", t)) for t in texts]
    return all(t.startswith("(") for t in texts) or numbers == list(
        range(numbers[0], numbers[0] + len(numbers))
    )


def _find_header(sheet: Sheet) -> int | None:
    for row in range(min(len(sheet.rows), _SCAN_ROWS)):
        keys = [header_key(cell_text(v)) for v in sheet.rows[row]]
        has_field = any(classify([k]) == "field" for k in keys)
        has_numbers = any("giai quyet" in k or "tiep nhan" in k or "han" in k.split() for k in keys)
        if has_field and has_numbers:
            return row
    return None


def _header_rows(sheet: Sheet, top: int) -> list[int]:
    end = top + 1
    for r1, _c1, r2, _c2 in sheet.merges:
        if r1 == top:
            end = max(end, r2 + 1)
    end = min(end, top + _MAX_HEADER_ROWS)
    while end < top + _MAX_HEADER_ROWS and end < len(sheet.rows):
        cells = [v for v in sheet.rows[end] if cell_text(v)]
        texts = [cell_text(v) for v in cells]
        if len(cells) < 2 or any(_is_number(v) for v in cells) or is_numbering_row(texts):
            break
        end += 1
    return list(range(top, end))


def _merged_at(sheet: Sheet, row: int, col: int) -> bool:
    return any(r1 <= row <= r2 and c1 <= col <= c2 for r1, c1, r2, c2 in sheet.merges)


def _columns(sheet: Sheet, rows: list[int]) -> dict[str, int]:
    width = max((sheet.width(r) for r in rows), default=0)
    for r1, _c1, r2, c2 in sheet.merges:
        if any(r1 <= r <= r2 for r in rows):
            width = max(width, c2 + 1)
    # Each header row's text per column: a merged cell spreads over its range; in a file without
    # merges (a .csv) a group header written once stands over the columns to its right that have
    # a header below it.
    grid: list[list[str]] = []
    for index, r in enumerate(rows):
        line: list[str] = []
        last = ""
        for c in range(width):
            text = header_key(cell_text(sheet.header_value(r, c)))
            if text:
                last = text if not _merged_at(sheet, r, c) else ""
            elif last and index + 1 < len(rows) and cell_text(sheet.value(rows[index + 1], c)):
                text = last
            else:
                last = ""
            line.append(text)
        grid.append(line)
    found: dict[str, int] = {}
    for c in range(width):
        path: list[str] = []
        for line in grid:
            if line[c] and (not path or path[-1] != line[c]):
                path.append(line[c])
        key = classify(path)
        if key is not None and key not in found:
            found[key] = c
    return found


def read_report(path: Path) -> Report:
    """The table of a one-stop system's report (or of the app's register) in ``path``.

    Raises ``DomainError`` (``import.*``) when the file cannot be read or holds no such table."""
    path = Path(path)
    sheets = read_sheets(path)
    for sheet in sheets:
        top = _find_header(sheet)
        if top is None:
            continue
        header = _header_rows(sheet, top)
        columns = _columns(sheet, header)
        if "field" not in columns or not any(k in columns for k in ("early", "on_time", "late")):
            continue
        period = None
        for r in range(top):
            for value in sheet.rows[r]:
                if period is None and (text := cell_text(value)):
                    period = parse_period(text)
        rows, totals = _data_rows(sheet, header[-1] + 1, columns)
        return Report(sheet.name, top + 1, period, tuple(rows), totals, frozenset(columns))
    raise DomainError(
        "import.no_header",
        name=path.name,
        columns="Lĩnh vực, Số hồ sơ đã giải quyết (Trước hạn, Đúng hạn, Quá hạn)",
    )


def _data_rows(sheet: Sheet, start: int, columns: dict[str, int]) -> tuple[list[ReportRow], ReportRow | None]:
    rows: list[ReportRow] = []
    number_columns = [(k, columns[k]) for k in NUMBER_KEYS if k in columns]
    for r in range(start, len(sheet.rows)):
        cells = sheet.rows[r]
        texts = [cell_text(v) for v in cells if cell_text(v)]
        if not texts or _numbering(texts):
            continue
        field_raw = cell_text(sheet.value(r, columns["field"]))
        lead = [cell_text(sheet.value(r, columns[k])) for k in ("stt", "field") if k in columns]
        lead = [t for t in lead if t] or texts
        totals = is_totals_row(lead) or is_totals_row([field_raw])
        given = [(k, sheet.value(r, c)) for k, c in number_columns]
        if not totals and not any(_is_number(v) for _k, v in given):
            continue  # a group heading, a note, the place and date, a signature
        values: dict[str, int | None] = {k: None for k in NUMBER_KEYS}
        problem: RowProblem | None = None
        for key, value in given:
            try:
                number = parse_int(value)
            except BadValue as bad:
                problem = problem or RowProblem(
                    "tthc_result.import_bad_number", column=COLUMN_LABELS[key], value=str(bad)
                )
                continue
            if key in SPLIT_KEYS:
                values[key] = number
            else:
                values[key] = number or 0
        if values["received"] is None and "received" not in columns:
            splits = [values[k] for k in SPLIT_KEYS]
            if any(v is not None for v in splits):
                values["received"] = sum(v or 0 for v in splits)
        dates: dict[str, date | None] = {"from_on": None, "to_on": None}
        for key in dates:
            if key in columns:
                try:
                    dates[key] = parse_date(sheet.value(r, columns[key]))
                except BadValue as bad:
                    problem = problem or RowProblem(
                        "import.bad_date", column=COLUMN_LABELS[key], value=str(bad)
                    )
        field_text = "" if header_key(field_raw) in _WHOLE_AGENCY_KEYS else field_raw
        if not totals and not field_raw:
            problem = problem or RowProblem("import.missing_value", column=COLUMN_LABELS["field"])
        row = ReportRow(
            r + 1, field_text, values, dates["from_on"], dates["to_on"], problem, raw_field=field_raw
        )
        if totals:
            return rows, row
        rows.append(row)
    return rows, None
