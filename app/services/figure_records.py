"""The records behind a figure of a period: a click on "mở 5 phiếu" in the management review's inputs
(and in the report) lists those five requests, each opening on its own page.

``records_behind(session, key, start, cut)`` counts the same records as ``IndicatorsService.period``
(the same period rules: from ``start`` to the cut-off, both included), so the list under a figure
has as many lines as the figure says, as long as the records did not change since it was taken.
The keys are ``FIGURE_RECORDS``'s; each line carries the registry's record type and id, so the
window can open it (``open_record``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app import models as m
from app.services import ca_rules, vocabulary

QT_TRANSLATE_NOOP = vocabulary.QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class RecordLine:
    """One record behind a figure: what the list shows and what opens it."""

    record_type: str  # a key of the area registry ("corrective_action", "complaint"…)
    record_id: int
    on: date | None  # the day that puts it in the period
    kind: str  # what it is ("Phiếu HĐKP 05/2026", "Điểm không phù hợp nhẹ"…)
    text: str  # its title or content, one line


# key -> the list's title (what the figure counts)
FIGURE_RECORDS: dict[str, str] = {
    "earlier_decisions": QT_TRANSLATE_NOOP("Figures", "Quyết định của các kỳ xem xét trước"),
    "legal_effective": QT_TRANSLATE_NOOP("Figures", "Văn bản pháp lý có hiệu lực trong kỳ"),
    "issues_effective": QT_TRANSLATE_NOOP("Figures", "Tài liệu ban hành, sửa đổi có hiệu lực trong kỳ"),
    "satisfaction": QT_TRANSLATE_NOOP("Figures", "Các đợt khảo sát sự hài lòng kết thúc trong kỳ"),
    "complaints": QT_TRANSLATE_NOOP("Figures", "Phản ánh, kiến nghị tiếp nhận trong kỳ"),
    "objectives": QT_TRANSLATE_NOOP("Figures", "Mục tiêu chất lượng của năm"),
    "tthc": QT_TRANSLATE_NOOP("Figures", "Số liệu giải quyết TTHC trong kỳ"),
    "ca_opened": QT_TRANSLATE_NOOP("Figures", "Phiếu HĐKP mở trong kỳ"),
    "ca_closed": QT_TRANSLATE_NOOP("Figures", "Phiếu HĐKP đóng trong kỳ"),
    "ca_open": QT_TRANSLATE_NOOP("Figures", "Phiếu HĐKP chưa đóng ở cuối kỳ"),
    "ca_overdue": QT_TRANSLATE_NOOP("Figures", "Phiếu HĐKP quá hạn ở cuối kỳ"),
    "audits": QT_TRANSLATE_NOOP("Figures", "Cuộc đánh giá nội bộ trong kỳ"),
    "inspections": QT_TRANSLATE_NOOP("Figures", "Cuộc kiểm tra của cấp trên trong kỳ"),
    "findings": QT_TRANSLATE_NOOP("Figures", "Phát hiện của các cuộc đánh giá, kiểm tra trong kỳ"),
    "risk_evaluations": QT_TRANSLATE_NOOP("Figures", "Đánh giá hiệu lực xử lý rủi ro, cơ hội trong kỳ"),
    "ofi": QT_TRANSLATE_NOOP("Figures", "Cơ hội cải tiến ghi nhận trong kỳ"),
    "training": QT_TRANSLATE_NOOP("Figures", "Lớp đào tạo, tập huấn trong kỳ"),
    "procedures_new": QT_TRANSLATE_NOOP("Figures", "Quy trình ban hành mới trong kỳ"),
    "procedures_amended": QT_TRANSLATE_NOOP("Figures", "Quy trình sửa đổi, bổ sung trong kỳ"),
    "procedures_legal": QT_TRANSLATE_NOOP(
        "Figures", "Văn bản pháp lý dẫn đến việc ban hành, sửa đổi quy trình"
    ),
    "procedures_obsoleted": QT_TRANSLATE_NOOP("Figures", "Quy trình hết hiệu lực trong kỳ"),
    "internal_procedures": QT_TRANSLATE_NOOP("Figures", "Quy trình nội bộ đang hiệu lực"),
    "tthc_in_jurisdiction": QT_TRANSLATE_NOOP("Figures", "TTHC thuộc thẩm quyền giải quyết"),
    "reviews": QT_TRANSLATE_NOOP("Figures", "Cuộc họp xem xét của lãnh đạo trong kỳ"),
}


@dataclass(frozen=True)
class DocumentFigures:
    """The report's figures of the QMS's documents over a period (start to cut-off, both included).

    Procedures are TTHC procedures and internal procedures only. ``procedures_new``: documents whose
    issue 1 took effect in the period; ``procedures_amended``: documents with an issue ≥ 2 in effect
    in the period, each once; ``procedures_legal``: the legal documents whose updates those issues
    closed; ``procedures_obsoleted``: made obsolete in the period (the day is kept since migration
    0012), ``procedures_obsolete_undated``: obsolete with no such day. ``internal_procedures``:
    internal procedures in force at the cut-off.
    """

    procedures_new: int
    procedures_amended: int
    procedures_legal: int
    procedures_obsoleted: int
    procedures_obsolete_undated: int
    internal_procedures: int
    policy_issued: int  # policy versions in effect from a day in the period
    objectives_issued: int  # objective decisions signed in the period
    plan_issued: int  # annual plans signed in the period
    reviews_held: int
    review_decisions: int  # decisions of the reviews held in the period
    publications: int  # publication / re-publication decisions signed in the period


PROCEDURE_TYPES = (m.DocumentType.TTHC_PROCEDURE, m.DocumentType.INTERNAL_PROCEDURE)


def in_effect_in(start: date, cut: date, first: bool) -> Any:
    """Revisions of procedures in effect in the period: issue 1 (``first``) or a later issue."""
    rv, doc = m.Revision, m.Document
    issue = rv.issue_number == 1 if first else rv.issue_number >= 2
    return (
        select(rv.id, rv.document_id)
        .join(doc, doc.id == rv.document_id)
        .where(rv.effective_on.between(start, cut), issue, doc.doc_type.in_(PROCEDURE_TYPES))
    )


def procedure_revision_ids(session: Session, start: date, cut: date) -> tuple[list[int], set[int]]:
    """The procedures' issues in effect in the period (first issues, then later ones), and the
    documents whose first issue it holds."""
    first = list(session.execute(in_effect_in(start, cut, True)))
    later = list(session.execute(in_effect_in(start, cut, False)))
    return [r for r, _d in first] + [r for r, _d in later], {d for _r, d in first}


def legal_behind(revision_ids: Sequence[int]) -> Any:
    """The legal documents whose procedure updates these issues closed, in date order."""
    lg = m.LegalDocument
    wanted = select(m.LegalImpact.legal_document_id).where(m.LegalImpact.revision_id.in_(revision_ids))
    return select(lg).where(lg.id.in_(wanted)).order_by(lg.effective_on, lg.id)


def in_force_at(cut: date) -> ColumnElement[bool]:
    """A document in force on ``cut`` as far as the dates tell: an issue in effect by then, and not
    obsolete, or made obsolete after it."""
    d, rv = m.Document, m.Revision
    issued = select(rv.id).where(rv.document_id == d.id, rv.effective_on <= cut).exists()
    live = (d.status == m.DocumentStatus.IN_FORCE) | (
        (d.status == m.DocumentStatus.OBSOLETE) & d.obsoleted_on.is_not(None) & (d.obsoleted_on > cut)
    )
    return issued & live


def document_figures(session: Session, start: date, cut: date) -> DocumentFigures:
    d = m.Document

    def count(stmt: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)

    new = in_effect_in(start, cut, True)
    amended = in_effect_in(start, cut, False)
    revisions, _new = procedure_revision_ids(session, start, cut)
    legal = legal_behind(revisions)
    procedures = d.doc_type.in_(PROCEDURE_TYPES)
    obsolete = d.status == m.DocumentStatus.OBSOLETE
    held = select(m.ManagementReview.id).where(m.ManagementReview.held_on.between(start, cut))
    return DocumentFigures(
        procedures_new=count(new.with_only_columns(m.Revision.document_id).distinct()),
        procedures_amended=count(amended.with_only_columns(m.Revision.document_id).distinct()),
        procedures_legal=count(legal),
        procedures_obsoleted=count(
            select(d.id).where(procedures, obsolete, d.obsoleted_on.between(start, cut))
        ),
        procedures_obsolete_undated=count(select(d.id).where(procedures, obsolete, d.obsoleted_on.is_(None))),
        internal_procedures=count(
            select(d.id).where(d.doc_type == m.DocumentType.INTERNAL_PROCEDURE, in_force_at(cut))
        ),
        policy_issued=count(
            select(m.PolicyVersion.id).where(m.PolicyVersion.effective_on.between(start, cut))
        ),
        objectives_issued=count(
            select(m.ObjectiveSet.id).where(m.ObjectiveSet.signed_on.between(start, cut))
        ),
        plan_issued=count(select(m.AnnualPlan.id).where(m.AnnualPlan.signed_on.between(start, cut))),
        reviews_held=count(held),
        review_decisions=count(select(m.ReviewDecision.id).where(m.ReviewDecision.review_id.in_(held))),
        publications=count(
            select(m.PublicationDecision.id).where(m.PublicationDecision.signed_on.between(start, cut))
        ),
    )


def ca_ended_by(cut: date) -> ColumnElement[bool]:
    """A request closed or cancelled on or before ``cut``."""
    ca = m.CorrectiveAction
    return (ca.closed_on.is_not(None) & (ca.closed_on <= cut)) | (
        ca.cancelled_on.is_not(None) & (ca.cancelled_on <= cut)
    )


def ca_open_at(cut: date) -> ColumnElement[bool]:
    """A request open on ``cut``: raised by then, and neither closed nor cancelled by then."""
    return (m.CorrectiveAction.raised_on <= cut) & ~ca_ended_by(cut)


def period_audit_ids(session: Session, start: date, cut: date) -> list[int]:
    """Audits held in the period: their last day falls in it."""
    return list(session.scalars(select(m.Audit.id).where(m.Audit.end_on.between(start, cut))))


def period_inspection_ids(session: Session, start: date, cut: date) -> list[int]:
    return list(session.scalars(select(m.Inspection.id).where(m.Inspection.on.between(start, cut))))


def _one_line(text: str, limit: int = 160) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _span(a: date, b: date) -> str:
    return f"{vocabulary.table_date(a)} – {vocabulary.table_date(b)}"


def _legal_lines(rows: Any) -> list[RecordLine]:
    return [
        RecordLine(
            "legal",
            d.id,
            d.effective_on,
            f"{vocabulary.legal_kind_label(d.kind)} {d.number}".strip(),
            _one_line(d.title),
        )
        for d in rows
    ]


def _legal(session: Session, start: date, cut: date) -> list[RecordLine]:
    lg = m.LegalDocument
    rows = session.scalars(
        select(lg).where(lg.effective_on.between(start, cut)).order_by(lg.effective_on, lg.id)
    )
    return _legal_lines(rows)


def _issues(session: Session, start: date, cut: date) -> list[RecordLine]:
    rv, doc = m.Revision, m.Document
    rows = session.execute(
        select(rv, doc.code, doc.title)
        .join(doc, doc.id == rv.document_id)
        .where(rv.effective_on.between(start, cut))
        .order_by(rv.effective_on, rv.id)
    )
    return [
        RecordLine(
            "document", r.document_id, r.effective_on, f"{code} lần ban hành {r.issue_number:02d}", title
        )
        for r, code, title in rows
    ]


def _surveys(session: Session, start: date, cut: date) -> list[RecordLine]:
    sv = m.Survey
    out = []
    for s in session.scalars(select(sv).where(sv.to_on >= start, sv.to_on <= cut).order_by(sv.to_on, sv.id)):
        answered = s.very_satisfied + s.satisfied + s.neutral + s.dissatisfied
        text = f"{vocabulary.count_text(answered, 'phiếu')} trả lời"
        out.append(
            RecordLine(
                "survey",
                s.id,
                s.to_on,
                _span(s.from_on, s.to_on),
                _one_line(f"{s.method}: {text}" if s.method else text),
            )
        )
    return out


def _complaints(session: Session, start: date, cut: date) -> list[RecordLine]:
    c = m.Complaint
    rows = session.scalars(select(c).where(c.received_on.between(start, cut)).order_by(c.received_on, c.id))
    return [
        RecordLine(
            "complaint",
            x.id,
            x.received_on,
            vocabulary.complaint_ruling_label(x.ruling),
            _one_line(x.content),
        )
        for x in rows
    ]


def _tthc(session: Session, start: date, cut: date) -> list[RecordLine]:
    t = m.TthcResult
    rows = list(
        session.scalars(
            select(t).where(t.from_on >= start, t.to_on <= cut).order_by(t.from_on, t.field, t.id)
        )
    )
    # As tthc_results.combine counts: the whole agency's rows when there are any, else the fields'.
    rows = [x for x in rows if not x.field] or rows
    return [
        RecordLine(
            "tthc_result",
            x.id,
            x.to_on,
            _span(x.from_on, x.to_on),
            _one_line(
                f"{x.field or 'Toàn cơ quan'}: tiếp nhận {x.received}, đúng hạn {x.early + x.on_time}, trễ hạn {x.late}"
            ),
        )
        for x in rows
    ]


def _requests(key: str) -> Any:
    def run(session: Session, start: date, cut: date) -> list[RecordLine]:
        ca = m.CorrectiveAction
        where = {
            "ca_opened": ca.raised_on.between(start, cut),
            "ca_closed": ca.closed_on.between(start, cut),
            "ca_open": ca_open_at(cut),
            "ca_overdue": ca_open_at(cut) & (ca.due_on < cut),
        }[key]
        day = {"ca_closed": "closed_on", "ca_overdue": "due_on"}.get(key, "raised_on")
        rows = session.scalars(select(ca).where(where).order_by(getattr(ca, day), ca.year, ca.seq))
        return [
            RecordLine(
                "corrective_action",
                x.id,
                getattr(x, day),
                f"Phiếu {ca_rules.ca_number(x.seq, x.year)}",
                _one_line(x.description),
            )
            for x in rows
        ]

    return run


def _audits(session: Session, start: date, cut: date) -> list[RecordLine]:
    a = m.Audit
    rows = session.scalars(select(a).where(a.end_on.between(start, cut)).order_by(a.end_on, a.id))
    return [
        RecordLine(
            "audit", x.id, x.end_on, f"Đánh giá nội bộ {x.number}/{x.year}", _one_line(x.scope or x.purpose)
        )
        for x in rows
    ]


def _inspections(session: Session, start: date, cut: date) -> list[RecordLine]:
    i = m.Inspection
    rows = session.scalars(select(i).where(i.on.between(start, cut)).order_by(i.on, i.id))
    return [
        RecordLine("inspection", x.id, x.on, _one_line(x.body, 60), _one_line(x.basis or x.conclusions))
        for x in rows
    ]


def _findings(only_ofi: bool) -> Any:
    def run(session: Session, start: date, cut: date) -> list[RecordLine]:
        f = m.Finding
        audits = period_audit_ids(session, start, cut)
        inspections = period_inspection_ids(session, start, cut)
        stmt = select(f).where(f.audit_id.in_(audits) | f.inspection_id.in_(inspections))
        if only_ofi:
            stmt = stmt.where(f.type == m.FindingType.OFI)
        out = []
        for x in session.scalars(stmt.order_by(f.found_on, f.sort_order, f.id)):
            kind = vocabulary.finding_type_label(x.type) + (f" (mục {x.clause})" if x.clause else "")
            out.append(RecordLine("finding", x.id, x.found_on, kind, _one_line(x.description)))
        return out

    return run


def _evaluations(session: Session, start: date, cut: date) -> list[RecordLine]:
    ev, r = m.RiskEvaluation, m.Risk
    rows = session.execute(
        select(ev, r.title)
        .join(r, r.id == ev.risk_id)
        .where(ev.on.between(start, cut))
        .order_by(ev.on, ev.id)
    )
    return [
        RecordLine(
            "risk", e.risk_id, e.on, "Có hiệu lực" if e.effective else "Chưa có hiệu lực", _one_line(title)
        )
        for e, title in rows
    ]


def _training(session: Session, start: date, cut: date) -> list[RecordLine]:
    t = m.Training
    out = []
    for x in session.scalars(select(t).where(t.on.between(start, cut)).order_by(t.on, t.id)):
        people = vocabulary.count_text(len(x.attendees), "người")
        out.append(
            RecordLine(
                "training",
                x.id,
                x.on,
                vocabulary.training_type_label(x.type),
                _one_line(f"{x.title} ({people} tham dự)"),
            )
        )
    return out


def _procedure_issues(first: bool) -> Any:
    def run(session: Session, start: date, cut: date) -> list[RecordLine]:
        rv, doc = m.Revision, m.Document
        ids = [r for r, _d in session.execute(in_effect_in(start, cut, first))]
        rows = session.execute(
            select(rv, doc.code, doc.title)
            .join(doc, doc.id == rv.document_id)
            .where(rv.id.in_(ids))
            .order_by(rv.effective_on, doc.code_key, rv.issue_number)
        )
        latest: dict[int, RecordLine] = {}  # each document once, at its latest issue of the period
        for r, code, title in rows:
            latest[r.document_id] = RecordLine(
                "document", r.document_id, r.effective_on, f"{code} lần ban hành {r.issue_number:02d}", title
            )
        return sorted(latest.values(), key=lambda x: (x.on or date.min, x.kind))

    return run


def _procedures_legal(session: Session, start: date, cut: date) -> list[RecordLine]:
    revisions, _new = procedure_revision_ids(session, start, cut)
    return _legal_lines(session.scalars(legal_behind(revisions)))


def _documents_where(where: Any, day: str) -> Any:
    def run(session: Session, start: date, cut: date) -> list[RecordLine]:
        d = m.Document
        rows = session.scalars(select(d).where(*where(start, cut)).order_by(d.code_key, d.id))
        return [RecordLine("document", x.id, getattr(x, day) if day else None, x.code, x.title) for x in rows]

    return run


def _tthc_in_jurisdiction(session: Session, start: date, cut: date) -> list[RecordLine]:
    t = m.Tthc
    rows = session.scalars(select(t).where(t.in_jurisdiction.is_(True)).order_by(t.field, t.code))
    return [RecordLine("tthc", x.id, None, x.code, _one_line(x.name)) for x in rows]


def _reviews(session: Session, start: date, cut: date) -> list[RecordLine]:
    r = m.ManagementReview
    rows = session.scalars(select(r).where(r.held_on.between(start, cut)).order_by(r.held_on, r.id))
    return [
        RecordLine(
            "review",
            x.id,
            x.held_on,
            f"Cuộc họp {x.number}/{x.year}",
            f"{vocabulary.count_text(len(x.decisions), 'quyết định')}; {x.place}".rstrip("; "),
        )
        for x in rows
    ]


_QUERIES: dict[str, Any] = {
    "procedures_new": _procedure_issues(True),
    "procedures_amended": _procedure_issues(False),
    "procedures_legal": _procedures_legal,
    "procedures_obsoleted": _documents_where(
        lambda start, cut: (
            m.Document.doc_type.in_(PROCEDURE_TYPES),
            m.Document.status == m.DocumentStatus.OBSOLETE,
            m.Document.obsoleted_on.between(start, cut),
        ),
        "obsoleted_on",
    ),
    "internal_procedures": _documents_where(
        lambda start, cut: (m.Document.doc_type == m.DocumentType.INTERNAL_PROCEDURE, in_force_at(cut)), ""
    ),
    "tthc_in_jurisdiction": _tthc_in_jurisdiction,
    "reviews": _reviews,
    "legal_effective": _legal,
    "issues_effective": _issues,
    "satisfaction": _surveys,
    "complaints": _complaints,
    "tthc": _tthc,
    "ca_opened": _requests("ca_opened"),
    "ca_closed": _requests("ca_closed"),
    "ca_open": _requests("ca_open"),
    "ca_overdue": _requests("ca_overdue"),
    "audits": _audits,
    "inspections": _inspections,
    "findings": _findings(False),
    "ofi": _findings(True),
    "risk_evaluations": _evaluations,
    "training": _training,
}


def records_behind(
    session: Session, key: str, start: date, cut: date, *, objectives: list[Any] | None = None
) -> list[RecordLine]:
    """The records behind figure ``key`` of the period ``start``–``cut``, in date order.
    ``objectives``: the year's objectives with their status on ``cut`` (ObjectiveInfo), for "objectives";
    "earlier_decisions" belongs to the review service (KeyError here, as for an unknown key)."""
    if key == "objectives":
        return [
            RecordLine(
                "objective", o.id, None, vocabulary.objective_status_label(o.status), _one_line(o.statement)
            )
            for o in objectives or []
        ]
    return list(_QUERIES[key](session, start, cut))
