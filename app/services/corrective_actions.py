"""Phiếu yêu cầu hành động khắc phục (ISO 9001:2015 §10.2): the requests, numbered ``NN/YYYY`` within
the year they were raised, their actions, the verifications of their effectiveness, the findings they
answer, and their workflow.

The workflow (``CORRECTIVE_ACTION_FLOW``) goes mới → đang phân tích → đang thực hiện → chờ kiểm tra
hiệu lực → đã đóng; "hủy" from any open state. Two moves are automatic and recorded like the others:
the last open action completed puts the request in ``cho_kiem_tra``, an open action again (a
completion undone, a new action) puts it back in ``dang_thuc_hien``. A verification that says "not
effective" returns the request to ``dang_phan_tich``, where a new action is required. Which requests
are open, overdue or in a year's register is ``ca_rules``' to say, never this module's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, literal_column, select
from sqlalchemy.orm import Session, selectinload

from app import models as m
from app.services import ca_rules
from app.services._mapping import get_or_raise as _get
from app.services.clock import Clock
from app.services.documents import text_filter
from app.services.errors import DomainError, NotFound
from app.services.listing import fetch_ids
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline
from app.services.vocabulary import ca_source_label, sort_key, table_date
from app.services.workflow import Refusal, StateMachine, TransitionRecord, TransitionSpec

__all__ = [
    "CORRECTIVE_ACTION_FLOW",
    "CORRECTIVE_ACTION_SORTS",
    "USER_ACTIONS",
    "ActionFields",
    "ActionRow",
    "CaCounts",
    "CaDetail",
    "CaFields",
    "CaFilter",
    "CaRow",
    "CorrectiveActionService",
    "FindingLink",
    "VerificationFields",
    "VerificationRow",
]

S = m.CaStatus


# ---- DTOs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaFields:
    """What the user enters on a request. ``due_on`` None: ``raised_on`` + ``DEFAULT_DUE_DAYS``.
    ``finding_ids``: the findings it answers, linked at creation (``update`` ignores them: links
    change through ``link_findings`` / ``unlink_finding``). ``source_type``/``source_id``: the
    record it came from (a record-type key: "finding"; later "complaint", "review", "risk")."""

    raised_on: date
    source: m.CaSource
    source_type: str = ""
    source_id: int | None = None
    department_id: int | None = None
    found_by: str = ""
    found_on: date | None = None
    description: str = ""
    correction: str = ""
    root_cause: str = ""
    similar_exists: bool | None = None
    similar_note: str = ""
    update_risks: bool = False
    update_qms: bool = False
    approver: str = ""
    due_on: date | None = None
    finding_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActionFields:
    """One action: what, who, by when; completed on (None: not yet); cancelled."""

    description: str
    owner: str = ""
    due_on: date | None = None
    completed_on: date | None = None
    cancelled: bool = False


@dataclass(frozen=True)
class VerificationFields:
    """Kiểm tra hiệu lực: who checked, on which day, effective or not, and a comment."""

    by: str
    on: date | None
    effective: bool
    comment: str = ""


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner: str
    due_on: date | None
    completed_on: date | None
    cancelled: bool
    overdue: bool  # open, due before today, in a request still open


@dataclass(frozen=True)
class VerificationRow:
    id: int
    by: str
    on: date
    effective: bool
    comment: str


@dataclass(frozen=True)
class FindingLink:
    """A finding the request answers, as the detail shows it."""

    id: int
    type: m.FindingType
    clause: str
    description: str
    source_label: str  # "Đánh giá nội bộ 01/2026", or the inspecting body
    found_on: date


@dataclass(frozen=True)
class CaRow:
    """A request as the list shows it."""

    id: int
    number: str  # "07/2026"
    raised_on: date
    source: m.CaSource
    department_name: str
    description: str  # the first line
    status: m.CaStatus
    due_on: date
    closed_on: date | None
    overdue: bool
    open_actions: int  # not cancelled, not completed


@dataclass(frozen=True)
class CaDetail:
    """Everything the detail view and the printed form need. ``refusals``: each of
    ``USER_ACTIONS`` with why it is not open now (None: open); ``locked``: why the request cannot
    be edited (closed, cancelled), ``delete_refusal``: why it cannot be deleted."""

    id: int
    number: str
    year: int
    seq: int
    raised_on: date
    source: m.CaSource
    source_type: str
    source_id: int | None
    department_id: int | None
    department_name: str
    found_by: str
    found_on: date | None
    description: str
    correction: str
    root_cause: str
    similar_exists: bool | None
    similar_note: str
    update_risks: bool
    update_qms: bool
    approver: str
    due_on: date
    status: m.CaStatus
    closed_on: date | None
    cancelled_on: date | None
    cancel_reason: str
    state_before_cancel: m.CaStatus | None
    overdue: bool
    actions: tuple[ActionRow, ...]
    verifications: tuple[VerificationRow, ...]
    findings: tuple[FindingLink, ...]
    history: tuple[TransitionRecord, ...]
    refusals: Mapping[str, Refusal | None]
    locked: Refusal | None
    delete_refusal: Refusal | None

    @property
    def finding_ids(self) -> tuple[int, ...]:
        return tuple(f.id for f in self.findings)

    def fields(self) -> CaFields:
        """The request's fields, to edit them."""
        return CaFields(
            raised_on=self.raised_on,
            source=self.source,
            source_type=self.source_type,
            source_id=self.source_id,
            department_id=self.department_id,
            found_by=self.found_by,
            found_on=self.found_on,
            description=self.description,
            correction=self.correction,
            root_cause=self.root_cause,
            similar_exists=self.similar_exists,
            similar_note=self.similar_note,
            update_risks=self.update_risks,
            update_qms=self.update_qms,
            approver=self.approver,
            due_on=self.due_on,
            finding_ids=self.finding_ids,
        )


@dataclass(frozen=True)
class CaFilter:
    """The list's filters. ``year``: the year's register (``ca_rules.register_clause``);
    ``overdue_only``: overdue as of ``today`` (None: the clock's)."""

    text: str = ""
    status: m.CaStatus | None = None
    source: m.CaSource | None = None
    department_id: int | None = None
    year: int | None = None
    overdue_only: bool = False
    today: date | None = None


@dataclass(frozen=True)
class CaCounts:
    open: int
    overdue: int
    by_status: Mapping[m.CaStatus, int] = field(default_factory=dict)


# ---- workflow ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Facts:
    """What the guards of a request need to know (read from its row)."""

    description: str
    department_id: int | None
    found_by: str
    found_on: date | None
    root_cause: str
    live_actions: int  # not cancelled
    ready_actions: int  # not cancelled, with an owner and a due date
    first_incomplete: int | None  # 1-based line of a live action without owner or due date
    open_actions: int  # not cancelled, not completed
    verified: bool  # has at least one verification (a new action is needed after one)
    taken_by: str | None  # another live request now answering one of its findings


def _ready_for_analysis(facts: _Facts | None) -> Refusal | None:
    if facts is None:
        return None
    if not facts.description:
        return Refusal("ca.needs_description")
    if facts.department_id is None:
        return Refusal("ca.needs_department")
    if not facts.found_by:
        return Refusal("ca.needs_found_by")
    if facts.found_on is None:
        return Refusal("ca.needs_found_on")
    return None


def _ready_for_work(facts: _Facts | None) -> Refusal | None:
    if facts is None:
        return None
    if not facts.root_cause:
        return Refusal("ca.needs_root_cause")
    if facts.ready_actions == 0:
        return Refusal("ca.needs_action")
    if facts.first_incomplete is not None:
        return Refusal("ca.action_incomplete", {"line": facts.first_incomplete})
    if facts.verified and facts.open_actions == 0:
        return Refusal("ca.needs_new_action")
    return None


def _all_done(facts: _Facts | None) -> Refusal | None:
    if facts is None:
        return None
    if facts.live_actions == 0:
        return Refusal("ca.needs_action")
    if facts.open_actions:
        return Refusal("ca.actions_open", {"count": facts.open_actions})
    return None


def _some_open(facts: _Facts | None) -> Refusal | None:
    if facts is None or facts.open_actions:
        return None
    return Refusal("ca.actions_done")


def _findings_free(facts: _Facts | None) -> Refusal | None:
    if facts is None or facts.taken_by is None:
        return None
    return Refusal("ca.finding_taken", {"number": facts.taken_by})


_OPEN = tuple(s.value for s in ca_rules.OPEN_STATUSES)
# A cancelled request reopens to the state it had: one transition per such state, so that the
# history records where it went.
_UNCANCEL = {s: f"reopen_cancelled_{s.value}" for s in ca_rules.OPEN_STATUSES}

CORRECTIVE_ACTION_FLOW = StateMachine(
    "corrective_action",
    states=tuple(s.value for s in m.CaStatus),
    transitions=(
        TransitionSpec(
            "analyse", (S.NEW.value,), S.ANALYSING.value, wrong_state="ca.not_new", guard=_ready_for_analysis
        ),
        TransitionSpec(
            "implement",
            (S.ANALYSING.value,),
            S.IN_PROGRESS.value,
            wrong_state="ca.not_analysing",
            guard=_ready_for_work,
        ),
        # Automatic: the last open action completed / an action open again.
        TransitionSpec(
            "complete",
            (S.IN_PROGRESS.value,),
            S.VERIFYING.value,
            wrong_state="ca.not_in_progress",
            guard=_all_done,
        ),
        TransitionSpec(
            "resume",
            (S.VERIFYING.value,),
            S.IN_PROGRESS.value,
            wrong_state="ca.not_verifying",
            guard=_some_open,
        ),
        # Kiểm tra hiệu lực: effective closes the request, not effective sends it back to analysis.
        TransitionSpec("close", (S.VERIFYING.value,), S.CLOSED.value, wrong_state="ca.not_verifying"),
        TransitionSpec(
            "not_effective", (S.VERIFYING.value,), S.ANALYSING.value, wrong_state="ca.not_verifying"
        ),
        TransitionSpec("cancel", _OPEN, S.CANCELLED.value, wrong_state="ca.not_open", needs_reason=True),
        TransitionSpec(
            "reopen", (S.CLOSED.value,), S.ANALYSING.value, wrong_state="ca.not_closed", needs_reason=True
        ),
        *(
            TransitionSpec(
                action,
                (S.CANCELLED.value,),
                state.value,
                wrong_state="ca.not_cancelled",
                guard=_findings_free,
                needs_reason=True,
            )
            for state, action in _UNCANCEL.items()
        ),
    ),
)
# The buttons of the detail view ("verify" stands for both outcomes of a verification).
USER_ACTIONS = ("analyse", "implement", "verify", "cancel", "reopen")
_MOVES = ("analyse", "implement", "cancel", "reopen")  # what ``move`` takes

# What ``ca_ids`` sorts by (the list's columns).
CORRECTIVE_ACTION_SORTS = (
    "number",
    "raised_on",
    "source",
    "department",
    "description",
    "status",
    "due_on",
    "closed_on",
)


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "").strip()


def _audit_label(number: str, year: int) -> str:
    return f"Đánh giá nội bộ {number}/{year}"


# ---- service -------------------------------------------------------------------------------------
class CorrectiveActionService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def today(self) -> date:
        return self._clock.today()

    # ---- reading -------------------------------------------------------------------------------
    def get(self, ca_id: int) -> CaDetail:
        with self._uow() as uow:
            row = _get(uow, m.CorrectiveAction, ca_id)
            return self._details(uow, [row], self._clock.today())[0]

    def id_by_number(self, year: int, seq: int) -> int | None:
        with self._uow() as uow:
            return uow.session.scalar(
                select(m.CorrectiveAction.id).where(
                    m.CorrectiveAction.year == year, m.CorrectiveAction.seq == seq
                )
            )

    def years(self) -> list[int]:
        """The years requests were raised in, newest first."""
        with self._uow() as uow:
            return list(
                uow.session.scalars(
                    select(m.CorrectiveAction.year).distinct().order_by(m.CorrectiveAction.year.desc())
                )
            )

    def register(self, year: int) -> list[CaDetail]:
        """The year's register (``ca_rules.register_clause``): raised in ``year``, plus earlier
        requests not closed or cancelled before 01/01 of ``year``; by number."""
        ca = m.CorrectiveAction
        with self._uow() as uow:
            rows = list(
                uow.session.scalars(
                    select(ca)
                    .where(ca_rules.register_clause(year))
                    .order_by(ca.year, ca.seq)
                    .options(*_LOADS)
                )
            )
            return self._details(uow, rows, self._clock.today())

    def counts(self, today: date | None = None) -> CaCounts:
        """Open and overdue requests (``ca_rules``) as of ``today``, and how many in each status."""
        today = today or self._clock.today()
        ca = m.CorrectiveAction
        with self._uow() as uow:
            by_status = {s: 0 for s in m.CaStatus}
            for status, n in uow.session.execute(select(ca.status, func.count()).group_by(ca.status)):
                by_status[status] = n
            overdue = uow.session.scalar(
                select(func.count()).select_from(ca).where(ca_rules.overdue_clause(today))
            )
        return CaCounts(
            open=sum(by_status[s] for s in ca_rules.OPEN_STATUSES), overdue=overdue or 0, by_status=by_status
        )

    def ca_ids(
        self, flt: CaFilter | None = None, sort: str | None = None, descending: bool = False
    ) -> list[int]:
        """The ids of the requests ``flt`` lets through, newest first, or sorted by ``sort`` (one
        of ``CORRECTIVE_ACTION_SORTS``), ties by number. Only ids (SQL): ``ca_rows`` reads the
        rows a list shows."""
        with self._uow() as uow:
            return fetch_ids(uow.session, self.ids_query(uow, flt, sort=sort, descending=descending))

    def ids_query(
        self,
        uow: UnitOfWork,
        flt: CaFilter | None = None,
        *,
        sort: str | None = None,
        descending: bool = False,
    ) -> Select[Any]:
        """The statement behind ``ca_ids`` (tests read its query plan)."""
        flt = flt or CaFilter()
        ca = m.CorrectiveAction
        stmt = select(ca.id).where(*self._conditions(flt))
        number: list[Any] = [ca.year, ca.seq]
        if sort is None:
            order: list[Any] = []
            number = [ca.year.desc(), ca.seq.desc()]
        elif sort == "number":
            order = []
        elif sort == "raised_on":
            order = [ca.raised_on]
        elif sort == "source":
            labels = sorted(m.CaSource, key=lambda s: sort_key(ca_source_label(s)))
            order = [case({s.value: i for i, s in enumerate(labels)}, value=ca.__table__.c.source)]
        elif sort == "status":
            order = [case({s.value: i for i, s in enumerate(m.CaStatus)}, value=ca.__table__.c.status)]
        elif sort == "department":
            order = [_department_rank(uow.session)]
        elif sort == "description":
            order = [func.lower(ca.description)]
        elif sort == "due_on":
            order = [ca.due_on]
        elif sort == "closed_on":
            order = [ca.closed_on]
        else:
            raise ValueError(f"unknown sort {sort!r}")
        if descending:
            order = [o.desc() for o in order]
            if sort == "number":
                number = [ca.year.desc(), ca.seq.desc()]
        # (year, seq) is unique: ordered by number alone, the list is one scan of its index.
        return stmt.order_by(*order, *number) if not order else stmt.order_by(*order, *number, ca.id)

    def _conditions(self, flt: CaFilter) -> list[ColumnElement[bool]]:
        ca = m.CorrectiveAction
        where: list[ColumnElement[bool]] = []
        if flt.text.strip():
            where.append(text_filter(ca.search_text, flt.text))
        if flt.status is not None:
            where.append(ca.status == flt.status)
        if flt.source is not None:
            where.append(ca.source == flt.source)
        if flt.department_id is not None:
            where.append(ca.department_id == flt.department_id)
        if flt.year is not None:
            where.append(ca_rules.register_clause(flt.year))
        if flt.overdue_only:
            where.append(ca_rules.overdue_clause(flt.today or self._clock.today()))
        return where

    def ca_rows(self, ids: Sequence[int], today: date | None = None) -> list[CaRow]:
        """The list rows of ``ids``, in the order of ``ids`` (deleted ones left out)."""
        if not ids:
            return []
        today = today or self._clock.today()
        ca, act = m.CorrectiveAction, m.CaAction
        open_actions = (
            select(act.request_id, func.count().label("n"))
            .where(act.request_id.in_(ids), act.cancelled.is_(False), act.completed_on.is_(None))
            .group_by(act.request_id)
            .subquery("open_actions")
        )
        stmt = (
            select(
                ca.id,
                ca.year,
                ca.seq,
                ca.raised_on,
                ca.source,
                func.coalesce(m.Department.name, ""),
                ca.description,
                ca.status,
                ca.due_on,
                ca.closed_on,
                func.coalesce(open_actions.c.n, 0),
            )
            .outerjoin(m.Department, m.Department.id == ca.department_id)
            .outerjoin(open_actions, open_actions.c.request_id == ca.id)
            .where(ca.id.in_(ids))
        )
        with self._uow() as uow:
            rows = {
                r[0]: CaRow(
                    id=r[0],
                    number=ca_rules.ca_number(r[2], r[1]),
                    raised_on=r[3],
                    source=r[4],
                    department_name=r[5],
                    description=_first_line(r[6]),
                    status=r[7],
                    due_on=r[8],
                    closed_on=r[9],
                    overdue=ca_rules.is_overdue(r[7], r[8], today),
                    open_actions=r[10],
                )
                for r in uow.session.execute(stmt)
            }
        return [rows[i] for i in ids if i in rows]

    # ---- requests ------------------------------------------------------------------------------
    def create(self, fields: CaFields) -> int:
        """Record a new request (status mới); its number is the next of the year it was raised,
        never one given before."""
        today = self._clock.today()
        f = self._checked(fields, today)
        with self._uow() as uow:
            session = uow.session
            self._check_references(session, f)
            row = m.CorrectiveAction(
                year=f.raised_on.year,
                seq=_next_seq(session, f.raised_on.year),
                status=S.NEW,
                cancel_reason="",
            )
            _apply_fields(row, f)
            session.add(row)
            session.flush()
            self._link(session, row, self._initial_links(f))
            uow.commit()
            return row.id

    def update(self, ca_id: int, fields: CaFields) -> None:
        """Save the request's fields (its number stays; ``finding_ids`` are not touched)."""
        today = self._clock.today()
        f = self._checked(fields, today)
        with self._uow() as uow:
            session = uow.session
            row = _get(uow, m.CorrectiveAction, ca_id)
            _refuse_if_locked(row)
            c = Checker()
            if f.raised_on.year != row.year:
                c.add("raised_on", "ca.year_fixed", year=row.year, number=row.number)
            if row.status is not S.NEW:
                # What the analysis needed stays filled in once past it.
                c.required("description", f.description)
                c.required("department_id", f.department_id)
                c.required("found_by", f.found_by)
                c.required("found_on", f.found_on)
            if row.status in (S.IN_PROGRESS, S.VERIFYING):
                c.required("root_cause", f.root_cause)
            c.raise_if_any()
            self._check_references(session, f)
            _apply_fields(row, f)
            if f.source_type == "finding" and f.source_id is not None:
                self._link(session, row, [f.source_id])
            uow.commit()

    def delete(self, ca_id: int) -> None:
        """Delete a request: only a new one that answers no finding and links no source record.
        Its number is not given again."""
        with self._uow() as uow:
            row = _get(uow, m.CorrectiveAction, ca_id)
            refused = _delete_refusal(row)
            if refused is not None:
                raise refused.error()
            uow.session.delete(row)
            uow.commit()

    @staticmethod
    def _checked(fields: CaFields, today: date) -> CaFields:
        """Normalise and validate a request's fields (no database access)."""
        due_on = fields.due_on
        if due_on is None and isinstance(fields.raised_on, date):
            due_on = fields.raised_on + timedelta(days=ca_rules.DEFAULT_DUE_DAYS)
        f = dataclasses.replace(
            fields,
            source_type=clean(fields.source_type),
            found_by=clean(fields.found_by),
            description=clean_multiline(fields.description),
            correction=clean_multiline(fields.correction),
            root_cause=clean_multiline(fields.root_cause),
            similar_note=clean_multiline(fields.similar_note),
            approver=clean(fields.approver),
            due_on=due_on,
            finding_ids=tuple(dict.fromkeys(fields.finding_ids)),
        )
        c = Checker()
        c.date_range("raised_on", f.raised_on, required=True)
        if f.raised_on is not None and f.raised_on > today:
            c.add("raised_on", "ca.raised_in_future")
        if not isinstance(f.source, m.CaSource):
            c.add("source", "field.required")
        if f.source_type and f.source_type not in _SOURCE_TYPES:
            c.add("source_type", "ca.bad_source_type", source_type=f.source_type)
        elif bool(f.source_type) != (f.source_id is not None):
            c.add("source_id", "ca.source_incomplete")
        c.text("found_by", f.found_by, 120)
        c.date_range("found_on", f.found_on)
        if f.found_on is not None and f.raised_on is not None and f.found_on > f.raised_on:
            c.add("found_on", "ca.found_after_raised")
        c.text("description", f.description, 5000)
        c.text("correction", f.correction, 5000)
        c.text("root_cause", f.root_cause, 5000)
        c.text("similar_note", f.similar_note, 2000)
        c.text("approver", f.approver, 120)
        c.date_range("due_on", f.due_on, required=True)
        if f.due_on is not None and f.raised_on is not None and f.due_on < f.raised_on:
            c.add("due_on", "ca.due_before_raised")
        c.raise_if_any()
        return f

    @staticmethod
    def _check_references(session: Session, f: CaFields) -> None:
        c = Checker()
        if f.department_id is not None and session.get(m.Department, f.department_id) is None:
            c.add("department_id", "field.not_found")
        if f.source_type and f.source_id is not None:
            model = _source_model(f.source_type)
            if model is not None and session.get(model, f.source_id) is None:
                c.add("source_id", "field.not_found")
        c.raise_if_any()

    @staticmethod
    def _initial_links(f: CaFields) -> list[int]:
        ids = list(f.finding_ids)
        if f.source_type == "finding" and f.source_id is not None and f.source_id not in ids:
            ids.insert(0, f.source_id)
        return ids

    # ---- findings ------------------------------------------------------------------------------
    def link_findings(self, ca_id: int, finding_ids: Sequence[int]) -> None:
        """The request answers these findings too (those linked already are kept). A finding has
        at most one request that is not cancelled."""
        with self._uow() as uow:
            row = _get(uow, m.CorrectiveAction, ca_id)
            _refuse_if_locked(row)
            self._link(uow.session, row, list(dict.fromkeys(finding_ids)))
            uow.commit()

    def unlink_finding(self, ca_id: int, finding_id: int) -> None:
        """The request no longer answers this finding (nor names it as its source)."""
        with self._uow() as uow:
            row = _get(uow, m.CorrectiveAction, ca_id)
            _refuse_if_locked(row)
            link = next((x for x in row.finding_links if x.finding_id == finding_id), None)
            if link is None:
                raise NotFound("CaFinding", finding_id)
            row.finding_links.remove(link)
            if row.source_type == "finding" and row.source_id == finding_id:
                row.source_type, row.source_id = "", None
            uow.commit()

    @staticmethod
    def _link(session: Session, row: m.CorrectiveAction, finding_ids: Sequence[int]) -> None:
        linked = {x.finding_id for x in row.finding_links}
        for finding_id in finding_ids:
            if finding_id in linked:
                continue
            finding = _get_in(session, m.Finding, finding_id)
            if finding.closed_on is not None:
                raise DomainError("ca.finding_closed", on=table_date(finding.closed_on))
            other = _live_request_of(session, [finding_id], but=row.id)
            if other is not None:
                raise DomainError("ca.finding_has_request", number=other)
            row.finding_links.append(m.CaFinding(finding_id=finding_id))
            linked.add(finding_id)

    def finding_choices(self, ca_id: int | None = None) -> list[FindingLink]:
        """The findings request ``ca_id`` (or a new one) may answer: not closed without action,
        not answered by another request that is not cancelled, not linked to it already; the
        latest found first."""
        f, link, ca = m.Finding, m.CaFinding, m.CorrectiveAction
        taken = (
            select(link.finding_id)
            .join(ca, ca.id == link.request_id)
            .where((ca.status != S.CANCELLED) | (ca.id == (ca_id or 0)))
        )
        stmt = (
            _findings_with_sources()
            .where(f.closed_on.is_(None), f.id.not_in(taken))
            .order_by(f.found_on.desc(), f.sort_order, f.id)
        )
        with self._uow() as uow:
            return [_finding_link(*r) for r in uow.session.execute(stmt)]

    # ---- actions -------------------------------------------------------------------------------
    def add_action(self, ca_id: int, fields: ActionFields) -> int:
        today = self._clock.today()
        with self._uow() as uow:
            row = _get(uow, m.CorrectiveAction, ca_id)
            _refuse_if_locked(row)
            f = _checked_action(fields, row, today)
            action = m.CaAction(sort_order=max((a.sort_order for a in row.actions), default=0) + 1)
            _apply_action(action, f)
            row.actions.append(action)
            uow.session.flush()
            self._settle(uow, row, today)
            uow.commit()
            return action.id

    def update_action(self, action_id: int, fields: ActionFields) -> None:
        today = self._clock.today()
        with self._uow() as uow:
            action = _get(uow, m.CaAction, action_id)
            row = action.request
            _refuse_if_locked(row)
            f = _checked_action(fields, row, today)
            if (f.cancelled or f.completed_on is not None) and not action.cancelled:
                _refuse_losing_last_action(row, action, cancelling=f.cancelled)
            _apply_action(action, f)
            self._settle(uow, row, today)
            uow.commit()

    def delete_action(self, action_id: int) -> None:
        today = self._clock.today()
        with self._uow() as uow:
            action = _get(uow, m.CaAction, action_id)
            row = action.request
            _refuse_if_locked(row)
            if not action.cancelled:
                _refuse_losing_last_action(row, action, cancelling=True)
            row.actions.remove(action)
            uow.session.flush()
            self._settle(uow, row, today)
            uow.commit()

    def set_action_completed(self, action_id: int, completed_on: date | None) -> None:
        """Mark an action completed on a day (None: not completed after all). The last open action
        completed moves an ongoing request to chờ kiểm tra hiệu lực; a completion undone moves it
        back to đang thực hiện."""
        today = self._clock.today()
        with self._uow() as uow:
            action = _get(uow, m.CaAction, action_id)
            row = action.request
            _refuse_if_locked(row)
            if action.cancelled:
                raise DomainError("ca.action_cancelled")
            c = Checker()
            _check_completion(c, completed_on, row, today)
            c.raise_if_any()
            action.completed_on = completed_on
            self._settle(uow, row, today)
            uow.commit()

    def _settle(self, uow: UnitOfWork, row: m.CorrectiveAction, today: date) -> None:
        """The automatic moves: every live action completed → chờ kiểm tra; one open again →
        đang thực hiện. Recorded in the history like the user's moves."""
        facts = _facts(uow.session, row)
        if row.status is S.IN_PROGRESS and _all_done(facts) is None:
            done = max(a.completed_on for a in row.actions if not a.cancelled and a.completed_on is not None)
            self._move(uow, row, "complete", on=max(done, _last_move_on(uow, row)), facts=facts)
        elif row.status is S.VERIFYING and facts.open_actions:
            self._move(uow, row, "resume", on=max(today, _last_move_on(uow, row)), facts=facts)

    # ---- workflow ------------------------------------------------------------------------------
    def move(self, ca_id: int, action: str, *, on: date | None = None, reason: str = "") -> None:
        """A transition the user chooses: "analyse" (mới → đang phân tích), "implement" (→ đang
        thực hiện), "cancel" (hủy, with a date and a reason), "reopen" (with a reason: a closed
        request to đang phân tích, a cancelled one to the state it had)."""
        if action not in _MOVES:
            raise ValueError(f"corrective_action: no user transition {action!r}")
        today = self._clock.today()
        reason = clean_multiline(reason)
        with self._uow() as uow:
            row = _get(uow, m.CorrectiveAction, ca_id)
            day = on or today
            facts = _facts(uow.session, row)
            name = _reopen_action(row) if action == "reopen" else action
            if name is None:
                raise DomainError("ca.not_done")
            # The state and the guards first: "already closed" says more than "a reason is needed".
            refused = CORRECTIVE_ACTION_FLOW.refusal(row.status.value, name, facts)
            if refused is not None:
                raise refused.error()
            c = Checker()
            if action in ("cancel", "reopen"):
                c.text("reason", reason, 2000, required=True)
            _check_move_day(c, "on", day, row, today)
            last = _last_move_on(uow, row)
            if day < last and not c.errors:
                c.add("on", "ca.date_before_last_move", last=table_date(last))
            c.raise_if_any()
            before = row.status
            self._move(uow, row, name, on=day, reason=reason, facts=facts)
            if action == "cancel":
                row.state_before_cancel = before.value
                row.cancelled_on = day
                row.cancel_reason = reason
            elif action == "reopen" and before is S.CLOSED:
                row.closed_on = None
            elif action == "reopen":
                row.cancelled_on = None
                row.cancel_reason = ""
                row.state_before_cancel = ""
            if action in ("implement", "reopen"):
                uow.session.flush()
                self._settle(uow, row, today)
            uow.commit()

    def verify(self, ca_id: int, fields: VerificationFields) -> None:
        """Record a verification of effectiveness: effective closes the request on its date; not
        effective keeps it in the history and sends the request back to đang phân tích."""
        today = self._clock.today()
        with self._uow() as uow:
            row = _get(uow, m.CorrectiveAction, ca_id)
            _refuse_if_locked(row)
            if row.status is not S.VERIFYING:
                raise DomainError("ca.not_verifying")
            by, comment = clean(fields.by), clean_multiline(fields.comment)
            c = Checker()
            c.text("by", by, 120, required=True)
            c.date_range("on", fields.on, required=True)
            c.text("comment", comment, 2000)
            if fields.on is not None:
                if fields.on > today:
                    c.add("on", "ca.verified_in_future")
                last = _last_completion(row)
                if last is not None and fields.on < last:
                    c.add("on", "ca.verified_before_completion", date=table_date(last))
                moved = _last_move_on(uow, row)
                if fields.on < moved:
                    c.add("on", "ca.date_before_last_move", last=table_date(moved))
            c.raise_if_any()
            assert fields.on is not None
            row.verifications.append(
                m.CaVerification(by=by, on=fields.on, effective=bool(fields.effective), comment=comment)
            )
            facts = _facts(uow.session, row)
            if fields.effective:
                self._move(uow, row, "close", on=fields.on, reason=comment, facts=facts)
                row.closed_on = fields.on
            else:
                self._move(uow, row, "not_effective", on=fields.on, reason=comment, facts=facts)
            uow.commit()

    @staticmethod
    def _move(
        uow: UnitOfWork, row: m.CorrectiveAction, action: str, *, on: date, reason: str = "", facts: _Facts
    ) -> None:
        target = CORRECTIVE_ACTION_FLOW.apply(
            uow, row.id, row.status.value, action, on=on, reason=reason, context=facts
        )
        row.status = S(target)

    def history(self, ca_id: int) -> list[TransitionRecord]:
        with self._uow() as uow:
            _get(uow, m.CorrectiveAction, ca_id)
            return CORRECTIVE_ACTION_FLOW.history(uow, ca_id)

    # ---- details -------------------------------------------------------------------------------
    def _details(self, uow: UnitOfWork, rows: Sequence[m.CorrectiveAction], today: date) -> list[CaDetail]:
        session = uow.session
        ids = [r.id for r in rows]
        history: dict[int, list[TransitionRecord]] = {i: [] for i in ids}
        findings: dict[int, list[FindingLink]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            t = m.Transition
            for tr in session.scalars(
                select(t)
                .where(t.record_type == CORRECTIVE_ACTION_FLOW.record_type, t.record_id.in_(batch))
                .order_by(t.on, t.id)
            ):
                history[tr.record_id].append(
                    TransitionRecord(tr.action, tr.from_state, tr.to_state, tr.on, tr.reason)
                )
            for request_id, link in _finding_links(session, batch):
                findings[request_id].append(link)
        return [self._detail(session, r, today, history[r.id], findings[r.id]) for r in rows]

    @staticmethod
    def _detail(
        session: Session,
        row: m.CorrectiveAction,
        today: date,
        history: list[TransitionRecord],
        findings: list[FindingLink],
    ) -> CaDetail:
        facts = _facts(session, row)
        is_open = ca_rules.is_open(row.status)
        refusals: dict[str, Refusal | None] = {
            "analyse": CORRECTIVE_ACTION_FLOW.refusal(row.status.value, "analyse", facts),
            "implement": CORRECTIVE_ACTION_FLOW.refusal(row.status.value, "implement", facts),
            "verify": CORRECTIVE_ACTION_FLOW.refusal(row.status.value, "close", facts),
            "cancel": CORRECTIVE_ACTION_FLOW.refusal(row.status.value, "cancel", facts),
        }
        reopen = _reopen_action(row)
        refusals["reopen"] = (
            CORRECTIVE_ACTION_FLOW.refusal(row.status.value, reopen, facts)
            if reopen is not None
            else Refusal("ca.not_done")
        )
        return CaDetail(
            id=row.id,
            number=ca_rules.ca_number(row.seq, row.year),
            year=row.year,
            seq=row.seq,
            raised_on=row.raised_on,
            source=row.source,
            source_type=row.source_type,
            source_id=row.source_id,
            department_id=row.department_id,
            department_name=row.department.name if row.department is not None else "",
            found_by=row.found_by,
            found_on=row.found_on,
            description=row.description,
            correction=row.correction,
            root_cause=row.root_cause,
            similar_exists=row.similar_exists,
            similar_note=row.similar_note,
            update_risks=row.update_risks,
            update_qms=row.update_qms,
            approver=row.approver,
            due_on=row.due_on,
            status=row.status,
            closed_on=row.closed_on,
            cancelled_on=row.cancelled_on,
            cancel_reason=row.cancel_reason,
            state_before_cancel=S(row.state_before_cancel) if row.state_before_cancel else None,
            overdue=ca_rules.is_overdue(row.status, row.due_on, today),
            actions=tuple(
                ActionRow(
                    id=a.id,
                    description=a.description,
                    owner=a.owner,
                    due_on=a.due_on,
                    completed_on=a.completed_on,
                    cancelled=a.cancelled,
                    overdue=is_open
                    and not a.cancelled
                    and a.completed_on is None
                    and a.due_on is not None
                    and a.due_on < today,
                )
                for a in row.actions
            ),
            verifications=tuple(
                VerificationRow(id=v.id, by=v.by, on=v.on, effective=v.effective, comment=v.comment)
                for v in sorted(row.verifications, key=lambda v: (v.on, v.id))
            ),
            findings=tuple(findings),
            history=tuple(history),
            refusals=refusals,
            locked=_lock_refusal(row),
            delete_refusal=_delete_refusal(row),
        )


# ---- helpers -------------------------------------------------------------------------------------
_LOADS = (
    selectinload(m.CorrectiveAction.department),
    selectinload(m.CorrectiveAction.actions),
    selectinload(m.CorrectiveAction.verifications),
    selectinload(m.CorrectiveAction.finding_links),
)


def _source_types() -> frozenset[str]:
    from app.services.areas import RECORD_TYPE_KEYS

    return frozenset(k for k in RECORD_TYPE_KEYS if k != "corrective_action")


_SOURCE_TYPES = _source_types()


def _source_model(key: str) -> type[Any] | None:
    """The table of a record type, when its area exists already (a complaint before the
    complaints area: the id is kept as given)."""
    from app.services.areas import record_type

    try:
        return record_type(key).model
    except KeyError:
        return None


def _get_in(session: Session, cls: type[Any], ident: int) -> Any:
    row = session.get(cls, ident)
    if row is None:
        raise NotFound(cls.__name__, ident)
    return row


def _next_seq(session: Session, year: int) -> int:
    """The next number of ``year``: after the last one ever given (``NumberCounter``), so a
    deleted request's number is never given again."""
    counter = session.scalars(
        select(m.NumberCounter).where(
            m.NumberCounter.series == ca_rules.CA_SERIES, m.NumberCounter.year == year
        )
    ).first()
    if counter is None:
        counter = m.NumberCounter(series=ca_rules.CA_SERIES, year=year, last=0)
        session.add(counter)
    highest = session.scalar(select(func.max(m.CorrectiveAction.seq)).where(m.CorrectiveAction.year == year))
    counter.last = max(counter.last or 0, highest or 0) + 1
    return counter.last


def _apply_fields(row: m.CorrectiveAction, f: CaFields) -> None:
    for name in (
        "raised_on",
        "source",
        "source_type",
        "source_id",
        "department_id",
        "found_by",
        "found_on",
        "description",
        "correction",
        "root_cause",
        "similar_exists",
        "similar_note",
        "update_risks",
        "update_qms",
        "approver",
        "due_on",
    ):
        setattr(row, name, getattr(f, name))


def _lock_refusal(row: m.CorrectiveAction) -> Refusal | None:
    if row.status is S.CLOSED:
        return Refusal("ca.closed_read_only", {"number": row.number})
    if row.status is S.CANCELLED:
        return Refusal("ca.cancelled_read_only", {"number": row.number})
    return None


def _refuse_if_locked(row: m.CorrectiveAction) -> None:
    refused = _lock_refusal(row)
    if refused is not None:
        raise refused.error()


def _delete_refusal(row: m.CorrectiveAction) -> Refusal | None:
    if row.status is not S.NEW:
        return Refusal("ca.delete_not_new")
    if row.finding_links:
        return Refusal("ca.delete_has_findings")
    if row.source_type or row.source_id is not None:
        return Refusal("ca.delete_has_source")
    return None


def _reopen_action(row: m.CorrectiveAction) -> str | None:
    """The transition reopening ``row``: closed → đang phân tích, cancelled → the state it had."""
    if row.status is S.CLOSED:
        return "reopen"
    if row.status is S.CANCELLED:
        before = S(row.state_before_cancel) if row.state_before_cancel else S.NEW
        return _UNCANCEL.get(before, _UNCANCEL[S.NEW])
    return None


def _live_request_of(session: Session, finding_ids: Sequence[int], *, but: int) -> str | None:
    """The number of a request other than ``but``, not cancelled, answering one of
    ``finding_ids``; None when there is none."""
    if not finding_ids:
        return None
    ca, link = m.CorrectiveAction, m.CaFinding
    found = session.execute(
        select(ca.seq, ca.year)
        .join(link, link.request_id == ca.id)
        .where(link.finding_id.in_(finding_ids), ca.id != but, ca.status != S.CANCELLED)
        .order_by(ca.year, ca.seq)
        .limit(1)
    ).first()
    return ca_rules.ca_number(found[0], found[1]) if found is not None else None


def _facts(session: Session, row: m.CorrectiveAction) -> _Facts:
    live = [a for a in row.actions if not a.cancelled]
    incomplete = next((i for i, a in enumerate(live, start=1) if not a.owner or a.due_on is None), None)
    taken = None
    if row.status is S.CANCELLED:
        taken = _live_request_of(session, [x.finding_id for x in row.finding_links], but=row.id)
    return _Facts(
        description=row.description,
        department_id=row.department_id,
        found_by=row.found_by,
        found_on=row.found_on,
        root_cause=row.root_cause,
        live_actions=len(live),
        ready_actions=sum(1 for a in live if a.owner and a.due_on is not None),
        first_incomplete=incomplete,
        open_actions=sum(1 for a in live if a.completed_on is None),
        verified=bool(row.verifications),
        taken_by=taken,
    )


def _last_completion(row: m.CorrectiveAction) -> date | None:
    return max((a.completed_on for a in row.actions if not a.cancelled and a.completed_on), default=None)


def _last_move_on(uow: UnitOfWork, row: m.CorrectiveAction) -> date:
    """The day of the request's last transition (its raising day before any): an automatic move
    is never dated before the move that came before it."""
    t = m.Transition
    last = uow.session.scalar(
        select(func.max(t.on)).where(
            t.record_type == CORRECTIVE_ACTION_FLOW.record_type, t.record_id == row.id
        )
    )
    return max(last or row.raised_on, row.raised_on)


def _check_move_day(c: Checker, name: str, day: date, row: m.CorrectiveAction, today: date) -> None:
    if day > today:
        c.add(name, "ca.date_in_future")
    elif day < row.raised_on:
        c.add(name, "ca.date_before_raised", raised=table_date(row.raised_on))


def _check_completion(c: Checker, completed_on: date | None, row: m.CorrectiveAction, today: date) -> None:
    if completed_on is None:
        return
    c.date_range("completed_on", completed_on)
    if completed_on > today:
        c.add("completed_on", "ca.completed_in_future")
    elif completed_on < row.raised_on:
        c.add("completed_on", "ca.completed_before_raised", raised=table_date(row.raised_on))


def _checked_action(fields: ActionFields, row: m.CorrectiveAction, today: date) -> ActionFields:
    f = dataclasses.replace(
        fields,
        description=clean_multiline(fields.description),
        owner=clean(fields.owner),
        cancelled=bool(fields.cancelled),
    )
    c = Checker()
    c.text("description", f.description, 2000, required=True)
    c.text("owner", f.owner, 120)
    c.date_range("due_on", f.due_on)
    if f.due_on is not None and f.due_on < row.raised_on:
        c.add("due_on", "ca.action_due_before_raised", raised=table_date(row.raised_on))
    _check_completion(c, f.completed_on, row, today)
    c.raise_if_any()
    return f


def _apply_action(action: m.CaAction, f: ActionFields) -> None:
    action.description = f.description
    action.owner = f.owner
    action.due_on = f.due_on
    action.completed_on = f.completed_on
    action.cancelled = f.cancelled


def _refuse_losing_last_action(row: m.CorrectiveAction, action: m.CaAction, *, cancelling: bool) -> None:
    """A request being carried out (or verified) keeps at least one action that is not cancelled."""
    if not cancelling or row.status not in (S.IN_PROGRESS, S.VERIFYING):
        return
    if not any(a is not action and not a.cancelled for a in row.actions):
        raise DomainError("ca.last_action")


def _department_rank(session: Session) -> Any:
    """Departments in Vietnamese alphabetical order, as a CASE over their ids (tens of them)."""
    departments = session.execute(select(m.Department.id, m.Department.name)).all()
    ranked = [int(d.id) for d in sorted(departments, key=lambda d: sort_key(d.name))]
    if not ranked:
        return m.CorrectiveAction.department_id
    whens = " ".join(f"WHEN {key} THEN {rank}" for rank, key in enumerate(ranked))
    return literal_column(f"CASE corrective_action.department_id {whens} ELSE -1 END")


def _findings_with_sources(*columns: Any) -> Select[Any]:
    f = m.Finding
    return (
        select(*columns, f, m.Audit.number, m.Audit.year, m.Inspection.body)
        .outerjoin(m.Audit, m.Audit.id == f.audit_id)
        .outerjoin(m.Inspection, m.Inspection.id == f.inspection_id)
    )


def _finding_link(
    finding: m.Finding, audit_number: str | None, audit_year: int | None, body: str | None
) -> FindingLink:
    label = _audit_label(audit_number, audit_year or 0) if audit_number is not None else body or ""
    return FindingLink(
        id=finding.id,
        type=finding.type,
        clause=finding.clause,
        description=finding.description,
        source_label=label,
        found_on=finding.found_on,
    )


def _finding_links(session: Session, request_ids: Sequence[int]) -> list[tuple[int, FindingLink]]:
    """(request id, finding) for the findings the requests answer, in the order they were found."""
    f, link = m.Finding, m.CaFinding
    stmt = (
        _findings_with_sources(link.request_id)
        .join(link, link.finding_id == f.id)
        .where(link.request_id.in_(request_ids))
        .order_by(link.request_id, f.found_on, f.sort_order, f.id)
    )
    return [
        (request_id, _finding_link(finding, number, year, body))
        for request_id, finding, number, year, body in session.execute(stmt)
    ]
