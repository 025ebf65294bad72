"""Agency profile: identity, leaders, signing defaults, upstream recipients, reporting settings."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from sqlalchemy import func, select

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields, to_dto
from app.services._mapping import get_or_raise as _get
from app.services.deadlines import MAX_WINDOW_DAYS
from app.services.errors import DomainError, FieldError, NotFound, ValidationError
from app.services.periods import (
    ReportCalendar,
    annual_period,
    is_valid_day_month,
    six_month_period,
)
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline

_ABBREVIATION = re.compile(r"^[A-ZĐ0-9][A-ZĐ0-9&.]*$")
MAX_SIGNING_LINES = 4


class AgencyService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    # ---- profile -------------------------------------------------------------------------------
    @staticmethod
    def _agency(uow: UnitOfWork) -> m.Agency | None:
        return uow.session.scalars(select(m.Agency).order_by(m.Agency.id).limit(1)).first()

    def get_profile(self) -> dto.AgencyProfile | None:
        with self._uow() as uow:
            agency = self._agency(uow)
            return to_dto(dto.AgencyProfile, agency) if agency else None

    def is_set_up(self) -> bool:
        return self.get_profile() is not None

    @staticmethod
    def _checked(fields: dto.AgencyFields) -> dto.AgencyFields:
        f = dataclasses.replace(
            fields,
            full_name=clean(fields.full_name),
            short_name=clean(fields.short_name),
            parent_body=clean(fields.parent_body),
            place_name=clean(fields.place_name),
            code_abbreviation=clean(fields.code_abbreviation).upper(),
            address=clean(fields.address),
            phone=clean(fields.phone),
            email=clean(fields.email),
            iso_secretary_name=clean(fields.iso_secretary_name),
            iso_secretary_title=clean(fields.iso_secretary_title),
            iso_secretary_phone=clean(fields.iso_secretary_phone),
            signing_lines="\n".join(
                clean(line) for line in clean_multiline(fields.signing_lines).split("\n") if line.strip()
            ),
            signer_name=clean(fields.signer_name),
        )
        c = Checker()
        c.text("full_name", f.full_name, 255, required=True)
        c.text("short_name", f.short_name, 120)
        if not isinstance(f.kind, m.AgencyKind):
            c.add("kind", "field.required")
        c.text("parent_body", f.parent_body, 255)
        c.text("place_name", f.place_name, 120, required=True)
        if c.required("code_abbreviation", f.code_abbreviation):
            c.max_length("code_abbreviation", f.code_abbreviation, 30)
            if not _ABBREVIATION.match(f.code_abbreviation):
                c.add("code_abbreviation", "agency.bad_abbreviation")
        c.text("address", f.address, 255)
        c.text("phone", f.phone, 60)
        if f.email and ("@" not in f.email or " " in f.email):
            c.add("email", "field.bad_email")
        c.text("email", f.email, 120)
        c.text("iso_secretary_name", f.iso_secretary_name, 120)
        c.text("iso_secretary_title", f.iso_secretary_title, 120)
        c.text("iso_secretary_phone", f.iso_secretary_phone, 60)
        lines = [line for line in f.signing_lines.split("\n") if line]
        if len(lines) > MAX_SIGNING_LINES:
            c.add("signing_lines", "agency.too_many_signing_lines", limit=MAX_SIGNING_LINES)
        elif any(len(line) > 60 for line in lines):
            c.add("signing_lines", "field.too_long", limit=60)
        c.text("signer_name", f.signer_name, 120)
        c.raise_if_any()
        return f

    def set_up(self, fields: dto.AgencyFields, head: dto.LeaderFields | None = None) -> dto.AgencyProfile:
        """First run: create the agency (and optionally its head) in one transaction."""
        # Report the agency's and the head's problems together; the head's fields are prefixed
        # "head_" because both have a full_name.
        problems: list[FieldError] = []
        try:
            f = self._checked(fields)
        except ValidationError as error:
            problems += error.errors
        head_fields = None
        try:
            if head is not None:
                head_fields = self._checked_leader(dataclasses.replace(head, role=m.LeaderRole.HEAD))
        except ValidationError as error:
            problems += [FieldError(f"head_{e.field}", e.code, e.params) for e in error.errors]
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            if self._agency(uow) is not None:
                raise DomainError("agency.already_set_up")
            agency = m.Agency()
            apply_fields(agency, f)
            uow.session.add(agency)
            if head_fields:
                leader = m.Leader()
                apply_fields(leader, head_fields)
                uow.session.add(leader)
            uow.commit()
            return to_dto(dto.AgencyProfile, agency)

    def update_profile(self, fields: dto.AgencyFields) -> dto.AgencyProfile:
        f = self._checked(fields)
        with self._uow() as uow:
            agency = self._agency(uow)
            if agency is None:
                raise DomainError("agency.not_set_up")
            apply_fields(agency, f)
            uow.commit()
            return to_dto(dto.AgencyProfile, agency)

    # ---- leaders -------------------------------------------------------------------------------
    @staticmethod
    def _checked_leader(fields: dto.LeaderFields) -> dto.LeaderFields:
        f = dataclasses.replace(fields, full_name=clean(fields.full_name), title=clean(fields.title))
        c = Checker()
        c.text("full_name", f.full_name, 120, required=True)
        c.text("title", f.title, 120, required=True)
        if not isinstance(f.role, m.LeaderRole):
            c.add("role", "field.required")
        c.raise_if_any()
        return f

    def list_leaders(self) -> list[dto.Leader]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(m.Leader).order_by(m.Leader.role, m.Leader.sort_order, m.Leader.id)
            )
            # HEAD sorts before DEPUTY alphabetically ("deputy" < "head"), so order in Python.
            leaders = [to_dto(dto.Leader, r) for r in rows]
        return sorted(leaders, key=lambda x: (x.role is not m.LeaderRole.HEAD, x.sort_order, x.id))

    def save_leader(self, fields: dto.LeaderFields, leader_id: int | None = None) -> dto.Leader:
        f = self._checked_leader(fields)
        with self._uow() as uow:
            if f.role is m.LeaderRole.HEAD:
                other_head = uow.session.scalars(
                    select(m.Leader).where(
                        m.Leader.role == m.LeaderRole.HEAD, m.Leader.id != (leader_id or 0)
                    )
                ).first()
                if other_head is not None:
                    raise DomainError("leader.head_exists", name=other_head.full_name)
            row = _get(uow, m.Leader, leader_id) if leader_id else m.Leader()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.Leader, row)

    def delete_leader(self, leader_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.Leader, leader_id))
            uow.commit()

    # ---- recipients ----------------------------------------------------------------------------
    def list_recipients(self) -> list[dto.Recipient]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(m.Recipient).order_by(m.Recipient.sort_order, m.Recipient.id))
            return [to_dto(dto.Recipient, r) for r in rows]

    def save_recipient(self, fields: dto.RecipientFields, recipient_id: int | None = None) -> dto.Recipient:
        f = dataclasses.replace(fields, name=clean(fields.name), note=clean(fields.note))
        c = Checker()
        c.text("name", f.name, 255, required=True)
        c.text("note", f.note, 255)
        c.raise_if_any()
        with self._uow() as uow:
            row = _get(uow, m.Recipient, recipient_id) if recipient_id else m.Recipient()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.Recipient, row)

    def delete_recipient(self, recipient_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.Recipient, recipient_id))
            uow.commit()

    # ---- reporting -----------------------------------------------------------------------------
    def get_reporting(self) -> dto.ReportingSettings:
        with self._uow() as uow:
            agency = self._agency(uow)
            if agency is None:
                return dto.ReportingSettings()
            return to_dto(dto.ReportingSettings, agency)

    def update_reporting(self, settings: dto.ReportingSettings) -> dto.ReportingSettings:
        c = Checker()
        if not isinstance(settings.period_convention, m.PeriodConvention):
            c.add("period_convention", "field.required")
        if not is_valid_day_month(settings.six_month_deadline_day, settings.six_month_deadline_month):
            c.add("six_month_deadline_day", "date.bad_day_month")
        if not is_valid_day_month(settings.annual_deadline_day, settings.annual_deadline_month):
            c.add("annual_deadline_day", "date.bad_day_month")
        if not 0 <= settings.due_soon_days <= MAX_WINDOW_DAYS:
            c.add("due_soon_days", "legal.bad_days")
        c.raise_if_any()
        six = (settings.six_month_deadline_month, settings.six_month_deadline_day)
        annual = (settings.annual_deadline_month, settings.annual_deadline_day)
        if six >= annual:
            c.add("annual_deadline_day", "deadline.annual_before_six_month")
            c.raise_if_any()
        with self._uow() as uow:
            agency = self._agency(uow)
            if agency is None:
                raise DomainError("agency.not_set_up")
            apply_fields(agency, settings)
            uow.commit()
            return to_dto(dto.ReportingSettings, agency)

    def list_deadlines(self) -> list[dto.Deadline]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(m.ReportDeadline).order_by(m.ReportDeadline.year.desc()))
            return [to_dto(dto.Deadline, r) for r in rows]

    def save_deadline(self, fields: dto.DeadlineFields) -> dto.Deadline:
        """Set (or replace) the deadlines of one year."""
        c = Checker()
        if not (2000 <= fields.year <= 2100):
            c.add("year", "date.out_of_range")
        c.date_range("six_month_deadline", fields.six_month_deadline, required=True)
        c.date_range("annual_deadline", fields.annual_deadline, required=True)
        c.raise_if_any()
        assert fields.six_month_deadline and fields.annual_deadline
        if fields.six_month_deadline.year != fields.year:
            c.add("six_month_deadline", "deadline.wrong_year", year=fields.year)
        if not (
            fields.annual_deadline.year == fields.year
            or (fields.annual_deadline.year == fields.year + 1 and fields.annual_deadline.month == 1)
        ):
            c.add("annual_deadline", "deadline.wrong_year", year=fields.year)
        if not c.errors and fields.annual_deadline <= fields.six_month_deadline:
            c.add("annual_deadline", "deadline.annual_before_six_month")
        c.raise_if_any()
        with self._uow() as uow:
            row = (
                uow.session.scalars(
                    select(m.ReportDeadline).where(m.ReportDeadline.year == fields.year)
                ).first()
                or m.ReportDeadline()
            )
            apply_fields(row, fields)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.Deadline, row)

    def delete_deadline(self, year: int) -> None:
        with self._uow() as uow:
            row = uow.session.scalars(select(m.ReportDeadline).where(m.ReportDeadline.year == year)).first()
            if row is None:
                raise NotFound("deadline", year)
            uow.session.delete(row)
            uow.commit()

    def report_calendar(self, year: int) -> ReportCalendar:
        settings = self.get_reporting()
        with self._uow() as uow:
            override = uow.session.scalars(
                select(m.ReportDeadline).where(m.ReportDeadline.year == year)
            ).first()
            if override is not None:
                six, annual = override.six_month_deadline, override.annual_deadline
            else:
                six = date(year, settings.six_month_deadline_month, settings.six_month_deadline_day)
                annual = date(year, settings.annual_deadline_month, settings.annual_deadline_day)
        return ReportCalendar(
            year=year,
            convention=settings.period_convention,
            six_month_period=six_month_period(year, settings.period_convention),
            annual_period=annual_period(year, settings.period_convention),
            six_month_deadline=six,
            annual_deadline=annual,
            deadlines_overridden=override is not None,
        )

    def count_rows(self) -> int:
        """Rows in the agency table (0 or 1); used to tell an empty database."""
        with self._uow() as uow:
            return uow.session.scalar(select(func.count()).select_from(m.Agency)) or 0
