"""The dated facts a report's prose and annex cite beside its counts — which plan, which decision,
which audit on which days — and the detail lists its workbook carries, taken with the figures and
stored with them (``figures["facts"]``), so that a signed report reprints as it was.

``report_facts(session, year, start, cut)``: every list holds plain JSON values (ISO dates), in date
order. "In the period" means from ``start`` to the cut-off, both included, as for the figures; the
standing documents (plan, objectives decision, steering committee, policy, the last publication)
are those in effect at the cut-off.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import models as m
from app.services import ca_rules, vocabulary
from app.services.figure_records import (
    PROCEDURE_TYPES,
    in_force_at,
    legal_behind,
    period_audit_ids,
    period_inspection_ids,
    procedure_revision_ids,
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _signed(row: Any) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"number": row.number, "signed_on": _day(row.signed_on)}


def report_facts(session: Session, year: int, start: date, cut: date) -> dict[str, Any]:
    return {
        "plan": _signed(
            session.scalars(
                select(m.AnnualPlan).where(m.AnnualPlan.year == year, m.AnnualPlan.signed_on <= cut)
            ).first()
        ),
        "objectives_decision": _signed(
            session.scalars(
                select(m.ObjectiveSet).where(m.ObjectiveSet.year == year, m.ObjectiveSet.signed_on <= cut)
            ).first()
        ),
        "steering": _steering(session, cut),
        "policy_effective_on": _day(
            session.scalar(
                select(m.PolicyVersion.effective_on)
                .where(m.PolicyVersion.effective_on <= cut)
                .order_by(m.PolicyVersion.effective_on.desc())
                .limit(1)
            )
        ),
        "procedures_in_force": _procedures_in_force(session, cut),
        "procedures_changed": _procedures_changed(session, start, cut),
        "legal_behind": _legal_behind(session, start, cut),
        "audits": _audits(session, start, cut),
        "findings": _findings(session, start, cut),
        "corrective_actions": _requests(session, start, cut),
        "reviews": _reviews(session, start, cut),
        "publications": _publications(session, start, cut),
        "last_publication": _last_publication(session, cut),
        "inspections": _inspections(session, start, cut),
        "training": _training(session, start, cut),
        "surveys": _surveys(session, start, cut),
        "complaints": _complaints(session, start, cut),
        "risks": _risks(session, start, cut),
    }


def _steering(session: Session, cut: date) -> dict[str, Any] | None:
    row = session.scalars(
        select(m.SteeringDecision)
        .where(m.SteeringDecision.signed_on <= cut)
        .order_by(m.SteeringDecision.signed_on.desc(), m.SteeringDecision.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return {"number": row.number, "signed_on": _day(row.signed_on), "members": len(row.members)}


def _procedures_in_force(session: Session, cut: date) -> dict[str, int]:
    d = m.Document
    rows = session.execute(select(d.doc_type).where(d.doc_type.in_(PROCEDURE_TYPES), in_force_at(cut))).all()
    kinds = [r[0] for r in rows]
    return {
        "tthc": kinds.count(m.DocumentType.TTHC_PROCEDURE),
        "internal": kinds.count(m.DocumentType.INTERNAL_PROCEDURE),
    }


def _procedures_changed(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    """Each procedure with an issue in effect in the period, once, at its latest issue there."""
    rv, doc = m.Revision, m.Document
    ids, new_documents = procedure_revision_ids(session, start, cut)
    rows = session.execute(
        select(rv, doc)
        .join(doc, doc.id == rv.document_id)
        .where(rv.id.in_(ids))
        .order_by(rv.effective_on, doc.code_key, rv.issue_number)
    ).all()
    latest: dict[int, dict[str, Any]] = {}
    for r, d in rows:
        latest[d.id] = {
            "code": d.code,
            "title": d.title,
            "type": d.doc_type.value,
            "field": d.field,
            "issue": r.issue_number,
            "new": d.id in new_documents,  # issued for the first time in the period
            "effective_on": _day(r.effective_on),
            "change": " ".join(r.change_summary.split()),
        }
    return sorted(latest.values(), key=lambda x: (x["effective_on"], x["code"]))


def _legal_behind(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    ids, _new = procedure_revision_ids(session, start, cut)
    rows = session.scalars(legal_behind(ids))
    return [
        {
            "kind": vocabulary.legal_kind_label(x.kind),
            "number": x.number,
            "issued_on": _day(x.issued_on),
            "issuer": x.issuer,
            "title": " ".join(x.title.split()),
        }
        for x in rows
    ]


def _audits(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    a = m.Audit
    rows = session.scalars(
        select(a).where(a.id.in_(period_audit_ids(session, start, cut))).order_by(a.end_on)
    )
    return [
        {
            "number": x.number,
            "year": x.year,
            "start_on": _day(x.start_on),
            "end_on": _day(x.end_on),
            "decision_number": x.decision_number,
            "decision_on": _day(x.decision_on),
        }
        for x in rows
    ]


def _findings(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    f, link, ca = m.Finding, m.CaFinding, m.CorrectiveAction
    audits = period_audit_ids(session, start, cut)
    inspections = period_inspection_ids(session, start, cut)
    rows = session.scalars(
        select(f)
        .where(f.audit_id.in_(audits) | f.inspection_id.in_(inspections))
        .order_by(f.found_on, f.sort_order, f.id)
    ).all()
    requests: dict[int, str] = {}
    for finding_id, seq, y in session.execute(
        select(link.finding_id, ca.seq, ca.year)
        .join(ca, ca.id == link.request_id)
        .where(ca.raised_on <= cut, ca.status != m.CaStatus.CANCELLED)
    ):
        requests.setdefault(finding_id, ca_rules.ca_number(seq, y))
    return [
        {
            "type": x.type.value,
            "clause": x.clause,
            "department": x.department.name if x.department else "",
            "found_on": _day(x.found_on),
            "source": "audit" if x.audit_id else "inspection",
            "description": " ".join(x.description.split()),
            "corrective_action": requests.get(x.id),
        }
        for x in rows
    ]


def _requests(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    """Requests raised in the period or still open at its start, with their status at the cut-off."""
    ca = m.CorrectiveAction
    ended_before = (ca.closed_on.is_not(None) & (ca.closed_on < start)) | (
        ca.cancelled_on.is_not(None) & (ca.cancelled_on < start)
    )
    rows = session.scalars(
        select(ca).where(ca.raised_on <= cut, ~ended_before).order_by(ca.raised_on, ca.seq)
    )
    out = []
    for x in rows:
        closed = x.closed_on if x.closed_on is not None and x.closed_on <= cut else None
        cancelled = x.cancelled_on if x.cancelled_on is not None and x.cancelled_on <= cut else None
        out.append(
            {
                "number": ca_rules.ca_number(x.seq, x.year),
                "raised_on": _day(x.raised_on),
                "source": x.source.value,
                "description": " ".join(x.description.split()),
                "due_on": _day(x.due_on),
                "closed_on": _day(closed),
                "cancelled_on": _day(cancelled),
                "overdue": closed is None and cancelled is None and x.due_on < cut,
            }
        )
    return out


def _reviews(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    r = m.ManagementReview
    rows = session.scalars(select(r).where(r.held_on.between(start, cut)).order_by(r.held_on, r.id))
    return [
        {
            "number": x.number,
            "year": x.year,
            "held_on": _day(x.held_on),
            "decisions": [" ".join(d.text.split()) for d in x.decisions],
        }
        for x in rows
    ]


def _publication(x: m.PublicationDecision) -> dict[str, Any]:
    return {
        "kind": x.kind.value,
        "number": x.number,
        "signed_on": _day(x.signed_on),
        "reason": " ".join(x.reason.split()),
    }


def _publications(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    p = m.PublicationDecision
    rows = session.scalars(select(p).where(p.signed_on.between(start, cut)).order_by(p.signed_on, p.id))
    return [_publication(x) for x in rows]


def _last_publication(session: Session, cut: date) -> dict[str, Any] | None:
    p = m.PublicationDecision
    row = session.scalars(
        select(p).where(p.signed_on <= cut).order_by(p.signed_on.desc(), p.id.desc()).limit(1)
    ).first()
    return _publication(row) if row is not None else None


def _inspections(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    i, f = m.Inspection, m.Finding
    rows = session.scalars(select(i).where(i.on.between(start, cut)).order_by(i.on, i.id)).all()
    out = []
    for x in rows:
        recommendations = session.scalars(
            select(f.description).where(f.inspection_id == x.id, f.type == m.FindingType.RECOMMENDATION)
        ).all()
        out.append(
            {
                "on": _day(x.on),
                "body": x.body,
                "notice_number": x.notice_number,
                "notice_on": _day(x.notice_on),
                "conclusions": " ".join(x.conclusions.split()),
                "recommendations": [" ".join(t.split()) for t in recommendations],
            }
        )
    return out


def _training(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    t = m.Training
    rows = session.scalars(select(t).where(t.on.between(start, cut)).order_by(t.on, t.id))
    return [
        {
            "on": _day(x.on),
            "title": x.title,
            "type": x.type.value,
            "organiser": x.organiser,
            "hours": x.hours,
            "attendees": len(x.attendees),
        }
        for x in rows
    ]


def _surveys(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    s = m.Survey
    rows = session.scalars(select(s).where(s.to_on.between(start, cut)).order_by(s.to_on, s.id))
    out = []
    for x in rows:
        answered = x.very_satisfied + x.satisfied + x.neutral + x.dissatisfied
        out.append(
            {
                "from_on": _day(x.from_on),
                "to_on": _day(x.to_on),
                "method": x.method,
                "answered": answered,
                "satisfied": x.very_satisfied + x.satisfied,
                "percent_satisfied": round(100 * (x.very_satisfied + x.satisfied) / answered, 1)
                if answered
                else None,
            }
        )
    return out


def _complaints(session: Session, start: date, cut: date) -> list[dict[str, Any]]:
    c = m.Complaint
    founded = (m.ComplaintRuling.FOUNDED, m.ComplaintRuling.PARTLY_FOUNDED)
    rows = session.scalars(select(c).where(c.received_on.between(start, cut)).order_by(c.received_on, c.id))
    return [
        {
            "received_on": _day(x.received_on),
            "channel": x.channel,
            "content": " ".join(x.content.split()),
            "ruling": x.ruling.value,
            "well_founded": x.ruling in founded,
            "resolved_on": _day(
                x.resolved_on if x.resolved_on is not None and x.resolved_on <= cut else None
            ),
            "result": " ".join(x.result.split()),
        }
        for x in rows
    ]


def _risks(session: Session, start: date, cut: date) -> dict[str, int]:
    """Risks and opportunities identified by the cut-off and still open then; evaluations in the period."""
    r = m.Risk
    open_then = (r.identified_on <= cut) & (r.closed_on.is_(None) | (r.closed_on > cut))
    rows = session.execute(select(r.kind).where(open_then)).all()
    kinds = [x[0] for x in rows]
    return {
        "risks_open": kinds.count(m.RiskKind.RISK),
        "opportunities_open": kinds.count(m.RiskKind.OPPORTUNITY),
        "identified_in_period": int(
            session.scalar(select(func.count()).select_from(r).where(r.identified_on.between(start, cut)))
            or 0
        ),
    }
