"""Rủi ro và cơ hội (ISO 9001:2015 §6.1): the agency's risks and opportunities, their treatment
actions, the evaluations of those actions, their review dates, the 5×5 heat map and the year's
register.

A risk scores likelihood 1–5 × impact 1–5; its band (``thap`` / ``trung_binh`` / ``cao``) comes from
the agency's two settings "trung bình từ" and "cao từ" (5 and 15 unless changed). An opportunity
scores benefit × feasibility in the same two fields and has no band. The residual score is the
latest evaluation's, the initial one while never evaluated.

"Risks reviewed in year N" (``reviewed_in_year``): at least one risk was open on 31/03/N and every
risk open that day was assessed (identified) or evaluated on a day of the first quarter of N. Only
risks count here and on the heat map, not opportunities. The year's register holds the risks and
opportunities open at some time in the year: identified on or before 31/12 and not closed before
01/01.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import ca_rules, dto, vocabulary
from app.services._mapping import get_or_raise as _get
from app.services._mapping import to_dto
from app.services.clock import Clock
from app.services.deadlines import DueState, due_state, warning_window
from app.services.errors import DomainError
from app.services.exports import model
from app.services.exports.registers import register_frame
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline

__all__ = [
    "BANDS",
    "DEFAULT_HIGH_FROM",
    "DEFAULT_MEDIUM_FROM",
    "REGISTER_COLUMNS",
    "RiskActionFields",
    "RiskActionRow",
    "RiskDetail",
    "RiskEvaluationFields",
    "RiskEvaluationRow",
    "RiskFields",
    "RiskFilter",
    "RiskRow",
    "RiskService",
    "RiskSettings",
    "open_on",
    "residual_of",
    "reviewed",
    "risk_band",
    "risk_score",
]

K, S = m.RiskKind, m.RiskStatus
BANDS = ("thap", "trung_binh", "cao")
DEFAULT_MEDIUM_FROM = 5
DEFAULT_HIGH_FROM = 15
REVIEW_WANTED = (DueState.DUE_SOON, DueState.LATE)  # "cần xem xét lại"


# ---- pure rules ---------------------------------------------------------------------------------
def risk_score(likelihood: int, impact: int) -> int:
    """Likelihood × impact (an opportunity: benefit × feasibility), each 1–5."""
    return likelihood * impact


def risk_band(score: int, medium_from: int = DEFAULT_MEDIUM_FROM, high_from: int = DEFAULT_HIGH_FROM) -> str:
    """``cao`` from ``high_from`` on, ``trung_binh`` from ``medium_from`` on, ``thap`` below."""
    if score >= high_from:
        return "cao"
    if score >= medium_from:
        return "trung_binh"
    return "thap"


def open_on(identified_on: date, closed_on: date | None, day: date) -> bool:
    """Whether a risk identified on ``identified_on`` (closed on ``closed_on``) is open on ``day``:
    identified by then and not closed on or before it."""
    return identified_on <= day and (closed_on is None or closed_on > day)


def residual_of(
    likelihood: int, impact: int, evaluations: Sequence[tuple[date, int, int]], on: date | None = None
) -> tuple[int, int]:
    """(likelihood, impact) after the latest evaluation (on or before ``on`` when given), else the
    initial ones; ``evaluations``: (date, residual likelihood, residual impact), in the order saved."""
    dated = [e for e in evaluations if on is None or e[0] <= on]
    if not dated:
        return likelihood, impact
    latest = max(enumerate(dated), key=lambda pair: (pair[1][0], pair[0]))[1]
    return latest[1], latest[2]


def reviewed(year: int, risks: Sequence[tuple[date, date | None, Sequence[date]]]) -> bool:
    """The rule of ``reviewed_in_year`` on plain data: ``risks`` are (identified on, closed on,
    evaluation dates) of the risks (not opportunities)."""
    end_q1, start = date(year, 3, 31), date(year, 1, 1)
    open_risks = [r for r in risks if open_on(r[0], r[1], end_q1)]
    if not open_risks:
        return False

    def in_q1(day: date) -> bool:
        return start <= day <= end_q1

    return all(in_q1(r[0]) or any(in_q1(d) for d in r[2]) for r in open_risks)


# ---- DTOs ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RiskSettings:
    """The two band limits of the agency: "trung bình từ" and "cao từ"."""

    medium_from: int = DEFAULT_MEDIUM_FROM
    high_from: int = DEFAULT_HIGH_FROM

    def band(self, kind: m.RiskKind, score: int) -> str | None:
        """The band of a risk's score; None for an opportunity."""
        return risk_band(score, self.medium_from, self.high_from) if kind is K.RISK else None


@dataclass(frozen=True)
class RiskFields:
    """What the user enters on a risk or opportunity (``likelihood``/``impact``: benefit and
    feasibility of an opportunity)."""

    kind: m.RiskKind = K.RISK
    title: str = ""
    process: str = ""
    department_id: int | None = None
    description: str = ""
    cause: str = ""
    consequence: str = ""
    owner: str = ""
    likelihood: int = 1
    impact: int = 1
    identified_on: date | None = None
    review_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class RiskActionFields:
    """Biện pháp xử lý: what, who, by when, done on (None: not yet)."""

    description: str = ""
    owner: str = ""
    due_on: date | None = None
    completed_on: date | None = None


@dataclass(frozen=True)
class RiskEvaluationFields:
    """Đánh giá hiệu lực: on which day, effective or not, the residual likelihood × impact, a
    comment; ``next_review_on`` (optional) becomes the risk's next review date."""

    on: date | None = None
    effective: bool = True
    residual_likelihood: int = 1
    residual_impact: int = 1
    comment: str = ""
    next_review_on: date | None = None


@dataclass(frozen=True)
class RiskActionRow:
    id: int
    description: str
    owner: str
    due_on: date | None
    completed_on: date | None
    state: DueState  # done, late, due soon… as of today (not applicable once the risk is closed)


@dataclass(frozen=True)
class RiskEvaluationRow:
    id: int
    on: date
    effective: bool
    residual_likelihood: int
    residual_impact: int
    residual_score: int
    residual_band: str | None
    comment: str


@dataclass(frozen=True)
class RiskRow:
    """A risk or opportunity as lists, the heat map and the register show it."""

    id: int
    kind: m.RiskKind
    title: str
    process: str
    department_name: str
    owner: str
    likelihood: int
    impact: int
    score: int
    band: str | None  # None for an opportunity
    residual_likelihood: int
    residual_impact: int
    residual_score: int
    residual_band: str | None
    identified_on: date
    last_evaluated_on: date | None
    review_on: date | None
    review_state: DueState  # NOT_APPLICABLE once closed
    status: m.RiskStatus
    closed_on: date | None
    actions: int
    open_actions: int

    @property
    def review_wanted(self) -> bool:
        """Open and its review date is due soon or passed ("cần xem xét lại")."""
        return self.review_state in REVIEW_WANTED


@dataclass(frozen=True)
class RiskDetail:
    """Everything the detail view, the register and the JSON need."""

    row: RiskRow
    department_id: int | None
    description: str
    cause: str
    consequence: str
    note: str
    actions: tuple[RiskActionRow, ...]
    evaluations: tuple[RiskEvaluationRow, ...]

    @property
    def id(self) -> int:
        return self.row.id

    def fields(self) -> RiskFields:
        r = self.row
        return RiskFields(
            kind=r.kind,
            title=r.title,
            process=r.process,
            department_id=self.department_id,
            description=self.description,
            cause=self.cause,
            consequence=self.consequence,
            owner=r.owner,
            likelihood=r.likelihood,
            impact=r.impact,
            identified_on=r.identified_on,
            review_on=r.review_on,
            note=self.note,
        )


@dataclass(frozen=True)
class RiskFilter:
    """The list's filters: kind, status, and "cần xem xét lại" (open, review due soon or late)."""

    kind: m.RiskKind | None = None
    status: m.RiskStatus | None = None
    review_wanted: bool = False


# ---- printed register ---------------------------------------------------------------------------
REGISTER_COLUMNS = (
    model.Column("STT", 12, 6, "center"),
    model.Column("Rủi ro, cơ hội", None, 42),
    model.Column("Quá trình, lĩnh vực", 34, 20),
    model.Column("Điểm (K×A)", 20, 11, "center", keep_together=True),
    model.Column("Mức", 22, 11, "center"),
    model.Column("Biện pháp xử lý", None, 46),
    model.Column("Điểm còn lại", 17, 9, "center"),
    model.Column("Xem xét lại", 23, 12, "center"),
    model.Column("Trạng thái", 22, 14),
)


def _score_text(likelihood: int, impact: int) -> str:
    return f"{likelihood}×{impact} = {risk_score(likelihood, impact)}"


def _actions_text(d: RiskDetail) -> str:
    lines = []
    for a in d.actions:
        notes = [a.owner] if a.owner else []
        if a.completed_on is not None:
            notes.append("đã xong")
        elif a.due_on is not None:
            notes.append(f"hạn {vocabulary.table_date(a.due_on)}")
        lines.append(f"- {a.description}" + (f" ({'; '.join(notes)})" if notes else ""))
    return "\n".join(lines)


def _status_text(r: RiskRow) -> str:
    label = vocabulary.risk_status_label(r.status)
    if r.closed_on is not None:
        return f"{label} ({vocabulary.table_date(r.closed_on)})"
    return label


def register_document(
    records: Sequence[RiskDetail], profile: dto.AgencyProfile, year: int, today: date, settings: RiskSettings
) -> model.Document:
    """Sổ theo dõi rủi ro, cơ hội of ``year``: the risks (by score, highest first), then the
    opportunities; the totals per band and the settings the bands come from."""
    risks = [d for d in records if d.row.kind is K.RISK]
    chances = [d for d in records if d.row.kind is K.OPPORTUNITY]
    rows: list[model.Row] = []
    number = 0

    def row(d: RiskDetail) -> model.Row:
        nonlocal number
        number += 1
        r = d.row
        return model.Row(
            (
                number,
                r.title,
                r.process or r.department_name,
                _score_text(r.likelihood, r.impact),
                vocabulary.risk_band_label(r.band),
                _actions_text(d),
                str(r.residual_score) if r.last_evaluated_on is not None else "",
                r.review_on,
                _status_text(r),
            )
        )

    if risks:
        rows.append(model.Row(("I", "RỦI RO"), group=True))
        rows += [row(d) for d in risks]
    if chances:
        rows.append(model.Row(("II" if risks else "I", "CƠ HỘI"), group=True))
        rows += [row(d) for d in chances]
    bands = [
        f"{vocabulary.count_text(n)} mức {vocabulary.risk_band_label(b).lower()}"
        for b in reversed(BANDS)
        if (n := sum(1 for d in risks if d.row.band == b))
    ]
    totals = f"Tổng số: {vocabulary.count_text(len(risks), 'rủi ro')}"
    if bands:
        totals += f" ({', '.join(bands)})"
    totals += f", {vocabulary.count_text(len(chances), 'cơ hội')}."
    scale = (
        f"Điểm = khả năng xảy ra (K) × mức độ ảnh hưởng (A), mỗi yếu tố từ 1 đến 5 (cơ hội: lợi ích × tính "
        f"khả thi). Mức rủi ro: thấp dưới {settings.medium_from} điểm, trung bình từ {settings.medium_from} "
        f"đến dưới {settings.high_from} điểm, cao từ {settings.high_from} điểm. Điểm còn lại: theo lần đánh "
        "giá hiệu lực gần nhất."
    )
    return model.Document(
        frame=register_frame(
            profile,
            "Sổ theo dõi rủi ro và cơ hội",
            f"Năm {year} (rủi ro, cơ hội đang theo dõi trong năm)",
            today,
        ),
        body=(
            model.Table(
                REGISTER_COLUMNS, tuple(rows), empty_text="(Chưa có rủi ro, cơ hội nào được nhận diện)"
            ),
            model.Paragraph(totals, "plain"),
            model.Paragraph(scale, "plain"),
        ),
        title=f"Sổ theo dõi rủi ro và cơ hội năm {year} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
        body_size=13.0,
    )


def risk_json(d: RiskDetail) -> dict[str, Any]:
    """One risk or opportunity as the JSON register writes it (ISO dates, null when absent)."""
    r = d.row
    return {
        "id": r.id,
        "kind": r.kind,
        "title": r.title,
        "process": r.process or None,
        "department": r.department_name or None,
        "owner": r.owner or None,
        "likelihood": r.likelihood,
        "impact": r.impact,
        "score": r.score,
        "band": r.band,
        "residual_likelihood": r.residual_likelihood,
        "residual_impact": r.residual_impact,
        "residual_score": r.residual_score,
        "residual_band": r.residual_band,
        "identified_on": r.identified_on,
        "review_on": r.review_on,
        "status": r.status,
        "closed_on": r.closed_on,
        "description": d.description or None,
        "cause": d.cause or None,
        "consequence": d.consequence or None,
        "actions": [
            {
                "description": a.description,
                "owner": a.owner or None,
                "due_on": a.due_on,
                "completed_on": a.completed_on,
            }
            for a in d.actions
        ],
        "evaluations": [
            {
                "on": e.on,
                "effective": e.effective,
                "residual_likelihood": e.residual_likelihood,
                "residual_impact": e.residual_impact,
                "residual_score": e.residual_score,
                "comment": e.comment or None,
            }
            for e in d.evaluations
        ],
    }


# ---- service ------------------------------------------------------------------------------------
_LOADS = (
    selectinload(m.Risk.department),
    selectinload(m.Risk.actions),
    selectinload(m.Risk.evaluations),
)


def _register_clause(year: int) -> ColumnElement[bool]:
    r = m.Risk
    return and_(
        r.identified_on <= date(year, 12, 31), or_(r.closed_on.is_(None), r.closed_on >= date(year, 1, 1))
    )


class RiskService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def today(self) -> date:
        return self._clock.today()

    # ---- settings ------------------------------------------------------------------------------
    def settings(self) -> RiskSettings:
        with self._uow() as uow:
            return self._settings(uow)

    @staticmethod
    def _settings(uow: UnitOfWork) -> RiskSettings:
        row = uow.session.execute(
            select(m.Agency.risk_medium_from, m.Agency.risk_high_from).order_by(m.Agency.id).limit(1)
        ).first()
        if row is None:
            return RiskSettings()
        return RiskSettings(int(row[0]), int(row[1]))

    def save_settings(self, medium_from: int, high_from: int) -> None:
        """Set the two band limits: 1 ≤ medium_from < high_from ≤ 25."""
        c = Checker()
        for name, value in (("medium_from", medium_from), ("high_from", high_from)):
            if not isinstance(value, int) or not 1 <= value <= 25:
                c.add(name, "risk.bad_band_limit")
        if not c.errors and medium_from >= high_from:
            c.add("high_from", "risk.band_order")
        c.raise_if_any()
        with self._uow() as uow:
            agency = uow.session.scalars(select(m.Agency).order_by(m.Agency.id).limit(1)).first()
            if agency is None:
                raise DomainError("agency.not_set_up")
            agency.risk_medium_from = medium_from
            agency.risk_high_from = high_from
            uow.commit()

    # ---- reading -------------------------------------------------------------------------------
    def risks(self, flt: RiskFilter | None = None, today: date | None = None) -> list[RiskRow]:
        """The risks then the opportunities, open ones first, by residual score (highest first)."""
        flt = flt or RiskFilter()
        r = m.Risk
        stmt = select(r).options(*_LOADS)
        if flt.kind is not None:
            stmt = stmt.where(r.kind == flt.kind)
        if flt.status is not None:
            stmt = stmt.where(r.status == flt.status)
        rows = [d.row for d in self._read(stmt, today)]
        if flt.review_wanted:
            rows = [x for x in rows if x.review_wanted]
        return sorted(rows, key=_list_order)

    def get(self, risk_id: int, today: date | None = None) -> RiskDetail:
        with self._uow() as uow:
            row = _get(uow, m.Risk, risk_id)
            return self._details(uow, [row], today)[0]

    def register(self, year: int, today: date | None = None) -> list[RiskDetail]:
        """The year's register: risks and opportunities open at some time in ``year``; risks first,
        by initial score (highest first), then by the day they were identified."""
        stmt = select(m.Risk).where(_register_clause(year)).options(*_LOADS)
        details = self._read(stmt, today)
        return sorted(
            details,
            key=lambda d: (d.row.kind is not K.RISK, -d.row.score, d.row.identified_on, d.row.id),
        )

    def years(self) -> list[int]:
        """The years with a risk or opportunity open at some time, newest first (up to today's)."""
        r = m.Risk
        with self._uow() as uow:
            first = uow.session.execute(select(r.identified_on).order_by(r.identified_on).limit(1)).scalar()
        if first is None:
            return []
        return list(range(max(self.today().year, first.year), first.year - 1, -1))

    def reviewed_in_year(self, year: int) -> bool:
        """At least one risk open on 31/03/``year`` and every risk open that day assessed or
        evaluated on a day of the first quarter of ``year`` (opportunities do not count)."""
        end_q1 = date(year, 3, 31)
        r, e = m.Risk, m.RiskEvaluation
        with self._uow() as uow:
            risks = list(
                uow.session.execute(
                    select(r.id, r.identified_on, r.closed_on).where(
                        r.kind == K.RISK,
                        r.identified_on <= end_q1,
                        or_(r.closed_on.is_(None), r.closed_on > end_q1),
                    )
                )
            )
            ids = [x.id for x in risks]
            evaluated: dict[int, list[date]] = {i: [] for i in ids}
            if ids:
                for risk_id, on in uow.session.execute(
                    select(e.risk_id, e.on).where(
                        e.risk_id.in_(ids), e.on >= date(year, 1, 1), e.on <= end_q1
                    )
                ):
                    evaluated[risk_id].append(on)
        return reviewed(year, [(x.identified_on, x.closed_on, evaluated[x.id]) for x in risks])

    def heat_map(self, on: date | None = None) -> tuple[tuple[int, ...], ...]:
        """5×5 counts of the risks (not opportunities) open on ``on`` (today) at their residual
        (likelihood, impact) as of that day: ``heat_map(on)[likelihood - 1][impact - 1]``."""
        counts = [[0] * 5 for _ in range(5)]
        for row in self._open_risks(on):
            counts[row.residual_likelihood - 1][row.residual_impact - 1] += 1
        return tuple(tuple(line) for line in counts)

    def risks_in_cell(self, likelihood: int, impact: int, on: date | None = None) -> list[RiskRow]:
        """The risks a heat-map cell counts (open on ``on``, residual at that cell)."""
        return [
            r
            for r in self._open_risks(on)
            if (r.residual_likelihood, r.residual_impact) == (likelihood, impact)
        ]

    def _open_risks(self, on: date | None) -> list[RiskRow]:
        on = on or self.today()
        r = m.Risk
        stmt = (
            select(r)
            .where(r.kind == K.RISK, r.identified_on <= on, or_(r.closed_on.is_(None), r.closed_on > on))
            .options(*_LOADS)
        )
        return sorted((d.row for d in self._read(stmt, None, residual_on=on)), key=_list_order)

    def requests_of(self, risk_id: int) -> list[tuple[int, str]]:
        """The corrective-action requests raised from the risk: (id, number "03/2026"), oldest first."""
        ca = m.CorrectiveAction
        with self._uow() as uow:
            return [
                (ident, ca_rules.ca_number(seq, year))
                for ident, seq, year in uow.session.execute(
                    select(ca.id, ca.seq, ca.year)
                    .where(ca.source_type == "risk", ca.source_id == risk_id)
                    .order_by(ca.year, ca.seq)
                )
            ]

    def review_counts(self, today: date | None = None) -> tuple[int, int]:
        """(due soon, late) reviews of the open risks and opportunities as of ``today``."""
        rows = self.risks(RiskFilter(status=S.OPEN), today)
        soon = sum(1 for x in rows if x.review_state is DueState.DUE_SOON)
        late = sum(1 for x in rows if x.review_state is DueState.LATE)
        return soon, late

    # ---- risks ---------------------------------------------------------------------------------
    def create(self, fields: RiskFields) -> int:
        f = self._checked(fields)
        with self._uow() as uow:
            self._check_department(uow, f)
            row = m.Risk(status=S.OPEN)
            _apply(row, f)
            uow.session.add(row)
            uow.commit()
            return row.id

    def update(self, risk_id: int, fields: RiskFields) -> None:
        f = self._checked(fields)
        with self._uow() as uow:
            row = _get(uow, m.Risk, risk_id)
            _refuse_if_closed(row)
            self._check_department(uow, f)
            c = Checker()
            assert f.identified_on is not None
            first = min((e.on for e in row.evaluations), default=None)
            if first is not None and f.identified_on > first:
                c.add("identified_on", "risk.identified_after_evaluation", on=vocabulary.table_date(first))
            c.raise_if_any()
            _apply(row, f)
            uow.commit()

    def delete(self, risk_id: int) -> None:
        """Delete a risk with its actions and evaluations; refused while a corrective action names it."""
        with self._uow() as uow:
            row = _get(uow, m.Risk, risk_id)
            ca = m.CorrectiveAction
            linked = uow.session.execute(
                select(ca.seq, ca.year).where(ca.source_type == "risk", ca.source_id == risk_id).limit(1)
            ).first()
            if linked is not None:
                raise DomainError("risk.has_request", number=ca_rules.ca_number(linked[0], linked[1]))
            uow.session.delete(row)
            uow.commit()

    def close(self, risk_id: int, on: date | None) -> None:
        """Close (đã đóng) on ``on``: not after today, not before it was identified."""
        with self._uow() as uow:
            row = _get(uow, m.Risk, risk_id)
            if row.status is S.CLOSED:
                raise DomainError("risk.already_closed", on=vocabulary.table_date(row.closed_on))
            c = Checker()
            c.date_range("closed_on", on, required=True)
            if on is not None and not c.errors:
                if on > self.today():
                    c.add("closed_on", "risk.date_in_future")
                elif on < row.identified_on:
                    c.add("closed_on", "risk.before_identified", on=vocabulary.table_date(row.identified_on))
            c.raise_if_any()
            row.status = S.CLOSED
            row.closed_on = on
            uow.commit()

    def reopen(self, risk_id: int) -> None:
        with self._uow() as uow:
            row = _get(uow, m.Risk, risk_id)
            if row.status is not S.CLOSED:
                raise DomainError("risk.not_closed")
            row.status = S.OPEN
            row.closed_on = None
            uow.commit()

    def _checked(self, fields: RiskFields) -> RiskFields:
        f = dataclasses.replace(
            fields,
            title=clean(fields.title),
            process=clean(fields.process),
            description=clean_multiline(fields.description),
            cause=clean_multiline(fields.cause),
            consequence=clean_multiline(fields.consequence),
            owner=clean(fields.owner),
            note=clean_multiline(fields.note),
        )
        c = Checker()
        if not isinstance(f.kind, m.RiskKind):
            c.add("kind", "field.required")
        c.text("title", f.title, 300, required=True)
        c.text("process", f.process, 200)
        c.text("description", f.description, 4000)
        c.text("cause", f.cause, 4000)
        c.text("consequence", f.consequence, 4000)
        c.text("owner", f.owner, 120)
        c.text("note", f.note, 4000)
        _check_scale(c, "likelihood", f.likelihood)
        _check_scale(c, "impact", f.impact)
        c.date_range("identified_on", f.identified_on, required=True)
        if f.identified_on is not None and f.identified_on > self.today():
            c.add("identified_on", "risk.date_in_future")
        c.date_range("review_on", f.review_on)
        if f.review_on is not None and f.identified_on is not None and f.review_on < f.identified_on:
            c.add("review_on", "risk.review_before_identified")
        c.raise_if_any()
        return f

    @staticmethod
    def _check_department(uow: UnitOfWork, f: RiskFields) -> None:
        if f.department_id is not None and uow.session.get(m.Department, f.department_id) is None:
            c = Checker()
            c.add("department_id", "field.not_found")
            c.raise_if_any()

    # ---- actions -------------------------------------------------------------------------------
    def add_action(self, risk_id: int, fields: RiskActionFields) -> int:
        with self._uow() as uow:
            row = _get(uow, m.Risk, risk_id)
            _refuse_if_closed(row)
            f = self._checked_action(fields, row)
            action = m.RiskAction(sort_order=max((a.sort_order for a in row.actions), default=0) + 1)
            _apply_action(action, f)
            row.actions.append(action)
            uow.commit()
            return action.id

    def update_action(self, action_id: int, fields: RiskActionFields) -> None:
        with self._uow() as uow:
            action = _get(uow, m.RiskAction, action_id)
            _refuse_if_closed(action.risk)
            _apply_action(action, self._checked_action(fields, action.risk))
            uow.commit()

    def delete_action(self, action_id: int) -> None:
        with self._uow() as uow:
            action = _get(uow, m.RiskAction, action_id)
            _refuse_if_closed(action.risk)
            uow.session.delete(action)
            uow.commit()

    def _checked_action(self, fields: RiskActionFields, row: m.Risk) -> RiskActionFields:
        f = dataclasses.replace(
            fields, description=clean_multiline(fields.description), owner=clean(fields.owner)
        )
        c = Checker()
        c.text("description", f.description, 2000, required=True)
        c.text("owner", f.owner, 120)
        c.date_range("due_on", f.due_on)
        if f.due_on is not None and f.due_on < row.identified_on:
            c.add("due_on", "risk.before_identified", on=vocabulary.table_date(row.identified_on))
        c.date_range("completed_on", f.completed_on)
        if f.completed_on is not None and "completed_on" not in {e.field for e in c.errors}:
            if f.completed_on > self.today():
                c.add("completed_on", "risk.date_in_future")
            elif f.completed_on < row.identified_on:
                c.add("completed_on", "risk.before_identified", on=vocabulary.table_date(row.identified_on))
        c.raise_if_any()
        return f

    # ---- evaluations ---------------------------------------------------------------------------
    def add_evaluation(self, risk_id: int, fields: RiskEvaluationFields) -> int:
        """Record an evaluation of the actions' effectiveness; its residual score becomes the risk's
        (the latest evaluation's), its ``next_review_on`` the risk's next review date."""
        with self._uow() as uow:
            row = _get(uow, m.Risk, risk_id)
            _refuse_if_closed(row)
            f = self._checked_evaluation(fields, row)
            assert f.on is not None
            evaluation = m.RiskEvaluation(on=f.on)
            _apply_evaluation(evaluation, f)
            row.evaluations.append(evaluation)
            if f.next_review_on is not None:
                row.review_on = f.next_review_on
            uow.commit()
            return evaluation.id

    def update_evaluation(self, evaluation_id: int, fields: RiskEvaluationFields) -> None:
        with self._uow() as uow:
            evaluation = _get(uow, m.RiskEvaluation, evaluation_id)
            row = evaluation.risk
            _refuse_if_closed(row)
            f = self._checked_evaluation(fields, row)
            _apply_evaluation(evaluation, f)
            if f.next_review_on is not None:
                row.review_on = f.next_review_on
            uow.commit()

    def delete_evaluation(self, evaluation_id: int) -> None:
        with self._uow() as uow:
            evaluation = _get(uow, m.RiskEvaluation, evaluation_id)
            _refuse_if_closed(evaluation.risk)
            uow.session.delete(evaluation)
            uow.commit()

    def _checked_evaluation(self, fields: RiskEvaluationFields, row: m.Risk) -> RiskEvaluationFields:
        f = dataclasses.replace(
            fields, comment=clean_multiline(fields.comment), effective=bool(fields.effective)
        )
        c = Checker()
        c.date_range("on", f.on, required=True)
        if f.on is not None and "on" not in {e.field for e in c.errors}:
            if f.on > self.today():
                c.add("on", "risk.date_in_future")
            elif f.on < row.identified_on:
                c.add("on", "risk.before_identified", on=vocabulary.table_date(row.identified_on))
        _check_scale(c, "residual_likelihood", f.residual_likelihood)
        _check_scale(c, "residual_impact", f.residual_impact)
        c.text("comment", f.comment, 4000)
        c.date_range("next_review_on", f.next_review_on)
        if f.next_review_on is not None and f.on is not None and f.next_review_on < f.on:
            c.add("next_review_on", "risk.review_before_evaluation")
        c.raise_if_any()
        return f

    # ---- exports -------------------------------------------------------------------------------
    def register_document(self, which: str, year: int, today: date | None = None) -> model.Document:
        """The printed register (pdf, xlsx) of ``year``: ``which`` is the export kind, "risks"."""
        _check_which(which)
        today = today or self.today()
        with self._uow() as uow:
            agency = uow.session.scalars(select(m.Agency).order_by(m.Agency.id).limit(1)).first()
            if agency is None:
                raise DomainError("agency.not_set_up")
            profile = to_dto(dto.AgencyProfile, agency)
            settings = self._settings(uow)
        return register_document(self.register(year, today), profile, year, today, settings)

    def register_json(self, which: str, year: int, today: date | None = None) -> list[dict[str, Any]]:
        """The register of ``year`` as JSON objects (``risk_json``)."""
        _check_which(which)
        return [risk_json(d) for d in self.register(year, today)]

    # ---- reading helpers -----------------------------------------------------------------------
    def _read(self, stmt: Any, today: date | None, *, residual_on: date | None = None) -> list[RiskDetail]:
        today = today or self.today()
        with self._uow() as uow:
            settings = self._settings(uow)
            window = warning_window(uow)
            rows = list(uow.session.scalars(stmt))
            return [_detail(r, settings, today, window, residual_on) for r in rows]

    def _details(self, uow: UnitOfWork, rows: Sequence[m.Risk], today: date | None) -> list[RiskDetail]:
        settings = self._settings(uow)
        window = warning_window(uow)
        day = today or self.today()
        return [_detail(r, settings, day, window, None) for r in rows]


# ---- helpers ------------------------------------------------------------------------------------
def _list_order(r: RiskRow) -> tuple[Any, ...]:
    return (r.status is not S.OPEN, r.kind is not K.RISK, -r.residual_score, -r.score, r.identified_on, r.id)


def _check_which(which: str) -> None:
    if which != "risks":
        raise DomainError("export.bad_document", kind=which)


def _check_scale(c: Checker, name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        c.add(name, "risk.bad_scale")


def _refuse_if_closed(row: m.Risk) -> None:
    if row.status is S.CLOSED:
        raise DomainError("risk.closed_read_only", on=vocabulary.table_date(row.closed_on))


def _apply(row: m.Risk, f: RiskFields) -> None:
    for field in dataclasses.fields(RiskFields):
        setattr(row, field.name, getattr(f, field.name))


def _apply_action(action: m.RiskAction, f: RiskActionFields) -> None:
    action.description = f.description
    action.owner = f.owner
    action.due_on = f.due_on
    action.completed_on = f.completed_on


def _apply_evaluation(evaluation: m.RiskEvaluation, f: RiskEvaluationFields) -> None:
    assert f.on is not None
    evaluation.on = f.on
    evaluation.effective = f.effective
    evaluation.residual_likelihood = f.residual_likelihood
    evaluation.residual_impact = f.residual_impact
    evaluation.comment = f.comment


def _detail(
    row: m.Risk, settings: RiskSettings, today: date, window: int, residual_on: date | None
) -> RiskDetail:
    evaluations = sorted(row.evaluations, key=lambda e: (e.on, e.id))
    rl, ri = residual_of(
        row.likelihood,
        row.impact,
        [(e.on, e.residual_likelihood, e.residual_impact) for e in evaluations],
        residual_on,
    )
    is_open = row.status is S.OPEN
    score = risk_score(row.likelihood, row.impact)
    residual = risk_score(rl, ri)
    review_state = due_state(row.review_on, today, window) if is_open else DueState.NOT_APPLICABLE
    actions = tuple(
        RiskActionRow(
            id=a.id,
            description=a.description,
            owner=a.owner,
            due_on=a.due_on,
            completed_on=a.completed_on,
            state=(
                due_state(a.due_on, today, window, done_on=a.completed_on)
                if is_open or a.completed_on is not None
                else DueState.NOT_APPLICABLE
            ),
        )
        for a in row.actions
    )
    return RiskDetail(
        row=RiskRow(
            id=row.id,
            kind=row.kind,
            title=row.title,
            process=row.process,
            department_name=row.department.name if row.department is not None else "",
            owner=row.owner,
            likelihood=row.likelihood,
            impact=row.impact,
            score=score,
            band=settings.band(row.kind, score),
            residual_likelihood=rl,
            residual_impact=ri,
            residual_score=residual,
            residual_band=settings.band(row.kind, residual),
            identified_on=row.identified_on,
            last_evaluated_on=evaluations[-1].on if evaluations else None,
            review_on=row.review_on,
            review_state=review_state,
            status=row.status,
            closed_on=row.closed_on,
            actions=len(actions),
            open_actions=sum(1 for a in row.actions if a.completed_on is None),
        ),
        department_id=row.department_id,
        description=row.description,
        cause=row.cause,
        consequence=row.consequence,
        note=row.note,
        actions=actions,
        evaluations=tuple(
            RiskEvaluationRow(
                id=e.id,
                on=e.on,
                effective=e.effective,
                residual_likelihood=e.residual_likelihood,
                residual_impact=e.residual_impact,
                residual_score=risk_score(e.residual_likelihood, e.residual_impact),
                residual_band=settings.band(row.kind, risk_score(e.residual_likelihood, e.residual_impact)),
                comment=e.comment,
            )
            for e in evaluations
        ),
    )
