"""Reading the tables people actually have: .xlsx (title rows, merged cells, numbers where text was
meant) and .csv (UTF-8 with or without BOM, comma or semicolon).

Qt-free; openpyxl is imported only when an .xlsx file is read. Everything here is about the shape of
a file — finding the header row wherever it is, reading cells, telling section rows from data rows.
What the rows mean is ``app.services.imports``' business.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.services.documents import TTHC_CODE
from app.services.errors import DomainError
from app.services.text import fold
from app.services.validation import clean
from app.services.vocabulary import table_date

HEADER_SCAN_ROWS = 100  # the header row is looked for in this many rows from the top of a sheet
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 (.xls), or an encrypted .xlsx
_UTF8_BOM = b"\xef\xbb\xbf"


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

    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "unknown extension", "data validation" chatter
            book = openpyxl.load_workbook(path, data_only=True)
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
            rows: list[list[Any]] = []
            max_row, max_col = ws.max_row or 0, ws.max_column or 0
            if max_row and max_col:
                for values in ws.iter_rows(
                    min_row=1, max_row=max_row, min_col=1, max_col=max_col, values_only=True
                ):
                    cells = list(values)
                    while cells and cells[-1] is None:
                        cells.pop()
                    rows.append(cells)
            merges = [
                (r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1) for r in ws.merged_cells.ranges
            ]
            sheets.append(Sheet(ws.title, rows, merges))
        return sheets
    finally:
        book.close()


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
    try:
        rows = [
            [cell if cell.strip() else None for cell in record]
            for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise DomainError("import.unreadable", name=path.name, detail=str(exc)) from exc
    for cells in rows:
        while cells and cells[-1] is None:
            cells.pop()
    return Sheet(None, rows)


def _guess_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most columns (ties: comma)."""
    best, best_width = ",", -1
    for delimiter in (",", ";", "\t"):
        try:
            records = itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 60)
            width = max((len(r) for r in records), default=0)
        except csv.Error:
            continue
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


def parse_tthc_code(value: Any) -> tuple[str | None, str]:
    """(the code, what the cell held). The code is None when the cell is empty or malformed.

    A code that Excel stored as a number is read back with six decimals (1.0012 → "1.001200");
    a whole number or one with more than six decimals is not a code. Nothing is ever repaired.
    """
    if value is None or isinstance(value, bool):
        return None, "" if value is None else str(value)
    if isinstance(value, float):
        raw = repr(value)
        if not math.isfinite(value):
            return None, raw
        try:
            number = Decimal(raw)
        except InvalidOperation:
            return None, raw
        exponent = number.as_tuple().exponent
        if not isinstance(exponent, int) or exponent < -6:
            return None, raw
        code = f"{number:.6f}"
        return (code if TTHC_CODE.match(code) else None), raw
    if isinstance(value, int):
        return None, str(value)
    raw = cell_text(value)
    return (raw if TTHC_CODE.match(raw) else None), raw


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
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return int(value)
        raise BadValue(repr(value))
    text = cell_text(value)
    if not text:
        return None
    if re.fullmatch(r"\d{1,6}", text):
        return int(text)
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
