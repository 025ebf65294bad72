"""Import of the TTHC catalogue and of the document register from .xlsx / .csv files.

``preview`` reads a file and matches its rows against the database without writing: rows to add,
to update (matched by code), unchanged, and rejected (with the row number the user sees and a
reason code for ``app.messages.import_reason``). ``apply`` writes the additions and updates of a
preview in one transaction. The files people have are lists exported from the national
public-service portal, annexes to provincial decisions, registers kept in Excel, and the app's own
template (``write_template``); see ``app.services.tabular`` for how their shape is read.

Decisions (documented for the user in the messages):
- A row with an empty or malformed code is rejected, never repaired. A row with neither code nor
  name/title (notes, totals) is not a data row and is skipped silently.
- A value the file does not give (no such column, or an empty cell) keeps what the database has;
  an import never blanks a field.
- A code listed twice in one file: the first row counts, the later ones are rejected.
- TTHC: a new entry at the agency's level starts in its jurisdiction (commune → "cấp xã",
  department → "cấp tỉnh"); an update keeps the user's jurisdiction choice and note.
- Documents are matched by code (case and spacing ignored) among documents not obsolete. A higher
  issue number than the latest adds a new issue (earlier ones stay as history); the same issue
  number updates that issue's dates and change summary where they differ; a row whose newest issue
  (its own, or an upcoming one its status names) is older than the issue in effect today is
  rejected (it describes a state the document has left), as is a missing number lower than the
  latest. An empty "Ngày hiệu lực" means the issue takes effect on its "Ngày ban hành".
  An unknown department keeps the row, without department, with a note.
- The status follows the document rule (``documents.settled_status``): a document without any
  issue is a draft whatever the row says; one with an issue is in force unless the row says
  obsolete.
- The app's own printed register reads back as it was written: title rows above the header, group
  rows ("I | QUY TRÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH") giving the document type, the status cell's
  second line "Lần 3 hiệu lực từ 01/04/2026" (an upcoming issue: compared, added when new) and
  "Sắp hiệu lực (từ 01/04/2026)" (issued, not in effect yet), and the totals and signatures under
  the table (a row starting "Tổng số"/"Tổng cộng" ends the table). So does its TTHC catalogue: a
  "Thẩm quyền" column (Có/Không) sets the jurisdiction of a new entry; "Quy trình ISO" is the
  register's business and is not read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto, faults, vocabulary
from app.services.agency import AgencyService
from app.services.documents import DocumentService, code_key, settled_status
from app.services.errors import DomainError, ValidationError
from app.services.files import atomic_output
from app.services.tabular import (
    BadValue,
    ColumnSpec,
    Section,
    Table,
    cell_text,
    find_table,
    header_key,
    is_numbering_row,
    is_totals_row,
    parse_date,
    parse_int,
    parse_tthc_code,
    raw_text,
    read_section,
    read_sheets,
    read_tthc_code,
    sentence,
)
from app.services.text import fold
from app.services.tthc import TthcService, check_tthc_fields
from app.services.unit_of_work import UowFactory
from app.services.validation import clean_multiline, excerpt

KINDS = ("tthc", "documents")


# ---- results -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportNote:
    """Something the user should know about a row that is imported anyway (code + parameters)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportItem:
    row_number: int  # 1-based, as the spreadsheet (or the CSV opened in Excel) shows it
    code: str
    label: str  # TTHC name / document title
    changes: tuple[str, ...] = ()  # names of the fields that change (updates)
    payload: Any = None
    notes: tuple[ImportNote, ...] = ()


@dataclass(frozen=True)
class RejectedRow:
    row_number: int
    code: str  # reason code, e.g. "import.bad_code"
    params: Mapping[str, Any]
    raw_code: str  # the code cell as the file held it (at most ``validation.EXCERPT_CHARS`` long)

    def __post_init__(self) -> None:
        object.__setattr__(self, "raw_code", excerpt(self.raw_code))


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    path: Path
    sheet: str | None
    header_row: int  # 1-based
    to_add: tuple[ImportItem, ...]
    to_update: tuple[ImportItem, ...]
    unchanged: tuple[ImportItem, ...]
    rejected: tuple[RejectedRow, ...]

    @property
    def has_changes(self) -> bool:
        return bool(self.to_add or self.to_update)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    rejected: int


@dataclass(frozen=True)
class TthcPlan:
    fields: dto.TthcFields


@dataclass(frozen=True)
class DocumentPlan:
    document_id: int | None
    fields: dto.DocumentFields
    # Issues to add (a new number) or to correct (an existing number whose dates / summary change).
    revisions: tuple[dto.RevisionFields, ...] = ()


class _Reject(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        # Text from the file is quoted at most EXCERPT_CHARS long.
        self.params = {k: excerpt(v) if isinstance(v, str) else v for k, v in params.items()}


# ---- columns -------------------------------------------------------------------------------------
def _spec(
    key: str, label: str, *exact: str, prefixes: Sequence[str] = (), required: bool = False
) -> ColumnSpec:
    return ColumnSpec(key, label, frozenset(exact), tuple(prefixes), required)


_STT = _spec("stt", "STT", "stt", "so tt", "tt", "so thu tu")
_TTHC_CODE_PREFIXES = ("ma tthc", "ma so tthc", "ma thu tuc", "ma so thu tuc")

TTHC_COLUMNS = (
    _STT,
    _spec("code", "Mã TTHC", "ma", "ma so", prefixes=_TTHC_CODE_PREFIXES, required=True),
    _spec(
        "name",
        "Tên thủ tục hành chính",
        "ten",
        "thu tuc hanh chinh",
        "ten tthc",
        prefixes=("ten thu tuc", "ten tthc"),
        required=True,
    ),
    _spec("field", "Lĩnh vực", "linh vuc", "ten linh vuc", "linh vuc thuc hien"),
    # Có / Không, as the app's catalogue writes it; read for new entries only.
    _spec("jurisdiction", "Thẩm quyền", "tham quyen", "thuoc tham quyen", "thuoc tham quyen giai quyet"),
    _spec(
        "level",
        "Cấp thực hiện",
        "cap",
        "cap giai quyet",
        "cap tham quyen",
        "cap co tham quyen",
        "cap thuc hien",
        prefixes=("cap thuc hien", "cap giai quyet"),
    ),
)

DOCUMENT_COLUMNS = (
    _STT,
    _spec(
        "code",
        "Mã hiệu",
        "ma hieu",
        "ma tai lieu",
        "ky hieu",
        "ky ma hieu",
        "ma so tai lieu",
        "so hieu",
        prefixes=("ma hieu", "ma tai lieu"),
        required=True,
    ),
    _spec(
        "title",
        "Tên tài liệu",
        "ten tai lieu",
        "ten quy trinh",
        "ten van ban",
        "tieu de",
        prefixes=("ten tai lieu", "ten quy trinh"),
        required=True,
    ),
    _spec("doc_type", "Loại tài liệu", "loai", "loai tai lieu", prefixes=("loai tai lieu",)),
    _spec("field", "Lĩnh vực", "linh vuc", "ten linh vuc"),
    _spec(
        "department",
        "Bộ phận chủ trì",
        "bo phan",
        "don vi",
        "don vi chu tri",
        "bo phan soan thao",
        "don vi soan thao",
        "bo phan thuc hien",
        prefixes=("bo phan chu tri", "don vi chu tri"),
    ),
    _spec("status", "Trạng thái", "trang thai", "tinh trang", "tinh trang hieu luc"),
    _spec("issue", "Lần ban hành", "lan", "lan ban hanh", "lan sua doi", prefixes=("lan ban hanh",)),
    _spec("issued_on", "Ngày ban hành", "ngay ban hanh", prefixes=("ngay ban hanh",)),
    _spec(
        "effective_on",
        "Ngày hiệu lực",
        "ngay hieu luc",
        "ngay co hieu luc",
        "ngay ap dung",
        prefixes=("ngay hieu luc", "ngay co hieu luc"),
    ),
    _spec(
        "change_summary",
        "Nội dung sửa đổi",
        "noi dung sua doi",
        "noi dung thay doi",
        "tom tat noi dung sua doi",
        prefixes=("noi dung sua doi", "noi dung thay doi"),
    ),
    _spec("tthc_codes", "Mã TTHC", "tthc", prefixes=_TTHC_CODE_PREFIXES),
)

COLUMNS = {"tthc": TTHC_COLUMNS, "documents": DOCUMENT_COLUMNS}
# The template's columns: what the reader understands but for the jurisdiction, which the user
# decides in the app (the catalogue's own export writes it, so that it reads back).
TEMPLATE_COLUMNS = {
    kind: tuple(s for s in specs if s.key != "jurisdiction") for kind, specs in COLUMNS.items()
}
_LABELS = {kind: {s.key: s.label for s in specs} for kind, specs in COLUMNS.items()}

# Names of the document / revision input fields as the user reads them (validation errors).
_DOCUMENT_FIELD_LABELS = {
    "code": "Mã hiệu",
    "title": "Tên tài liệu",
    "doc_type": "Loại tài liệu",
    "field": "Lĩnh vực",
    "department_id": "Bộ phận chủ trì",
    "status": "Trạng thái",
    "parent_id": "Loại tài liệu",
    "note": "Ghi chú",
    "tthc_codes": "Mã TTHC",
    "issue_number": "Lần ban hành",
    "issued_on": "Ngày ban hành",
    "effective_on": "Ngày hiệu lực",
    "change_summary": "Nội dung sửa đổi",
}
_TTHC_FIELD_LABELS = {
    "code": "Mã TTHC",
    "name": "Tên thủ tục hành chính",
    "field": "Lĩnh vực",
    "level": "Cấp thực hiện",
    "note": "Ghi chú",
}

# The names the template lists and the reader recognises are the vocabulary's labels (in force first).
DOCUMENT_TYPE_NAMES = {kind: vocabulary.document_type_label(kind) for kind in m.DocumentType}
# The group headings of the printed register ("Quy trình giải quyết thủ tục hành chính").
DOCUMENT_TYPE_HEADINGS = {kind: vocabulary.document_type_heading(kind) for kind in m.DocumentType}
DOCUMENT_STATUS_NAMES = {
    status: vocabulary.document_status_label(status)
    for status in (m.DocumentStatus.IN_FORCE, m.DocumentStatus.DRAFT, m.DocumentStatus.OBSOLETE)
}

_TYPE_WORDS: dict[str, m.DocumentType] = {
    "quy trinh tthc": m.DocumentType.TTHC_PROCEDURE,
    "qt tthc": m.DocumentType.TTHC_PROCEDURE,
    "qttthc": m.DocumentType.TTHC_PROCEDURE,
    "quy trinh thu tuc hanh chinh": m.DocumentType.TTHC_PROCEDURE,
    "quy trinh giai quyet tthc": m.DocumentType.TTHC_PROCEDURE,
    "quy trinh giai quyet thu tuc hanh chinh": m.DocumentType.TTHC_PROCEDURE,
    "quy trinh noi bo": m.DocumentType.INTERNAL_PROCEDURE,
    "qt noi bo": m.DocumentType.INTERNAL_PROCEDURE,
    "qtnb": m.DocumentType.INTERNAL_PROCEDURE,
    "bieu mau": m.DocumentType.FORM,
    "bm": m.DocumentType.FORM,
    "mau": m.DocumentType.FORM,
    "huong dan": m.DocumentType.GUIDE,
    "hd": m.DocumentType.GUIDE,
    "chinh sach ke hoach": m.DocumentType.POLICY_PLAN,
    "chinh sach": m.DocumentType.POLICY_PLAN,
    "ke hoach": m.DocumentType.POLICY_PLAN,
    "muc tieu": m.DocumentType.POLICY_PLAN,
    "so tay": m.DocumentType.POLICY_PLAN,
    "khac": m.DocumentType.POLICY_PLAN,
}
_STATUS_WORDS: dict[str, m.DocumentStatus] = {
    "dang hieu luc": m.DocumentStatus.IN_FORCE,
    "con hieu luc": m.DocumentStatus.IN_FORCE,
    "hieu luc": m.DocumentStatus.IN_FORCE,
    "dang ap dung": m.DocumentStatus.IN_FORCE,
    "ban hanh": m.DocumentStatus.IN_FORCE,
    "du thao": m.DocumentStatus.DRAFT,
    "dang du thao": m.DocumentStatus.DRAFT,
    "het hieu luc": m.DocumentStatus.OBSOLETE,
    "thu hoi": m.DocumentStatus.OBSOLETE,
    "bai bo": m.DocumentStatus.OBSOLETE,
    "huy bo": m.DocumentStatus.OBSOLETE,
    "da huy": m.DocumentStatus.OBSOLETE,
}


def _words(text: str) -> str:
    return header_key(text)


# Group headings of entries without a field ("CHƯA XẾP LĨNH VỰC"), folded.
_NO_FIELD = ("chua xep linh vuc", "chua phan linh vuc", "chua co linh vuc", "khong co linh vuc")


def parse_document_type(text: str, *, strict: bool = False) -> m.DocumentType | None:
    """Quy trình TTHC, QT TTHC, Biểu mẫu… compared folded; None when not recognised."""
    key = _words(text)
    for lead in ("danh muc ", "cac "):
        key = key.removeprefix(lead)
    for names in (DOCUMENT_TYPE_NAMES, DOCUMENT_TYPE_HEADINGS):
        for kind, name in names.items():
            if key == _words(name):
                return kind
    if key in _TYPE_WORDS:
        return _TYPE_WORDS[key]
    if strict:
        return None
    if "noi bo" in key:
        return m.DocumentType.INTERNAL_PROCEDURE
    if key.startswith(("quy trinh giai quyet", "qt giai quyet")) or (
        key.startswith(("quy trinh", "qt ")) and ("tthc" in key or "thu tuc" in key)
    ):
        return m.DocumentType.TTHC_PROCEDURE
    if key.startswith("bieu mau"):
        return m.DocumentType.FORM
    if key.startswith("huong dan"):
        return m.DocumentType.GUIDE
    if key.startswith(("chinh sach", "ke hoach", "muc tieu", "so tay", "van ban")):
        return m.DocumentType.POLICY_PLAN
    return None


def parse_document_status(text: str) -> m.DocumentStatus | None:
    key = _words(text)
    for status, name in DOCUMENT_STATUS_NAMES.items():
        if key == _words(name):
            return status
    return _STATUS_WORDS.get(key)


_DATE_WORDS = r"(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})"
# "Lần 3 hiệu lực từ 01/04/2026" (the register's second line; the register page shows "· lần 3
# từ 01/04/2026"), folded.
_UPCOMING_ISSUE = re.compile(
    r"lan\s*(?:ban hanh\s*)?(?:thu\s*)?(\d{1,3})\s*(?:se\s*)?(?:co\s*)?(?:hieu luc\s*)?(?:ke\s*)?(?:tu\s*)?"
    r"(?:ngay\s*)?" + _DATE_WORDS
)
# "Sắp hiệu lực (từ 01/04/2026)", "Chưa có hiệu lực (hiệu lực từ …)": issued, not in effect yet.
_AWAITING = re.compile(
    r"(?:sap|chua)\s*(?:co\s*)?hieu luc\s*\(?\s*(?:(?:co\s*)?hieu luc\s*)?(?:ke\s*)?(?:tu\s*)?(?:ngay\s*)?"
    + _DATE_WORDS
    + r"?\s*\)?"
)


@dataclass(frozen=True)
class StatusCell:
    """What a "Trạng thái" / "Tình trạng" cell says: the status, upcoming issues (number, effective
    date) and, for a document not in effect yet, the day it takes effect."""

    status: m.DocumentStatus | None
    upcoming: tuple[tuple[int, date], ...] = ()
    awaiting_from: date | None = None


def parse_status_cell(value: Any) -> StatusCell | None:
    """The status cell of a register row; None when it says something else. Empty: no status."""
    text = fold(raw_text(value))
    if not text:
        return StatusCell(None)
    upcoming: list[tuple[int, date]] = []
    awaiting = False
    awaiting_from: date | None = None
    try:
        for match in _UPCOMING_ISSUE.finditer(text):
            day = parse_date(match.group(2).replace(" ", ""))
            assert day is not None
            upcoming.append((int(match.group(1)), day))
        text = _UPCOMING_ISSUE.sub(" ", text)
        if found := _AWAITING.search(text):
            awaiting = True
            if found.group(1):
                awaiting_from = parse_date(found.group(1).replace(" ", ""))
            text = text[: found.start()] + " " + text[found.end() :]
    except BadValue:
        return None
    rest = _words(text)
    if not rest:
        if awaiting or upcoming:
            return StatusCell(m.DocumentStatus.IN_FORCE, tuple(upcoming), awaiting_from)
        return None
    status = parse_document_status(rest)
    if status is None or (awaiting and status is not m.DocumentStatus.IN_FORCE):
        return None
    return StatusCell(status, tuple(upcoming), awaiting_from)


_YES_WORDS = {_words(vocabulary.yes_no(True)), "x", "co tham quyen", "thuoc tham quyen", "dung"}
_NO_WORDS = {_words(vocabulary.yes_no(False)), "ngoai tham quyen", "khong thuoc tham quyen", "khong co"}


def parse_jurisdiction(text: str) -> bool | None:
    """Có / Không (and the catalogue filter's words); None for anything else, e.g. a level."""
    key = _words(text)
    if key in _YES_WORDS:
        return True
    if key in _NO_WORDS:
        return False
    return None


def level_matches(kind: m.AgencyKind | None, level: str) -> bool:
    """Whether a TTHC of ``level`` is at the agency's level (a starting guess the user can change)."""
    words = set(_words(level).split())
    if kind is m.AgencyKind.COMMUNE:
        return "xa" in words or "phuong" in words
    if kind is m.AgencyKind.DEPARTMENT:
        return "tinh" in words
    return False


def _level_name(text: str) -> str:
    """A level sub-header as a level: "TỈNH" → "Cấp tỉnh", "Cấp xã" stays."""
    name = sentence(text)
    if name and not _words(name).startswith("cap"):
        name = "Cấp " + name[0].lower() + name[1:]
    return name


class _Row:
    """One data row of a table, by column key."""

    def __init__(self, table: Table, index: int) -> None:
        self.table = table
        self.index = index
        self.number = index + 1

    def value(self, key: str) -> Any:
        col = self.table.columns.get(key)
        return None if col is None else self.table.sheet.value(self.index, col)

    def text(self, key: str) -> str:
        group = self.table.groups.get(key)
        if group:  # "x" under the sub-columns that apply: the sub-headers, joined
            sheet = self.table.sheet
            return ", ".join(
                _level_name(sub) for c, sub in group.items() if cell_text(sheet.value(self.index, c))
            )
        return cell_text(self.value(key))

    def texts(self) -> list[str]:
        return [t for t in (cell_text(v) for v in self.table.sheet.rows[self.index]) if t]


def _column_list(specs: Sequence[ColumnSpec]) -> str:
    return " và ".join(f"“{s.label}”" for s in specs if s.required)


def _first_error(error: ValidationError, labels: Mapping[str, str]) -> _Reject:
    first = error.errors[0]
    return _Reject(
        "import.invalid",
        column=labels.get(first.field, first.field),
        reason=first.code,
        **dict(first.params),
    )


# ---- the service ---------------------------------------------------------------------------------
class ImportService:
    def __init__(
        self, uow: UowFactory, agency: AgencyService, documents: DocumentService, tthc: TthcService
    ) -> None:
        self._uow = uow
        self._agency = agency
        self._documents = documents
        self._tthc = tthc

    # ---- preview -------------------------------------------------------------------------------
    def preview(self, kind: str, path: Path) -> ImportPreview:
        """Read ``path`` and match its rows; writes nothing. Raises ``DomainError("import.*")``
        when the file cannot be read (missing, damaged, .xls, empty, no header row)."""
        if kind not in KINDS:
            raise DomainError("import.bad_kind", kind=kind)
        path = Path(path)
        sheets = read_sheets(path)
        specs = COLUMNS[kind]
        table = find_table(sheets, specs, grouped=("level",))
        if table is None:
            raise DomainError("import.no_header", name=path.name, columns=_column_list(specs))
        if kind == "tthc":
            add, update, same, rejected = self._preview_tthc(table)
        else:
            add, update, same, rejected = self._preview_documents(table)
        return ImportPreview(
            kind=kind,
            path=path,
            sheet=table.sheet.name,
            header_row=table.header_row + 1,
            to_add=tuple(add),
            to_update=tuple(update),
            unchanged=tuple(same),
            rejected=tuple(rejected),
        )

    @staticmethod
    def _data_rows(table: Table) -> list[_Row]:
        return [_Row(table, i) for i in range(table.data_start, len(table.sheet.rows))]

    def _preview_tthc(
        self, table: Table
    ) -> tuple[list[ImportItem], list[ImportItem], list[ImportItem], list[RejectedRow]]:
        profile = self._agency.get_profile()
        agency_kind = profile.kind if profile else None
        with self._uow() as uow:
            existing = {
                t.code: dto.TthcFields(
                    code=t.code,
                    name=t.name,
                    field=t.field,
                    level=t.level,
                    in_jurisdiction=t.in_jurisdiction,
                    note=t.note,
                )
                for t in uow.session.scalars(select(m.Tthc))
            }
        labels = _LABELS["tthc"]
        add: list[ImportItem] = []
        update: list[ImportItem] = []
        same: list[ImportItem] = []
        rejected: list[RejectedRow] = []
        seen: dict[str, int] = {}
        section_field = section_level = ""
        has_field_column = "field" in table.columns
        for row in self._data_rows(table):
            texts = row.texts()
            if not texts or is_numbering_row(texts):
                continue
            if is_totals_row(texts):
                break
            code_cell = read_tthc_code(row.value("code"))
            code, raw_code = code_cell.code, code_cell.raw
            if code is None:
                section = read_section(texts)
                if section is not None and section.kind == "level":
                    section_level, section_field = section.value, ""
                    continue
                if section is not None and section.kind == "field":
                    # "CHƯA XẾP LĨNH VỰC": the group of entries without a field.
                    section_field = "" if _words(section.value).startswith(_NO_FIELD) else section.value
                    continue
            name = row.text("name")
            if not raw_code and not name:
                continue  # not a TTHC row (a note, a total)
            try:
                if code is None:
                    if not raw_code:
                        raise _Reject("import.missing_code", column=labels["code"])
                    if code_cell.foreign_digits:
                        raise _Reject("import.foreign_digits", raw=raw_code)
                    raise _Reject("import.bad_code", raw=raw_code)
                if code in seen:
                    raise _Reject("import.duplicate_in_file", value=code, first_row=seen[code])
                if not name:
                    raise _Reject("import.missing_value", column=labels["name"])
                level = row.text("level") or section_level
                jurisdiction = parse_jurisdiction(row.text("jurisdiction"))
                fields = dto.TthcFields(
                    code=code,
                    name=name,
                    field=row.text("field") or section_field,
                    level=level,
                    in_jurisdiction=(
                        level_matches(agency_kind, level) if jurisdiction is None else jurisdiction
                    ),
                )
                try:
                    fields = check_tthc_fields(fields)
                except ValidationError as error:
                    raise _first_error(error, _TTHC_FIELD_LABELS) from error
            except _Reject as reject:
                rejected.append(RejectedRow(row.number, reject.code, reject.params, raw_code))
                continue
            seen[code] = row.number
            notes: tuple[ImportNote, ...] = ()
            if code_cell.folded:
                notes = (ImportNote("import.code_folded", {"raw": excerpt(raw_code), "code": code}),)
            old = existing.get(code)
            if old is None:
                add.append(ImportItem(row.number, code, fields.name, payload=TthcPlan(fields), notes=notes))
                continue
            field_value = fields.field
            if not row.text("field") and (has_field_column or _words(field_value) == _words(old.field)):
                # A group row's heading: the entry's own empty cell keeps the stored field, and a
                # heading written otherwise ("LĨNH VỰC HỘ TỊCH") names the same field.
                field_value = old.field
            merged = dataclasses.replace(
                fields,
                field=field_value or old.field,
                level=fields.level or old.level,
                in_jurisdiction=old.in_jurisdiction,
                note=old.note,
            )
            changes = tuple(
                label
                for attr, label in (
                    ("name", "Tên thủ tục"),
                    ("field", "Lĩnh vực"),
                    ("level", "Cấp thực hiện"),
                )
                if getattr(merged, attr) != getattr(old, attr)
            )
            item = ImportItem(row.number, code, merged.name, changes, TthcPlan(merged), notes)
            (update if changes else same).append(item)
        return add, update, same, rejected

    def _preview_documents(
        self, table: Table
    ) -> tuple[list[ImportItem], list[ImportItem], list[ImportItem], list[RejectedRow]]:
        with self._uow() as uow:
            docs = list(
                uow.session.scalars(
                    select(m.Document)
                    .options(selectinload(m.Document.revisions), selectinload(m.Document.tthc_links))
                    .order_by(m.Document.id)
                )
            )
            live = {d.code_key: d for d in docs if d.status is not m.DocumentStatus.OBSOLETE}
            obsolete = {d.code_key: d for d in docs if d.status is m.DocumentStatus.OBSOLETE}
            departments: dict[str, int] = {}
            for dept in uow.session.scalars(select(m.Department).order_by(m.Department.id)):
                departments.setdefault(_words(dept.name), dept.id)
                if dept.code:
                    departments.setdefault(_words(dept.code), dept.id)
            add: list[ImportItem] = []
            update: list[ImportItem] = []
            same: list[ImportItem] = []
            rejected: list[RejectedRow] = []
            seen: dict[str, int] = {}
            context = _DocumentContext()
            today = self._documents.today()
            for row in self._data_rows(table):
                texts = row.texts()
                if not texts or is_numbering_row(texts):
                    continue
                if is_totals_row(texts):
                    break
                raw_code = row.text("code")
                title = row.text("title")
                if not raw_code or not title:
                    section = read_section(texts)
                    if section is None and len(texts) == 1:  # "BIỂU MẪU" without numbering
                        section = Section("title", texts[0], False)
                    if section is not None and context.take(section):
                        continue
                if not raw_code and not title:
                    continue
                try:
                    item = self._document_item(row, live, obsolete, departments, seen, context, today)
                except _Reject as reject:
                    rejected.append(RejectedRow(row.number, reject.code, reject.params, raw_code))
                    continue
                seen[code_key(item.code)] = row.number
                plan = item.payload
                assert isinstance(plan, DocumentPlan)
                if plan.document_id is None:
                    add.append(item)
                else:
                    (update if item.changes else same).append(item)
        return add, update, same, rejected

    def _document_item(
        self,
        row: _Row,
        live: Mapping[str, m.Document],
        obsolete: Mapping[str, m.Document],
        departments: Mapping[str, int],
        seen: Mapping[str, int],
        context: _DocumentContext,
        today: date,
    ) -> ImportItem:
        labels = _LABELS["documents"]
        code = row.text("code")
        title = row.text("title")
        if not code:
            raise _Reject("import.missing_code", column=labels["code"])
        key = code_key(code)
        if key in seen:
            raise _Reject("import.duplicate_in_file", value=code, first_row=seen[key])
        if not title:
            raise _Reject("import.missing_value", column=labels["title"])

        doc_type: m.DocumentType | None = context.doc_type
        if type_text := row.text("doc_type"):
            doc_type = parse_document_type(type_text)
            if doc_type is None:
                raise _Reject("import.bad_doc_type", value=type_text)
        status_cell = parse_status_cell(row.value("status"))
        if status_cell is None:
            raise _Reject("import.bad_status", value=row.text("status"))
        status = status_cell.status
        field_text = row.text("field")
        section_field = "" if field_text else context.field
        notes: list[ImportNote] = []
        department_id: int | None = None
        if dept_text := row.text("department"):
            department_id = departments.get(_words(dept_text))
            if department_id is None:
                notes.append(ImportNote("import.unknown_department", {"name": dept_text}))
        tthc_codes = _linked_codes(row.value("tthc_codes"), notes)
        issue, issued_on, effective_on = _issue_and_dates(row, labels)
        if issue is not None and effective_on is None and status_cell.awaiting_from is not None:
            effective_on = status_cell.awaiting_from  # "Sắp hiệu lực (từ …)" dates the row's issue
        summary = clean_multiline(raw_text(row.value("change_summary")))
        # The issues the row gives: its own (all its columns), then the upcoming ones its status
        # names (a number and an effective date).
        given: dict[int, tuple[date | None, date | None, str]] = {}
        if issue is not None:
            given[issue] = (issued_on, effective_on, summary)
        for number, day in status_cell.upcoming:
            if not 1 <= number <= 999:
                raise _Reject("import.bad_issue", value=str(number))
            if number not in given:
                given[number] = (None, day, "")
            elif given[number][1] is None:
                given[number] = (given[number][0], day, given[number][2])

        doc = live.get(key)
        if doc is None and status is m.DocumentStatus.OBSOLETE:
            doc = obsolete.get(key)
        if doc is None:
            has_codes = bool(tthc_codes)
            issues = tuple(self._checked_issue(number, *given[number]) for number in sorted(given))
            fields = dto.DocumentFields(
                code=code,
                title=title,
                doc_type=doc_type
                or (m.DocumentType.TTHC_PROCEDURE if has_codes else m.DocumentType.INTERNAL_PROCEDURE),
                field=field_text or section_field,
                department_id=department_id,
                status=settled_status(status or m.DocumentStatus.IN_FORCE, bool(issues)),
                tthc_codes=tthc_codes or (),
            )
            fields = self._checked_document(fields, None)
            return ImportItem(
                row.number,
                fields.code,
                fields.title,
                payload=DocumentPlan(None, fields, issues),
                notes=tuple(notes),
            )

        # An existing document: what the file gives replaces, what it leaves empty stays.
        changes: list[str] = []
        revisions: list[dto.RevisionFields] = []
        by_number = {r.issue_number: r for r in doc.revisions}
        top = max(by_number, default=0)
        # Older than the issue in effect today, unless the row names that one as upcoming (a
        # register printed before it took effect): a state the document has left.
        in_effect = max((r.issue_number for r in doc.revisions if r.effective_on <= today), default=0)
        if issue is not None and max(given) < in_effect:
            raise _Reject("import.issue_older", issue=issue, latest=in_effect, doc_code=doc.code)
        for number in sorted(given):
            issued, effective, text = given[number]
            existing = by_number.get(number)
            if existing is None:
                if number < top:
                    raise _Reject("import.issue_older", issue=number, latest=top, doc_code=doc.code)
                if doc.status is m.DocumentStatus.OBSOLETE:
                    raise _Reject("import.obsolete_document", doc_code=doc.code)
                revisions.append(self._checked_issue(number, issued, effective, text))
                changes.append(f"Lần ban hành {number}")
                top = number
                continue
            revision = self._checked_issue(
                number,
                issued or existing.issued_on,
                effective or existing.effective_on,
                text or existing.change_summary,
                keep=existing,
            )
            suffix = "" if number == issue else f" lần {number}"
            revision_changes = [
                label + suffix
                for label, new, old in (
                    ("Ngày ban hành", revision.issued_on, existing.issued_on),
                    ("Ngày hiệu lực", revision.effective_on, existing.effective_on),
                    ("Nội dung sửa đổi", revision.change_summary, existing.change_summary),
                )
                if new != old
            ]
            if revision_changes:
                revisions.append(revision)
                changes += revision_changes
        old_codes = tuple(link.tthc_code for link in doc.tthc_links)
        if section_field and _words(section_field) == _words(doc.field):
            section_field = doc.field  # a group row's heading names the stored field its own way
        fields = dto.DocumentFields(
            code=doc.code,  # matched ignoring case and spacing: the register's spelling stays
            title=title,
            doc_type=doc_type or doc.doc_type,
            field=field_text or section_field or doc.field,
            department_id=department_id if department_id is not None else doc.department_id,
            status=settled_status(status or doc.status, bool(doc.revisions or revisions)),
            parent_id=doc.parent_id,
            note=doc.note,
            tthc_codes=tthc_codes if tthc_codes is not None else old_codes,
        )
        fields = self._checked_document(fields, doc.id)
        changes[:0] = [
            label
            for label, new, old in (
                ("Tên tài liệu", fields.title, doc.title),
                ("Loại tài liệu", fields.doc_type, doc.doc_type),
                ("Lĩnh vực", fields.field, doc.field),
                ("Bộ phận chủ trì", fields.department_id, doc.department_id),
                ("Trạng thái", fields.status, doc.status),
                ("Mã TTHC", sorted(fields.tthc_codes), sorted(old_codes)),
            )
            if new != old
        ]
        return ImportItem(
            row.number,
            fields.code,
            fields.title,
            tuple(changes),
            DocumentPlan(doc.id, fields, tuple(revisions)),
            tuple(notes),
        )

    def _checked_document(self, fields: dto.DocumentFields, document_id: int | None) -> dto.DocumentFields:
        try:
            # The register's own normalisation and checks, so imported rows equal typed ones.
            return self._documents.check_fields(fields, document_id)
        except ValidationError as error:
            raise _first_error(error, _DOCUMENT_FIELD_LABELS) from error

    @staticmethod
    def _checked_issue(
        issue: int,
        issued_on: date | None,
        effective_on: date | None,
        summary: str,
        keep: m.Revision | None = None,
    ) -> dto.RevisionFields:
        if issued_on is None and effective_on is None:
            raise _Reject("import.missing_dates", issue=issue)
        fields = dto.RevisionFields(
            issue_number=issue,
            issued_on=issued_on,
            effective_on=effective_on or issued_on,
            change_summary=summary,
            prepared_by=keep.prepared_by if keep else "",
            reviewed_by=keep.reviewed_by if keep else "",
            approved_by=keep.approved_by if keep else "",
        )
        try:
            return DocumentService.check_revision(fields)
        except ValidationError as error:
            raise _first_error(error, _DOCUMENT_FIELD_LABELS) from error

    # ---- apply ---------------------------------------------------------------------------------
    def apply(self, preview: ImportPreview) -> ImportResult:
        """Write the rows to add and to update, all in one transaction. Rows that meanwhile exist
        (the same preview applied twice) are not added again."""
        try:
            with faults.kill_after_flush("import.flushed"):  # crash tests: killed mid-transaction
                if preview.kind == "tthc":
                    added, updated, unchanged = self._apply_tthc(preview)
                elif preview.kind == "documents":
                    added, updated, unchanged = self._apply_documents(preview)
                else:
                    raise DomainError("import.bad_kind", kind=preview.kind)
        except SQLAlchemyError as exc:
            raise DomainError("import.apply_failed", detail=str(exc.__class__.__name__)) from exc
        faults.fault_point("import.committed")
        return ImportResult(
            added=added,
            updated=updated,
            unchanged=unchanged + len(preview.unchanged),
            rejected=len(preview.rejected),
        )

    def _apply_tthc(self, preview: ImportPreview) -> tuple[int, int, int]:
        def fields_of(items: Sequence[ImportItem]) -> list[dto.TthcFields]:
            plans = [item.payload for item in items]
            assert all(isinstance(plan, TthcPlan) for plan in plans)
            return [plan.fields for plan in plans]

        result = self._tthc.import_rows(fields_of(preview.to_add), fields_of(preview.to_update))
        return result.added, result.updated, result.unchanged

    def _apply_documents(self, preview: ImportPreview) -> tuple[int, int, int]:
        writes: list[dto.DocumentWrite] = []
        for item in (*preview.to_add, *preview.to_update):
            plan = item.payload
            assert isinstance(plan, DocumentPlan)
            writes.append(
                dto.DocumentWrite(fields=plan.fields, document_id=plan.document_id, revisions=plan.revisions)
            )
        outcomes = self._documents.write_many(writes)
        added = sum(o.status == "added" for o in outcomes)
        updated = sum(o.status == "updated" for o in outcomes)
        # Added meanwhile (the same preview applied twice) or already as the file says.
        unchanged = sum(o.status in ("skipped", "unchanged") for o in outcomes)
        return added, updated, unchanged

    # ---- template ------------------------------------------------------------------------------
    def write_template(self, kind: str, path: Path) -> Path:
        """Write the app's own import template (.xlsx): a title row, a note, the header row and
        one example row. Written to a temporary name, then moved into place."""
        if kind not in KINDS:
            raise DomainError("import.bad_kind", kind=kind)
        path = Path(path)
        try:
            book = _template_book(kind)
            with atomic_output(path) as temp:
                book.save(temp)
        except OSError as exc:
            raise DomainError(
                "import.template_failed", path=str(path), detail=exc.strerror or str(exc)
            ) from exc
        return path


class _DocumentContext:
    """Section rows of a document register: "I. QUY TRÌNH NỘI BỘ" sets the type, "Lĩnh vực …" the field."""

    def __init__(self) -> None:
        self.doc_type: m.DocumentType | None = None
        self.field = ""

    def take(self, section: Section) -> bool:
        if (kind := parse_document_type(section.value, strict=True)) is not None:
            self.doc_type, self.field = kind, ""
            return True
        if section.kind == "field":
            self.field = section.value
            return True
        return False


def _linked_codes(value: Any, notes: list[ImportNote]) -> tuple[str, ...] | None:
    """The TTHC codes of a document row (one or more, separated by ; , or line breaks); None when
    the cell is empty. A code written in full-width characters adds a note."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        code, raw = parse_tthc_code(value)
        if code is None:
            raise _Reject("import.bad_linked_code", raw=raw)
        return (code,)
    parts = [p for p in re.split(r"[;,\s\uff1b\uff0c]+", raw_text(value)) if p]
    if not parts:
        return None
    codes: list[str] = []
    for part in parts:
        cell = read_tthc_code(part)
        if cell.foreign_digits:
            raise _Reject("import.foreign_digits", raw=cell.raw)
        if cell.code is None:
            raise _Reject("import.bad_linked_code", raw=cell.raw)
        if cell.folded:
            notes.append(ImportNote("import.code_folded", {"raw": excerpt(cell.raw), "code": cell.code}))
        if cell.code not in codes:
            codes.append(cell.code)
    return tuple(codes)


def _issue_and_dates(row: _Row, labels: Mapping[str, str]) -> tuple[int | None, date | None, date | None]:
    try:
        issue = parse_int(row.value("issue"))
    except BadValue as bad:
        raise _Reject("import.bad_issue", value=str(bad)) from bad
    if issue is not None and not 1 <= issue <= 999:
        raise _Reject("import.bad_issue", value=str(issue))
    dates: list[date | None] = []
    for key in ("issued_on", "effective_on"):
        try:
            dates.append(parse_date(row.value(key)))
        except BadValue as bad:
            raise _Reject("import.bad_date", column=labels[key], value=str(bad)) from bad
    issued_on, effective_on = dates
    if issue is None and (issued_on or effective_on):
        raise _Reject("import.missing_value", column=labels["issue"])
    return issue, issued_on, effective_on


# ---- the template --------------------------------------------------------------------------------
_TEMPLATE_TITLES = {
    "tthc": "DANH MỤC THỦ TỤC HÀNH CHÍNH",
    "documents": "DANH MỤC TÀI LIỆU NỘI BỘ CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG",
}
_TEMPLATE_NOTES = {
    "tthc": "Mỗi dòng một thủ tục. Mã TTHC gồm một chữ số, dấu chấm và sáu chữ số (ví dụ 1.001193). "
    "Có thể thêm dòng tiêu đề nhóm như “I. LĨNH VỰC HỘ TỊCH” hoặc “THỦ TỤC HÀNH CHÍNH CẤP XÃ”. "
    "Xóa dòng ví dụ trước khi nhập.",
    "documents": "Mỗi dòng một tài liệu. Loại tài liệu: Quy trình TTHC, Quy trình nội bộ, Biểu mẫu, Hướng dẫn, "
    "Chính sách, kế hoạch. Trạng thái để trống là Đang hiệu lực. Ngày ghi dạng ngày/tháng/năm. "
    "Nhiều mã TTHC cách nhau bằng dấu chấm phẩy. Xóa dòng ví dụ trước khi nhập.",
}
_TEMPLATE_EXAMPLES: dict[str, list[object]] = {
    "tthc": [1, "1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "Cấp xã"],
    "documents": [
        1,
        "QT 01/HT",
        "Quy trình đăng ký khai sinh",
        "Quy trình TTHC",
        "Hộ tịch",
        "Văn phòng - Thống kê",
        "Đang hiệu lực",
        1,
        date(2025, 7, 1),
        date(2025, 7, 1),
        "Ban hành lần đầu",
        "1.001193",
    ],
}
_TEMPLATE_WIDTHS = {
    "tthc": [6, 12, 60, 24, 16],
    "documents": [6, 18, 48, 18, 18, 24, 15, 10, 13, 13, 36, 22],
}


def _template_book(kind: str) -> Any:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    specs = TEMPLATE_COLUMNS[kind]
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Danh mục TTHC" if kind == "tthc" else "Danh mục tài liệu"
    width = len(specs)
    last = get_column_letter(width)
    ws["A1"] = _TEMPLATE_TITLES[kind]
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = _TEMPLATE_NOTES[kind]
    ws["A2"].font = Font(italic=True, size=10)
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 42
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, spec in enumerate(specs, start=1):
        cell = ws.cell(row=3, column=col, value=spec.label)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        ws.column_dimensions[get_column_letter(col)].width = _TEMPLATE_WIDTHS[kind][col - 1]
    for col, value in enumerate(_TEMPLATE_EXAMPLES[kind], start=1):
        cell = ws.cell(row=4, column=col, value=value)
        cell.border = border
        cell.font = Font(italic=True, color="595959")
        if isinstance(value, date):
            cell.number_format = "DD/MM/YYYY"
    # Codes stay text (Excel would turn 1.001200 into 1.0012); dates show as dd/mm/yyyy.
    text_columns = [i for i, s in enumerate(specs, start=1) if s.key in ("code", "tthc_codes")]
    date_columns = [i for i, s in enumerate(specs, start=1) if s.key in ("issued_on", "effective_on")]
    for row in range(4, 505):
        for col in text_columns:
            ws.cell(row=row, column=col).number_format = "@"
        for col in date_columns:
            ws.cell(row=row, column=col).number_format = "DD/MM/YYYY"
    ws.freeze_panes = "A4"
    if kind == "documents":
        lists = book.create_sheet("Danh sách")
        lists["A1"], lists["B1"] = "Loại tài liệu", "Trạng thái"
        for i, name in enumerate(DOCUMENT_TYPE_NAMES.values(), start=2):
            lists.cell(row=i, column=1, value=name)
        for i, name in enumerate(DOCUMENT_STATUS_NAMES.values(), start=2):
            lists.cell(row=i, column=2, value=name)
        lists.sheet_state = "hidden"
        for key, column_letter, count in (("doc_type", "A", 5), ("status", "B", 3)):
            col = next(i for i, s in enumerate(specs, start=1) if s.key == key)
            validation = DataValidation(
                type="list", formula1=f"'Danh sách'!${column_letter}$2:${column_letter}${count + 1}"
            )
            validation.error = "Chọn một giá trị trong danh sách."
            validation.showErrorMessage = False
            ws.add_data_validation(validation)
            letter = get_column_letter(col)
            validation.add(f"{letter}4:{letter}504")
    return book
