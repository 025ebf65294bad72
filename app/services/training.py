"""Đào tạo, tập huấn (ISO 9001:2015 §7.2–7.3): the sessions (date, title, organiser, type, hours),
who attended them — chosen from the agency's persons — and each attendee's certificate, kept as an
attachment; a person's training history; the figures of a period for the management review; the
year's register (xlsx, PDF, JSON).

A session may be dated after today: it is planned (dự kiến). A planned session can list who is to
attend, but holds no certificate yet, and neither the period figures nor the history count it as
held. Inactive persons stay on the sessions they attended; the page offers active ones only.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto, vocabulary
from app.services._mapping import get_or_raise as _get
from app.services._mapping import to_dto
from app.services.attachments import AttachmentService
from app.services.clock import Clock
from app.services.errors import DomainError, NotFound
from app.services.exports import model
from app.services.exports.registers import register_frame
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline

__all__ = [
    "MAX_HOURS",
    "AttendeeRow",
    "PersonTraining",
    "TrainingDetail",
    "TrainingFields",
    "TrainingFigures",
    "TrainingRow",
    "TrainingService",
]

MAX_HOURS = 1000.0  # a session's hours: 0 (not recorded) up to this
REGISTER_KINDS = ("training",)


# ---- DTOs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainingFields:
    """What the user enters on a session. ``on`` after today: a planned session. ``hours``: its
    length in hours (0: not recorded)."""

    on: date | None
    title: str
    organiser: str = ""  # đơn vị tổ chức
    type: m.TrainingType = m.TrainingType.AWARENESS
    hours: float = 0.0
    note: str = ""


@dataclass(frozen=True)
class AttendeeRow:
    """A person on a session, with their certificate when there is one. ``active``: still on the
    staff (a former member stays on the sessions they attended)."""

    person_id: int
    full_name: str
    position: str
    department_name: str
    active: bool
    certificate: dto.AttachmentRef | None


@dataclass(frozen=True)
class TrainingRow:
    """A session as the list shows it."""

    id: int
    on: date
    title: str
    organiser: str
    type: m.TrainingType
    hours: float
    attendees: int
    certificates: int
    planned: bool  # dated after today


@dataclass(frozen=True)
class TrainingDetail:
    id: int
    on: date
    title: str
    organiser: str
    type: m.TrainingType
    hours: float
    note: str
    planned: bool
    attendees: tuple[AttendeeRow, ...]  # in the order people are listed (given name first)

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(a.person_id for a in self.attendees)

    def fields(self) -> TrainingFields:
        """The session's fields, to edit them."""
        return TrainingFields(
            on=self.on,
            title=self.title,
            organiser=self.organiser,
            type=self.type,
            hours=self.hours,
            note=self.note,
        )


@dataclass(frozen=True)
class PersonTraining:
    """One session of a person's training history."""

    training_id: int
    on: date
    title: str
    organiser: str
    type: m.TrainingType
    hours: float
    planned: bool
    certificate: dto.AttachmentRef | None


@dataclass(frozen=True)
class TrainingFigures:
    """The sessions held from ``start`` to ``end`` (both included, never after today):
    ``attendances`` counts a person once per session, ``people`` once in all."""

    start: date
    end: date
    sessions: int
    attendances: int
    people: int
    hours: float  # the sessions' hours added up
    by_type: Mapping[m.TrainingType, int] = field(default_factory=dict)  # sessions per type


def _ref(row: m.Attachment | None) -> dto.AttachmentRef | None:
    if row is None:
        return None
    return dto.AttachmentRef(id=row.id, original_name=row.original_name, size=row.size, sha256=row.sha256)


def _attendee(a: m.TrainingAttendee) -> AttendeeRow:
    p = a.person
    return AttendeeRow(
        person_id=p.id,
        full_name=p.full_name,
        position=p.position,
        department_name=p.department.name if p.department else "",
        active=p.active,
        certificate=_ref(a.certificate),
    )


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


# ---- service -------------------------------------------------------------------------------------
class TrainingService:
    def __init__(self, uow: UowFactory, attachments: AttachmentService, clock: Clock) -> None:
        self._uow = uow
        self._attachments = attachments
        self._clock = clock

    def today(self) -> date:
        return self._clock.today()

    # ---- reading -------------------------------------------------------------------------------
    def years(self) -> list[int]:
        """The years that have sessions, newest first."""
        with self._uow() as uow:
            days = uow.session.scalars(select(m.Training.on))
            return sorted({d.year for d in days}, reverse=True)

    def sessions(self, year: int | None = None, *, today: date | None = None) -> list[TrainingRow]:
        """The sessions (of ``year``), newest first, with their attendees and certificates counted."""
        today = today or self._clock.today()
        t, a = m.Training, m.TrainingAttendee
        counts = (
            select(
                a.training_id,
                func.count().label("people"),
                func.count(a.certificate_id).label("certificates"),
            )
            .group_by(a.training_id)
            .subquery()
        )
        stmt = (
            select(t, func.coalesce(counts.c.people, 0), func.coalesce(counts.c.certificates, 0))
            .outerjoin(counts, counts.c.training_id == t.id)
            .order_by(t.on.desc(), t.id.desc())
        )
        if year is not None:
            first, last = _year_bounds(year)
            stmt = stmt.where(t.on >= first, t.on <= last)
        with self._uow() as uow:
            return [
                TrainingRow(
                    id=r.id,
                    on=r.on,
                    title=r.title,
                    organiser=r.organiser,
                    type=r.type,
                    hours=r.hours,
                    attendees=people,
                    certificates=certificates,
                    planned=r.on > today,
                )
                for r, people, certificates in uow.session.execute(stmt)
            ]

    def get(self, training_id: int, *, today: date | None = None) -> TrainingDetail:
        today = today or self._clock.today()
        with self._uow() as uow:
            row = self._load(uow, training_id)
            attendees = sorted(
                (_attendee(x) for x in row.attendees),
                key=lambda x: (not x.active, vocabulary.person_sort_key(x.full_name)),
            )
            return TrainingDetail(
                id=row.id,
                on=row.on,
                title=row.title,
                organiser=row.organiser,
                type=row.type,
                hours=row.hours,
                note=row.note,
                planned=row.on > today,
                attendees=tuple(attendees),
            )

    @staticmethod
    def _load(uow: UnitOfWork, training_id: int) -> m.Training:
        row = uow.session.scalars(
            select(m.Training)
            .where(m.Training.id == training_id)
            .options(
                selectinload(m.Training.attendees).selectinload(m.TrainingAttendee.person),
                selectinload(m.Training.attendees).selectinload(m.TrainingAttendee.certificate),
            )
        ).first()
        if row is None:
            raise NotFound("Training", training_id)
        return row

    def person_history(self, person_id: int, *, today: date | None = None) -> list[PersonTraining]:
        """The sessions ``person_id`` attended (or is down for, when planned), newest first."""
        today = today or self._clock.today()
        t, a = m.Training, m.TrainingAttendee
        stmt = (
            select(t, a)
            .join(a, a.training_id == t.id)
            .where(a.person_id == person_id)
            .options(selectinload(a.certificate))
            .order_by(t.on.desc(), t.id.desc())
        )
        with self._uow() as uow:
            _get(uow, m.Person, person_id)
            return [
                PersonTraining(
                    training_id=session.id,
                    on=session.on,
                    title=session.title,
                    organiser=session.organiser,
                    type=session.type,
                    hours=session.hours,
                    planned=session.on > today,
                    certificate=_ref(link.certificate),
                )
                for session, link in uow.session.execute(stmt)
            ]

    def period_figures(self, start: date, end: date, *, today: date | None = None) -> TrainingFigures:
        """The sessions held from ``start`` to ``end`` (a planned one is not yet held), for the
        management review and the report."""
        today = today or self._clock.today()
        last = min(end, today)
        t, a = m.Training, m.TrainingAttendee
        held = (t.on >= start, t.on <= last)
        with self._uow() as uow:
            sessions = list(uow.session.execute(select(t.type, t.hours).where(*held)))
            attendances, people = uow.session.execute(
                select(func.count(), func.count(a.person_id.distinct()))
                .join(t, t.id == a.training_id)
                .where(*held)
            ).one()
        by_type: dict[m.TrainingType, int] = {}
        for kind, _hours in sessions:
            by_type[kind] = by_type.get(kind, 0) + 1
        return TrainingFigures(
            start=start,
            end=end,
            sessions=len(sessions),
            attendances=int(attendances or 0),
            people=int(people or 0),
            hours=float(sum(h or 0 for _k, h in sessions)),
            by_type=by_type,
        )

    # ---- writing -------------------------------------------------------------------------------
    @staticmethod
    def _checked(fields: TrainingFields) -> TrainingFields:
        f = dataclasses.replace(
            fields,
            title=clean(fields.title),
            organiser=clean(fields.organiser),
            note=clean_multiline(fields.note),
        )
        c = Checker()
        c.date_range("on", f.on, required=True)
        c.text("title", f.title, 300, required=True)
        c.text("organiser", f.organiser, 200)
        c.text("note", f.note, 4000)
        if not isinstance(f.type, m.TrainingType):
            c.add("type", "field.required")
        hours = f.hours
        if (
            isinstance(hours, bool)
            or not isinstance(hours, int | float)
            or not math.isfinite(hours)
            or not 0 <= hours <= MAX_HOURS
        ):
            c.add("hours", "training.bad_hours", limit=int(MAX_HOURS))
        c.raise_if_any()
        return dataclasses.replace(f, hours=float(hours))

    def create(self, fields: TrainingFields, person_ids: Iterable[int] = ()) -> int:
        """Record a session (with its attendees, when given); returns its id."""
        f = self._checked(fields)
        with self._uow() as uow:
            row = m.Training()
            self._apply(row, f)
            uow.session.add(row)
            uow.session.flush()
            self._add_people(uow, row, person_ids)
            uow.commit()
            return row.id

    def update(self, training_id: int, fields: TrainingFields) -> None:
        """Change a session's fields. A session with certificates cannot move after today."""
        f = self._checked(fields)
        with self._uow() as uow:
            row = self._load(uow, training_id)
            assert f.on is not None
            if f.on > self._clock.today() and any(x.certificate_id for x in row.attendees):
                c = Checker()
                c.add("on", "training.future_with_certificates")
                c.raise_if_any()
            self._apply(row, f)
            uow.commit()

    @staticmethod
    def _apply(row: m.Training, f: TrainingFields) -> None:
        for name in ("on", "title", "organiser", "type", "hours", "note"):
            setattr(row, name, getattr(f, name))

    def delete(self, training_id: int) -> None:
        """Delete a session, its attendees and their certificates (files no other record uses)."""
        with self._uow() as uow:
            uow.session.delete(self._load(uow, training_id))
            uow.commit()
        self._attachments.collect_garbage()

    # ---- attendees -----------------------------------------------------------------------------
    @staticmethod
    def _add_people(uow: UnitOfWork, row: m.Training, person_ids: Iterable[int]) -> int:
        present = {x.person_id for x in row.attendees}
        added = 0
        for person_id in person_ids:
            if person_id in present:
                continue
            if uow.session.get(m.Person, person_id) is None:
                raise DomainError("training.unknown_person", ident=person_id)
            row.attendees.append(m.TrainingAttendee(person_id=person_id))
            present.add(person_id)
            added += 1
        return added

    def add_attendees(self, training_id: int, person_ids: Iterable[int]) -> int:
        """Put persons on a session (those already on it are left as they are); returns how many
        were added."""
        with self._uow() as uow:
            row = self._load(uow, training_id)
            added = self._add_people(uow, row, person_ids)
            uow.commit()
            return added

    def remove_attendee(self, training_id: int, person_id: int) -> None:
        """Take a person off a session, with their certificate (its file goes when nothing else
        refers to it)."""
        with self._uow() as uow:
            row = self._load(uow, training_id)
            link = self._link(row, person_id)
            had_file = link.certificate_id is not None
            row.attendees.remove(link)
            uow.commit()
        if had_file:
            self._attachments.collect_garbage()

    @staticmethod
    def _link(row: m.Training, person_id: int) -> m.TrainingAttendee:
        link = next((x for x in row.attendees if x.person_id == person_id), None)
        if link is None:
            raise DomainError("training.not_attendee")
        return link

    # ---- certificates --------------------------------------------------------------------------
    def attach_certificate(self, training_id: int, person_id: int, source: Path) -> dto.AttachmentRef:
        """Keep ``source`` as the certificate of ``person_id`` for the session (replacing the one
        they had); refused on a planned session."""
        with self._uow() as uow:
            row = self._load(uow, training_id)
            link = self._link(row, person_id)
            if row.on > self._clock.today():
                raise DomainError("training.certificate_before_session", on=vocabulary.table_date(row.on))
            replaced = link.certificate_id is not None
            attachment = self._attachments.attach(uow, Path(source))
            link.certificate_id = attachment.id
            uow.commit()
            ref = _ref(attachment)
        if replaced:
            self._attachments.collect_garbage()
        assert ref is not None
        return ref

    def remove_certificate(self, training_id: int, person_id: int) -> None:
        """Forget the certificate of ``person_id`` for the session (the file goes when nothing
        else refers to it)."""
        with self._uow() as uow:
            link = self._link(self._load(uow, training_id), person_id)
            if link.certificate_id is None:
                return
            link.certificate_id = None
            uow.commit()
        self._attachments.collect_garbage()

    # ---- the year's register -------------------------------------------------------------------
    def _register_rows(self, year: int) -> list[TrainingDetail]:
        rows = sorted(self.sessions(year), key=lambda r: (r.on, r.id))
        return [self.get(r.id) for r in rows]

    def register_json(self, which: str, year: int, *, today: date | None = None) -> list[dict[str, Any]]:
        """The sessions dated in ``year``, in date order: ``id``, ``on``, ``title``, ``type``,
        ``hours``, ``attendees`` (the count), and ``organiser``, ``planned``, ``certificates``."""
        _check_kind(which)
        today = today or self._clock.today()
        return [
            {
                "id": r.id,
                "on": r.on.isoformat(),
                "title": r.title,
                "type": r.type.value,
                "hours": r.hours,
                "attendees": r.attendees,
                "organiser": r.organiser or None,
                "planned": r.on > today,
                "certificates": r.certificates,
            }
            for r in sorted(self.sessions(year, today=today), key=lambda r: (r.on, r.id))
        ]

    def register_document(self, which: str, year: int, *, today: date | None = None) -> model.Document:
        """The year's list of training sessions (landscape register), as of ``today``."""
        _check_kind(which)
        today = today or self._clock.today()
        with self._uow() as uow:
            agency = uow.session.scalars(select(m.Agency).order_by(m.Agency.id).limit(1)).first()
            if agency is None:
                raise DomainError("agency.not_set_up")
            profile = to_dto(dto.AgencyProfile, agency)
        details = [
            self.get(r.id, today=today) for r in sorted(self.sessions(year), key=lambda r: (r.on, r.id))
        ]
        return training_register(details, profile, year, today)


def _check_kind(which: str) -> None:
    if which not in REGISTER_KINDS:
        raise DomainError("export.bad_kind", kind=which)


# ---- the printed register ------------------------------------------------------------------------
REGISTER_COLUMNS = (
    model.Column("STT", 11, 6, "center"),
    model.Column("Ngày", 24, 12, "center"),
    model.Column("Nội dung đào tạo, tập huấn", None, 44),
    model.Column("Loại", 32, 20),
    model.Column("Đơn vị tổ chức", 40, 24),
    model.Column("Số giờ", 15, 8, "center"),
    model.Column("Người tham dự", None, 50),
    model.Column("Số người", 20, 10, "center"),
)


def _attendee_names(detail: TrainingDetail) -> str:
    """Who attended, in list order; those with a certificate marked "(có chứng chỉ)"."""
    names = []
    for a in detail.attendees:
        names.append(f"{a.full_name} (có chứng chỉ)" if a.certificate is not None else a.full_name)
    return ", ".join(names)


def training_register(
    sessions: Sequence[TrainingDetail], profile: dto.AgencyProfile, year: int, today: date
) -> model.Document:
    """Danh sách đào tạo, tập huấn of ``year``: a row per session in date order (a planned one
    marked "dự kiến"), who attended, the totals of the sessions held by ``today``."""
    rows = []
    for i, s in enumerate(sessions, start=1):
        day: model.Cell = s.on if not s.planned else f"{vocabulary.table_date(s.on)} (dự kiến)"
        rows.append(
            model.Row(
                (
                    i,
                    day,
                    s.title,
                    vocabulary.training_type_label(s.type),
                    s.organiser,
                    vocabulary.number_text(s.hours, 1) if s.hours else "",
                    _attendee_names(s),
                    len(s.attendees),
                )
            )
        )
    held = [s for s in sessions if not s.planned]
    people = {a.person_id for s in held for a in s.attendees}
    hours = sum(s.hours for s in held)
    totals = (
        f"Tổng số: {vocabulary.count_text(len(held), 'lớp')} đã tổ chức, "
        f"{vocabulary.count_text(sum(len(s.attendees) for s in held), 'lượt người')} tham dự "
        f"({vocabulary.count_text(len(people), 'người')}), {vocabulary.number_text(hours, 1)} giờ"
    )
    planned = len(sessions) - len(held)
    if planned:
        totals += f"; {vocabulary.count_text(planned, 'lớp')} dự kiến"
    totals += "."
    return model.Document(
        frame=register_frame(profile, "Danh sách đào tạo, tập huấn", f"Năm {year}", today),
        body=(
            model.Table(REGISTER_COLUMNS, tuple(rows), empty_text="(Chưa có lớp đào tạo, tập huấn nào)"),
            model.Paragraph(totals, "plain"),
        ),
        title=f"Danh sách đào tạo, tập huấn năm {year} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
        body_size=13.0,
    )
