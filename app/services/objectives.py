"""Quality objectives (mục tiêu chất lượng) per year: targets, plan lines, measurements and the status
computed from them — never typed by the user."""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto
from app.services._mapping import get_or_raise as _get
from app.services.attachments import AttachmentService
from app.services.clock import Clock
from app.services.errors import DomainError
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline

PERIODS = {m.Frequency.MONTH: 12, m.Frequency.QUARTER: 4, m.Frequency.HALF: 2, m.Frequency.YEAR: 1}
_TOLERANCE = 1e-9


# ---- periods and status (pure functions) -----------------------------------------------------------
def period_count(frequency: m.Frequency) -> int:
    return PERIODS[frequency]


def period_bounds(year: int, frequency: m.Frequency, period: int) -> tuple[date, date]:
    """First and last day of period ``period`` (1-based) of ``year``; halves are calendar halves."""
    months = 12 // PERIODS[frequency]
    first_month = (period - 1) * months + 1
    last_month = first_month + months - 1
    return date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])


def meets(value: float, comparison: m.Comparison, target: float) -> bool:
    if comparison is m.Comparison.GE:
        return value >= target - _TOLERANCE
    if comparison is m.Comparison.GT:
        return value > target + _TOLERANCE
    if comparison is m.Comparison.LE:
        return value <= target + _TOLERANCE
    if comparison is m.Comparison.LT:
        return value < target - _TOLERANCE
    return abs(value - target) <= _TOLERANCE * max(1.0, abs(target))


def year_value(values: Sequence[float], aggregation: m.Aggregation) -> float | None:
    """The year's value from the measured values, in period order."""
    if not values:
        return None
    if aggregation is m.Aggregation.SUM:
        return float(sum(values))
    if aggregation is m.Aggregation.AVERAGE:
        return float(sum(values)) / len(values)
    return float(values[-1])


def objective_status(
    *,
    year: int,
    frequency: m.Frequency,
    comparison: m.Comparison,
    target: float,
    aggregation: m.Aggregation,
    measurements: dict[int, float],
    on: date,
) -> tuple[dto.ObjectiveStatus, float | None]:
    """Status of an objective as of ``on`` and the year's value so far.

    Only periods that have begun by ``on`` count (a value typed for a later period is not yet a
    measurement of the year so far). The year is decided — met / not met — once it is over or its
    last period is measured; until then the value so far is on track or at risk.
    """
    started = sorted(
        p for p in measurements if 1 <= p <= PERIODS[frequency] and period_bounds(year, frequency, p)[0] <= on
    )
    value = year_value([measurements[p] for p in started], aggregation)
    if value is None:
        return dto.ObjectiveStatus.NOT_MEASURED, None
    decided = on > date(year, 12, 31) or PERIODS[frequency] in started
    ok = meets(value, comparison, target)
    if decided:
        return (dto.ObjectiveStatus.MET if ok else dto.ObjectiveStatus.NOT_MET), value
    return (dto.ObjectiveStatus.ON_TRACK if ok else dto.ObjectiveStatus.AT_RISK), value


# ---- service ---------------------------------------------------------------------------------------
class ObjectiveService:
    def __init__(self, uow: UowFactory, attachments: AttachmentService, clock: Clock) -> None:
        self._clock = clock
        self._uow = uow
        self._attachments = attachments

    def _query(self):  # type: ignore[no-untyped-def]
        return select(m.Objective).options(
            selectinload(m.Objective.plan_lines),
            selectinload(m.Objective.measurements),
        )

    def _info(self, uow: UnitOfWork, row: m.Objective, on: date) -> dto.ObjectiveInfo:
        status, value = objective_status(
            year=row.year,
            frequency=row.frequency,
            comparison=row.comparison,
            target=row.target,
            aggregation=row.aggregation,
            measurements={x.period: x.value for x in row.measurements},
            on=on,
        )
        department = uow.session.get(m.Department, row.department_id) if row.department_id else None
        owner = uow.session.get(m.Person, row.owner_person_id) if row.owner_person_id else None
        measurements = []
        for x in row.measurements:
            attachment = uow.session.get(m.Attachment, x.attachment_id) if x.attachment_id else None
            measurements.append(
                dto.MeasurementInfo(
                    id=x.id,
                    period=x.period,
                    value=x.value,
                    note=x.note,
                    attachment=dto.AttachmentRef(
                        id=attachment.id,
                        original_name=attachment.original_name,
                        size=attachment.size,
                        sha256=attachment.sha256,
                    )
                    if attachment
                    else None,
                )
            )
        return dto.ObjectiveInfo(
            id=row.id,
            year=row.year,
            statement=row.statement,
            indicator=row.indicator,
            unit=row.unit,
            comparison=row.comparison,
            target=row.target,
            aggregation=row.aggregation,
            frequency=row.frequency,
            department_id=row.department_id,
            owner_person_id=row.owner_person_id,
            policy_version_id=row.policy_version_id,
            sort_order=row.sort_order,
            plan_lines=tuple(
                dto.PlanLineFields(
                    action=p.action,
                    resources=p.resources,
                    responsible=p.responsible,
                    due=p.due,
                    evaluation=p.evaluation,
                )
                for p in row.plan_lines
            ),
            department_name=department.name if department else "",
            owner_name=owner.full_name if owner else "",
            measurements=tuple(measurements),
            status=status,
            value_so_far=value,
        )

    def years(self) -> list[int]:
        """Years that have objectives or a plan, newest first."""
        with self._uow() as uow:
            years = set(uow.session.scalars(select(m.Objective.year).distinct()))
            years |= set(uow.session.scalars(select(m.AnnualPlan.year)))
            years |= set(uow.session.scalars(select(m.ObjectiveSet.year)))
        return sorted(years, reverse=True)

    def list_objectives(self, year: int, *, on: date | None = None) -> list[dto.ObjectiveInfo]:
        on = on or self._clock.today()
        with self._uow() as uow:
            rows = uow.session.scalars(
                self._query().where(m.Objective.year == year).order_by(m.Objective.sort_order, m.Objective.id)
            )
            return [self._info(uow, r, on) for r in rows]

    def get_objective(self, objective_id: int, *, on: date | None = None) -> dto.ObjectiveInfo:
        with self._uow() as uow:
            row = uow.session.scalars(self._query().where(m.Objective.id == objective_id)).first()
            if row is None:
                _get(uow, m.Objective, objective_id)
            assert row is not None
            return self._info(uow, row, on or self._clock.today())

    @staticmethod
    def _checked(fields: dto.ObjectiveFields) -> dto.ObjectiveFields:
        f = dataclasses.replace(
            fields,
            statement=clean_multiline(fields.statement),
            indicator=clean_multiline(fields.indicator),
            unit=clean(fields.unit),
            plan_lines=tuple(
                dataclasses.replace(
                    p,
                    action=clean_multiline(p.action),
                    resources=clean_multiline(p.resources),
                    responsible=clean(p.responsible),
                    due=clean(p.due),
                    evaluation=clean_multiline(p.evaluation),
                )
                for p in fields.plan_lines
                if clean_multiline(p.action)
            ),
        )
        c = Checker()
        if not (2000 <= f.year <= 2100):
            c.add("year", "date.out_of_range")
        c.text("statement", f.statement, 2000, required=True)
        c.text("indicator", f.indicator, 2000)
        c.text("unit", f.unit, 40)
        for name, kind in (
            ("comparison", m.Comparison),
            ("aggregation", m.Aggregation),
            ("frequency", m.Frequency),
        ):
            if not isinstance(getattr(f, name), kind):
                c.add(name, "field.required")
        # Not NaN, not ±infinity, not absurd (|x| ≤ validation.MAX_MAGNITUDE): "≥ inf" never prints.
        c.number("target", f.target, "objective.bad_target")
        c.raise_if_any()
        return f

    def save_objective(
        self, fields: dto.ObjectiveFields, objective_id: int | None = None
    ) -> dto.ObjectiveInfo:
        f = self._checked(fields)
        with self._uow() as uow:
            row = _get(uow, m.Objective, objective_id) if objective_id else m.Objective()
            if objective_id and row.frequency is not f.frequency and row.measurements:
                c = Checker()
                c.add("frequency", "objective.frequency_has_measurements", count=len(row.measurements))
                c.raise_if_any()
            if objective_id is None and not f.sort_order:
                top = uow.session.scalar(
                    select(func.max(m.Objective.sort_order)).where(m.Objective.year == f.year)
                )
                f = dataclasses.replace(f, sort_order=(top or 0) + 1)
            for name in (
                "year",
                "statement",
                "indicator",
                "unit",
                "comparison",
                "target",
                "aggregation",
                "frequency",
                "department_id",
                "owner_person_id",
                "policy_version_id",
                "sort_order",
            ):
                setattr(row, name, getattr(f, name))
            row.plan_lines = [
                m.ObjectivePlanLine(sort_order=i, **dataclasses.asdict(p)) for i, p in enumerate(f.plan_lines)
            ]
            uow.session.add(row)
            uow.commit()
            new_id = row.id
        return self.get_objective(new_id)

    def delete_objective(self, objective_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.Objective, objective_id))
            uow.commit()
        self._attachments.collect_garbage()

    # ---- measurements --------------------------------------------------------------------------
    def record_measurement(
        self, objective_id: int, fields: dto.MeasurementFields, evidence: Path | None = None
    ) -> dto.ObjectiveInfo:
        """Record (or replace) the value of one period, with an optional evidence file."""
        c = Checker()
        with self._uow() as uow:
            objective = _get(uow, m.Objective, objective_id)
            if not (1 <= fields.period <= PERIODS[objective.frequency]):
                c.add("period", "objective.bad_period", count=PERIODS[objective.frequency])
            c.number("value", fields.value, "objective.bad_value")
            c.text("note", clean_multiline(fields.note), 2000)
            c.raise_if_any()
            row = next((x for x in objective.measurements if x.period == fields.period), None)
            if row is None:
                row = m.Measurement(period=fields.period)
                objective.measurements.append(row)
            row.value = float(fields.value)
            row.note = clean_multiline(fields.note)
            replaced = evidence is not None and row.attachment_id is not None
            if evidence is not None:
                row.attachment_id = self._attachments.attach(uow, Path(evidence)).id
            uow.commit()
        if replaced:
            self._attachments.collect_garbage()
        return self.get_objective(objective_id)

    def delete_measurement(self, objective_id: int, period: int) -> dto.ObjectiveInfo:
        with self._uow() as uow:
            objective = _get(uow, m.Objective, objective_id)
            objective.measurements = [x for x in objective.measurements if x.period != period]
            uow.commit()
        self._attachments.collect_garbage()
        return self.get_objective(objective_id)

    # ---- the year's document -------------------------------------------------------------------
    def get_meta(self, year: int) -> dto.DocumentMeta:
        with self._uow() as uow:
            row = uow.session.scalars(select(m.ObjectiveSet).where(m.ObjectiveSet.year == year)).first()
            if row is None:
                return dto.DocumentMeta()
            return dto.DocumentMeta(
                number=row.number,
                signed_on=row.signed_on,
                signing_lines=row.signing_lines,
                signer_name=row.signer_name,
                recipients=row.recipients,
                legal_bases=row.legal_bases,
            )

    def save_meta(self, year: int, meta: dto.DocumentMeta) -> dto.DocumentMeta:
        meta = checked_meta(meta)
        with self._uow() as uow:
            row = uow.session.scalars(select(m.ObjectiveSet).where(m.ObjectiveSet.year == year)).first()
            if row is None:
                row = m.ObjectiveSet(year=year)
                uow.session.add(row)
            for name in ("number", "signed_on", "signing_lines", "signer_name", "recipients", "legal_bases"):
                setattr(row, name, getattr(meta, name))
            uow.commit()
        return self.get_meta(year)


def checked_meta(meta: dto.DocumentMeta) -> dto.DocumentMeta:
    """Normalise and validate the number/date/signing/recipients/legal bases of a printed document."""
    lines = [clean(x) for x in clean_multiline(meta.signing_lines).split("\n") if x.strip()]
    recipients = [clean(x) for x in clean_multiline(meta.recipients).split("\n") if x.strip()]
    bases = [clean(x) for x in clean_multiline(meta.legal_bases).split("\n") if x.strip()]
    f = dataclasses.replace(
        meta,
        number=clean(meta.number),
        signing_lines="\n".join(lines),
        signer_name=clean(meta.signer_name),
        recipients="\n".join(recipients),
        legal_bases="\n".join(bases),
    )
    c = Checker()
    c.text("number", f.number, 60)
    if f.number and "/" in f.number:
        c.add("number", "document_meta.number_only")
    c.date_range("signed_on", f.signed_on)
    if len(lines) > 4:
        c.add("signing_lines", "agency.too_many_signing_lines", limit=4)
    c.text("signer_name", f.signer_name, 120)
    if len(recipients) > 20:
        c.add("recipients", "document_meta.too_many_recipients", limit=20)
    if len(bases) > 20:
        c.add("legal_bases", "document_meta.too_many_lines", limit=20)
    elif any(len(x) > 1000 for x in bases):
        c.add("legal_bases", "field.too_long", limit=1000)
    c.raise_if_any()
    return f


def ensure_year_free(uow: UnitOfWork, year: int) -> None:
    """Refuse to start a year that already has objectives or a plan."""
    has_objectives = uow.session.scalar(
        select(func.count()).select_from(m.Objective).where(m.Objective.year == year)
    )
    has_plan = uow.session.scalar(
        select(func.count()).select_from(m.AnnualPlan).where(m.AnnualPlan.year == year)
    )
    if has_objectives or has_plan:
        raise DomainError("rollover.year_not_empty", year=year)
