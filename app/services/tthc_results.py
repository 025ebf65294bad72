"""Kết quả giải quyết thủ tục hành chính theo kỳ, as the one-stop system (hệ thống một cửa) reports
them: rows of a span of days (from/to) for the whole agency (``field`` empty) or one field (lĩnh
vực), typed in or imported from the system's .xlsx report (``preview_import`` / ``apply_import``,
the same preview-and-confirm as the TTHC catalogue's import).

Rules:
- rows of the same field (compared ignoring case and diacritics) may not overlap;
- the figures of a period (``period_figures``) sum received and resolved over the rows wholly inside
  it; carried over is the first row's, pending the last row's; the figures say which dates they
  cover. For the whole agency, rows without a field are used; when the period has none, the field
  rows are added up (an imported one-stop report gives its fields, its total row is only checked);
- on-time rate = (early + on time) / resolved, in per cent to 0,1; None when nothing was resolved;
- the import matches a row by field and span: the same span updates the numbers that changed
  (unchanged otherwise), an overlapping different span is rejected with its row number; a value
  the file does not give (no such column) keeps what the database has.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app import models as m
from app.services import vocabulary
from app.services._mapping import get_or_raise as _get
from app.services.clock import Clock
from app.services.errors import DomainError, FieldError, ValidationError
from app.services.exports import model
from app.services.exports.registers import register_frame
from app.services.imports import ImportItem, ImportPreview, ImportResult, RejectedRow
from app.services.tabular import sentence
from app.services.text import fold
from app.services.tthc_result_import import (
    COLUMN_LABELS,
    NUMBER_KEYS,
    WHOLE_AGENCY,
    Report,
    ReportRow,
    read_report,
)
from app.services.unit_of_work import UowFactory
from app.services.validation import Checker, clean, clean_multiline

__all__ = [
    "PeriodFigures",
    "TthcImportPreview",
    "TthcResultFields",
    "TthcResultRow",
    "TthcResultService",
    "combine",
    "on_time_rate",
]

_MAX_COUNT = 10_000_000
_COUNTS = (
    "carried_over",
    "received",
    "early",
    "on_time",
    "late",
    "pending_in_time",
    "pending_overdue",
)


# ---- DTOs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TthcResultFields:
    from_on: date | None = None
    to_on: date | None = None
    field: str = ""  # lĩnh vực; "" = the whole agency
    carried_over: int = 0  # kỳ trước chuyển sang
    received: int = 0  # mới tiếp nhận
    received_online: int | None = None  # of which online (optional split)
    received_direct: int | None = None  # in person or by post
    early: int = 0  # giải quyết trước hạn
    on_time: int = 0  # đúng hạn
    late: int = 0  # quá hạn
    pending_in_time: int = 0  # đang giải quyết trong hạn
    pending_overdue: int = 0  # đang giải quyết quá hạn
    note: str = ""
    source: str = ""  # the imported file's name; "" typed in


@dataclass(frozen=True)
class TthcResultRow(TthcResultFields):
    id: int = 0

    @property
    def resolved(self) -> int:
        return self.early + self.on_time + self.late

    @property
    def rate(self) -> float | None:
        return on_time_rate(self.early, self.on_time, self.late)

    @property
    def field_label(self) -> str:
        return self.field or WHOLE_AGENCY


@dataclass(frozen=True)
class PeriodFigures:
    """The figures of ``start``–``end`` for ``field`` ("" = the whole agency), from ``rows`` rows
    wholly inside the period covering ``covered_from``–``covered_to`` (None when there are none)."""

    start: date
    end: date
    field: str
    rows: int
    covered_from: date | None
    covered_to: date | None
    carried_over: int = 0
    received: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    pending_in_time: int = 0
    pending_overdue: int = 0

    @property
    def resolved(self) -> int:
        return self.early + self.on_time + self.late

    @property
    def rate(self) -> float | None:
        return on_time_rate(self.early, self.on_time, self.late)

    @property
    def complete(self) -> bool:
        """The rows cover the whole period asked."""
        return self.covered_from == self.start and self.covered_to == self.end

    @property
    def covered_text(self) -> str:
        """ "số liệu từ 01/01/2026 đến 30/09/2026", or "chưa có số liệu"."""
        if self.covered_from is None or self.covered_to is None:
            return "chưa có số liệu"
        return (
            f"số liệu từ {vocabulary.table_date(self.covered_from)} "
            f"đến {vocabulary.table_date(self.covered_to)}"
        )


@dataclass(frozen=True)
class TthcImportPreview(ImportPreview):
    """An import preview with the report's period and what the user should know about the file
    (a total row that does not match the field rows' sums), each with its row number."""

    period: tuple[date, date] | None = None
    notes: tuple[RejectedRow, ...] = ()


@dataclass(frozen=True)
class _Plan:
    result_id: int | None
    fields: TthcResultFields


# ---- pure rules ----------------------------------------------------------------------------------
def on_time_rate(early: int, on_time: int, late: int) -> float | None:
    """(early + on time) / resolved in per cent, to 0,1 (as ``vocabulary.percent`` shows it);
    None when nothing was resolved."""
    return vocabulary.percent_value(early + on_time, early + on_time + late)


def rate_text(early: int, on_time: int, late: int) -> str:
    """ "97,6 %", "—" when nothing was resolved."""
    return vocabulary.percent(early + on_time, early + on_time + late)


def same_field(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def overlaps(a_from: date, a_to: date, b_from: date, b_to: date) -> bool:
    return a_from <= b_to and b_from <= a_to


def _one_field(rows: Sequence[TthcResultFields], start: date, end: date, field: str) -> PeriodFigures:
    inside = sorted(
        (r for r in rows if r.from_on and r.to_on and start <= r.from_on and r.to_on <= end),
        key=lambda r: (r.from_on or start, r.to_on or end),
    )
    if not inside:
        return PeriodFigures(start, end, field, 0, None, None)
    first, last = inside[0], inside[-1]
    return PeriodFigures(
        start,
        end,
        field,
        len(inside),
        first.from_on,
        max(r.to_on for r in inside if r.to_on),
        carried_over=first.carried_over,
        received=sum(r.received for r in inside),
        early=sum(r.early for r in inside),
        on_time=sum(r.on_time for r in inside),
        late=sum(r.late for r in inside),
        pending_in_time=last.pending_in_time,
        pending_overdue=last.pending_overdue,
    )


def combine(rows: Iterable[TthcResultFields], start: date, end: date, field: str = "") -> PeriodFigures:
    """The figures of ``start``–``end`` for ``field`` from ``rows`` (see the module's rules)."""
    rows = list(rows)
    if field:
        return _one_field([r for r in rows if same_field(r.field, field)], start, end, field)
    whole = _one_field([r for r in rows if not r.field], start, end, "")
    if whole.rows:
        return whole
    names: dict[str, str] = {}
    for r in rows:
        if r.field:
            names.setdefault(fold(r.field), r.field)
    parts = [combine(rows, start, end, name) for name in names.values()]
    parts = [p for p in parts if p.rows]
    if not parts:
        return whole
    total = {key: sum(getattr(p, key) for p in parts) for key in _COUNTS}
    return PeriodFigures(
        start,
        end,
        "",
        sum(p.rows for p in parts),
        min(p.covered_from for p in parts if p.covered_from),
        max(p.covered_to for p in parts if p.covered_to),
        **total,
    )


def _checked(fields: TthcResultFields) -> TthcResultFields:
    f = dataclasses.replace(
        fields,
        field=sentence(fields.field) if clean(fields.field) else "",
        note=clean_multiline(fields.note),
        source=clean(fields.source)[:255],
    )
    if fold(f.field) in ("toan co quan",):
        f = dataclasses.replace(f, field="")
    c = Checker()
    c.date_range("from_on", f.from_on, required=True)
    c.date_range("to_on", f.to_on, required=True)
    c.text("field", f.field, 200)
    c.text("note", f.note, 4000)
    if f.from_on is not None and f.to_on is not None and f.to_on < f.from_on:
        c.add("to_on", "tthc_result.to_before_from")
    for key in (*_COUNTS, "received_online", "received_direct"):
        value = getattr(f, key)
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < _MAX_COUNT:
            c.add(key, "tthc_result.bad_count")
    online, direct = f.received_online, f.received_direct
    if online is not None and direct is not None and online + direct != f.received:
        c.add("received_online", "tthc_result.split_mismatch", total=f.received)
    c.raise_if_any()
    return f


def _row(r: m.TthcResult) -> TthcResultRow:
    return TthcResultRow(
        id=r.id,
        **{f.name: getattr(r, f.name) for f in dataclasses.fields(TthcResultFields)},
    )


_FIELD_LABELS = {**COLUMN_LABELS, "note": "Ghi chú"}


def _span(a: date | None, b: date | None) -> str:
    return f"{vocabulary.table_date(a)} – {vocabulary.table_date(b)}"


# ---- the service ---------------------------------------------------------------------------------
class TthcResultService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    # ---- reading -------------------------------------------------------------------------------
    def rows(self, year: int | None = None, field: str | None = None) -> list[TthcResultRow]:
        """The rows (ending in ``year``; of ``field`` when given, "" = whole agency), in date order,
        the whole agency's first."""
        t = m.TthcResult
        stmt = select(t).order_by(t.from_on, t.to_on, t.field)
        if year is not None:
            stmt = stmt.where(t.to_on >= date(year, 1, 1), t.to_on <= date(year, 12, 31))
        with self._uow() as uow:
            found = [_row(r) for r in uow.session.scalars(stmt)]
        if field is not None:
            found = [r for r in found if same_field(r.field, field)]
        return found

    def get(self, result_id: int) -> TthcResultRow:
        with self._uow() as uow:
            return _row(_get(uow, m.TthcResult, result_id))

    def field_names(self) -> list[str]:
        """The fields that have rows, sorted."""
        with self._uow() as uow:
            names = set(uow.session.scalars(select(m.TthcResult.field).distinct()))
        return sorted((n for n in names if n), key=fold)

    def years(self) -> list[int]:
        with self._uow() as uow:
            days = list(uow.session.scalars(select(m.TthcResult.to_on).distinct()))
        return sorted({d.year for d in days})

    def period_figures(self, start: date, end: date, field: str = "") -> PeriodFigures:
        """The figures of ``start``–``end`` (see the module's rules)."""
        t = m.TthcResult
        with self._uow() as uow:
            rows = [_row(r) for r in uow.session.scalars(select(t).where(t.from_on >= start, t.to_on <= end))]
        return combine(rows, start, end, field)

    def year_to_date(self, year: int, until: date | None = None) -> PeriodFigures:
        """The whole agency's figures from 1 January of ``year`` to ``until`` (today, at most 31/12)."""
        end = min(until or self._clock.today(), date(year, 12, 31))
        return self.period_figures(date(year, 1, 1), end)

    # ---- writing -------------------------------------------------------------------------------
    def _refuse_overlap(self, session: Any, f: TthcResultFields, own_id: int | None) -> None:
        assert f.from_on is not None and f.to_on is not None
        t = m.TthcResult
        stmt = select(t).where(t.from_on <= f.to_on, t.to_on >= f.from_on)
        for other in session.scalars(stmt):
            if other.id != own_id and same_field(other.field, f.field):
                raise ValidationError(
                    [
                        FieldError(
                            "from_on",
                            "tthc_result.overlap",
                            {
                                "field": other.field or WHOLE_AGENCY,
                                "span": _span(other.from_on, other.to_on),
                            },
                        )
                    ]
                )

    def create(self, fields: TthcResultFields) -> int:
        f = _checked(fields)
        with self._uow() as uow:
            f = self._stored_field_name(uow.session, f)
            self._refuse_overlap(uow.session, f, None)
            row = m.TthcResult()
            self._apply(row, f)
            uow.session.add(row)
            uow.commit()
            return row.id

    def update(self, result_id: int, fields: TthcResultFields) -> None:
        f = _checked(fields)
        with self._uow() as uow:
            row = _get(uow, m.TthcResult, result_id)
            f = self._stored_field_name(uow.session, f)
            self._refuse_overlap(uow.session, f, row.id)
            self._apply(row, f)
            uow.commit()

    def delete(self, result_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.TthcResult, result_id))
            uow.commit()

    @staticmethod
    def _stored_field_name(session: Any, f: TthcResultFields) -> TthcResultFields:
        """A field named as an existing one (ignoring case and diacritics) keeps the stored spelling."""
        if not f.field:
            return f
        for name in session.scalars(select(m.TthcResult.field).distinct()):
            if name and same_field(name, f.field):
                return dataclasses.replace(f, field=name)
        return f

    @staticmethod
    def _apply(row: m.TthcResult, f: TthcResultFields) -> None:
        for item in dataclasses.fields(TthcResultFields):
            setattr(row, item.name, getattr(f, item.name))

    # ---- import --------------------------------------------------------------------------------
    def preview_import(self, path: Path, period: tuple[date, date] | None = None) -> TthcImportPreview:
        """Read a one-stop system's report (or the app's register) and match its rows; nothing is
        written. ``period`` is used when the file's title names none (and rows carry no dates);
        without either, ``DomainError("tthc_result.import_no_period")``."""
        path = Path(path)
        report = read_report(path)
        period = report.period or period
        if period is not None and period[1] < period[0]:
            raise DomainError("tthc_result.import_bad_period", span=_span(*period))
        if period is None and any(
            (r.from_on is None or r.to_on is None) and r.problem is None for r in report.rows
        ):
            raise DomainError("tthc_result.import_no_period", name=path.name)
        with self._uow() as uow:
            existing = [_row(r) for r in uow.session.scalars(select(m.TthcResult))]
        to_add: list[ImportItem] = []
        to_update: list[ImportItem] = []
        unchanged: list[ImportItem] = []
        rejected: list[RejectedRow] = []
        taken: list[tuple[int, TthcResultFields]] = []  # rows of the file accepted so far
        for row in report.rows:
            try:
                item, kind = self._match(row, period, existing, taken, path.name, report)
            except _Reject as reject:
                rejected.append(RejectedRow(row.number, reject.code, reject.params, row.raw_field))
                continue
            {"add": to_add, "update": to_update, "unchanged": unchanged}[kind].append(item)
        return TthcImportPreview(
            kind="tthc-results",
            path=path,
            sheet=report.sheet,
            header_row=report.header_row,
            to_add=tuple(to_add),
            to_update=tuple(to_update),
            unchanged=tuple(unchanged),
            rejected=tuple(rejected),
            period=report.period or period,
            notes=tuple(_total_notes(report)),
        )

    def _match(
        self,
        row: ReportRow,
        period: tuple[date, date] | None,
        existing: Sequence[TthcResultRow],
        taken: list[tuple[int, TthcResultFields]],
        source: str,
        report: Report,
    ) -> tuple[ImportItem, str]:
        if row.problem is not None:
            raise _Reject(row.problem.code, **row.problem.params)
        from_on = row.from_on or (period[0] if period else None)
        to_on = row.to_on or (period[1] if period else None)
        if from_on is None or to_on is None:
            raise _Reject("tthc_result.import_row_no_period")
        if to_on < from_on:
            raise _Reject("tthc_result.import_bad_period", span=_span(from_on, to_on))
        field_name = sentence(row.field_text) if row.field_text else ""
        for first_row, other in taken:
            if same_field(other.field, field_name) and overlaps(
                from_on, to_on, other.from_on or from_on, other.to_on or to_on
            ):
                raise _Reject(
                    "tthc_result.import_overlap_in_file",
                    field=field_name or WHOLE_AGENCY,
                    first_row=first_row,
                )
        match: TthcResultRow | None = None
        for old in existing:
            if not same_field(old.field, field_name) or not overlaps(
                from_on, to_on, old.from_on or from_on, old.to_on or to_on
            ):
                continue
            if old.from_on == from_on and old.to_on == to_on:
                match = old
                continue
            raise _Reject(
                "tthc_result.import_overlap",
                field=old.field_label,
                span=_span(old.from_on, old.to_on),
            )
        given: dict[str, Any] = {k: v for k, v in row.values.items() if v is not None}
        base = (
            TthcResultFields(**{f.name: getattr(match, f.name) for f in dataclasses.fields(TthcResultFields)})
            if match
            else TthcResultFields()
        )
        fields = dataclasses.replace(
            base,
            from_on=from_on,
            to_on=to_on,
            field=match.field if match else field_name,
            source=match.source if match else source,
            **given,
        )
        split = fields.received_online, fields.received_direct
        if (not match and not {"received_online", "received_direct"} <= given.keys()) or (
            None not in split and sum(s or 0 for s in split) != fields.received
        ):
            # A new row without the split (or half of it), or a stored split the new total no
            # longer matches: no split stored.
            fields = dataclasses.replace(fields, received_online=None, received_direct=None)
        try:
            fields = _checked(fields)
        except ValidationError as error:
            first = error.errors[0]
            raise _Reject(
                "import.invalid",
                column=_FIELD_LABELS.get(first.field, first.field),
                reason=first.code,
                **first.params,
            ) from error
        taken.append((row.number, fields))
        label = f"{_span(from_on, to_on)}: giải quyết {vocabulary.number_text(fields.early + fields.on_time + fields.late)}, đúng hạn {rate_text(fields.early, fields.on_time, fields.late)}"
        code = fields.field or WHOLE_AGENCY
        if match is None:
            return ImportItem(row.number, code, label, payload=_Plan(None, fields)), "add"
        changes = tuple(
            COLUMN_LABELS[key] for key in NUMBER_KEYS if getattr(fields, key) != getattr(match, key)
        )
        plan = _Plan(match.id, fields)
        return ImportItem(row.number, code, label, changes, plan), ("update" if changes else "unchanged")

    def apply_import(self, preview: ImportPreview) -> ImportResult:
        """Write the rows to add and to update of ``preview``, all in one transaction; a row that
        meanwhile overlaps another of its field is not written (counted unchanged)."""
        added = updated = skipped = 0
        try:
            with self._uow() as uow:
                for item in (*preview.to_add, *preview.to_update):
                    plan = item.payload
                    assert isinstance(plan, _Plan)
                    f = plan.fields
                    if plan.result_id is None:
                        f = self._stored_field_name(uow.session, f)
                        try:
                            self._refuse_overlap(uow.session, f, None)
                        except ValidationError:
                            skipped += 1
                            continue
                        row = m.TthcResult()
                        self._apply(row, f)
                        uow.session.add(row)
                        uow.session.flush()
                        added += 1
                    else:
                        existing = uow.session.get(m.TthcResult, plan.result_id)
                        if existing is None:
                            skipped += 1
                            continue
                        self._apply(existing, f)
                        updated += 1
                uow.commit()
        except SQLAlchemyError as exc:
            raise DomainError("import.apply_failed", detail=str(exc.__class__.__name__)) from exc
        return ImportResult(
            added=added,
            updated=updated,
            unchanged=len(preview.unchanged) + skipped,
            rejected=len(preview.rejected),
        )

    # ---- the register --------------------------------------------------------------------------
    def register_json(self, which: str, year: int, *, today: date | None = None) -> list[dict[str, Any]]:
        """The rows ending in ``year`` as JSON objects (ISO dates; ``field`` null for the whole agency)."""
        if which != "tthc-results":
            raise DomainError("export.bad_document", kind=which)
        return [
            {
                "id": r.id,
                "from_on": r.from_on,
                "to_on": r.to_on,
                "field": r.field or None,
                "carried_over": r.carried_over,
                "received": r.received,
                "received_online": r.received_online,
                "received_direct": r.received_direct,
                "early": r.early,
                "on_time": r.on_time,
                "late": r.late,
                "resolved": r.resolved,
                "on_time_rate": r.rate,
                "pending_in_time": r.pending_in_time,
                "pending_overdue": r.pending_overdue,
            }
            for r in self.rows(year)
        ]

    def register_document(self, which: str, year: int, *, today: date | None = None) -> model.Document:
        """The year's rows (ending in ``year``) as a landscape register; its workbook reads back with
        ``preview_import`` unchanged (each header names its group: "Đang giải quyết quá hạn")."""
        if which != "tthc-results":
            raise DomainError("export.bad_document", kind=which)
        from app.services.agency import AgencyService

        today = today or self._clock.today()
        profile = AgencyService(self._uow).get_profile()
        rows = self.rows(year)
        figures = self.year_to_date(year, min(today, date(year, 12, 31)))
        table_rows = tuple(
            model.Row(
                (
                    index,
                    r.from_on,
                    r.to_on,
                    r.field_label,
                    r.carried_over,
                    r.received,
                    r.early,
                    r.on_time,
                    r.late,
                    rate_text(r.early, r.on_time, r.late),
                    r.pending_in_time,
                    r.pending_overdue,
                )
            )
            for index, r in enumerate(rows, start=1)
        )
        if figures.rows:
            summary = (
                f"Lũy kế năm {year} của toàn cơ quan ({figures.covered_text}): tiếp nhận mới "
                f"{vocabulary.number_text(figures.received)} hồ sơ, đã giải quyết "
                f"{vocabulary.number_text(figures.resolved)} hồ sơ, trong đó trước hạn "
                f"{vocabulary.number_text(figures.early)}, đúng hạn {vocabulary.number_text(figures.on_time)}, "
                f"quá hạn {vocabulary.number_text(figures.late)}; tỷ lệ giải quyết đúng hạn, trước hạn "
                f"{rate_text(figures.early, figures.on_time, figures.late)}."
            )
        else:
            summary = f"Chưa có số liệu giải quyết thủ tục hành chính của năm {year}."
        name = profile.full_name if profile else ""
        return model.Document(
            frame=register_frame(
                profile,
                "Kết quả giải quyết thủ tục hành chính",
                f"Năm {year} (theo số liệu của hệ thống một cửa)",
                today,
            ),
            body=(
                model.Table(
                    REGISTER_COLUMNS,
                    table_rows,
                    empty_text="(Chưa có số liệu giải quyết thủ tục hành chính nào)",
                ),
                model.Paragraph(summary, "plain"),
            ),
            title=f"Kết quả giải quyết thủ tục hành chính năm {year} — {name}",
            author=name,
            orientation="landscape",
            body_size=13.0,
        )


def _num(header: str) -> model.Column:
    return model.Column(header, 20, 12, "right")


# One header row naming each column's group, so that the workbook reads back (``classify``).
REGISTER_COLUMNS = (
    model.Column("STT", 13, 5, "center"),
    model.Column("Từ ngày", 22, 12, "center", keep_together=True),
    model.Column("Đến ngày", 22, 12, "center", keep_together=True),
    model.Column("Lĩnh vực", None, 26),
    _num("Kỳ trước chuyển sang"),
    _num("Mới tiếp nhận"),
    _num("Giải quyết trước hạn"),
    _num("Giải quyết đúng hạn"),
    _num("Giải quyết quá hạn"),
    model.Column("Tỷ lệ đúng hạn, trước hạn", 22, 12, "right"),
    _num("Đang giải quyết trong hạn"),
    _num("Đang giải quyết quá hạn"),
)


class _Reject(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _total_notes(report: Report) -> list[RejectedRow]:
    """The total row against the sums of the field rows: one note per column that differs."""
    totals = report.totals
    if totals is None:
        return []
    notes: list[RejectedRow] = []
    rows = [r for r in report.rows if r.problem is None and r.field_text]
    for key in NUMBER_KEYS:
        total = totals.values.get(key)
        if total is None:
            continue
        values = [r.values.get(key) for r in rows]
        if all(v is None for v in values):
            continue
        summed = sum(v or 0 for v in values)
        if summed != total:
            notes.append(
                RejectedRow(
                    totals.number,
                    "tthc_result.import_total_mismatch",
                    {"column": COLUMN_LABELS[key], "total": total, "sum": summed},
                    totals.raw_field,
                )
            )
    return notes
