"""Reading the tables people actually have: .xlsx (title rows, merged cells, numbers where text was
meant) and .csv (UTF-8 with or without BOM, comma or semicolon).

Qt-free; openpyxl is imported only when an .xlsx file is read. Everything here is about the shape of
a file — finding the header row wherever it is, reading cells, telling section rows from data rows.
What the rows mean is ``app.services.imports``' business.

A hostile or broken file is read in bounded time and memory: an .xlsx is streamed (openpyxl's
read-only mode), a run of ``EMPTY_RUN`` empty rows ends a sheet (one formatted cell at row 1,048,576
or at XFD1048576 costs nothing; what lies below such a gap is not read, as what lies under a totals
row is not data), values right of ``MAX_COLUMNS`` are not read, and a sheet or CSV with values
beyond ``MAX_ROWS`` rows, a cell longer than ``MAX_CELL_CHARS`` characters (Excel's own limit), a CSV
larger than ``MAX_CSV_BYTES``, an .xlsx part unpacking past its limit, or a CSV quote that never
closes (it would swallow every row below it) is refused with a message naming the line.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.services.errors import DomainError
from app.services.text import fold
from app.services.validation import (
    MAX_MAGNITUDE,
    clean,
    excerpt,
    fold_full_width,
    foreign_digits,
    is_tthc_code,
    tthc_code_form,
)
from app.services.vocabulary import table_date

HEADER_SCAN_ROWS = 100  # the header row is looked for in this many rows from the top of a sheet
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 (.xls), or an encrypted .xlsx
_UTF8_BOM = b"\xef\xbb\xbf"

# Bounds (see the module's docstring). MAX_ROWS leaves room for a title and header above at least
# 100,000 data rows; no table the app reads is wider than a few dozen columns.
MAX_ROWS = 200_000
MAX_COLUMNS = 200
EMPTY_RUN = 10_000
MAX_CELL_CHARS = 32_767
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_SHEET_XML_BYTES = 1024 * 1024 * 1024  # a worksheet's XML, unpacked (streamed)
MAX_OTHER_XML_BYTES = 128 * 1024 * 1024  # shared strings, styles, … (read whole), unpacked
_MERGE_ROWS = HEADER_SCAN_ROWS + 100  # merged ranges below this row are not read (headers only)
_MAX_MERGES = 20_000
_MB = 1024 * 1024


# ---- reading files -------------------------------------------------------------------------------
@dataclass
class Sheet:
    """One sheet as a grid of raw values; ``rows[i]`` is spreadsheet row ``i + 1``.

    In a merged range only the top-left cell holds the value (as in the file); ``header_value``
    spreads it over the range, which is what a reader of a merged header sees.
    """

    name: str | None
    rows: list[list[Any]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based, inclusive
    _spread: dict[tuple[int, int], tuple[int, int]] | None = field(default=None, repr=False)

    def value(self, row: int, col: int) -> Any:
        if row >= len(self.rows) or col < 0:
            return None
        cells = self.rows[row]
        return cells[col] if col < len(cells) else None

    def header_value(self, row: int, col: int) -> Any:
        if self._spread is None:
            self._spread = {}
            for r1, c1, r2, c2 in self.merges:
                if r1 >= HEADER_SCAN_ROWS + 2:
                    continue
                for r in range(r1, min(r2, HEADER_SCAN_ROWS + 2) + 1):
                    for c in range(c1, c2 + 1):
                        self._spread[(r, c)] = (r1, c1)
        origin = self._spread.get((row, col))
        return self.value(*origin) if origin else self.value(row, col)

    def width(self, row: int) -> int:
        return len(self.rows[row]) if row < len(self.rows) else 0


def read_sheets(path: Path) -> list[Sheet]:
    """The sheets of an .xlsx file (the active one first) or the one table of a .csv file.

    Raises ``DomainError`` with an ``import.*`` code when the file cannot be read at all.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise DomainError("import.not_found", path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise DomainError("import.xls", name=name)
    if suffix in (".xlsx", ".xlsm"):
        sheets = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        sheets = [_read_csv(path)]
    else:
        raise DomainError("import.bad_extension", name=name)
    if not any(any(cell_text(v) for v in row) for sheet in sheets for row in sheet.rows):
        raise DomainError("import.empty", name=name)
    return sheets


def _read_xlsx(path: Path) -> list[Sheet]:
    try:
        with path.open("rb") as fh:
            magic = fh.read(8)
    except OSError as exc:
        raise DomainError("import.unreadable", name=path.name, detail=exc.strerror or str(exc)) from exc
    if magic.startswith(_OLE_MAGIC):
        if _is_encrypted_ooxml(path):
            raise DomainError("import.encrypted", name=path.name)
        raise DomainError("import.xls", name=path.name)
    if not magic.startswith(_ZIP_MAGIC):
        if not magic:
            raise DomainError("import.empty", name=path.name)
        raise DomainError("import.unreadable", name=path.name, detail="không phải tệp .xlsx")
    _check_unpacked_sizes(path)

    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "unknown extension", "data validation" chatter
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged zip or XML fails in many ways; all mean "cannot read"
        detail = str(exc).strip() or exc.__class__.__name__
        raise DomainError("import.unreadable", name=path.name, detail=detail[:200]) from exc
    try:
        worksheets = list(book.worksheets)
        active = book.active
        if active in worksheets:
            worksheets.remove(active)
            worksheets.insert(0, active)
        sheets: list[Sheet] = []
        for ws in worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    rows = _sheet_rows(path.name, ws)
                    merges = _sheet_merges(path, getattr(ws, "_worksheet_path", None))
            except DomainError:
                raise
            except Exception as exc:  # damaged XML inside the sheet
                detail = str(exc).strip() or exc.__class__.__name__
                raise DomainError("import.unreadable", name=path.name, detail=detail[:200]) from exc
            sheets.append(Sheet(ws.title, rows, merges))
        return sheets
    finally:
        book.close()


def _check_unpacked_sizes(path: Path) -> None:
    """Refuse an .xlsx whose parts unpack past their limits (a deflate bomb) before reading any.
    The sizes are the ones the zip declares; reading never goes past a declared size."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DomainError("import.unreadable", name=path.name, detail=str(exc)[:200] or "zip") from exc
    for info in members:
        name = info.filename.lower()
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            limit = MAX_SHEET_XML_BYTES
        elif name in _WHOLE_PARTS:
            limit = MAX_OTHER_XML_BYTES
        else:
            continue  # pictures, charts…: never read
        if info.file_size > limit:
            raise DomainError(
                "import.too_big_unpacked",
                name=path.name,
                part=excerpt(info.filename),
                size_mb=_megabytes(info.file_size),
                limit_mb=_megabytes(limit),
            )


# The parts openpyxl reads whole (a worksheet is streamed).
_WHOLE_PARTS = frozenset(
    {
        "xl/sharedstrings.xml",
        "xl/styles.xml",
        "xl/workbook.xml",
        "[content_types].xml",
        "xl/_rels/workbook.xml.rels",
    }
)


def _megabytes(size: int) -> str:
    return f"{size / _MB:,.0f}".replace(",", ".")


def _sheet_rows(name: str, ws: Any) -> list[list[Any]]:
    """A read-only sheet's values, rows trimmed of trailing empty cells, up to the last row with a
    value before a run of ``EMPTY_RUN`` empty rows (missing rows cost one shared empty tuple each)."""
    rows: list[list[Any]] = []
    last = 0  # 1-based number of the last row holding a value
    for number, values in enumerate(
        ws.iter_rows(min_row=1, max_row=MAX_ROWS + 1, min_col=1, max_col=MAX_COLUMNS, values_only=True),
        start=1,
    ):
        if number - last > EMPTY_RUN:
            break
        if values.count(None) == len(values):  # C-level: the filler rows of a gap are all None
            continue
        if number > MAX_ROWS:
            raise DomainError(
                "import.too_many_rows_sheet",
                name=name,
                sheet=excerpt(ws.title),
                row=_count(number),
                limit=_count(MAX_ROWS),
            )
        cells = list(values)
        while cells and cells[-1] is None:
            cells.pop()
        for col, value in enumerate(cells):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise DomainError(
                    "import.cell_too_long_sheet",
                    name=name,
                    sheet=excerpt(ws.title),
                    cell=f"{_column_letter(col + 1)}{number}",
                    length=_count(len(value)),
                    limit=_count(MAX_CELL_CHARS),
                    text=excerpt(value),
                )
        rows.extend([] for _ in range(number - 1 - len(rows)))
        rows.append(cells)
        last = number
    return rows


def _column_letter(col: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _count(number: int) -> str:
    """A count as Vietnamese text writes it: 200.000."""
    return f"{number:,}".replace(",", ".")


_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]{1,3})([0-9]{1,7})(?::([A-Za-z]{1,3})([0-9]{1,7}))?\""
)


def _sheet_merges(path: Path, member: str | None) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a sheet that start in its top ``_MERGE_ROWS`` rows (the header area:
    nothing below reads merges), at most ``_MAX_MERGES``; 0-based and inclusive. Read-only mode
    does not read them, so the sheet's XML is scanned for them, streamed."""
    if not member:
        return []
    found: dict[tuple[int, int, int, int], None] = {}
    tail = b""
    with zipfile.ZipFile(path) as archive:
        try:
            source = archive.open(member.lstrip("/"))
        except KeyError:
            return []
        with source:
            while chunk := source.read(1 << 20):
                data = tail + chunk
                if b"mergeCell" in data:
                    for match in _MERGE_CELL.finditer(data):
                        c1, r1, c2, r2 = match.groups()
                        first = (int(r1) - 1, _column_number(c1) - 1)
                        last = (int(r2) - 1, _column_number(c2) - 1) if c2 and r2 else first
                        if first[0] < _MERGE_ROWS and len(found) < _MAX_MERGES:
                            found[(first[0], first[1], last[0], last[1])] = None
                tail = data[-512:]
    return list(found)


def _column_number(letters: bytes) -> int:
    number = 0
    for byte in letters.upper():
        number = number * 26 + byte - 64
    return number


def _is_encrypted_ooxml(path: Path) -> bool:
    """A password-protected .xlsx is an OLE container holding an "EncryptedPackage" stream."""
    try:
        with path.open("rb") as fh:
            head = fh.read(1 << 20)
    except OSError:
        return False
    return "EncryptedPackage".encode("utf-16-le") in head


def _read_csv(path: Path) -> Sheet:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise DomainError(
                "import.too_big", name=path.name, size_mb=_megabytes(size), limit_mb=_megabytes(MAX_CSV_BYTES)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError("import.unreadable", name=path.name, detail=exc.strerror or str(exc)) from exc
    encoding = "utf-8"
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # Excel's "Unicode Text" (tab-separated)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DomainError("import.bad_encoding", name=path.name) from exc
    if "\x00" in text:
        raise DomainError("import.bad_encoding", name=path.name)
    if not text.strip():
        raise DomainError("import.empty", name=path.name)
    delimiter = _guess_delimiter(text)
    rows: list[list[Any]] = []
    consumed = [0]
    reader = csv.reader(_csv_lines(text, consumed), delimiter=delimiter)
    line, at = 1, 0  # where the record being read starts (line number, offset in the text)
    last_line, last_at = line, at
    try:
        for record in reader:
            if len(rows) >= MAX_ROWS:
                raise DomainError(
                    "import.too_many_rows", name=path.name, row=_count(line), limit=_count(MAX_ROWS)
                )
            if any(len(cell) > MAX_CELL_CHARS for cell in record):
                _refuse_record(path.name, text, line, at, delimiter)
            rows.append([cell if cell.strip() else None for cell in record])
            last_line, last_at = line, at
            line, at = reader.line_num + 1, consumed[0]
    except csv.Error as exc:
        _refuse_record(path.name, text, line, at, delimiter)  # "field larger than field limit"
        raise DomainError("import.unreadable", name=path.name, detail=str(exc)) from exc
    if rows:
        # A quote that never closes makes every line below it one cell of the last record.
        _refuse_unclosed_quote(path.name, text, last_line, last_at, delimiter)
    for cells in rows:
        while cells and cells[-1] is None:
            cells.pop()
    return Sheet(None, rows)


def _csv_lines(text: str, consumed: list[int]) -> Iterator[str]:
    """The lines of ``text`` as the csv reader reads them; ``consumed[0]`` is the offset after the
    last line handed out (the start of the next record once a record is read)."""
    for line in io.StringIO(text, newline=""):
        consumed[0] += len(line)
        yield line


def _unclosed_quote(text: str, at: int, delimiter: str) -> int | None:
    """The offset of a quote opening a field of the record starting at ``at`` that never closes
    (None when the record ends normally), read as the csv module reads it."""
    i, end = at, len(text)
    field_start = True
    while i < end:
        char = text[i]
        if field_start and char == '"':
            j = i + 1
            while True:
                k = text.find('"', j)
                if k < 0:
                    return i
                if text.startswith('"', k + 1):  # a doubled quote inside the field
                    j = k + 2
                    continue
                break
            i, field_start = k + 1, False
            continue
        if char in "\r\n":
            return None
        field_start = char == delimiter
        i += 1
    return None


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _refuse_unclosed_quote(name: str, text: str, line: int, at: int, delimiter: str) -> None:
    opening = _unclosed_quote(text, at, delimiter)
    if opening is not None:
        raise DomainError(
            "import.unbalanced_quote",
            name=name,
            line=line + len(_LINE_BREAK.findall(text, at, opening)),
            text=excerpt(text[opening : opening + 4 * 80]),
        )


def _refuse_record(name: str, text: str, line: int, at: int, delimiter: str) -> None:
    """Refuse a record holding a cell longer than a cell can be: a quote that never closes, or
    a field of its own."""
    _refuse_unclosed_quote(name, text, line, at, delimiter)
    raise DomainError(
        "import.cell_too_long",
        name=name,
        line=line,
        limit=_count(MAX_CELL_CHARS),
        text=excerpt(text[at : at + 4 * 80]),
    )


def _guess_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most columns (ties: comma). Read from
    the first lines only: a quote that never closes must not make a delimiter look wrong."""
    sample = "".join(itertools.islice(io.StringIO(text, newline=""), 200))
    best, best_width = ",", -1
    for delimiter in (",", ";", "\t"):
        width = 0
        try:
            for record in itertools.islice(
                csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), 60
            ):
                width = max(width, len(record))
        except csv.Error:
            pass  # a broken record (a huge field): the records before it count
        if width > best_width:
            best, best_width = delimiter, width
    return best


# ---- cells ---------------------------------------------------------------------------------------
def cell_text(value: Any) -> str:
    """A cell as one line of NFC text, trimmed, inner spaces and line breaks folded."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):  # a datetime too: its date, as tables write it
        return table_date(value)
    return clean(str(value))


def raw_text(value: Any) -> str:
    """A cell as NFC text keeping its line breaks (for lists written one per line)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return cell_text(value)


@dataclass(frozen=True)
class CodeCell:
    """A TTHC code cell: the code (None when empty or malformed), what the cell held, whether
    full-width characters were folded to reach the code, and whether it holds digits other than
    0–9 (Arabic-Indic, Devanagari…: refused, never read as a code)."""

    code: str | None
    raw: str
    folded: bool = False
    foreign_digits: bool = False


def read_tthc_code(value: Any) -> CodeCell:
    """A TTHC code cell. A code that Excel stored as a number is read back with six decimals
    (1.0012 → "1.001200"); a whole number or one with more than six decimals is not a code.
    Full-width digits and dots ("１．００１１９３") are the code they look like (``folded`` says
    so); nothing else is ever repaired."""
    if value is None or isinstance(value, bool):
        return CodeCell(None, "" if value is None else str(value))
    if isinstance(value, float):
        raw = repr(value)
        if not math.isfinite(value):
            return CodeCell(None, raw)
        try:
            number = Decimal(raw)
        except InvalidOperation:
            return CodeCell(None, raw)
        exponent = number.as_tuple().exponent
        if not isinstance(exponent, int) or exponent < -6:
            return CodeCell(None, raw)
        code = f"{number:.6f}"
        return CodeCell(code if is_tthc_code(code) else None, raw)
    if isinstance(value, int):
        return CodeCell(None, str(value))
    raw = cell_text(value)
    if foreign_digits(raw):
        return CodeCell(None, raw, foreign_digits=True)
    code, folded = tthc_code_form(raw)
    return CodeCell(code if is_tthc_code(code) else None, raw, folded=folded and is_tthc_code(code))


def parse_tthc_code(value: Any) -> tuple[str | None, str]:
    """(the code, what the cell held); see ``read_tthc_code``."""
    cell = read_tthc_code(value)
    return cell.code, cell.raw


_DATE_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


class BadValue(ValueError):
    """A cell that cannot be read as what its column holds."""


def parse_date(value: Any) -> date | None:
    """An Excel date, or text dd/mm/yyyy (also d/m/yyyy, with . or -, and yyyy-mm-dd)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise BadValue(cell_text(value))
    text = cell_text(value)
    if not text:
        return None
    try:
        if match := _DATE_DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _DATE_ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError as exc:
        raise BadValue(text) from exc
    raise BadValue(text)


def parse_int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise BadValue(str(value))
    if isinstance(value, int):
        if abs(value) > MAX_MAGNITUDE:
            raise BadValue(str(value)[:40])
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) <= MAX_MAGNITUDE:
            return int(value)
        raise BadValue(repr(value))
    text = cell_text(value)
    if not text:
        return None
    digits = fold_full_width(text)
    if re.fullmatch(r"[0-9]{1,6}", digits):
        return int(digits)
    raise BadValue(text)


def sentence(text: str) -> str:
    """Trimmed; an all-capitals title in sentence case ("HỘ TỊCH" → "Hộ tịch"); first letter upper."""
    value = clean(text).strip(" :-–.;,")
    if not value:
        return ""
    if value == value.upper() and value != value.lower():
        value = value.lower()
    return value[0].upper() + value[1:]


# ---- the header row ------------------------------------------------------------------------------
def header_key(text: str) -> str:
    """A header cell folded for matching: "Mã số\\nTTHC (*)" → "ma so tthc"."""
    key = re.sub(r"\(.*?\)", " ", fold(text))
    key = re.sub(r"[^0-9a-z]+", " ", key)
    return " ".join(key.split())


@dataclass(frozen=True)
class ColumnSpec:
    """A column the importer understands: its name in the app's template and the headers it accepts
    (compared folded; a prefix matches whole words: "tên thủ tục" matches "Tên thủ tục hành chính")."""

    key: str
    label: str
    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    required: bool = False

    def matches(self, key: str) -> bool:
        if not key:
            return False
        if key in self.exact or key == header_key(self.label):
            return True
        return any(key == p or key.startswith(p + " ") for p in self.prefixes)


@dataclass(frozen=True)
class Table:
    sheet: Sheet
    header_row: int  # 0-based index of the (first) header row
    data_start: int  # 0-based index of the first row under the header
    columns: dict[str, int]  # spec key → 0-based column
    # A column whose header is merged over sub-columns marked with "x" (e.g. "Cấp thực hiện" over
    # "Tỉnh | Huyện | Xã"): spec key → {0-based column: sub-header}.
    groups: dict[str, dict[int, str]] = field(default_factory=dict)


def _match_row(sheet: Sheet, row: int, specs: Sequence[ColumnSpec], taken: dict[str, int]) -> dict[str, int]:
    found: dict[str, int] = {}
    used = set(taken.values())
    for col in range(sheet.width(row) if not sheet.merges else _merged_width(sheet, row)):
        if col in used:
            continue
        key = header_key(cell_text(sheet.header_value(row, col)))
        if not key:
            continue
        for spec in specs:
            if spec.key not in taken and spec.key not in found and spec.matches(key):
                found[spec.key] = col
                break
    return found


def _merged_width(sheet: Sheet, row: int) -> int:
    width = sheet.width(row)
    for r1, _c1, r2, c2 in sheet.merges:
        if r1 <= row <= r2:
            width = max(width, c2 + 1)
    return width


def find_table(
    sheets: Iterable[Sheet], specs: Sequence[ColumnSpec], grouped: Sequence[str] = ()
) -> Table | None:
    """The first sheet's first row holding every required column; a second header row right under
    it (a two-row header, or cells merged down over two rows) adds the columns it names. A column
    in ``grouped`` may be a header merged across sub-columns marked per row."""
    required = [s.key for s in specs if s.required]
    for sheet in sheets:
        for row in range(min(len(sheet.rows), HEADER_SCAN_ROWS)):
            columns = _match_row(sheet, row, specs, {})
            if not all(k in columns for k in required):
                continue
            data_start = row + 1
            # Header cells merged downwards make the header taller.
            for r1, c1, r2, _c2 in sheet.merges:
                if r1 == row and c1 in columns.values():
                    data_start = max(data_start, r2 + 1)
            extra = _match_row(sheet, row + 1, specs, columns)
            if extra:
                columns.update(extra)
                data_start = max(data_start, row + 2)
            groups = {key: g for key in grouped if key in columns and (g := _group(sheet, row, columns[key]))}
            if groups:
                data_start = max(data_start, row + 2)
            return Table(sheet, row, data_start, columns, groups)
    return None


def _group(sheet: Sheet, row: int, col: int) -> dict[int, str]:
    """The sub-headers under a header cell merged across columns (empty when it is not)."""
    for r1, c1, r2, c2 in sheet.merges:
        if r1 <= row <= r2 and c1 == col and c2 > c1 and r2 == row:
            subs = {c: cell_text(sheet.header_value(row + 1, c)) for c in range(c1, c2 + 1)}
            if all(subs.values()):
                return subs
    return {}


# ---- data rows -----------------------------------------------------------------------------------
_NUMBER_CELL = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")
_ROMAN = re.compile(r"^(?=[IVXL])X{0,3}(?:IX|IV|V?I{0,3})$")
_NUMBER_TOKEN = re.compile(r"^(?:[IVXL]+|[A-Z]|\d{1,3})\s*[.):]?$")
_NUMBERING = re.compile(
    r"^\s*(?:(?:PHẦN|Phần|phần)\s+)?(?P<token>[IVXL]+|[A-Z]|\d{1,3}(?:\.\d{1,3})*)\s*(?:[.):]|\s[-–])\s*"
)
_LEVEL = re.compile(
    r"^(?:danh muc\s+)?(?:cac\s+)?(?:(?:thu tuc hanh chinh|thu tuc|tthc)\s+)?"
    r"(?:thuoc\s+)?(?:tham quyen\s+)?(?:giai quyet\s+)?(?:cua\s+)?"
    r"(?:(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+)?"
    r"(?P<level>cap (?:xa|huyen|tinh|trung uong|bo))$"
)


def is_numbering_row(texts: Sequence[str]) -> bool:
    """The row of column numbers under many headers: "(1) (2) (3)…" or "1 2 3…"."""
    return len(texts) >= 2 and all(_NUMBER_CELL.match(t) for t in texts)


_TOTALS = re.compile(r"^(?:tong so|tong cong)\b")


def is_totals_row(texts: Sequence[str]) -> bool:
    """The grand total under a table ("Tổng số: 12 tài liệu …", "Tổng cộng"): the table ends there;
    what follows (notes, the place and date, signatures) is not data."""
    return bool(texts) and bool(_TOTALS.match(fold(texts[0])))


@dataclass(frozen=True)
class Section:
    """What a section row says about the rows under it."""

    kind: str  # "field" | "level" | "title" (a section that is neither, e.g. a document type)
    value: str
    numbered: bool


def read_section(texts: Sequence[str]) -> Section | None:
    """A row whose only text is a heading ("I. LĨNH VỰC HỘ TỊCH", "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"), in
    one cell (usually merged across the table) or as numbering plus text in the first two cells."""
    texts = [clean(t) for t in texts if clean(t)]
    if len(texts) == 2 and _NUMBER_TOKEN.match(texts[0]):
        token = texts[0].rstrip(".):").strip()
        text, numbered = texts[1], True
        roman = bool(_ROMAN.match(token))
    elif len(texts) == 1:
        text = texts[0]
        match = _NUMBERING.match(text)
        numbered = match is not None
        roman = bool(match and _ROMAN.match(match.group("token")))
        if match:
            text = text[match.end() :]
    else:
        return None
    text = re.sub(r"\s*\([^)]*\)\s*$", "", clean(text)).strip(" :-–.;,")
    if not text:
        return None
    words = text.split()
    folded = fold(text).split()
    if len(words) != len(folded):  # stray combining marks; compare on folded text only
        words = folded
    flat = " ".join(re.sub(r"[^0-9a-z]+", " ", w).strip() or w for w in folded)
    if level := _LEVEL.match(flat):
        count = len(level.group("level").split())
        return Section("level", sentence(" ".join(words[-count:])), numbered)
    if folded[:2] == ["linh", "vuc"]:
        rest = " ".join(words[2:]).strip(" :-–.")
        return Section("field", sentence(rest), numbered) if rest else None
    if numbered and flat.startswith(("danh muc", "thu tuc", "tthc")):
        return None
    if roman:
        return Section("field", sentence(text), numbered)
    if numbered:
        return Section("title", sentence(text), numbered)
    return None
