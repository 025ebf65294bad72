"""Sự hài lòng của người dân, tổ chức (ISO 9001:2015 §9.1.2): satisfaction surveys with their counts
per rating, and the complaints and feedback (phản ánh, kiến nghị) received, handled and ruled on,
from which a corrective action is raised when they are well-founded.

Rules the issue sets and the rest of the app relies on:

- % satisfied = (rất hài lòng + hài lòng) / the sum of the four counts, rounded to 0,1 as shown; no
  value (None) when that sum is 0 (``percent_satisfied``);
- a survey belongs to the period that holds its end date (``to_on``); a period pools the counts of
  its surveys (``pooled``, ``period_figures``: what the management review and the report read);
- the number of forms (phiếu) is at least the sum of the four counts (a form may come back blank or
  spoilt, never the other way round);
- a complaint is well-founded when ruled đúng or đúng một phần; only a well-founded complaint raises
  a corrective action (``raise_corrective_action``), at most one that is not cancelled, created
  through the corrective-action service with source "Phản ánh, kiến nghị" and linked to it
  (``source_type`` "complaint", ``source_id``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import models as m
from app.services import ca_rules, dto, vocabulary
from app.services._mapping import get_or_raise as _get
from app.services.agency import AgencyService
from app.services.clock import Clock
from app.services.corrective_actions import CaFields, CorrectiveActionService
from app.services.errors import DomainError
from app.services.exports import model
from app.services.exports.registers import register_frame
from app.services.unit_of_work import UowFactory
from app.services.validation import Checker, clean, clean_multiline

__all__ = [
    "CHANNELS",
    "REGISTERS",
    "WELL_FOUNDED",
    "ComplaintFields",
    "ComplaintRow",
    "SatisfactionFigures",
    "SatisfactionService",
    "SurveyFields",
    "SurveyRow",
    "percent_satisfied",
    "pooled",
]

R = m.ComplaintRuling
WELL_FOUNDED = (R.FOUNDED, R.PARTLY_FOUNDED)
# The channels a commune receives complaints through (the field stays free text).
CHANNELS = (
    "Đường dây nóng",
    "Hòm thư góp ý",
    "Trực tiếp",
    "Cổng dịch vụ công",
    "Zalo/Facebook của cơ quan",
    "Văn bản",
)
REGISTERS = ("surveys", "complaints")
_MAX_COUNT = 10_000_000
COMPLAINT_SOURCE = "complaint"  # the record-type key a corrective action names its source with


# ---- pure rules ------------------------------------------------------------------------------------
def percent_satisfied(very: int, satisfied: int, neutral: int, dissatisfied: int) -> float | None:
    """(rất hài lòng + hài lòng) / the four counts, in % rounded to 0,1 as the app shows it; None
    when nobody answered."""
    return vocabulary.percent_value(very + satisfied, very + satisfied + neutral + dissatisfied)


def is_well_founded(ruling: m.ComplaintRuling) -> bool:
    return ruling in WELL_FOUNDED


class _Counts(Protocol):
    @property
    def forms(self) -> int: ...
    @property
    def very_satisfied(self) -> int: ...
    @property
    def satisfied(self) -> int: ...
    @property
    def neutral(self) -> int: ...
    @property
    def dissatisfied(self) -> int: ...


@dataclass(frozen=True)
class SatisfactionFigures:
    """The pooled counts of some surveys (a period's: ``start``–``end``; ``first_on``–``last_on``
    the days the surveys covered, None when there is none)."""

    surveys: int
    forms: int
    very_satisfied: int
    satisfied: int
    neutral: int
    dissatisfied: int
    start: date | None = None
    end: date | None = None
    first_on: date | None = None
    last_on: date | None = None

    @property
    def answered(self) -> int:
        return self.very_satisfied + self.satisfied + self.neutral + self.dissatisfied

    @property
    def percent_satisfied(self) -> float | None:
        return percent_satisfied(self.very_satisfied, self.satisfied, self.neutral, self.dissatisfied)

    @property
    def percent_text(self) -> str:
        """ "96,3 %", or "—" when nobody answered."""
        return vocabulary.percent(self.very_satisfied + self.satisfied, self.answered)


def pooled(surveys: Iterable[_Counts]) -> SatisfactionFigures:
    """The counts of ``surveys`` added up (a period's % satisfied is the pooled one, not the mean
    of the surveys' percentages)."""
    items = list(surveys)
    first = [getattr(s, "from_on", None) for s in items]
    last = [getattr(s, "to_on", None) for s in items]
    return SatisfactionFigures(
        surveys=len(items),
        forms=sum(s.forms for s in items),
        very_satisfied=sum(s.very_satisfied for s in items),
        satisfied=sum(s.satisfied for s in items),
        neutral=sum(s.neutral for s in items),
        dissatisfied=sum(s.dissatisfied for s in items),
        first_on=min((d for d in first if d is not None), default=None),
        last_on=max((d for d in last if d is not None), default=None),
    )


# ---- DTOs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SurveyFields:
    """What the user enters for a survey: its days, how it was made (phiếu giấy, thiết bị đánh giá
    điện tử, Cổng dịch vụ công…), the forms and the counts per rating."""

    from_on: date | None = None
    to_on: date | None = None
    method: str = ""
    forms: int = 0
    very_satisfied: int = 0
    satisfied: int = 0
    neutral: int = 0
    dissatisfied: int = 0
    note: str = ""


@dataclass(frozen=True)
class SurveyRow:
    id: int
    from_on: date
    to_on: date
    method: str
    forms: int
    very_satisfied: int
    satisfied: int
    neutral: int
    dissatisfied: int
    note: str

    @property
    def answered(self) -> int:
        return self.very_satisfied + self.satisfied + self.neutral + self.dissatisfied

    @property
    def percent_satisfied(self) -> float | None:
        return percent_satisfied(self.very_satisfied, self.satisfied, self.neutral, self.dissatisfied)

    @property
    def percent_text(self) -> str:
        return vocabulary.percent(self.very_satisfied + self.satisfied, self.answered)

    def fields(self) -> SurveyFields:
        return SurveyFields(**{f.name: getattr(self, f.name) for f in dataclasses.fields(SurveyFields)})


@dataclass(frozen=True)
class ComplaintFields:
    """A complaint as the user records it; ``resolved_on`` None: not resolved yet."""

    received_on: date | None = None
    channel: str = ""
    sender: str = ""
    content: str = ""
    department_id: int | None = None
    handling: str = ""
    result: str = ""
    resolved_on: date | None = None
    ruling: m.ComplaintRuling = m.ComplaintRuling.PENDING


@dataclass(frozen=True)
class ComplaintRow:
    """A complaint as lists and registers show it; ``corrective_action_*``: its request that is
    not cancelled (None: none)."""

    id: int
    received_on: date
    channel: str
    sender: str
    content: str
    department_id: int | None
    department_name: str
    handling: str
    result: str
    resolved_on: date | None
    ruling: m.ComplaintRuling
    corrective_action_id: int | None
    corrective_action_number: str | None

    @property
    def well_founded(self) -> bool:
        return is_well_founded(self.ruling)

    @property
    def can_raise(self) -> bool:
        """A request may be raised from it now."""
        return self.well_founded and self.corrective_action_id is None

    def fields(self) -> ComplaintFields:
        return ComplaintFields(**{f.name: getattr(self, f.name) for f in dataclasses.fields(ComplaintFields)})


# ---- the service ---------------------------------------------------------------------------------
class SatisfactionService:
    def __init__(self, uow: UowFactory, clock: Clock, corrective_actions: CorrectiveActionService) -> None:
        self._uow = uow
        self._clock = clock
        self._cas = corrective_actions

    # ---- surveys -------------------------------------------------------------------------------
    def surveys(self, year: int | None = None) -> list[SurveyRow]:
        """The surveys (ending in ``year``), the latest end first."""
        s = m.Survey
        stmt = select(s).order_by(s.to_on.desc(), s.from_on.desc(), s.id.desc())
        if year is not None:
            stmt = stmt.where(s.to_on >= date(year, 1, 1), s.to_on <= date(year, 12, 31))
        with self._uow() as uow:
            return [_survey_row(r) for r in uow.session.scalars(stmt)]

    def get_survey(self, survey_id: int) -> SurveyRow:
        with self._uow() as uow:
            return _survey_row(_get(uow, m.Survey, survey_id))

    def create_survey(self, fields: SurveyFields) -> int:
        f = _checked_survey(fields)
        with self._uow() as uow:
            row = m.Survey()
            _apply(row, f)
            uow.session.add(row)
            uow.commit()
            return row.id

    def update_survey(self, survey_id: int, fields: SurveyFields) -> None:
        f = _checked_survey(fields)
        with self._uow() as uow:
            row = _get(uow, m.Survey, survey_id)
            _apply(row, f)
            uow.commit()

    def delete_survey(self, survey_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.Survey, survey_id))
            uow.commit()

    def period_figures(self, start: date, end: date) -> SatisfactionFigures:
        """The pooled counts of the surveys ending in [``start``, ``end``]."""
        s = m.Survey
        with self._uow() as uow:
            rows = [
                _survey_row(r)
                for r in uow.session.scalars(
                    select(s).where(s.to_on >= start, s.to_on <= end).order_by(s.to_on, s.id)
                )
            ]
        return dataclasses.replace(pooled(rows), start=start, end=end)

    def years(self) -> list[int]:
        """The years holding a survey's end or a complaint's receipt, newest first."""
        with self._uow() as uow:
            days = list(uow.session.scalars(select(m.Survey.to_on)))
            days += list(uow.session.scalars(select(m.Complaint.received_on)))
        return sorted({d.year for d in days}, reverse=True)

    # ---- complaints ----------------------------------------------------------------------------
    def complaints(self, year: int | None = None) -> list[ComplaintRow]:
        """The complaints (received in ``year``), the latest first."""
        c = m.Complaint
        stmt = select(c).order_by(c.received_on.desc(), c.id.desc())
        if year is not None:
            stmt = stmt.where(c.received_on >= date(year, 1, 1), c.received_on <= date(year, 12, 31))
        with self._uow() as uow:
            rows = list(uow.session.scalars(stmt))
            return _complaint_rows(uow.session, rows)

    def get_complaint(self, complaint_id: int) -> ComplaintRow:
        with self._uow() as uow:
            return _complaint_rows(uow.session, [_get(uow, m.Complaint, complaint_id)])[0]

    def create_complaint(self, fields: ComplaintFields) -> int:
        f = _checked_complaint(fields, self._clock.today())
        with self._uow() as uow:
            _check_department(uow.session, f.department_id)
            row = m.Complaint()
            _apply(row, f)
            uow.session.add(row)
            uow.commit()
            return row.id

    def update_complaint(self, complaint_id: int, fields: ComplaintFields) -> None:
        f = _checked_complaint(fields, self._clock.today())
        with self._uow() as uow:
            row = _get(uow, m.Complaint, complaint_id)
            _check_department(uow.session, f.department_id)
            _apply(row, f)
            uow.commit()

    def delete_complaint(self, complaint_id: int) -> None:
        """Delete a complaint: not one a corrective action names as its source (cancelled or not:
        the request would point at nothing)."""
        with self._uow() as uow:
            row = _get(uow, m.Complaint, complaint_id)
            linked = _requests_of(uow.session, [row.id], live_only=False)
            if linked:
                raise DomainError("complaint.has_request", number=linked[row.id][1])
            uow.session.delete(row)
            uow.commit()

    def raise_corrective_action(
        self, complaint_id: int, *, raised_on: date | None = None, found_by: str = ""
    ) -> int:
        """Raise the corrective action of a well-founded complaint (on ``raised_on``, today when
        None): source "Phản ánh, kiến nghị", linked to the complaint, its department, its content
        as the nonconformity found on the day it was received. At most one request that is not
        cancelled per complaint. Returns the request's id."""
        with self._uow() as uow:
            row = _get(uow, m.Complaint, complaint_id)
            if not is_well_founded(row.ruling):
                raise DomainError("complaint.not_well_founded")
            live = _requests_of(uow.session, [row.id], live_only=True)
            if live:
                raise DomainError("complaint.has_request", number=live[row.id][1])
            day = raised_on or self._clock.today()
            if day < row.received_on:
                raise DomainError(
                    "complaint.raised_before_received", received=vocabulary.table_date(row.received_on)
                )
            fields = CaFields(
                raised_on=day,
                source=m.CaSource.COMPLAINT,
                source_type=COMPLAINT_SOURCE,
                source_id=row.id,
                department_id=row.department_id,
                found_by=found_by,
                found_on=row.received_on,
                description=row.content,
            )
        return self._cas.create(fields)

    # ---- registers -----------------------------------------------------------------------------
    def register_json(self, which: str, year: int, today: date | None = None) -> list[dict[str, Any]]:
        """The year's register as JSON rows: "surveys" (ending in ``year``), "complaints" (received
        in it); ISO dates, null for what is absent."""
        if which == "surveys":
            return [
                {
                    "id": r.id,
                    "from_on": r.from_on.isoformat(),
                    "to_on": r.to_on.isoformat(),
                    "method": r.method,
                    "forms": r.forms,
                    "very_satisfied": r.very_satisfied,
                    "satisfied": r.satisfied,
                    "neutral": r.neutral,
                    "dissatisfied": r.dissatisfied,
                    "percent_satisfied": r.percent_satisfied,
                    "note": r.note,
                }
                for r in sorted(self.surveys(year), key=lambda r: (r.to_on, r.id))
            ]
        if which == "complaints":
            return [
                {
                    "id": r.id,
                    "received_on": r.received_on.isoformat(),
                    "channel": r.channel or None,
                    "sender": r.sender or None,
                    "content": r.content,
                    "department": r.department_name or None,
                    "handling": r.handling or None,
                    "result": r.result or None,
                    "ruling": r.ruling.value,
                    "well_founded": r.well_founded,
                    "resolved_on": r.resolved_on.isoformat() if r.resolved_on else None,
                    "corrective_action": r.corrective_action_number,
                }
                for r in sorted(self.complaints(year), key=lambda r: (r.received_on, r.id))
            ]
        raise ValueError(f"satisfaction: no register {which!r}")

    def register_document(
        self, which: str, year: int, today: date | None = None, *, signatures: bool = False
    ) -> model.Document:
        """The year's printed register (PDF, Word, Excel): "surveys" or "complaints"."""
        today = today or self._clock.today()
        profile = AgencyService(self._uow).get_profile()
        if profile is None:
            raise DomainError("agency.not_set_up")
        if which == "surveys":
            rows = sorted(self.surveys(year), key=lambda r: (r.to_on, r.id))
            return surveys_document(rows, profile, year, today, signatures=signatures)
        if which == "complaints":
            complaints = sorted(self.complaints(year), key=lambda r: (r.received_on, r.id))
            return complaints_document(complaints, profile, year, today, signatures=signatures)
        raise ValueError(f"satisfaction: no register {which!r}")


# ---- helpers -------------------------------------------------------------------------------------
def _apply(row: object, values: object) -> None:
    for f in dataclasses.fields(values):  # type: ignore[arg-type]
        setattr(row, f.name, getattr(values, f.name))


def _survey_row(r: m.Survey) -> SurveyRow:
    return SurveyRow(
        id=r.id,
        from_on=r.from_on,
        to_on=r.to_on,
        method=r.method,
        forms=r.forms,
        very_satisfied=r.very_satisfied,
        satisfied=r.satisfied,
        neutral=r.neutral,
        dissatisfied=r.dissatisfied,
        note=r.note,
    )


def _count(c: Checker, name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        c.add(name, "survey.count_invalid")
        return 0
    if value < 0:
        c.add(name, "survey.count_negative")
    elif value > _MAX_COUNT:
        c.add(name, "survey.count_too_large")
    return value


def _checked_survey(fields: SurveyFields) -> SurveyFields:
    f = dataclasses.replace(fields, method=clean(fields.method), note=clean_multiline(fields.note))
    c = Checker()
    c.date_range("from_on", f.from_on, required=True)
    c.date_range("to_on", f.to_on, required=True)
    if f.from_on is not None and f.to_on is not None and f.to_on < f.from_on:
        c.add("to_on", "survey.ends_before_start")
    c.text("method", f.method, 120)
    c.text("note", f.note, 4000)
    counts = [
        _count(c, name, getattr(f, name))
        for name in ("very_satisfied", "satisfied", "neutral", "dissatisfied")
    ]
    forms = _count(c, "forms", f.forms)
    if not c.errors and forms < sum(counts):
        c.add("forms", "survey.forms_below_answers", answered=vocabulary.number_text(sum(counts)))
    c.raise_if_any()
    return f


def _checked_complaint(fields: ComplaintFields, today: date) -> ComplaintFields:
    f = dataclasses.replace(
        fields,
        channel=clean(fields.channel),
        sender=clean(fields.sender),
        content=clean_multiline(fields.content),
        handling=clean_multiline(fields.handling),
        result=clean_multiline(fields.result),
    )
    c = Checker()
    c.date_range("received_on", f.received_on, required=True)
    if f.received_on is not None and f.received_on > today:
        c.add("received_on", "complaint.received_in_future")
    c.text("channel", f.channel, 120)
    c.text("sender", f.sender, 200)
    c.text("content", f.content, 4000, required=True)
    c.text("handling", f.handling, 4000)
    c.text("result", f.result, 4000)
    c.date_range("resolved_on", f.resolved_on)
    if f.resolved_on is not None:
        if f.resolved_on > today:
            c.add("resolved_on", "complaint.resolved_in_future")
        elif f.received_on is not None and f.resolved_on < f.received_on:
            c.add("resolved_on", "complaint.resolved_before_received")
    if not isinstance(f.ruling, m.ComplaintRuling):
        c.add("ruling", "field.required")
    c.raise_if_any()
    return f


def _check_department(session: Session, department_id: int | None) -> None:
    if department_id is not None and session.get(m.Department, department_id) is None:
        c = Checker()
        c.add("department_id", "field.not_found")
        c.raise_if_any()


def _requests_of(
    session: Session, complaint_ids: Sequence[int], *, live_only: bool
) -> dict[int, tuple[int, str]]:
    """complaint id → (request id, number) of the request naming it as its source (the one not
    cancelled first, then the latest)."""
    if not complaint_ids:
        return {}
    ca = m.CorrectiveAction
    stmt = select(ca.source_id, ca.id, ca.seq, ca.year, ca.status).where(
        ca.source_type == COMPLAINT_SOURCE, ca.source_id.in_(complaint_ids)
    )
    if live_only:
        stmt = stmt.where(ca.status != m.CaStatus.CANCELLED)
    found: dict[int, tuple[int, str]] = {}
    ranked = sorted(
        session.execute(stmt),
        key=lambda r: (r.status is not m.CaStatus.CANCELLED, r.year, r.seq),
    )
    for source_id, ca_id, seq, year, _status in ranked:
        if source_id is not None:
            found[source_id] = (ca_id, ca_rules.ca_number(seq, year))
    return found


def _complaint_rows(session: Session, rows: Sequence[m.Complaint]) -> list[ComplaintRow]:
    live = _requests_of(session, [r.id for r in rows], live_only=True)
    names: dict[int, str] = {i: n for i, n in session.execute(select(m.Department.id, m.Department.name))}
    result = []
    for r in rows:
        request = live.get(r.id)
        result.append(
            ComplaintRow(
                id=r.id,
                received_on=r.received_on,
                channel=r.channel,
                sender=r.sender,
                content=r.content,
                department_id=r.department_id,
                department_name=names.get(r.department_id, "") if r.department_id is not None else "",
                handling=r.handling,
                result=r.result,
                resolved_on=r.resolved_on,
                ruling=r.ruling,
                corrective_action_id=request[0] if request else None,
                corrective_action_number=request[1] if request else None,
            )
        )
    return result


# ---- printed registers ---------------------------------------------------------------------------
# A4 landscape leaves 257 mm between the margins; dates (dd/mm/yyyy) and numbers stay on one line.
SURVEY_COLUMNS = (
    model.Column("STT", 11, 6, "center"),
    model.Column("Từ ngày", 24, 12, "center"),
    model.Column("Đến ngày", 24, 12, "center"),
    model.Column("Hình thức khảo sát", None, 36),
    model.Column("Số phiếu", 20, 10, "right"),
    model.Column("Rất hài lòng", 22, 11, "right"),
    model.Column("Hài lòng", 20, 10, "right"),
    model.Column("Bình thường", 22, 11, "right"),
    model.Column("Không hài lòng", 22, 11, "right"),
    model.Column("Tỷ lệ hài lòng", 24, 12, "right"),
)
COMPLAINT_COLUMNS = (
    model.Column("STT", 11, 6, "center"),
    model.Column("Ngày tiếp nhận", 23, 12, "center"),
    model.Column("Người phản ánh, hình thức", 34, 22),
    model.Column("Nội dung phản ánh, kiến nghị", None, 44),
    model.Column("Bộ phận", 28, 18),
    model.Column("Xử lý, kết quả", None, 40),
    model.Column("Ngày giải quyết xong", 23, 12, "center"),
    model.Column("Kết luận", 22, 13),
    model.Column("Phiếu HĐKP", 18, 10, "center", keep_together=True),
)


def surveys_document(
    rows: Sequence[SurveyRow], profile: dto.AgencyProfile, year: int, today: date, *, signatures: bool = False
) -> model.Document:
    """The surveys ending in ``year``, each with its % satisfied, and the year's pooled figure."""
    n = vocabulary.number_text
    table_rows = [
        model.Row(
            (
                i,
                r.from_on,
                r.to_on,
                r.method,
                n(r.forms),
                n(r.very_satisfied),
                n(r.satisfied),
                n(r.neutral),
                n(r.dissatisfied),
                r.percent_text,
            )
        )
        for i, r in enumerate(rows, start=1)
    ]
    total = pooled(rows)
    totals = (
        f"Tổng số: {vocabulary.count_text(total.surveys, 'đợt khảo sát')}, "
        f"{vocabulary.count_text(total.forms, 'phiếu')}, {vocabulary.count_text(total.answered, 'ý kiến')} "
        f"đánh giá; tỷ lệ hài lòng cả năm (cộng dồn các đợt): "
        + (total.percent_text if total.answered else "chưa có số liệu")
        + "."
    )
    return model.Document(
        frame=register_frame(
            profile,
            "Kết quả khảo sát sự hài lòng",
            f"Năm {year} (các đợt khảo sát kết thúc trong năm)",
            today,
            signatures=signatures,
        ),
        body=(
            model.Table(SURVEY_COLUMNS, tuple(table_rows), empty_text="(Chưa có đợt khảo sát nào)"),
            model.Paragraph(totals, "plain"),
            model.Paragraph(
                "Tỷ lệ hài lòng = (số ý kiến “rất hài lòng” + “hài lòng”) / tổng số ý kiến đánh giá theo "
                "bốn mức.",
                "plain",
            ),
        ),
        title=f"Kết quả khảo sát sự hài lòng năm {year} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
        body_size=13.0,
    )


def complaints_document(
    rows: Sequence[ComplaintRow],
    profile: dto.AgencyProfile,
    year: int,
    today: date,
    *,
    signatures: bool = False,
) -> model.Document:
    """The complaints received in ``year``: handling, ruling, the corrective action raised."""

    def who(r: ComplaintRow) -> str:
        return "\n".join(x for x in (r.sender, r.channel) if x)

    def handled(r: ComplaintRow) -> str:
        return "\n".join(x for x in (r.handling, r.result) if x)

    table_rows = [
        model.Row(
            (
                i,
                r.received_on,
                who(r),
                r.content,
                r.department_name,
                handled(r),
                r.resolved_on,
                vocabulary.complaint_ruling_label(r.ruling),
                r.corrective_action_number or "",
            )
        )
        for i, r in enumerate(rows, start=1)
    ]
    counts = [
        f"{vocabulary.count_text(k)} {vocabulary.complaint_ruling_label(ruling).lower()}"
        for ruling in m.ComplaintRuling
        if (k := sum(1 for r in rows if r.ruling is ruling))
    ]
    totals = f"Tổng số: {vocabulary.count_text(len(rows), 'phản ánh, kiến nghị')}"
    if counts:
        totals += f" (kết luận: {', '.join(counts)})"
    founded = sum(1 for r in rows if r.well_founded)
    resolved = sum(1 for r in rows if r.resolved_on is not None)
    totals += (
        f"; có căn cứ: {vocabulary.count_text(founded)}; đã giải quyết xong: "
        f"{vocabulary.count_text(resolved)}."
    )
    return model.Document(
        frame=register_frame(
            profile,
            "Sổ theo dõi phản ánh, kiến nghị",
            f"Năm {year} (phản ánh, kiến nghị tiếp nhận trong năm)",
            today,
            signatures=signatures,
        ),
        body=(
            model.Table(COMPLAINT_COLUMNS, tuple(table_rows), empty_text="(Chưa có phản ánh, kiến nghị nào)"),
            model.Paragraph(totals, "plain"),
        ),
        title=f"Sổ theo dõi phản ánh, kiến nghị năm {year} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
        body_size=13.0,
    )
