"""Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL: the 6-month (``h1``) and the annual
(``year``) report as a stored record.

- **Period** from the agency's convention (``agency.report_calendar``: Decree 09/2019 cut-offs or
  calendar halves); the annual report covers its whole year.
- **Cut-off**: the earlier of the period's end and the report's date (without a date: and today),
  recomputed on every refresh unless the secretary edited it.
- **Figures** through ``IndicatorsService.period(start, end, cutoff)`` (``report_figures``), stored as
  JSON with the report, and the **frame** (issuer and parent body, signing lines, signer, Kính gửi,
  recipients, legal bases) taken from the profile at the same moment: a signed or sent report keeps
  both, so it reprints as it was after the records or the agency's name change.
- **Life cycle**: draft (refreshed on demand) → signed (number and date needed; read-only) → sent
  (a sent date not before the signed one). A correction is a copy saved as a new draft; one draft
  per kind and year at a time.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app import models as m
from app.services import vocabulary
from app.services._mapping import get_or_raise as _get
from app.services.clock import Clock
from app.services.errors import DomainError
from app.services.figure_records import RecordLine
from app.services.periods import Period
from app.services.unit_of_work import UowFactory
from app.services.validation import Checker, clean, clean_multiline

RK, RS = m.ReportKind, m.ReportStatus

# The figures' JSON names (the review's names where they mean the same); ``report_json`` prints
# them in this order, then any other stored key.
FIGURE_KEYS = (
    "tthc_in_jurisdiction",
    "tthc_covered",
    "internal_procedures",
    "procedures_new",
    "procedures_amended",
    "procedures_legal",
    "procedures_obsoleted",
    "procedures_obsolete_undated",
    "legal_effective",
    "updates_closed",
    "updates_open",
    "updates_overdue",
    "policy_issued",
    "objectives_issued",
    "plan_issued",
    "audits_held",
    "findings_by_type",
    "ca_opened",
    "ca_closed",
    "ca_open",
    "ca_overdue",
    "inspections",
    "recommendations_open",
    "recommendations_closed",
    "reviews_held",
    "review_decisions",
    "publications",
    "satisfaction_surveys",
    "satisfaction_answered",
    "satisfaction_percent",
    "complaints_received",
    "complaints_well_founded",
    "complaints_resolved",
    "objectives_total",
    "objectives_met",
    "objectives_not_met",
    "objectives_at_risk",
    "objectives_on_track",
    "objectives_not_measured",
    "objectives",
    "training_sessions",
    "training_attendees",
    "tthc_received",
    "tthc_resolved",
    "tthc_on_time",
    "tthc_late",
    "tthc_on_time_percent",
    "plan_exists",
    "plan_tasks_done",
    "plan_tasks_total",
    "facts",
)


@dataclass(frozen=True)
class ReportFields:
    """What the secretary sets on a draft; empty texts take the agency's defaults when printed."""

    number: str = ""
    report_on: date | None = None
    cutoff: date | None = None  # None: automatic (the earlier of the period's end and the date)
    addressee: str = ""  # "Kính gửi", one a line
    request_ref: str = ""  # the upstream request answered ("Công văn số …/SKHCN-TĐC ngày …")
    recipients: str = ""
    signing_lines: str = ""
    signer_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class ReportDetail:
    id: int
    kind: m.ReportKind
    year: int
    period_start: date
    period_end: date
    cutoff: date
    cutoff_edited: bool
    number: str
    report_on: date | None
    status: m.ReportStatus
    signed_on: date | None
    sent_on: date | None
    addressee: str
    request_ref: str
    recipients: str
    signing_lines: str
    signer_name: str
    note: str
    figures: dict[str, Any]
    frame: dict[str, Any]
    composed_on: date | None
    corrects_id: int | None
    # The stored outline and text: dicts {key, heading, level, mode, paragraphs, edited,
    # heading_edited, text}; empty: not written yet (``report_prose.report_sections`` generates it).
    sections: tuple[dict[str, Any], ...] = ()

    @property
    def read_only(self) -> bool:
        return self.status is not RS.DRAFT

    @property
    def title(self) -> str:
        return report_title(self.kind, self.year)

    def fields(self) -> ReportFields:
        return ReportFields(
            number=self.number,
            report_on=self.report_on,
            cutoff=self.cutoff if self.cutoff_edited else None,
            addressee=self.addressee,
            request_ref=self.request_ref,
            recipients=self.recipients,
            signing_lines=self.signing_lines,
            signer_name=self.signer_name,
            note=self.note,
        )


def report_title(kind: m.ReportKind, year: int) -> str:
    """ "Báo cáo 6 tháng đầu năm 2026", "Báo cáo năm 2026"."""
    return f"Báo cáo 6 tháng đầu năm {year}" if kind is RK.H1 else f"Báo cáo năm {year}"


def kind_of(value: str | m.ReportKind) -> m.ReportKind:
    return value if isinstance(value, m.ReportKind) else m.ReportKind(value)


def default_cutoff(period: Period, report_on: date | None, today: date) -> date:
    """The earlier of the period's end and the report's date (no date: today), never before the
    period's start."""
    return max(period.start, min(period.end, report_on or today))


# ---- figures ------------------------------------------------------------------------------------
def report_figures(indicators: Any, start: date, end: date, cutoff: date) -> dict[str, Any]:
    """The report's figures of ``start``–``end`` counted up to ``cutoff`` (see the module)."""
    p = indicators.period(start, end, cutoff)
    q, d = p.quality, p.documents
    sat, tthc, training = q.satisfaction, q.tthc, q.training
    o = p.objectives
    objectives = indicators.objectives_as_of(end.year, p.cutoff)
    return {
        "tthc_in_jurisdiction": p.coverage.in_jurisdiction,
        "tthc_covered": p.coverage.covered,
        "internal_procedures": d.internal_procedures,
        "procedures_new": d.procedures_new,
        "procedures_amended": d.procedures_amended,
        "procedures_legal": d.procedures_legal,
        "procedures_obsoleted": d.procedures_obsoleted,
        "procedures_obsolete_undated": d.procedures_obsolete_undated,
        "legal_effective": p.legal_effective,
        "updates_closed": p.updates_closed,
        "updates_open": p.updates_open_at_cutoff,
        "updates_overdue": p.updates_overdue_at_cutoff,
        "policy_issued": d.policy_issued,
        "objectives_issued": d.objectives_issued,
        "plan_issued": d.plan_issued,
        "audits_held": q.audits_held,
        "findings_by_type": dict(sorted(q.findings_by_type.items())),
        "ca_opened": q.ca_opened,
        "ca_closed": q.ca_closed,
        "ca_open": q.ca_open_at_cutoff,
        "ca_overdue": q.ca_overdue_at_cutoff,
        "inspections": q.inspections,
        "recommendations_open": q.recommendations_open,
        "recommendations_closed": q.recommendations_closed,
        "reviews_held": d.reviews_held,
        "review_decisions": d.review_decisions,
        "publications": d.publications,
        "satisfaction_surveys": sat.surveys,
        "satisfaction_answered": sat.answered,
        "satisfaction_percent": sat.percent_satisfied,
        "complaints_received": q.complaints_received,
        "complaints_well_founded": q.complaints_well_founded,
        "complaints_resolved": q.complaints_resolved,
        "objectives_total": o.total,
        "objectives_met": o.met,
        "objectives_not_met": o.not_met,
        "objectives_at_risk": o.at_risk,
        "objectives_on_track": o.on_track,
        "objectives_not_measured": o.not_measured,
        "objectives": objectives,
        "training_sessions": training.sessions,
        "training_attendees": training.attendances,
        "tthc_received": tthc.received,
        "tthc_resolved": tthc.resolved,
        "tthc_on_time": tthc.early + tthc.on_time,
        "tthc_late": tthc.late,
        "tthc_on_time_percent": tthc.rate,
        "plan_exists": p.plan.exists,
        "plan_tasks_done": p.plan.completed,
        "plan_tasks_total": p.plan.total,
        "facts": indicators.report_facts(end.year, start, end, p.cutoff),
    }


# ---- service -------------------------------------------------------------------------------------
class ReportService:
    def __init__(self, uow: UowFactory, clock: Clock, indicators: Any, agency: Any) -> None:
        self._uow = uow
        self._clock = clock
        self._indicators = indicators
        self._agency = agency

    def today(self) -> date:
        return self._clock.today()

    # ---- reading -------------------------------------------------------------------------------
    def period(self, kind: str | m.ReportKind, year: int) -> Period:
        calendar = self._agency.report_calendar(year)
        return calendar.six_month_period if kind_of(kind) is RK.H1 else calendar.annual_period

    def six_month_required(self) -> bool:
        return bool(self._agency.get_reporting().six_month_report)

    def kinds(self) -> list[m.ReportKind]:
        """The reports the agency sends: the annual one, and the 6-month one unless the province
        asks for none."""
        return [RK.H1, RK.YEAR] if self.six_month_required() else [RK.YEAR]

    def years(self) -> list[int]:
        with self._uow() as uow:
            return sorted(set(uow.session.scalars(select(m.QmsReport.year))))

    def list_reports(self, year: int | None = None) -> list[ReportDetail]:
        """Every stored report (of ``year``), by kind and then oldest first (corrections after)."""
        r = m.QmsReport
        stmt = select(r).order_by(r.year, r.kind, r.id)
        if year is not None:
            stmt = stmt.where(r.year == year)
        with self._uow() as uow:
            return [_detail(x) for x in uow.session.scalars(stmt)]

    def get(self, report_id: int) -> ReportDetail:
        with self._uow() as uow:
            return _detail(_get(uow, m.QmsReport, report_id))

    def find(self, kind: str | m.ReportKind, year: int) -> ReportDetail | None:
        """The report of ``kind`` and ``year`` that counts now: its newest (a correction's draft
        after the report it corrects)."""
        r = m.QmsReport
        with self._uow() as uow:
            row = uow.session.scalars(
                select(r).where(r.kind == kind_of(kind), r.year == year).order_by(r.id.desc()).limit(1)
            ).first()
            return _detail(row) if row is not None else None

    def draft(self, kind: str | m.ReportKind, year: int) -> ReportDetail | None:
        r = m.QmsReport
        with self._uow() as uow:
            row = uow.session.scalars(
                select(r).where(r.kind == kind_of(kind), r.year == year, r.status == RS.DRAFT)
            ).first()
            return _detail(row) if row is not None else None

    def sent(self, year: int) -> dict[m.ReportKind, ReportDetail]:
        """The year's reports sent upstream, by kind (the latest sent of each)."""
        out: dict[m.ReportKind, ReportDetail] = {}
        for x in self.list_reports(year):
            if x.status is RS.SENT:
                out[x.kind] = x
        return out

    def preview(self, kind: str | m.ReportKind, year: int) -> ReportDetail:
        """The report composed in memory, nothing saved (``export report`` with none stored)."""
        k = kind_of(kind)
        period = self.period(k, year)
        cutoff = default_cutoff(period, None, self.today())
        return ReportDetail(
            id=0,
            kind=k,
            year=year,
            period_start=period.start,
            period_end=period.end,
            cutoff=cutoff,
            cutoff_edited=False,
            number="",
            report_on=None,
            status=RS.DRAFT,
            signed_on=None,
            sent_on=None,
            addressee="",
            request_ref="",
            recipients="",
            signing_lines="",
            signer_name="",
            note="",
            figures=report_figures(self._indicators, period.start, period.end, cutoff),
            frame=self._frame(ReportFields()),
            composed_on=self.today(),
            corrects_id=None,
        )

    def figure_records(self, report_id: int, key: str) -> list[RecordLine]:
        """The records behind figure ``key`` (``figure_records.FIGURE_RECORDS``) of the report's
        period up to its cut-off, as they are now."""
        r = self.get(report_id)
        return self._indicators.records_behind(r.period_start, r.period_end, key, r.cutoff)

    # ---- writing -------------------------------------------------------------------------------
    def compose(self, kind: str | m.ReportKind, year: int) -> int:
        """Create the draft of ``kind`` and ``year``, or refresh the one there is. Refused when the
        report is signed or sent (a correction is a copy: ``correct``)."""
        k = kind_of(kind)
        if k is RK.H1 and not self.six_month_required():
            raise DomainError("report.not_required")
        existing = self.draft(k, year)
        if existing is not None:
            self.refresh(existing.id)
            return existing.id
        latest = self.find(k, year)
        if latest is not None:
            raise DomainError("report.signed_exists", title=report_title(k, year))
        period = self.period(k, year)
        today = self.today()
        cutoff = default_cutoff(period, None, today)
        figures = report_figures(self._indicators, period.start, period.end, cutoff)
        frame = self._frame(ReportFields())
        with self._uow() as uow:
            row = m.QmsReport(
                kind=k,
                year=year,
                period_start=period.start,
                period_end=period.end,
                cutoff=cutoff,
                cutoff_edited=False,
                status=RS.DRAFT,
                figures=_dump(figures),
                frame=_dump(frame),
                composed_on=today,
            )
            uow.session.add(row)
            uow.commit()
            report_id = row.id
        self._rebuild_sections(report_id, template=self.outline())
        return report_id

    def refresh(self, report_id: int) -> None:
        """Take the figures and the frame again (a draft only); an automatic cut-off follows the
        report's date and today, and the period follows the agency's convention."""
        current = self.get(report_id)
        _refuse_if_read_only(current)
        period = self.period(current.kind, current.year)
        today = self.today()
        # An edited cut-off the period no longer holds (the convention changed) is automatic again.
        edited = current.cutoff_edited and period.start <= current.cutoff <= period.end
        cutoff = current.cutoff if edited else default_cutoff(period, current.report_on, today)
        figures = report_figures(self._indicators, period.start, period.end, cutoff)
        frame = self._frame(current.fields())
        with self._uow() as uow:
            row = _get(uow, m.QmsReport, report_id)
            row.period_start, row.period_end, row.cutoff = period.start, period.end, cutoff
            row.cutoff_edited = edited
            row.figures, row.frame, row.composed_on = _dump(figures), _dump(frame), today
            uow.commit()
        self._rebuild_sections(report_id)

    def update(self, report_id: int, fields: ReportFields) -> None:
        """Save what the secretary set on a draft, then refresh its figures (the cut-off may move)."""
        current = self.get(report_id)
        _refuse_if_read_only(current)
        f = _checked(fields, Period(current.period_start, current.period_end))
        with self._uow() as uow:
            row = _get(uow, m.QmsReport, report_id)
            row.number, row.report_on = f.number, f.report_on
            row.cutoff_edited = f.cutoff is not None
            if f.cutoff is not None:
                row.cutoff = f.cutoff
            row.addressee, row.request_ref, row.recipients = f.addressee, f.request_ref, f.recipients
            row.signing_lines, row.signer_name, row.note = f.signing_lines, f.signer_name, f.note
            uow.commit()
        self.refresh(report_id)

    def sign(self, report_id: int, number: str | None = None, on: date | None = None) -> None:
        """Signed: a number and a date (given here or already set), the figures taken one last time
        at the cut-off that date gives, then read-only."""
        current = self.get(report_id)
        _refuse_if_read_only(current)
        number = clean(number if number is not None else current.number)
        on = on or current.report_on
        c = Checker()
        if not number:
            c.add("number", "report.number_needed")
        if on is None:
            c.add("report_on", "report.date_needed")
        elif on > self.today():
            c.add("report_on", "report.signed_in_future")
        elif on < current.period_start:
            c.add("report_on", "report.date_before_period", start=vocabulary.table_date(current.period_start))
        c.text("number", number, 60)
        c.raise_if_any()
        assert on is not None
        self.update(report_id, dataclasses.replace(current.fields(), number=number, report_on=on))
        with self._uow() as uow:
            row = _get(uow, m.QmsReport, report_id)
            row.status, row.signed_on = RS.SIGNED, on
            uow.commit()

    def send(self, report_id: int, on: date) -> None:
        current = self.get(report_id)
        c = Checker()
        if current.status is not RS.SIGNED or current.signed_on is None:
            raise DomainError("report.not_signed" if current.status is RS.DRAFT else "report.read_only")
        if on < current.signed_on:
            c.add("sent_on", "report.sent_before_signed", signed=vocabulary.table_date(current.signed_on))
        elif on > self.today():
            c.add("sent_on", "report.sent_in_future")
        c.raise_if_any()
        with self._uow() as uow:
            row = _get(uow, m.QmsReport, report_id)
            row.status, row.sent_on = RS.SENT, on
            uow.commit()

    def correct(self, report_id: int) -> int:
        """A copy of a signed or sent report saved as a new draft (its number, date and texts kept
        to edit), its figures taken again; refused while the kind and year have a draft."""
        current = self.get(report_id)
        if current.status is RS.DRAFT or self.draft(current.kind, current.year) is not None:
            raise DomainError("report.draft_exists", title=report_title(current.kind, current.year))
        with self._uow() as uow:
            row = m.QmsReport(
                kind=current.kind,
                year=current.year,
                period_start=current.period_start,
                period_end=current.period_end,
                cutoff=current.cutoff,
                cutoff_edited=current.cutoff_edited,
                number=current.number,
                report_on=current.report_on,
                status=RS.DRAFT,
                addressee=current.addressee,
                request_ref=current.request_ref,
                recipients=current.recipients,
                signing_lines=current.signing_lines,
                signer_name=current.signer_name,
                note=current.note,
                figures=_dump(current.figures),
                frame=_dump(current.frame),
                composed_on=current.composed_on,
                corrects_id=current.id,
                sections=json.dumps(list(current.sections), ensure_ascii=False),
            )
            uow.session.add(row)
            uow.commit()
            new_id = row.id
        self.refresh(new_id)
        return new_id

    def delete(self, report_id: int) -> None:
        with self._uow() as uow:
            row = _get(uow, m.QmsReport, report_id)
            if row.status is not RS.DRAFT:
                raise DomainError("report.delete_signed")
            uow.session.delete(row)
            uow.commit()

    # ---- sections ------------------------------------------------------------------------------
    def outline(self) -> list[dict[str, Any]]:
        """The agency's saved outline (headings, order, per section generated or free text with
        ``{figure}`` placeholders); empty: the app's default."""
        text = self._agency.report_outline()
        return json.loads(text) if text else []

    def _rebuild_sections(self, report_id: int, template: list[dict[str, Any]] | None = None) -> None:
        """Write the generated text again: sections the secretary edited keep their text (and stay
        marked), the others follow the figures; a new report starts from ``template``."""
        detail = self.get(report_id)
        sections = build_sections(detail, list(detail.sections) or template or [])
        with self._uow() as uow:
            row = _get(uow, m.QmsReport, report_id)
            row.sections = json.dumps(sections, ensure_ascii=False)
            uow.commit()

    def _store_sections(self, report_id: int, sections: list[dict[str, Any]]) -> None:
        current = self.get(report_id)
        _refuse_if_read_only(current)
        with self._uow() as uow:
            row = _get(uow, m.QmsReport, report_id)
            row.sections = json.dumps(sections, ensure_ascii=False)
            uow.commit()

    def _sections_of(self, report_id: int) -> tuple[ReportDetail, list[dict[str, Any]]]:
        detail = self.get(report_id)
        _refuse_if_read_only(detail)
        return detail, [dict(x) for x in (detail.sections or build_sections(detail, []))]

    def save_section(self, report_id: int, key: str, heading: str, paragraphs: list[str]) -> None:
        """The secretary's heading and paragraphs of section ``key``; text that differs from what the
        figures give is kept on refresh and marked as edited."""
        detail, sections = self._sections_of(report_id)
        item = _section(sections, key)
        heading = clean(heading)
        paragraphs = [p for p in (clean_multiline(x) for x in paragraphs) if p]
        c = Checker()
        c.text("heading", heading, 300, required=True)
        c.text("paragraphs", "\n".join(paragraphs), 20000)
        c.raise_if_any()
        generated = build_sections(detail, [{**item, "edited": False, "heading_edited": False}])[0]
        item["heading"] = heading
        item["heading_edited"] = heading != generated["heading"]
        item["paragraphs"] = paragraphs
        item["edited"] = paragraphs != generated["paragraphs"]
        if item["mode"] == "free" and item["edited"] and not item.get("text"):
            item["text"] = "\n\n".join(paragraphs)
        self._store_sections(report_id, sections)

    def reset_section(self, report_id: int, key: str) -> None:
        """Back to the text the figures give (a free section: its template text)."""
        detail, sections = self._sections_of(report_id)
        item = _section(sections, key)
        item.update(edited=False, heading_edited=False)
        sections[sections.index(item)] = build_sections(detail, [item])[0]
        self._store_sections(report_id, sections)

    def add_section(self, report_id: int, after_key: str | None, heading: str, level: int = 2) -> str:
        """A free section after ``after_key`` (None: at the end); its key ("user-1", …)."""
        _detail, sections = self._sections_of(report_id)
        heading = clean(heading)
        c = Checker()
        c.text("heading", heading, 300, required=True)
        c.raise_if_any()
        used = {x["key"] for x in sections}
        n = 1
        while f"user-{n}" in used:
            n += 1
        item: dict[str, Any] = {
            "key": f"user-{n}",
            "heading": heading,
            "level": 1 if level == 1 else 2,
            "mode": "free",
            "text": "",
            "paragraphs": [],
            "edited": False,
            "heading_edited": True,
        }
        at = len(sections) if after_key is None else sections.index(_section(sections, after_key)) + 1
        sections.insert(at, item)
        self._store_sections(report_id, sections)
        return str(item["key"])

    def remove_section(self, report_id: int, key: str) -> None:
        _detail, sections = self._sections_of(report_id)
        sections.remove(_section(sections, key))
        self._store_sections(report_id, sections)

    def move_section(self, report_id: int, key: str, step: int) -> None:
        """One place up (``step`` -1) or down (+1); the ends stay."""
        _detail, sections = self._sections_of(report_id)
        i = sections.index(_section(sections, key))
        j = max(0, min(len(sections) - 1, i + step))
        sections.insert(j, sections.pop(i))
        self._store_sections(report_id, sections)

    def save_outline(self, report_id: int) -> None:
        """The report's outline saved as the agency's: headings, order, per section generated or
        free text (the free text as written, with its ``{figure}`` placeholders; never the figures
        of generated sections)."""
        detail = self.get(report_id)
        sections = list(detail.sections) or build_sections(detail, [])
        outline = [
            {
                "key": x["key"],
                "heading": x["heading"],
                "heading_edited": bool(x.get("heading_edited")),
                "level": x["level"],
                "mode": x["mode"],
                "text": (x.get("text") or "\n\n".join(x.get("paragraphs") or []))
                if x["mode"] == "free"
                else "",
            }
            for x in sections
        ]
        self._agency.save_report_outline(json.dumps(outline, ensure_ascii=False))

    def reset_outline(self) -> None:
        self._agency.save_report_outline("")

    # ---- frame ---------------------------------------------------------------------------------
    def _frame(self, f: ReportFields) -> dict[str, Any]:
        """What the printed report's frame says, from the profile and the report's own texts."""
        from app.services.agency import signing_lines_for

        profile = self._agency.get_profile()
        recipients = [r for r in self._agency.list_recipients() if r.on_reports]
        addressees = [x for x in f.addressee.split("\n") if x.strip()] or [
            r.name for r in recipients if r.addressee
        ]
        bases = [
            {
                "lead": b.lead,
                "doc_type": b.doc_type,
                "number": b.number,
                "issued_on": vocabulary.json_value(b.issued_on),
            }
            | {"issuer": b.issuer, "subject": b.subject}
            for b in self._agency.list_legal_bases("report")
        ]
        return {
            "issuer": profile.full_name if profile else "",
            "parent_body": profile.parent_body if profile else "",
            "issuer_code": profile.code_abbreviation if profile else "",
            "place": profile.place_name if profile else "",
            "signing_lines": [
                x for x in signing_lines_for(profile, f.signing_lines).split("\n") if x.strip()
            ],
            "signer_name": f.signer_name.strip() or (profile.signer_name if profile else ""),
            "addressees": addressees,
            "recipients": [x for x in f.recipients.split("\n") if x.strip()]
            or [f"{r.name} ({r.purpose})" if r.purpose else r.name for r in recipients],
            "drafting_unit": profile.drafting_unit if profile else "",
            "legal_bases": bases,
            "request_ref": f.request_ref,
        }

    # ---- JSON ----------------------------------------------------------------------------------
    def json_data(self, kind: str | m.ReportKind, year: int) -> dict[str, Any]:
        """The stored report as stored; none stored: composed in memory (nothing saved)."""
        stored = self.find(kind, year)
        return report_json(stored if stored is not None else self.preview(kind, year))


def report_json(r: ReportDetail) -> dict[str, Any]:
    figures = {key: r.figures[key] for key in FIGURE_KEYS if key in r.figures}
    figures |= {k: v for k, v in r.figures.items() if k not in figures}
    return {
        "kind": r.kind.value,
        "year": r.year,
        "period_start": r.period_start.isoformat(),
        "period_end": r.period_end.isoformat(),
        "cutoff": r.cutoff.isoformat(),
        "status": r.status.value,
        "number": r.number or None,
        "report_on": vocabulary.json_value(r.report_on),
        "signed_on": vocabulary.json_value(r.signed_on),
        "sent_on": vocabulary.json_value(r.sent_on),
        "composed_on": vocabulary.json_value(r.composed_on),
        "stored": r.id != 0,
        "corrects": r.corrects_id,
        "frame": r.frame,
        "figures": figures,
    }


# ---- sections ------------------------------------------------------------------------------------
def _section(sections: list[dict[str, Any]], key: str) -> dict[str, Any]:
    for x in sections:
        if x["key"] == key:
            return x
    raise DomainError("report.no_section", key=key)


def build_sections(detail: ReportDetail, base: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The outline ``base`` (empty: the default) with its text written from the figures: a generated
    section takes the generated paragraphs (and heading) unless edited; a free section its text with
    the figures in its placeholders, unless edited."""
    from app.services.report_prose import FREE_KEYS, fill_placeholders, generated_sections

    generated = generated_sections(detail)
    by_key = {x.key: x for x in generated}
    if not base:
        base = [
            {
                "key": x.key,
                "heading": x.heading,
                "level": x.level,
                "mode": "free" if x.key in FREE_KEYS else "generated",
                "text": "\n\n".join(x.paragraphs) if x.key in FREE_KEYS else "",
                "edited": False,
                "heading_edited": False,
            }
            for x in generated
        ]
    out = []
    for item in base:
        x = {
            "key": item["key"],
            "heading": item["heading"],
            "level": int(item.get("level", 2)),
            "mode": item.get("mode", "generated"),
            "text": item.get("text", ""),
            "edited": bool(item.get("edited")),
            "heading_edited": bool(item.get("heading_edited")),
            "paragraphs": list(item.get("paragraphs") or []),
        }
        source = by_key.get(x["key"])
        if source is not None and not x["heading_edited"]:
            x["heading"] = source.heading
        if not x["edited"]:
            if x["mode"] == "generated":
                x["paragraphs"] = list(source.paragraphs) if source is not None else []
            else:
                text = fill_placeholders(x["text"], detail.figures)
                x["paragraphs"] = [p.strip() for p in text.split("\n") if p.strip()]
        out.append(x)
    return out


# ---- helpers -------------------------------------------------------------------------------------
def _dump(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _detail(r: m.QmsReport) -> ReportDetail:
    return ReportDetail(
        id=r.id,
        kind=r.kind,
        year=r.year,
        period_start=r.period_start,
        period_end=r.period_end,
        cutoff=r.cutoff,
        cutoff_edited=r.cutoff_edited,
        number=r.number,
        report_on=r.report_on,
        status=r.status,
        signed_on=r.signed_on,
        sent_on=r.sent_on,
        addressee=r.addressee,
        request_ref=r.request_ref,
        recipients=r.recipients,
        signing_lines=r.signing_lines,
        signer_name=r.signer_name,
        note=r.note,
        figures=json.loads(r.figures) if r.figures else {},
        frame=json.loads(r.frame) if r.frame else {},
        composed_on=r.composed_on,
        corrects_id=r.corrects_id,
        sections=tuple(json.loads(r.sections)) if r.sections else (),
    )


def _refuse_if_read_only(r: ReportDetail) -> None:
    if r.read_only:
        raise DomainError("report.read_only")


def _checked(fields: ReportFields, period: Period) -> ReportFields:
    f = dataclasses.replace(
        fields,
        number=clean(fields.number),
        addressee=clean_multiline(fields.addressee),
        request_ref=clean_multiline(fields.request_ref),
        recipients=clean_multiline(fields.recipients),
        signing_lines=clean_multiline(fields.signing_lines),
        signer_name=clean(fields.signer_name),
        note=clean_multiline(fields.note),
    )
    c = Checker()
    c.text("number", f.number, 60)
    c.text("addressee", f.addressee, 2000)
    c.text("request_ref", f.request_ref, 2000)
    c.text("recipients", f.recipients, 4000)
    c.text("signing_lines", f.signing_lines, 500)
    c.text("signer_name", f.signer_name, 120)
    c.text("note", f.note, 4000)
    c.date_range("report_on", f.report_on)
    c.date_range("cutoff", f.cutoff)
    if f.cutoff is not None and not period.start <= f.cutoff <= period.end:
        c.add(
            "cutoff",
            "report.cutoff_outside",
            start=vocabulary.table_date(period.start),
            end=vocabulary.table_date(period.end),
        )
    if f.cutoff is not None and f.report_on is not None and f.cutoff > f.report_on:
        c.add("cutoff", "report.cutoff_after_date", date=vocabulary.table_date(f.report_on))
    if f.report_on is not None and f.report_on < period.start:
        c.add("report_on", "report.date_before_period", start=vocabulary.table_date(period.start))
    c.raise_if_any()
    return f
