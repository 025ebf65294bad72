"""The QMS frame: ISO steering committee, scope and quality-policy versions, publication decisions."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields, to_dto
from app.services._mapping import get_or_raise as _get
from app.services.clock import Clock
from app.services.errors import NotFound
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline

TextVersionModel = type[m.ScopeVersion] | type[m.PolicyVersion]
DecisionModel = type[m.SteeringDecision] | type[m.PublicationDecision]


def _number_key(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").strip().casefold()


def _leading_number(text: str) -> str:
    """The part of a decision number before its first "/" ("05/QĐ-UBND" → "05"); digits without
    their leading zeros ("05" → "5"), so that "5" and "05" name the same decision."""
    head = _number_key(text).split("/", 1)[0].strip()
    return str(int(head)) if head.isdigit() else head


def number_match(stored: str, wanted: str) -> int:
    """How well ``wanted`` (typed on the command line: "05", "5", "05/qđ-ubnd") names the stored
    decision number ``stored`` ("05/QĐ-UBND"): 2 the whole number (case ignored), 1 its part
    before the first "/", 0 not at all."""
    if not _number_key(wanted):
        return 0
    if _number_key(stored) == _number_key(wanted):
        return 2
    if "/" not in _number_key(wanted) and _leading_number(stored) == _leading_number(wanted):
        return 1
    return 0


class QmsService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._clock = clock
        self._uow = uow

    # ---- steering committee --------------------------------------------------------------------
    @staticmethod
    def _decision(row: m.SteeringDecision) -> dto.SteeringDecision:
        members = tuple(
            to_dto(
                dto.SteeringMember,
                mem,
                full_name=mem.person.full_name,
                position=mem.person.position,
                department_name=mem.person.department.name if mem.person.department else "",
            )
            for mem in row.members
        )
        return to_dto(dto.SteeringDecision, row, members=members, member_count=len(members))

    def _decision_query(self):  # type: ignore[no-untyped-def]
        return select(m.SteeringDecision).options(
            selectinload(m.SteeringDecision.members)
            .selectinload(m.SteeringMember.person)
            .selectinload(m.Person.department)
        )

    def list_steering_decisions(self) -> list[dto.SteeringDecision]:
        with self._uow() as uow:
            stmt = self._decision_query().order_by(
                m.SteeringDecision.signed_on.desc(), m.SteeringDecision.id.desc()
            )
            return [self._decision(r) for r in uow.session.scalars(stmt)]

    def list_steering_summaries(self) -> list[dto.SteeringDecision]:
        """All decisions, newest first, with member counts but without the members (for lists)."""
        with self._uow() as uow:
            counts = (
                select(m.SteeringMember.decision_id, func.count().label("n"))
                .group_by(m.SteeringMember.decision_id)
                .subquery()
            )
            stmt = (
                select(m.SteeringDecision, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.decision_id == m.SteeringDecision.id)
                .order_by(m.SteeringDecision.signed_on.desc(), m.SteeringDecision.id.desc())
            )
            return [
                to_dto(dto.SteeringDecision, row, members=(), member_count=n)
                for row, n in uow.session.execute(stmt)
            ]

    def get_steering_decision(self, decision_id: int) -> dto.SteeringDecision:
        with self._uow() as uow:
            row = uow.session.scalars(
                self._decision_query().where(m.SteeringDecision.id == decision_id)
            ).first()
            if row is None:
                raise NotFound("SteeringDecision", decision_id)
            return self._decision(row)

    def current_steering_decision(self, on: date | None = None) -> dto.SteeringDecision | None:
        """The latest decision signed on or before ``on`` (today by default)."""
        on = on or self._clock.today()
        with self._uow() as uow:
            stmt = (
                self._decision_query()
                .where(m.SteeringDecision.signed_on <= on)
                .order_by(m.SteeringDecision.signed_on.desc(), m.SteeringDecision.id.desc())
                .limit(1)
            )
            row = uow.session.scalars(stmt).first()
            return self._decision(row) if row else None

    def find_steering_decision(self, number: str, year: int) -> dto.SteeringDecision | None:
        """The decision numbered ``number`` signed in ``year`` (see ``number_match``; a whole
        number wins over its first part, then the latest), with its members; None if there is none."""
        ident = self._find_decision(m.SteeringDecision, number, year)
        return self.get_steering_decision(ident) if ident is not None else None

    def latest_steering_decision(self, year: int | None = None) -> dto.SteeringDecision | None:
        """The latest decision (signed in ``year`` when given), with its members."""
        ident = self._latest_decision(m.SteeringDecision, year)
        return self.get_steering_decision(ident) if ident is not None else None

    def previous_steering_decision(self, decision_id: int) -> dto.SteeringDecision | None:
        """The decision signed before ``decision_id`` (the one it replaces), without its members."""
        with self._uow() as uow:
            row = self._previous(uow, m.SteeringDecision, decision_id)
            return to_dto(dto.SteeringDecision, row, members=(), member_count=0) if row else None

    def save_steering_decision(
        self,
        fields: dto.SteeringDecisionFields,
        members: list[dto.SteeringMemberFields],
        decision_id: int | None = None,
    ) -> dto.SteeringDecision:
        """Save a decision and its whole member list in one transaction."""
        f = dataclasses.replace(
            fields,
            number=clean(fields.number),
            subject=clean(fields.subject),
            note=clean_multiline(fields.note),
        )
        c = Checker()
        c.text("number", f.number, 60, required=True)
        c.date_range("signed_on", f.signed_on, required=True)
        c.text("subject", f.subject, 255)
        heads = [x for x in members if x.role is m.SteeringRole.HEAD]
        if not members:
            c.add("members", "steering.no_members")
        elif len(heads) != 1:
            c.add("members", "steering.one_head", count=len(heads))
        elif len({x.person_id for x in members}) != len(members):
            c.add("members", "steering.duplicate_person")
        c.raise_if_any()
        with self._uow() as uow:
            persons = {
                p.id: p
                for p in uow.session.scalars(
                    select(m.Person).where(m.Person.id.in_([x.person_id for x in members]))
                )
            }
            if len(persons) != len({x.person_id for x in members}):
                c.add("members", "field.not_found")
                c.raise_if_any()
            self._check_unique_number(uow, m.SteeringDecision, f.number, f.signed_on, decision_id, c)
            row = _get(uow, m.SteeringDecision, decision_id) if decision_id else m.SteeringDecision()
            apply_fields(row, f)
            row.members.clear()
            uow.session.flush()
            for order, member in enumerate(members):
                row.members.append(
                    m.SteeringMember(
                        person_id=member.person_id,
                        role=member.role,
                        duty=clean_multiline(member.duty),
                        sort_order=order,
                    )
                )
            uow.session.add(row)
            uow.commit()
            return self._decision(
                uow.session.scalars(self._decision_query().where(m.SteeringDecision.id == row.id)).one()
            )

    def delete_steering_decision(self, decision_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.SteeringDecision, decision_id))
            uow.commit()

    # ---- finding a decision by its number (export --number/--year) ------------------------------
    def _find_decision(self, cls: DecisionModel, number: str, year: int) -> int | None:
        with self._uow() as uow:
            rows = uow.session.execute(
                select(cls.id, cls.number, cls.signed_on).where(
                    cls.signed_on >= date(year, 1, 1), cls.signed_on <= date(year, 12, 31)
                )
            ).all()
        scored = [(number_match(n, number), signed_on, ident) for ident, n, signed_on in rows]
        found = max((x for x in scored if x[0] > 0), default=None)
        return found[2] if found is not None else None

    def _latest_decision(self, cls: DecisionModel, year: int | None) -> int | None:
        with self._uow() as uow:
            stmt = select(cls.id).order_by(cls.signed_on.desc(), cls.id.desc()).limit(1)
            if year is not None:
                stmt = stmt.where(cls.signed_on >= date(year, 1, 1), cls.signed_on <= date(year, 12, 31))
            return uow.session.scalars(stmt).first()

    @staticmethod
    def _previous(
        uow: UnitOfWork, cls: DecisionModel, ident: int
    ) -> m.SteeringDecision | m.PublicationDecision | None:
        row = _get(uow, cls, ident)
        stmt = (
            select(cls)
            .where((cls.signed_on < row.signed_on) | ((cls.signed_on == row.signed_on) & (cls.id < row.id)))
            .order_by(cls.signed_on.desc(), cls.id.desc())
            .limit(1)
        )
        return cast("m.SteeringDecision | m.PublicationDecision | None", uow.session.scalars(stmt).first())

    @staticmethod
    def _check_unique_number(
        uow: UnitOfWork,
        cls: type[m.SteeringDecision] | type[m.PublicationDecision],
        number: str,
        signed_on: date | None,
        own_id: int | None,
        c: Checker,
    ) -> None:
        """Document numbers restart every year: the same number twice in one year is a typo."""
        assert signed_on is not None
        clash = uow.session.scalars(
            select(cls).where(
                func.lower(cls.number) == number.lower(),
                func.strftime("%Y", cls.signed_on) == f"{signed_on.year:04d}",
                cls.id != (own_id or 0),
            )
        ).first()
        if clash is not None:
            c.add("number", "decision.duplicate_number", number=number, year=signed_on.year)
            c.raise_if_any()

    # ---- scope and policy versions -------------------------------------------------------------
    def list_scope_versions(self) -> list[dto.TextVersion]:
        return self._list_versions(m.ScopeVersion)

    def list_policy_versions(self) -> list[dto.TextVersion]:
        return self._list_versions(m.PolicyVersion)

    def save_scope_version(
        self, fields: dto.TextVersionFields, version_id: int | None = None
    ) -> dto.TextVersion:
        return self._save_version(m.ScopeVersion, fields, version_id)

    def save_policy_version(
        self, fields: dto.TextVersionFields, version_id: int | None = None
    ) -> dto.TextVersion:
        return self._save_version(m.PolicyVersion, fields, version_id)

    def delete_scope_version(self, version_id: int) -> None:
        self._delete(m.ScopeVersion, version_id)

    def delete_policy_version(self, version_id: int) -> None:
        self._delete(m.PolicyVersion, version_id)

    def current_scope(self, on: date | None = None) -> dto.TextVersion | None:
        return self._current_version(m.ScopeVersion, on or self._clock.today())

    def current_policy(self, on: date | None = None) -> dto.TextVersion | None:
        return self._current_version(m.PolicyVersion, on or self._clock.today())

    def _list_versions(self, cls: TextVersionModel) -> list[dto.TextVersion]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(cls).order_by(cls.effective_on.desc()))
            return [to_dto(dto.TextVersion, r) for r in rows]

    def _current_version(self, cls: TextVersionModel, on: date) -> dto.TextVersion | None:
        with self._uow() as uow:
            row = uow.session.scalars(
                select(cls).where(cls.effective_on <= on).order_by(cls.effective_on.desc()).limit(1)
            ).first()
            return to_dto(dto.TextVersion, row) if row else None

    def _save_version(
        self, cls: TextVersionModel, fields: dto.TextVersionFields, version_id: int | None
    ) -> dto.TextVersion:
        f = dataclasses.replace(fields, text=clean_multiline(fields.text), note=clean(fields.note))
        c = Checker()
        c.date_range("effective_on", f.effective_on, required=True)
        c.text("text", f.text, 20_000, required=True)
        c.text("note", f.note, 255)
        c.raise_if_any()
        with self._uow() as uow:
            clash = uow.session.scalars(
                select(cls).where(cls.effective_on == f.effective_on, cls.id != (version_id or 0))
            ).first()
            if clash is not None:
                c.add("effective_on", "version.duplicate_date")
                c.raise_if_any()
            row = _get(uow, cls, version_id) if version_id else cls()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.TextVersion, row)

    def _delete(self, cls: type[m.Base], ident: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, cls, ident))
            uow.commit()

    # ---- publication decisions -----------------------------------------------------------------
    def list_publications(self) -> list[dto.Publication]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(m.PublicationDecision).order_by(
                    m.PublicationDecision.signed_on.desc(), m.PublicationDecision.id.desc()
                )
            )
            return [to_dto(dto.Publication, r) for r in rows]

    def get_publication(self, publication_id: int) -> dto.Publication:
        with self._uow() as uow:
            return to_dto(dto.Publication, _get(uow, m.PublicationDecision, publication_id))

    def find_publication(self, number: str, year: int) -> dto.Publication | None:
        """The publication decision numbered ``number`` signed in ``year`` (as
        ``find_steering_decision``); None if there is none."""
        ident = self._find_decision(m.PublicationDecision, number, year)
        return self.get_publication(ident) if ident is not None else None

    def latest_publication(self, year: int | None = None) -> dto.Publication | None:
        """The latest publication decision (signed in ``year`` when given)."""
        ident = self._latest_decision(m.PublicationDecision, year)
        return self.get_publication(ident) if ident is not None else None

    def previous_publication(self, publication_id: int) -> dto.Publication | None:
        """The publication decision signed before ``publication_id`` (the one a re-publication
        replaces)."""
        with self._uow() as uow:
            row = self._previous(uow, m.PublicationDecision, publication_id)
            return to_dto(dto.Publication, row) if row else None

    def save_publication(
        self, fields: dto.PublicationFields, publication_id: int | None = None
    ) -> dto.Publication:
        f = dataclasses.replace(
            fields,
            number=clean(fields.number),
            reason=clean_multiline(fields.reason),
            scope=clean_multiline(fields.scope),
            agency_name=clean(fields.agency_name),
        )
        c = Checker()
        c.text("agency_name", f.agency_name, 255)
        c.date_range("posted_on", f.posted_on)
        if f.posted_on is not None and f.signed_on is not None and f.posted_on < f.signed_on:
            c.add("posted_on", "publication.posted_before_signed")
        if not isinstance(f.kind, m.PublicationKind):
            c.add("kind", "field.required")
        c.text("number", f.number, 60, required=True)
        c.date_range("signed_on", f.signed_on, required=True)
        if f.kind is m.PublicationKind.REPUBLICATION:
            c.required("reason", f.reason)
        c.text("reason", f.reason, 5_000)
        c.text("scope", f.scope, 20_000)
        c.raise_if_any()
        with self._uow() as uow:
            if f.kind is m.PublicationKind.INITIAL:
                other = uow.session.scalars(
                    select(m.PublicationDecision).where(
                        m.PublicationDecision.kind == m.PublicationKind.INITIAL,
                        m.PublicationDecision.id != (publication_id or 0),
                    )
                ).first()
                if other is not None:
                    c.add("kind", "publication.initial_exists", number=other.number)
                    c.raise_if_any()
            self._check_unique_number(uow, m.PublicationDecision, f.number, f.signed_on, publication_id, c)
            row = (
                _get(uow, m.PublicationDecision, publication_id)
                if publication_id
                else m.PublicationDecision()
            )
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.Publication, row)

    def delete_publication(self, publication_id: int) -> None:
        self._delete(m.PublicationDecision, publication_id)
