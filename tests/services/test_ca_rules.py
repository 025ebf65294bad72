"""The rules of ``ca_rules`` on known data around their boundaries: overdue (due today, due yesterday,
cancelled, closed on the due date), the year's register, findings without action; each predicate
agrees with its SQL clause, and the home page's figures (``IndicatorsService.snapshot``) count by them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app import models as m
from app.services import ca_rules

TODAY = date(2026, 12, 2)


def _request(session, seq, *, raised, due, status, closed=None, cancelled=None):  # type: ignore[no-untyped-def]
    ca = m.CorrectiveAction(
        year=raised.year,
        seq=seq,
        raised_on=raised,
        source=m.CaSource.AUDIT,
        due_on=due,
        status=status,
        closed_on=closed,
        cancelled_on=cancelled,
    )
    session.add(ca)
    session.flush()
    return ca


@pytest.fixture
def data(services, agency):  # type: ignore[no-untyped-def]
    """Requests around the boundaries and findings of every kind; returns {name: id}."""
    ids: dict[str, int] = {}
    with services.uow() as uow:
        s = uow.session
        S = m.CaStatus
        rows = {
            "due_today": _request(s, 1, raised=date(2026, 11, 2), due=TODAY, status=S.IN_PROGRESS),
            "due_yesterday": _request(
                s, 2, raised=date(2026, 11, 1), due=date(2026, 12, 1), status=S.ANALYSING
            ),
            "verifying_late": _request(
                s, 3, raised=date(2026, 10, 1), due=date(2026, 10, 31), status=S.VERIFYING
            ),
            "cancelled_late": _request(
                s,
                4,
                raised=date(2026, 9, 1),
                due=date(2026, 10, 1),
                status=S.CANCELLED,
                cancelled=date(2026, 9, 5),
            ),
            "closed_on_due": _request(
                s,
                5,
                raised=date(2026, 8, 1),
                due=date(2026, 8, 31),
                status=S.CLOSED,
                closed=date(2026, 8, 31),
            ),
            "new_late": _request(s, 6, raised=date(2026, 6, 1), due=date(2026, 7, 1), status=S.NEW),
            # previous year: one still open, one closed in the previous year, one closed this year
            "old_open": _request(
                s, 9, raised=date(2025, 11, 20), due=date(2025, 12, 20), status=S.IN_PROGRESS
            ),
            "old_closed": _request(
                s,
                10,
                raised=date(2025, 3, 1),
                due=date(2025, 4, 1),
                status=S.CLOSED,
                closed=date(2025, 12, 31),
            ),
            "old_closed_later": _request(
                s,
                11,
                raised=date(2025, 10, 1),
                due=date(2025, 11, 1),
                status=S.CLOSED,
                closed=date(2026, 1, 1),
            ),
        }
        ids.update({name: ca.id for name, ca in rows.items()})
        audit = m.Audit(year=2026, number="01", start_on=date(2026, 9, 15), end_on=date(2026, 9, 16))
        s.add(audit)
        s.flush()
        T = m.FindingType

        def finding(name: str, kind: m.FindingType, **extra: object) -> m.Finding:
            f = m.Finding(audit_id=audit.id, type=kind, description=name, found_on=date(2026, 9, 15), **extra)
            s.add(f)
            s.flush()
            ids["f:" + name] = f.id
            return f

        finding("nc_alone", T.NC_MAJOR)
        finding("ofi", T.OFI)
        finding("observation", T.OBSERVATION)
        finding("closed_with_note", T.NC_MINOR, closed_on=date(2026, 10, 1), closing_note="Đã xử lý ngay")
        only_cancelled = finding("only_cancelled", T.NC_MINOR)
        answered = finding("answered", T.NC_MINOR)
        s.add(m.CaFinding(request_id=ids["cancelled_late"], finding_id=only_cancelled.id))
        s.add(m.CaFinding(request_id=ids["due_today"], finding_id=answered.id))
        inspection = m.Inspection(on=date(2026, 10, 20), body="Sở Khoa học và Công nghệ")
        s.add(inspection)
        s.flush()
        rec = m.Finding(
            inspection_id=inspection.id,
            type=T.RECOMMENDATION,
            description="recommendation",
            found_on=date(2026, 10, 20),
        )
        s.add(rec)
        s.flush()
        ids["f:recommendation"] = rec.id
        uow.commit()
    return ids


def test_overdue_means_open_and_due_before_today(services, data):
    with services.uow() as uow:
        overdue = set(
            uow.session.scalars(select(m.CorrectiveAction.id).where(ca_rules.overdue_clause(TODAY)))
        )
        rows = uow.session.scalars(select(m.CorrectiveAction)).all()
        by_predicate = {r.id for r in rows if ca_rules.is_overdue(r.status, r.due_on, TODAY)}
    names = {v: k for k, v in data.items() if v in overdue and not k.startswith("f:")}
    assert sorted(names.values()) == ["due_yesterday", "new_late", "old_open", "verifying_late"]
    assert by_predicate == overdue


def test_the_years_register_takes_earlier_requests_still_open_on_1_january(services, data):
    with services.uow() as uow:
        rows = uow.session.scalars(select(m.CorrectiveAction)).all()
        in_2026 = set(
            uow.session.scalars(select(m.CorrectiveAction.id).where(ca_rules.register_clause(2026)))
        )
        by_predicate = {
            r.id for r in rows if ca_rules.in_register(r.raised_on, r.closed_on, r.cancelled_on, 2026)
        }
    names = sorted(k for k, v in data.items() if v in in_2026 and not k.startswith("f:"))
    assert "old_open" in names and "old_closed_later" in names and "old_closed" not in names
    assert len(names) == 8
    assert by_predicate == in_2026


def test_without_action_counts_ncs_and_recommendations_with_no_live_request_and_no_closing_note(
    services, data
):
    with services.uow() as uow:
        found = set(uow.session.scalars(select(m.Finding.id).where(ca_rules.without_action_clause())))
        live = dict(
            uow.session.execute(
                select(m.CaFinding.finding_id, func.count())
                .join(m.CorrectiveAction, m.CorrectiveAction.id == m.CaFinding.request_id)
                .where(m.CorrectiveAction.status != m.CaStatus.CANCELLED)
                .group_by(m.CaFinding.finding_id)
            ).all()
        )
        by_predicate = {
            f.id
            for f in uow.session.scalars(select(m.Finding))
            if ca_rules.is_without_action(f.type, f.closed_on, live.get(f.id, 0))
        }
    assert sorted(k for k, v in data.items() if v in found and k.startswith("f:")) == [
        "f:nc_alone",
        "f:only_cancelled",
        "f:recommendation",
    ]
    assert by_predicate == found


def test_the_home_page_figures_count_by_the_same_rules(services, data):
    figures = services.indicators.snapshot(TODAY).audits
    assert (figures.actions_open, figures.actions_overdue, figures.findings_without_action) == (5, 4, 3)
    assert (figures.audits_in_year, figures.last_audit_on) == (1, date(2026, 9, 15))
    # A day earlier, the request due on the 1st is not overdue yet.
    assert services.indicators.snapshot(date(2026, 12, 1)).audits.actions_overdue == 3


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("7", (7, None)),
        ("07", (7, None)),
        ("07/2026", (7, 2026)),
        (" 12 / 2025 ", (12, 2025)),
        ("0", None),
        ("a", None),
    ],
)
def test_request_numbers_are_read_with_or_without_their_year(text, parsed):
    assert ca_rules.parse_ca_number(text) == parsed
    assert ca_rules.ca_number(7, 2026) == "07/2026"
