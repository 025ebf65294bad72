"""Xem xét của lãnh đạo (ISO 9001:2015 §9.3): the review meetings, their inputs, decisions and minutes.

A review is numbered within the year it is held ("01"). Its period runs from the day after the
previous review's date (the first review: 01/01 of its year) to its own date, both included; both
ends are stored and editable. Its inputs (§9.3.2) are a snapshot of figures (``figures``, a JSON
object) collected from the records through ``IndicatorsService.period(start, end, cutoff=end)`` —
never retyped — plus the secretary's text per item. ``refresh`` takes the snapshot again while the
minutes are a draft; ``sign`` freezes the review (no refresh, no edit). Its decisions (§9.3.3) are
tracked to closure after signing (status, done date); an open decision is reported in input (a) of
the next review; a decision open and due before today is late.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import models as m
from app.services import vocabulary
from app.services._mapping import get_or_raise as _get
from app.services.clock import Clock
from app.services.deadlines import DueState, due_state, warning_window
from app.services.errors import DomainError
from app.services.exports import model
from app.services.figure_records import RecordLine
from app.services.unit_of_work import UowFactory
from app.services.validation import Checker, clean, clean_multiline

__all__ = [
    "DecisionFields",
    "DecisionRow",
    "EarlierDecision",
    "ReviewDetail",
    "ReviewFields",
    "ReviewRow",
    "ReviewService",
    "decision_is_late",
    "minutes_document",
]

RS, DS = m.ReviewStatus, m.DecisionStatus
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_INPUT_FIELDS = (
    "input_decisions",
    "input_issues",
    "input_performance",
    "input_providers",
    "input_resources",
    "input_risks",
    "input_improvement",
)


# ---- DTOs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewFields:
    """What the user enters on a review. ``period_start`` None: the day after the previous
    review's date (the first review: 01/01 of its year); ``period_end`` None: ``held_on``."""

    held_on: date
    time_from: str = ""
    time_to: str = ""
    place: str = ""
    chair: str = ""
    secretary: str = ""
    attendees: str = ""
    absentees: str = ""
    period_start: date | None = None
    period_end: date | None = None
    input_decisions: str = ""
    input_issues: str = ""
    input_performance: str = ""
    input_providers: str = ""
    input_resources: str = ""
    input_risks: str = ""
    input_improvement: str = ""
    discussion: str = ""
    conclusions: str = ""


@dataclass(frozen=True)
class DecisionFields:
    """One decision: what, which kind, who, by when; its status and the day it was done or cancelled
    (required unless open)."""

    text: str
    kind: m.DecisionKind = m.DecisionKind.IMPROVEMENT
    owner: str = ""
    department_id: int | None = None
    due_on: date | None = None
    status: m.DecisionStatus = m.DecisionStatus.OPEN
    done_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class DecisionRow:
    id: int
    review_id: int
    review_number: str
    review_year: int
    review_held_on: date
    sort_order: int
    kind: m.DecisionKind
    text: str
    owner: str
    department_id: int | None
    due_on: date | None
    status: m.DecisionStatus
    done_on: date | None
    note: str
    late: bool  # open and due before today
    due_soon: bool = False  # open and due within the agency's warning window

    def fields(self) -> DecisionFields:
        return DecisionFields(
            text=self.text,
            kind=self.kind,
            owner=self.owner,
            department_id=self.department_id,
            due_on=self.due_on,
            status=self.status,
            done_on=self.done_on,
            note=self.note,
        )


@dataclass(frozen=True)
class EarlierDecision:
    """Input (a): a decision of an earlier review open at the previous review, and its status at
    this review's date."""

    id: int
    review_number: str
    review_year: int
    text: str
    owner: str
    due_on: date | None
    status: m.DecisionStatus  # as of this review's date
    done_on: date | None


@dataclass(frozen=True)
class ReviewRow:
    id: int
    year: int
    number: str
    held_on: date
    place: str
    chair: str
    status: m.ReviewStatus
    decisions: int
    decisions_open: int


@dataclass(frozen=True)
class ReviewDetail:
    id: int
    year: int
    number: str
    held_on: date
    time_from: str
    time_to: str
    place: str
    chair: str
    secretary: str
    attendees: str
    absentees: str
    period_start: date
    period_end: date
    status: m.ReviewStatus
    signed_on: date | None
    input_decisions: str
    input_issues: str
    input_performance: str
    input_providers: str
    input_resources: str
    input_risks: str
    input_improvement: str
    discussion: str
    conclusions: str
    figures: dict[str, Any] = field(default_factory=dict)  # the snapshot ({} before any)
    decisions: tuple[DecisionRow, ...] = ()

    @property
    def signed(self) -> bool:
        return self.status is RS.SIGNED

    @property
    def earlier_decisions(self) -> list[EarlierDecision]:
        return [
            EarlierDecision(
                id=d["id"],
                review_number=d["review_number"],
                review_year=d["review_year"],
                text=d["text"],
                owner=d["owner"],
                due_on=_day(d["due_on"]),
                status=DS(d["status"]),
                done_on=_day(d["done_on"]),
            )
            for d in self.figures.get("earlier_decisions", [])
        ]

    def fields(self) -> ReviewFields:
        return ReviewFields(
            held_on=self.held_on,
            time_from=self.time_from,
            time_to=self.time_to,
            place=self.place,
            chair=self.chair,
            secretary=self.secretary,
            attendees=self.attendees,
            absentees=self.absentees,
            period_start=self.period_start,
            period_end=self.period_end,
            input_decisions=self.input_decisions,
            input_issues=self.input_issues,
            input_performance=self.input_performance,
            input_providers=self.input_providers,
            input_resources=self.input_resources,
            input_risks=self.input_risks,
            input_improvement=self.input_improvement,
            discussion=self.discussion,
            conclusions=self.conclusions,
        )


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def decision_is_late(status: m.DecisionStatus, due_on: date | None, today: date) -> bool:
    return status is DS.OPEN and due_on is not None and due_on < today


def _open_on(d: m.ReviewDecision, day: date) -> bool:
    """The decision was still open on ``day`` (a closed one without a date counts as closed)."""
    if d.status is DS.OPEN:
        return True
    return d.done_on is not None and d.done_on > day


# ---- service -------------------------------------------------------------------------------------
class ReviewService:
    def __init__(self, uow: UowFactory, clock: Clock, indicators: Any) -> None:
        self._uow = uow
        self._clock = clock
        self._indicators = indicators

    def today(self) -> date:
        return self._clock.today()

    # ---- reading -------------------------------------------------------------------------------
    def years(self) -> list[int]:
        with self._uow() as uow:
            return sorted(set(uow.session.scalars(select(m.ManagementReview.year))))

    def list_reviews(self, year: int) -> list[ReviewRow]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(m.ManagementReview)
                .where(m.ManagementReview.year == year)
                .order_by(m.ManagementReview.held_on, m.ManagementReview.id)
            ).all()
            return [
                ReviewRow(
                    id=r.id,
                    year=r.year,
                    number=r.number,
                    held_on=r.held_on,
                    place=r.place,
                    chair=r.chair,
                    status=r.status,
                    decisions=len(r.decisions),
                    decisions_open=sum(1 for d in r.decisions if d.status is DS.OPEN),
                )
                for r in rows
            ]

    def get(self, review_id: int) -> ReviewDetail:
        today = self._clock.today()
        with self._uow() as uow:
            return _detail(_get(uow, m.ManagementReview, review_id), today, warning_window(uow))

    def find(self, year: int | None, number: str | None = None) -> ReviewDetail | None:
        """The review ``number`` ("1", "01", "01/BB-UBND") of ``year``; without a number, the
        year's latest (without a year either: the latest of all)."""
        r = m.ManagementReview
        stmt = select(r.id).order_by(r.held_on.desc(), r.id.desc())
        if year is not None:
            stmt = stmt.where(r.year == year)
        with self._uow() as uow:
            ids = list(uow.session.scalars(stmt))
            if number:
                wanted = _number_key(number)
                rows = [uow.session.get(r, i) for i in ids]
                ids = [x.id for x in rows if x is not None and _number_key(x.number) == wanted]
        return self.get(ids[0]) if ids else None

    def decisions(self, year: int) -> list[DecisionRow]:
        """The decisions of the year's reviews, then those of earlier years still open."""
        today = self._clock.today()
        r, d = m.ManagementReview, m.ReviewDecision
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(d)
                .join(r, r.id == d.review_id)
                .where((r.year == year) | ((r.year < year) & (d.status == DS.OPEN)))
                .order_by(r.held_on, r.id, d.sort_order, d.id)
            ).all()
            return [_decision_row(x, today, warning_window(uow)) for x in rows]

    def figure_records(self, review_id: int, key: str) -> list[RecordLine]:
        """The records behind input figure ``key`` (``figure_records.FIGURE_RECORDS``) of the review:
        the records of its period as they are now (a signed review's figures stay as they were).
        "earlier_decisions" lists the reviews whose decisions make input (a)."""
        detail = self.get(review_id)
        if key != "earlier_decisions":
            return self._indicators.records_behind(detail.period_start, detail.period_end, key)
        wanted = [int(x["id"]) for x in detail.figures.get("earlier_decisions") or [] if "id" in x]
        d, r = m.ReviewDecision, m.ManagementReview
        with self._uow() as uow:
            rows = uow.session.execute(
                select(d, r)
                .join(r, r.id == d.review_id)
                .where(d.id.in_(wanted))
                .order_by(r.held_on, d.sort_order)
            ).all()
            return [
                RecordLine(
                    "review",
                    rv.id,
                    x.due_on,
                    f"Xem xét {rv.number}/{rv.year}: {vocabulary.decision_status_label(x.status).lower()}",
                    " ".join(x.text.split()),
                )
                for x, rv in rows
            ]

    def default_period(self, held_on: date, review_id: int | None = None) -> tuple[date, date]:
        with self._uow() as uow:
            prev = _previous(uow.session, held_on, review_id)
        start = prev.held_on + timedelta(days=1) if prev is not None else date(held_on.year, 1, 1)
        return start, held_on

    # ---- writing -------------------------------------------------------------------------------
    def create(self, fields: ReviewFields) -> int:
        """Record a review (draft, the next number of its year) and take its figures."""
        f = _checked(fields)
        with self._uow() as uow:
            session = uow.session
            year = f.held_on.year
            numbers = session.scalars(
                select(m.ManagementReview.number).where(m.ManagementReview.year == year)
            )
            seq = max((int(n) for n in numbers if n.isdigit()), default=0) + 1
            row = m.ManagementReview(year=year, number=f"{seq:02d}", status=RS.DRAFT, figures="")
            _apply(session, row, f, None)
            session.add(row)
            session.flush()
            review_id = row.id
            uow.commit()
        self.refresh(review_id)
        return review_id

    def update(self, review_id: int, fields: ReviewFields) -> None:
        f = _checked(fields)
        with self._uow() as uow:
            row = _get(uow, m.ManagementReview, review_id)
            _refuse_if_signed(row)
            if f.held_on.year != row.year:
                c = Checker()
                c.add("held_on", "review.year_fixed", year=row.year, number=row.number)
                c.raise_if_any()
            _apply(uow.session, row, f, row.id)
            uow.commit()

    def delete(self, review_id: int) -> None:
        """Delete a draft review and its decisions (a signed one stays)."""
        with self._uow() as uow:
            row = _get(uow, m.ManagementReview, review_id)
            _refuse_if_signed(row)
            uow.session.delete(row)
            uow.commit()

    def refresh(self, review_id: int) -> None:
        """Take the figures again from the records (a draft only)."""
        with self._uow() as uow:
            row = _get(uow, m.ManagementReview, review_id)
            _refuse_if_signed(row)
            start, end, held_on = row.period_start, row.period_end, row.held_on
        figures = self.compute_figures(start, end, held_on, review_id)
        with self._uow() as uow:
            row = _get(uow, m.ManagementReview, review_id)
            row.figures = json.dumps(figures, ensure_ascii=False, sort_keys=True)
            uow.commit()

    def compute_figures(
        self, start: date, end: date, held_on: date, review_id: int | None = None
    ) -> dict[str, Any]:
        """The inputs' figures of a review held on ``held_on`` covering ``start``–``end``."""
        p = self._indicators.period(start, end, end)
        q = p.quality
        sat, tthc, training = q.satisfaction, q.tthc, q.training
        with self._uow() as uow:
            session = uow.session
            prev = _previous(session, held_on, review_id)
            earlier: list[dict[str, Any]] = []
            if prev is not None:
                r, d = m.ManagementReview, m.ReviewDecision
                rows = session.scalars(
                    select(d)
                    .join(r, r.id == d.review_id)
                    .where(r.held_on <= prev.held_on, r.id != (review_id or 0))
                    .order_by(r.held_on, r.id, d.sort_order, d.id)
                ).all()
                for x in rows:
                    if not _open_on(x, prev.held_on):
                        continue
                    now = x.status if not _open_on(x, end) else DS.OPEN
                    earlier.append(
                        {
                            "id": x.id,
                            "review_number": x.review.number,
                            "review_year": x.review.year,
                            "text": x.text,
                            "owner": x.owner,
                            "due_on": vocabulary.json_value(x.due_on),
                            "status": now.value,
                            "done_on": vocabulary.json_value(x.done_on if now is not DS.OPEN else None),
                        }
                    )
            previous = (
                {"id": prev.id, "number": prev.number, "year": prev.year, "date": prev.held_on.isoformat()}
                if prev is not None
                else None
            )
        o = p.objectives
        return {
            "period_start": start.isoformat(),
            "period_end": end.isoformat(),
            "previous_review": previous,
            "earlier_decisions": earlier,
            "legal_effective": p.legal_effective,
            "issues_effective": p.issues_effective,
            "updates_closed": p.updates_closed,
            "updates_open": p.updates_open_at_cutoff,
            "satisfaction_surveys": sat.surveys,
            "satisfaction_answered": sat.answered,
            "satisfaction_satisfied": sat.very_satisfied + sat.satisfied,
            "satisfaction_percent": sat.percent_satisfied,
            "complaints_received": q.complaints_received,
            "complaints_well_founded": q.complaints_well_founded,
            "complaints_resolved": q.complaints_resolved,
            "objectives_year": o.year,
            "objectives_total": o.total,
            "objectives_met": o.met,
            "objectives_not_met": o.not_met,
            "objectives_at_risk": o.at_risk,
            "objectives_on_track": o.on_track,
            "objectives_not_measured": o.not_measured,
            "tthc_received": tthc.received,
            "tthc_resolved": tthc.resolved,
            "tthc_on_time": tthc.early + tthc.on_time,
            "tthc_late": tthc.late,
            "tthc_on_time_percent": tthc.rate,
            "ca_opened": q.ca_opened,
            "ca_closed": q.ca_closed,
            "ca_open": q.ca_open_at_cutoff,
            "ca_overdue": q.ca_overdue_at_cutoff,
            "audits_held": q.audits_held,
            "inspections": q.inspections,
            "findings_by_type": dict(sorted(q.findings_by_type.items())),
            "recommendations_open": q.recommendations_open,
            "recommendations_closed": q.recommendations_closed,
            "risk_evaluations": q.risk_evaluations,
            "risk_evaluations_effective": q.risk_evaluations_effective,
            "ofi_findings": q.ofi_findings,
            "training_sessions": training.sessions,
            "training_attendees": training.attendances,
        }

    def sign(self, review_id: int, on: date | None = None) -> None:
        """Sign the minutes on ``on`` (default today): the review and its figures are frozen."""
        on = on or self._clock.today()
        with self._uow() as uow:
            row = _get(uow, m.ManagementReview, review_id)
            _refuse_if_signed(row)
            c = Checker()
            if on < row.held_on:
                c.add("signed_on", "review.signed_before_held")
            elif on > self._clock.today():
                c.add("signed_on", "review.signed_in_future")
            c.required("chair", row.chair)
            c.required("secretary", row.secretary)
            c.raise_if_any()
            empty = not row.figures
        if empty:
            self.refresh(review_id)
        with self._uow() as uow:
            row = _get(uow, m.ManagementReview, review_id)
            row.status = RS.SIGNED
            row.signed_on = on
            uow.commit()

    # ---- decisions -----------------------------------------------------------------------------
    def add_decision(self, review_id: int, fields: DecisionFields) -> int:
        today = self._clock.today()
        with self._uow() as uow:
            review = _get(uow, m.ManagementReview, review_id)
            _refuse_if_signed(review)
            f = _checked_decision(fields, review, today, uow.session)
            order = max((d.sort_order for d in review.decisions), default=0) + 1
            row = m.ReviewDecision(review_id=review.id, sort_order=order)
            _apply_decision(row, f)
            uow.session.add(row)
            uow.session.flush()
            decision_id = row.id
            uow.commit()
            return decision_id

    def get_decision(self, decision_id: int) -> DecisionRow:
        with self._uow() as uow:
            return _decision_row(
                _get(uow, m.ReviewDecision, decision_id), self._clock.today(), warning_window(uow)
            )

    def update_decision(self, decision_id: int, fields: DecisionFields) -> None:
        """Save a decision. Once the minutes are signed only its tracking changes (owner, due date,
        status, done date, note): what was decided stays as signed."""
        today = self._clock.today()
        with self._uow() as uow:
            row = _get(uow, m.ReviewDecision, decision_id)
            f = _checked_decision(fields, row.review, today, uow.session)
            if row.review.status is RS.SIGNED and (f.text != row.text or f.kind is not row.kind):
                raise DomainError("review.signed")
            _apply_decision(row, f)
            uow.commit()

    def delete_decision(self, decision_id: int) -> None:
        with self._uow() as uow:
            row = _get(uow, m.ReviewDecision, decision_id)
            _refuse_if_signed(row.review)
            uow.session.delete(row)
            uow.commit()

    # ---- exports -------------------------------------------------------------------------------
    def _request_review(self, request: Any) -> ReviewDetail:
        found = self.find(request.year, request.number)
        if found is None:
            what = "biên bản họp xem xét của lãnh đạo"
            if request.number:
                raise DomainError(
                    "export.record_not_found", what=what, number=request.number, year=request.year
                )
            raise DomainError("export.no_record", what=f"{what} năm {request.year}")
        return found

    def json_data(self, which: str, request: Any) -> list[dict[str, Any]] | dict[str, Any]:
        if which == "review":
            return review_json(self._request_review(request))
        year = request.year or self._clock.today().year
        return [decision_json(d) for d in self.decisions(year)]

    def build_document(self, which: str, request: Any) -> model.Document:
        from app.services.agency import AgencyService

        profile = AgencyService(self._uow).get_profile()
        if profile is None:
            raise DomainError("agency.not_set_up")
        today = request.today or self._clock.today()
        if which == "review":
            return minutes_document(self._request_review(request), profile)
        year = request.year or today.year
        return decisions_register_document(
            self.decisions(year), profile, year, today, signatures=request.signatures
        )


# ---- helpers -------------------------------------------------------------------------------------
def _number_key(number: str) -> str:
    head = number.strip().split("/")[0].strip()
    return str(int(head)) if head.isdigit() else head.upper()


def _previous(session: Session, held_on: date, review_id: int | None) -> m.ManagementReview | None:
    r = m.ManagementReview
    stmt = select(r).where(r.held_on < held_on).order_by(r.held_on.desc(), r.id.desc()).limit(1)
    if review_id is not None:
        stmt = stmt.where(r.id != review_id)
    return session.scalars(stmt).first()


def _checked(fields: ReviewFields) -> ReviewFields:
    values = {
        name: clean(getattr(fields, name)) for name in ("time_from", "time_to", "place", "chair", "secretary")
    }
    multi = {
        name: clean_multiline(getattr(fields, name))
        for name in ("attendees", "absentees", *_INPUT_FIELDS, "discussion", "conclusions")
    }
    f = ReviewFields(
        held_on=fields.held_on,
        period_start=fields.period_start,
        period_end=fields.period_end,
        **values,
        **multi,
    )
    c = Checker()
    c.date_range("held_on", f.held_on, required=True)
    for name in ("time_from", "time_to"):
        value = getattr(f, name)
        if value and not _TIME.match(value):
            c.add(name, "review.bad_time")
    if (
        f.time_from
        and f.time_to
        and _TIME.match(f.time_from)
        and _TIME.match(f.time_to)
        and f.time_to <= f.time_from
    ):
        c.add("time_to", "review.ends_before_start")
    c.text("place", f.place, 255)
    c.text("chair", f.chair, 200)
    c.text("secretary", f.secretary, 200)
    for name in ("attendees", "absentees", *_INPUT_FIELDS, "discussion", "conclusions"):
        c.text(name, getattr(f, name), 20000)
    c.date_range("period_start", f.period_start)
    c.date_range("period_end", f.period_end)
    end = f.period_end or f.held_on
    if f.period_start is not None and end is not None and f.period_start > end:
        c.add("period_start", "review.period_reversed")
    c.raise_if_any()
    return f


def _apply(session: Session, row: m.ManagementReview, f: ReviewFields, review_id: int | None) -> None:
    if f.period_start is None:
        prev = _previous(session, f.held_on, review_id)
        start = prev.held_on + timedelta(days=1) if prev is not None else date(f.held_on.year, 1, 1)
    else:
        start = f.period_start
    row.held_on = f.held_on
    row.period_start = start
    row.period_end = f.period_end or f.held_on
    for name in (
        "time_from",
        "time_to",
        "place",
        "chair",
        "secretary",
        "attendees",
        "absentees",
        *_INPUT_FIELDS,
        "discussion",
        "conclusions",
    ):
        setattr(row, name, getattr(f, name))


def _refuse_if_signed(row: m.ManagementReview) -> None:
    if row.status is RS.SIGNED:
        raise DomainError("review.signed")


def _checked_decision(
    fields: DecisionFields, review: m.ManagementReview, today: date, session: Session
) -> DecisionFields:
    status = fields.status
    f = DecisionFields(
        text=clean_multiline(fields.text),
        kind=fields.kind,
        owner=clean(fields.owner),
        department_id=fields.department_id,
        due_on=fields.due_on,
        status=status,
        done_on=fields.done_on if status is not DS.OPEN else None,
        note=clean_multiline(fields.note),
    )
    c = Checker()
    c.text("text", f.text, 5000, required=True)
    c.text("owner", f.owner, 200)
    c.text("note", f.note, 5000)
    if not isinstance(f.kind, m.DecisionKind):
        c.add("kind", "field.required")
    c.date_range("due_on", f.due_on)
    if f.due_on is not None and f.due_on < review.held_on:
        c.add("due_on", "review.due_before_held")
    if status is not DS.OPEN:
        c.date_range("done_on", f.done_on, required=True)
        if f.done_on is not None and f.done_on < review.held_on:
            c.add("done_on", "review.done_before_held")
        elif f.done_on is not None and f.done_on > today:
            c.add("done_on", "review.done_in_future")
    if f.department_id is not None and session.get(m.Department, f.department_id) is None:
        c.add("department_id", "field.not_found")
    c.raise_if_any()
    return f


def _apply_decision(row: m.ReviewDecision, f: DecisionFields) -> None:
    row.text = f.text
    row.kind = f.kind
    row.owner = f.owner
    row.department_id = f.department_id
    row.due_on = f.due_on
    row.status = f.status
    row.done_on = f.done_on
    row.note = f.note


def _decision_row(d: m.ReviewDecision, today: date, window: int) -> DecisionRow:
    return DecisionRow(
        id=d.id,
        review_id=d.review_id,
        review_number=d.review.number,
        review_year=d.review.year,
        review_held_on=d.review.held_on,
        sort_order=d.sort_order,
        kind=d.kind,
        text=d.text,
        owner=d.owner,
        department_id=d.department_id,
        due_on=d.due_on,
        status=d.status,
        done_on=d.done_on,
        note=d.note,
        late=decision_is_late(d.status, d.due_on, today),
        due_soon=d.status is DS.OPEN and due_state(d.due_on, today, window) is DueState.DUE_SOON,
    )


def _detail(r: m.ManagementReview, today: date, window: int) -> ReviewDetail:
    figures: dict[str, Any] = json.loads(r.figures) if r.figures else {}
    return ReviewDetail(
        id=r.id,
        year=r.year,
        number=r.number,
        held_on=r.held_on,
        time_from=r.time_from,
        time_to=r.time_to,
        place=r.place,
        chair=r.chair,
        secretary=r.secretary,
        attendees=r.attendees,
        absentees=r.absentees,
        period_start=r.period_start,
        period_end=r.period_end,
        status=r.status,
        signed_on=r.signed_on,
        input_decisions=r.input_decisions,
        input_issues=r.input_issues,
        input_performance=r.input_performance,
        input_providers=r.input_providers,
        input_resources=r.input_resources,
        input_risks=r.input_risks,
        input_improvement=r.input_improvement,
        discussion=r.discussion,
        conclusions=r.conclusions,
        figures=figures,
        decisions=tuple(_decision_row(d, today, window) for d in r.decisions),
    )


# ---- JSON ----------------------------------------------------------------------------------------
_FIGURE_KEYS = (
    "ca_opened",
    "ca_closed",
    "ca_open",
    "ca_overdue",
    "complaints_received",
    "complaints_well_founded",
    "complaints_resolved",
    "satisfaction_percent",
    "objectives_met",
    "objectives_not_met",
    "objectives_at_risk",
    "objectives_on_track",
    "objectives_not_measured",
    "tthc_received",
    "tthc_on_time",
    "tthc_late",
    "tthc_on_time_percent",
    "audits_held",
    "inspections",
    "findings_by_type",
    "risk_evaluations",
    "risk_evaluations_effective",
    "ofi_findings",
    "legal_effective",
    "training_sessions",
    "training_attendees",
)


def review_json(r: ReviewDetail) -> dict[str, Any]:
    data: dict[str, Any] = {
        "number": r.number,
        "year": r.year,
        "date": r.held_on.isoformat(),
        "status": r.status.value,
        "signed_on": vocabulary.json_value(r.signed_on),
        "period_start": r.period_start.isoformat(),
        "period_end": r.period_end.isoformat(),
        "place": r.place,
        "chair": r.chair,
        "secretary": r.secretary,
    }
    for key in _FIGURE_KEYS:
        data[key] = r.figures.get(key, {} if key == "findings_by_type" else None)
    data["earlier_decisions"] = [
        {
            "text": d.text,
            "owner": d.owner,
            "due_on": vocabulary.json_value(d.due_on),
            "status": d.status.value,
            "review": f"{d.review_number}/{d.review_year}",
        }
        for d in r.earlier_decisions
    ]
    data["decisions"] = [
        {
            "text": d.text,
            "kind": d.kind.value,
            "owner": d.owner,
            "due_on": vocabulary.json_value(d.due_on),
            "status": d.status.value,
            "done_on": vocabulary.json_value(d.done_on),
        }
        for d in r.decisions
    ]
    return data


def decision_json(d: DecisionRow) -> dict[str, Any]:
    return {
        "review_number": d.review_number,
        "review_year": d.review_year,
        "review_date": d.review_held_on.isoformat(),
        "kind": d.kind.value,
        "text": d.text,
        "owner": d.owner,
        "due_on": vocabulary.json_value(d.due_on),
        "status": d.status.value,
        "done_on": vocabulary.json_value(d.done_on),
        "late": d.late,
    }


# ---- the minutes ---------------------------------------------------------------------------------
def _n(figures: dict[str, Any], key: str) -> int:
    value = figures.get(key)
    return int(value) if isinstance(value, int) else 0


def _pct(value: Any) -> str:
    return f"{vocabulary.number_text(value, 1)}\u00a0%"


def _time_words(hhmm: str) -> str:
    if not _TIME.match(hhmm or ""):
        return "… giờ …"
    h, mm = hhmm.split(":")
    return f"{int(h)} giờ {mm} phút" if mm != "00" else f"{int(h)} giờ"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in (x.strip() for x in text.split("\n")) if line)


def _text_blocks(text: str) -> list[model.Block]:
    return [model.Paragraph(line) for line in _lines(text)]


def input_prose(r: ReviewDetail) -> dict[str, list[str]]:
    """The sentences the minutes print for each input (a–f), from the figures; never "None"."""
    f = r.figures
    out: dict[str, list[str]] = {}
    earlier = r.earlier_decisions
    prev = f.get("previous_review")
    if prev is None:
        out["a"] = ["Đây là cuộc họp xem xét của lãnh đạo đầu tiên: chưa có quyết định của các kỳ trước."]
    elif not earlier:
        out["a"] = [
            f"Tại thời điểm họp xem xét lần trước ({prev['number']}/{prev['year']}, ngày "
            f"{vocabulary.table_date(_day(prev['date']))}) không còn quyết định nào chưa hoàn thành."
        ]
    else:
        done = sum(1 for d in earlier if d.status is DS.DONE)
        cancelled = sum(1 for d in earlier if d.status is DS.CANCELLED)
        still = len(earlier) - done - cancelled
        text = (
            f"Các quyết định của kỳ xem xét trước chưa hoàn thành tại thời điểm họp ngày "
            f"{vocabulary.table_date(_day(prev['date']))}: {vocabulary.count_text(len(earlier), 'nội dung')}; "
            f"đến nay đã hoàn thành {vocabulary.count_text(done)}, còn đang thực hiện {vocabulary.count_text(still)}"
        )
        if cancelled:
            text += f", hủy {vocabulary.count_text(cancelled)}"
        out["a"] = [text + "."] + [
            f"{d.text} ({d.owner or 'chưa giao'}; {vocabulary.decision_status_label(d.status).lower()}"
            + (f" ngày {vocabulary.table_date(d.done_on)}" if d.done_on else "")
            + ")."
            for d in earlier
        ]
    legal = _n(f, "legal_effective")
    issues = _n(f, "issues_effective")
    out["b"] = [
        (
            f"Trong kỳ có {vocabulary.count_text(legal, 'văn bản quy phạm pháp luật')} liên quan có hiệu lực"
            if legal
            else "Trong kỳ không có văn bản quy phạm pháp luật liên quan mới có hiệu lực"
        )
        + (
            f"; {vocabulary.count_text(issues, 'lần')} ban hành, sửa đổi tài liệu của hệ thống."
            if issues
            else "; không có tài liệu nào của hệ thống được ban hành, sửa đổi."
        )
    ]
    c: list[str] = []
    if f.get("satisfaction_percent") is None:
        c.append("Mức độ hài lòng của tổ chức, cá nhân: trong kỳ chưa có kết quả khảo sát.")
    else:
        c.append(
            f"Mức độ hài lòng của tổ chức, cá nhân: {_pct(f['satisfaction_percent'])} hài lòng "
            f"({vocabulary.count_text(_n(f, 'satisfaction_surveys'), 'đợt khảo sát')}, "
            f"{vocabulary.count_text(_n(f, 'satisfaction_answered'), 'phiếu')} trả lời)."
        )
    received = _n(f, "complaints_received")
    c.append(
        f"Phản ánh, kiến nghị: tiếp nhận {vocabulary.count_text(received)}, có cơ sở "
        f"{vocabulary.count_text(_n(f, 'complaints_well_founded'))}, đã giải quyết "
        f"{vocabulary.count_text(_n(f, 'complaints_resolved'))}."
        if received
        else "Phản ánh, kiến nghị: trong kỳ không tiếp nhận phản ánh, kiến nghị nào."
    )
    total = _n(f, "objectives_total")
    c.append(
        f"Mục tiêu chất lượng năm {f.get('objectives_year', r.year)}: {vocabulary.count_text(total, 'mục tiêu')}, "
        f"trong đó đạt {vocabulary.count_text(_n(f, 'objectives_met'))}, không đạt "
        f"{vocabulary.count_text(_n(f, 'objectives_not_met'))}, đúng tiến độ "
        f"{vocabulary.count_text(_n(f, 'objectives_on_track'))}, có nguy cơ không đạt "
        f"{vocabulary.count_text(_n(f, 'objectives_at_risk'))}, chưa đo "
        f"{vocabulary.count_text(_n(f, 'objectives_not_measured'))}."
        if total
        else f"Mục tiêu chất lượng năm {f.get('objectives_year', r.year)}: chưa xây dựng mục tiêu."
    )
    if _n(f, "tthc_on_time") + _n(f, "tthc_late") and f.get("tthc_on_time_percent") is not None:
        c.append(
            f"Kết quả giải quyết thủ tục hành chính: tiếp nhận {vocabulary.count_text(_n(f, 'tthc_received'), 'hồ sơ')}, "
            f"giải quyết đúng hạn {vocabulary.count_text(_n(f, 'tthc_on_time'))}, trễ hạn "
            f"{vocabulary.count_text(_n(f, 'tthc_late'))}; tỷ lệ đúng hạn {_pct(f['tthc_on_time_percent'])}."
        )
    else:
        c.append("Kết quả giải quyết thủ tục hành chính: chưa có số liệu trong kỳ.")
    c.append(
        f"Sự không phù hợp và hành động khắc phục: mở {vocabulary.count_text(_n(f, 'ca_opened'), 'phiếu')}, "
        f"đóng {vocabulary.count_text(_n(f, 'ca_closed'))}; đến cuối kỳ còn "
        f"{vocabulary.count_text(_n(f, 'ca_open'))} phiếu chưa đóng, trong đó "
        f"{vocabulary.count_text(_n(f, 'ca_overdue'))} quá hạn."
    )
    by_type = f.get("findings_by_type") or {}
    findings = ", ".join(
        f"{vocabulary.finding_type_label(m.FindingType(k)).lower()} {vocabulary.count_text(int(n))}"
        for k, n in by_type.items()
        if n
    )
    c.append(
        f"Đánh giá nội bộ, kiểm tra: {vocabulary.count_text(_n(f, 'audits_held'), 'cuộc đánh giá nội bộ')}, "
        f"{vocabulary.count_text(_n(f, 'inspections'), 'cuộc kiểm tra')} của cấp trên"
        + (f"; phát hiện: {findings}." if findings else "; không có phát hiện.")
    )
    out["c"] = c
    evaluated = _n(f, "risk_evaluations")
    out["e"] = [
        f"Trong kỳ đã đánh giá hiệu lực {vocabulary.count_text(evaluated, 'biện pháp')} xử lý rủi ro, cơ hội: "
        f"có hiệu lực {vocabulary.count_text(_n(f, 'risk_evaluations_effective'))}, chưa có hiệu lực "
        f"{vocabulary.count_text(evaluated - _n(f, 'risk_evaluations_effective'))}."
        if evaluated
        else "Trong kỳ chưa đánh giá hiệu lực các biện pháp xử lý rủi ro, cơ hội."
    ]
    sessions = _n(f, "training_sessions")
    out["f"] = [
        f"Cơ hội cải tiến ghi nhận qua đánh giá nội bộ: {vocabulary.count_text(_n(f, 'ofi_findings'), 'nội dung')}.",
        f"Đào tạo trong kỳ: {vocabulary.count_text(sessions, 'lớp')}, "
        f"{vocabulary.count_text(_n(f, 'training_attendees'), 'lượt')} người tham dự."
        if sessions
        else "Đào tạo trong kỳ: chưa tổ chức lớp đào tạo nào.",
    ]
    return out


def minutes_document(r: ReviewDetail, profile: Any) -> model.Document:
    """Biên bản họp xem xét của lãnh đạo (the minutes variant of the document model)."""
    from app.services.exports.nd30 import document_number

    prose = input_prose(r)
    subject = f"Họp xem xét của lãnh đạo về Hệ thống quản lý chất lượng năm {r.year}"
    body: list[model.Block] = [
        model.Paragraph(
            f"Thời gian: bắt đầu lúc {_time_words(r.time_from)}, ngày {vocabulary.table_date(r.held_on)}.",
            "plain",
        ),
        model.Paragraph(f"Địa điểm: {r.place or '…'}.", "plain"),
        model.Paragraph(f"Chủ trì: {r.chair or '…'}.", "plain"),
        model.Paragraph(f"Thư ký: {r.secretary or '…'}.", "plain"),
        model.Paragraph("Thành phần tham dự:", "plain"),
    ]
    attendees = _lines(r.attendees)
    body.append(model.Bullets(attendees) if attendees else model.Paragraph("…", "plain"))
    absentees = _lines(r.absentees)
    body.append(model.Paragraph("Vắng mặt:" + ("" if absentees else " không."), "plain"))
    if absentees:
        body.append(model.Bullets(absentees))
    body.append(
        model.Paragraph(
            f"Số liệu xem xét tính từ ngày {vocabulary.table_date(r.period_start)} "
            f"đến ngày {vocabulary.table_date(r.period_end)}.",
            "note",
        )
    )
    body.append(model.Heading("I. ĐẦU VÀO CỦA XEM XÉT"))
    items = (
        ("a", "a) Tình trạng của các hành động từ các cuộc xem xét trước", ("input_decisions",)),
        (
            "b",
            "b) Những thay đổi về các vấn đề bên ngoài và nội bộ liên quan đến hệ thống",
            ("input_issues",),
        ),
        (
            "c",
            "c) Thông tin về kết quả thực hiện và hiệu lực của hệ thống quản lý chất lượng",
            ("input_performance", "input_providers"),
        ),
        ("d", "d) Sự thỏa đáng của các nguồn lực", ("input_resources",)),
        ("e", "e) Hiệu lực của các hành động giải quyết rủi ro và cơ hội", ("input_risks",)),
        ("f", "f) Các cơ hội cải tiến", ("input_improvement",)),
    )
    for key, title, names in items:
        body.append(model.Heading(title, 3))
        body.extend(model.Paragraph(s) for s in prose.get(key, []))
        for name in names:
            body.extend(_text_blocks(getattr(r, name)))
        if key == "d" and not r.input_resources:
            body.append(model.Paragraph("Nguồn lực cơ bản đáp ứng yêu cầu duy trì hệ thống."))
    body.append(model.Heading("II. Ý KIẾN THẢO LUẬN"))
    body.extend(_text_blocks(r.discussion) or [model.Paragraph("…")])
    body.append(model.Heading("III. KẾT LUẬN VÀ CÁC QUYẾT ĐỊNH"))
    body.extend(_text_blocks(r.conclusions))
    columns = (
        model.Column("STT", 12, 6, "center"),
        model.Column("Nội dung", None, 60),
        model.Column("Người thực hiện", 45, 25),
        model.Column("Thời hạn", 26, 12, "center", keep_together=True),
    )
    rows = tuple(model.Row((i, d.text, d.owner, d.due_on)) for i, d in enumerate(r.decisions, start=1))
    body.append(model.Table(columns, rows, empty_text="(Không có quyết định)"))
    body.append(
        model.Paragraph(
            f"Cuộc họp kết thúc vào lúc {_time_words(r.time_to)} cùng ngày./.",
            "closing",
        )
    )
    frame = model.Frame(
        variant="minutes",
        issuer=profile.full_name,
        parent_body=profile.parent_body,
        type_name="Biên bản",
        subject=subject,
        number_line=document_number(r.number, "BB", profile.code_abbreviation),
        date_line=vocabulary.place_date_line(profile.place_name, r.held_on),
        signatures=(
            model.Signature(("THƯ KÝ",), name=_name_only(r.secretary)),
            model.Signature(("CHỦ TRÌ",), name=_name_only(r.chair)),
        ),
    )
    return model.Document(
        frame=frame,
        body=tuple(body),
        title=f"Biên bản họp xem xét của lãnh đạo năm {r.year} — {profile.full_name}",
        author=profile.full_name,
    )


def _name_only(text: str) -> str:
    """ "Nguyễn Văn A — Chủ tịch UBND xã" → "Nguyễn Văn A"."""
    for sep in (" — ", " - ", ","):
        if sep in text:
            return text.split(sep)[0].strip()
    return text.strip()


def decisions_register_document(
    rows: Sequence[DecisionRow], profile: Any, year: int, today: date, *, signatures: bool = False
) -> model.Document:
    from app.services.exports.registers import register_frame

    columns = (
        model.Column("STT", 12, 6, "center"),
        model.Column("Cuộc họp", 28, 14, "center", keep_together=True),
        model.Column("Nội dung quyết định", None, 50),
        model.Column("Loại", 30, 16),
        model.Column("Người thực hiện", 45, 24),
        model.Column("Thời hạn", 24, 12, "center", keep_together=True),
        model.Column("Tình trạng", 32, 16),
        model.Column("Ngày hoàn thành", 26, 13, "center", keep_together=True),
    )
    table_rows = tuple(
        model.Row(
            (
                i,
                f"{d.review_number}/{d.review_year}\n{vocabulary.table_date(d.review_held_on)}",
                d.text,
                vocabulary.decision_kind_label(d.kind),
                d.owner,
                d.due_on,
                vocabulary.decision_status_label(d.status)
                + (" (quá hạn)" if d.late else " (sắp đến hạn)" if d.due_soon else ""),
                d.done_on,
            )
        )
        for i, d in enumerate(rows, start=1)
    )
    late = sum(1 for d in rows if d.late)
    done = sum(1 for d in rows if d.status is DS.DONE)
    still = sum(1 for d in rows if d.status is DS.OPEN)
    totals = (
        f"Tổng số: {vocabulary.count_text(len(rows), 'quyết định')} (đã hoàn thành {vocabulary.count_text(done)}, "
        f"đang thực hiện {vocabulary.count_text(still)}); {vocabulary.count_text(late)} quá hạn tính đến ngày "
        f"{vocabulary.table_date(today)}."
    )
    return model.Document(
        frame=register_frame(
            profile,
            "Sổ theo dõi quyết định sau xem xét của lãnh đạo",
            f"Năm {year} (quyết định của các cuộc họp trong năm và quyết định các năm trước chưa hoàn thành)",
            today,
            signatures=signatures,
        ),
        body=(
            model.Table(columns, table_rows, empty_text="(Chưa có quyết định nào)"),
            model.Paragraph(totals, "plain"),
        ),
        title=f"Sổ theo dõi quyết định sau xem xét của lãnh đạo năm {year} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
    )
