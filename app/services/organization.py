"""Departments (bộ phận) and staff (cán bộ, công chức)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields, to_dto
from app.services._mapping import get_or_raise as _get
from app.services.errors import DomainError
from app.services.unit_of_work import UowFactory
from app.services.validation import Checker, clean
from app.services.vocabulary import person_sort_key


class OrganizationService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    # ---- departments ---------------------------------------------------------------------------
    def list_departments(self, *, active_only: bool = False) -> list[dto.Department]:
        with self._uow() as uow:
            counts = (
                select(m.Person.department_id, func.count().label("n"))
                .group_by(m.Person.department_id)
                .subquery()
            )
            stmt = (
                select(m.Department, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.department_id == m.Department.id)
                .order_by(m.Department.sort_order, m.Department.name)
            )
            if active_only:
                stmt = stmt.where(m.Department.active.is_(True))
            return [to_dto(dto.Department, d, person_count=n) for d, n in uow.session.execute(stmt)]

    def save_department(
        self, fields: dto.DepartmentFields, department_id: int | None = None
    ) -> dto.Department:
        f = dataclasses.replace(fields, name=clean(fields.name), code=clean(fields.code).upper())
        c = Checker()
        c.text("name", f.name, 200, required=True)
        c.text("code", f.code, 30)
        c.raise_if_any()
        with self._uow() as uow:
            clash = uow.session.scalars(
                select(m.Department).where(
                    func.lower(m.Department.name) == f.name.lower(), m.Department.id != (department_id or 0)
                )
            ).first()
            if clash is not None:
                c.add("name", "department.duplicate_name", name=f.name)
                c.raise_if_any()
            row = _get(uow, m.Department, department_id) if department_id else m.Department()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.Department, row, person_count=len(row.persons))

    def delete_department(self, department_id: int) -> None:
        """Delete a department nobody belongs to; otherwise the user should deactivate it."""
        with self._uow() as uow:
            row = _get(uow, m.Department, department_id)
            if row.persons:
                raise DomainError("department.in_use", name=row.name, count=len(row.persons))
            uow.session.delete(row)
            uow.commit()

    def count_active(self) -> tuple[int, int]:
        """(active departments, active persons), counted in SQL."""
        with self._uow() as uow:
            departments = uow.session.scalar(
                select(func.count()).select_from(m.Department).where(m.Department.active.is_(True))
            )
            persons = uow.session.scalar(
                select(func.count()).select_from(m.Person).where(m.Person.active.is_(True))
            )
            return departments or 0, persons or 0

    # ---- persons -------------------------------------------------------------------------------
    def list_persons(self, *, active_only: bool = False) -> list[dto.Person]:
        with self._uow() as uow:
            stmt = select(m.Person).options(selectinload(m.Person.department))
            if active_only:
                stmt = stmt.where(m.Person.active.is_(True))
            persons = [self._person(p) for p in uow.session.scalars(stmt)]
        # As Vietnamese lists are ordered: active staff first, by given name, then family name.
        return sorted(persons, key=lambda p: (not p.active, person_sort_key(p.full_name)))

    @staticmethod
    def _person(p: m.Person) -> dto.Person:
        return to_dto(dto.Person, p, department_name=p.department.name if p.department else "")

    def save_person(self, fields: dto.PersonFields, person_id: int | None = None) -> dto.Person:
        f = dataclasses.replace(
            fields,
            full_name=clean(fields.full_name),
            position=clean(fields.position),
            phone=clean(fields.phone),
            email=clean(fields.email),
        )
        c = Checker()
        c.text("full_name", f.full_name, 120, required=True)
        c.text("position", f.position, 120)
        c.text("phone", f.phone, 60)
        c.text("email", f.email, 120)
        if f.email and ("@" not in f.email or " " in f.email):
            c.add("email", "field.bad_email")
        c.raise_if_any()
        with self._uow() as uow:
            if f.department_id is not None and uow.session.get(m.Department, f.department_id) is None:
                c.add("department_id", "field.not_found")
                c.raise_if_any()
            row = _get(uow, m.Person, person_id) if person_id else m.Person()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            uow.session.refresh(row)
            return self._person(row)

    def delete_person(self, person_id: int) -> None:
        """Delete a person who appears in no record; otherwise the user should deactivate them."""
        with self._uow() as uow:
            row = _get(uow, m.Person, person_id)
            # The records that keep a person (steering committee, audit teams, training sessions).
            used = sum(
                uow.session.scalar(
                    select(func.count()).select_from(table).where(table.person_id == person_id)
                )
                or 0
                for table in (m.SteeringMember, m.AuditMember, m.TrainingAttendee)
            )
            if used:
                raise DomainError("person.in_use", name=row.full_name)
            uow.session.delete(row)
            uow.commit()
