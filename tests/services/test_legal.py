"""Legal documents and the procedure updates they require, each due N months after they take effect."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.messages import message
from app.models import DocumentStatus, DocumentType, ImpactStatus, LegalKind
from app.services import dto
from app.services.errors import DomainError, ValidationError

TODAY = date(2026, 3, 15)
S = dto.UpdateState


def _legal(services, number: str = "1735/QĐ-UBND", effective: date | None = date(2026, 1, 15), **kw):  # type: ignore[no-untyped-def]
    kw.setdefault("kind", LegalKind.TTHC_DECISION)
    kw.setdefault(
        "title",
        "Quyết định công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực Hộ tịch",
    )
    kw.setdefault("issuer", "Ủy ban nhân dân tỉnh Hà Tĩnh")
    kw.setdefault("issued_on", effective)
    return services.legal.save_legal(dto.LegalFields(number=number, effective_on=effective, **kw))


def _procedure(services, code: str, title: str = "", doc_type=DocumentType.TTHC_PROCEDURE, **kw) -> int:  # type: ignore[no-untyped-def]
    doc = services.documents.save_document(
        dto.DocumentFields(code=code, title=title or f"Quy trình {code}", doc_type=doc_type, **kw)
    )
    return doc.id


def _rev(number: int, effective: date) -> dto.RevisionFields:
    return dto.RevisionFields(
        issue_number=number,
        issued_on=effective,
        effective_on=effective,
        change_summary="Cập nhật theo văn bản mới",
        prepared_by="Dương Thị Ngọc Ánh",
        reviewed_by="Trần Thị Thu Hà",
        approved_by="Phan Văn Hùng",
    )


def _impact(services, legal_id: int, document_id: int, today: date = TODAY) -> dto.ImpactRow:  # type: ignore[no-untyped-def]
    detail = services.legal.get_legal(legal_id, today=today)
    return next(i for i in detail.impact_rows if i.document_id == document_id)


# ---- deadlines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("effective", "months", "due"),
    [
        (date(2026, 1, 15), 3, date(2026, 4, 15)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),  # clamped to the end of February
        (date(2023, 11, 30), 3, date(2024, 2, 29)),  # leap year
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 10, 31), 6, date(2026, 4, 30)),
        (date(2025, 7, 1), 12, date(2026, 7, 1)),
    ],
)
def test_the_update_is_due_n_months_after_the_legal_document_takes_effect(
    services, agency, effective, months, due
):
    if months != 3:
        services.legal.save_settings(dto.LegalSettings(update_deadline_months=months, due_soon_days=30))
    legal = _legal(services, effective=effective)
    doc = _procedure(services, "QT 01/CX-HT")
    services.legal.link_documents(legal.id, [doc])

    assert _impact(services, legal.id, doc).due_on == due


def test_the_default_deadline_is_three_months_even_before_the_agency_is_set_up(services):
    # A new agency warns 14 days ahead ("Cảnh báo trước (ngày)").
    assert services.legal.get_settings() == dto.LegalSettings(update_deadline_months=3, due_soon_days=14)
    legal = _legal(services, effective=date(2026, 1, 15))
    doc = _procedure(services, "QT 01/CX-HT")
    services.legal.link_documents(legal.id, [doc])
    assert _impact(services, legal.id, doc).due_on == date(2026, 4, 15)
    with pytest.raises(DomainError) as info:
        services.legal.save_settings(dto.LegalSettings(update_deadline_months=6))
    assert info.value.code == "agency.not_set_up"


def test_settings_are_checked(services, agency):
    with pytest.raises(ValidationError) as info:
        services.legal.save_settings(dto.LegalSettings(update_deadline_months=0, due_soon_days=366))
    assert info.value.for_field("update_deadline_months").code == "legal.bad_months"  # type: ignore[union-attr]
    assert info.value.for_field("due_soon_days").code == "legal.bad_days"  # type: ignore[union-attr]
    saved = services.legal.save_settings(dto.LegalSettings(update_deadline_months=2, due_soon_days=14))
    assert (
        saved
        == services.legal.get_settings()
        == dto.LegalSettings(update_deadline_months=2, due_soon_days=14)
    )


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (date(2026, 1, 20), S.OPEN),  # due 15/4/2026, 85 days ahead
        (date(2026, 3, 31), S.OPEN),  # 15 days ahead: outside the 14-day window
        (date(2026, 4, 1), S.DUE_SOON),  # 14 days ahead
        (date(2026, 4, 15), S.DUE_SOON),  # due today: still on time
        (date(2026, 4, 16), S.OVERDUE),
        (date(2027, 1, 1), S.OVERDUE),
    ],
)
def test_an_open_update_is_open_due_soon_or_overdue_as_of_a_day(services, today, state):
    legal = _legal(services, effective=date(2026, 1, 15))
    doc = _procedure(services, "QT 01/CX-HT")
    services.legal.link_documents(legal.id, [doc])

    assert _impact(services, legal.id, doc, today).state is state
    row = services.legal.list_legal(today=today)[0]
    assert row.open_updates == 1
    assert (row.overdue, row.due_soon) == (int(state is S.OVERDUE), int(state is S.DUE_SOON))


def test_the_due_soon_window_is_a_setting(services, agency):
    legal = _legal(services, effective=date(2026, 1, 15))
    doc = _procedure(services, "QT 01/CX-HT")
    services.legal.link_documents(legal.id, [doc])

    assert _impact(services, legal.id, doc, date(2026, 3, 1)).state is S.OPEN
    services.legal.save_settings(dto.LegalSettings(update_deadline_months=3, due_soon_days=60))
    assert _impact(services, legal.id, doc, date(2026, 3, 1)).state is S.DUE_SOON
    services.legal.save_settings(dto.LegalSettings(update_deadline_months=3, due_soon_days=0))
    assert _impact(services, legal.id, doc, date(2026, 4, 14)).state is S.OPEN
    assert _impact(services, legal.id, doc, date(2026, 4, 15)).state is S.DUE_SOON


def test_a_document_without_an_effective_date_has_no_deadline(services):
    standard = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.OTHER,
            number="TCVN ISO 9001:2015",
            title="Hệ thống quản lý chất lượng - Các yêu cầu",
            issuer="Bộ Khoa học và Công nghệ",
        )
    )
    doc = _procedure(services, "QT-NB 01", doc_type=DocumentType.INTERNAL_PROCEDURE)
    services.legal.link_documents(standard.id, [doc])

    impact = _impact(services, standard.id, doc, date(2040, 1, 1))
    assert (impact.due_on, impact.state) == (None, S.OPEN)


# ---- the whole picture -------------------------------------------------------------------------------


@pytest.fixture
def changes(services):  # type: ignore[no-untyped-def]
    """Three legal changes on five procedures, as of TODAY (15/3/2026, deadline 3 months, 30 days' notice):
    - 1452/QĐ-UBND in effect 01/10/2025 (due 01/01/2026): HT 01 overdue, HT 02 overdue, HT 03 updated;
    - 118/2025/NĐ-CP in effect 15/12/2025 (due 15/3/2026): CT 01 due soon (today), CT 02 no change;
    - 2369/QĐ-UBND in effect 01/3/2026 (due 01/6/2026): ĐĐ 01 open.
    """
    ids = {code: _procedure(services, code) for code in ("QT 01/CX-HT", "QT 02/CX-HT", "QT 03/CX-HT")}
    ids |= {code: _procedure(services, code) for code in ("QT 01/CX-CT", "QT 02/CX-CT", "QT 01/CX-ĐĐ")}
    for doc in ids.values():
        services.documents.issue_revision(doc, _rev(1, date(2021, 9, 30)))
    a = _legal(services, "1452/QĐ-UBND", date(2025, 10, 1))
    b = _legal(
        services,
        "118/2025/NĐ-CP",
        date(2025, 12, 15),
        kind=LegalKind.LAW,
        title="Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
        issuer="Chính phủ",
    )
    c = _legal(services, "2369/QĐ-UBND", date(2026, 3, 1), title="Quyết định công bố TTHC lĩnh vực Đất đai")
    services.legal.link_documents(a.id, [ids["QT 01/CX-HT"], ids["QT 02/CX-HT"], ids["QT 03/CX-HT"]])
    services.legal.link_documents(b.id, [ids["QT 01/CX-CT"], ids["QT 02/CX-CT"]])
    services.legal.link_documents(c.id, [ids["QT 01/CX-ĐĐ"]])
    updated = _impact(services, a.id, ids["QT 03/CX-HT"])
    services.documents.issue_revision(
        ids["QT 03/CX-HT"], _rev(2, date(2025, 11, 20)), close_impacts=[updated.id]
    )
    unchanged = _impact(services, b.id, ids["QT 02/CX-CT"])
    services.legal.close_no_change(
        unchanged.id, "Không thay đổi trình tự, thời hạn giải quyết.", on=date(2026, 1, 5)
    )
    return {"docs": ids, "a": a.id, "b": b.id, "c": c.id}


def test_the_summary_counts_updates_by_state(services, changes):
    assert services.legal.summary(today=TODAY) == dto.UpdateSummary(
        open=4, overdue=2, due_soon=1, updated=1, no_change=1
    )
    # A month earlier the decree was not due soon yet, and the first decision not overdue yet.
    assert services.legal.summary(today=date(2025, 12, 1)) == dto.UpdateSummary(
        open=4, overdue=0, due_soon=0, updated=1, no_change=1
    )


def test_the_most_urgent_updates_come_first(services, changes):
    rows = services.legal.list_impacts(today=TODAY)

    assert [(r.state, r.document_code) for r in rows] == [
        (S.OVERDUE, "QT 01/CX-HT"),
        (S.OVERDUE, "QT 02/CX-HT"),
        (S.DUE_SOON, "QT 01/CX-CT"),
        (S.OPEN, "QT 01/CX-ĐĐ"),
        (S.UPDATED, "QT 03/CX-HT"),
        (S.NO_CHANGE, "QT 02/CX-CT"),
    ]
    assert [r.document_code for r in services.legal.list_impacts(today=TODAY, open_only=True)] == [
        "QT 01/CX-HT",
        "QT 02/CX-HT",
        "QT 01/CX-CT",
        "QT 01/CX-ĐĐ",
    ]
    mine = services.legal.list_impacts(document_id=changes["docs"]["QT 03/CX-HT"], today=TODAY)
    assert [(r.legal_number, r.revision_issue, r.closed_on) for r in mine] == [
        ("1452/QĐ-UBND", 2, date(2025, 11, 20))
    ]


def test_the_legal_register_shows_counts_and_filters(services, changes):
    rows = {r.number: r for r in services.legal.list_legal(today=TODAY)}

    a = rows["1452/QĐ-UBND"]
    assert (a.impacts, a.open_updates, a.overdue, a.due_soon) == (3, 2, 2, 0)
    b = rows["118/2025/NĐ-CP"]
    assert (b.impacts, b.open_updates, b.overdue, b.due_soon) == (2, 1, 0, 1)
    # Newest in effect first.
    assert list(rows) == ["2369/QĐ-UBND", "118/2025/NĐ-CP", "1452/QĐ-UBND"]
    legal = services.legal
    assert [r.number for r in legal.list_legal(dto.LegalFilter(kind=LegalKind.LAW))] == ["118/2025/NĐ-CP"]
    assert [r.number for r in legal.list_legal(dto.LegalFilter(text="mot cua lien thong"))] == [
        "118/2025/NĐ-CP"
    ]
    assert [r.number for r in legal.list_legal(dto.LegalFilter(text="dat dai"))] == ["2369/QĐ-UBND"]
    services.legal.close_no_change(
        _impact(services, changes["c"], changes["docs"]["QT 01/CX-ĐĐ"]).id, "Không áp dụng tại xã."
    )
    assert [r.number for r in legal.list_legal(dto.LegalFilter(with_open_updates=True), today=TODAY)] == [
        "118/2025/NĐ-CP",
        "1452/QĐ-UBND",
    ]
    register = {r.code: r for r in services.documents.list_documents()}
    assert register["QT 01/CX-HT"].open_updates == 1
    assert register["QT 03/CX-HT"].open_updates == 0


def test_a_replaced_legal_document_names_its_successor(services):
    new = _legal(services, "118/2025/NĐ-CP", date(2025, 7, 1), kind=LegalKind.LAW, title="Nghị định mới")
    old = _legal(
        services,
        "61/2018/NĐ-CP",
        date(2018, 6, 21),
        kind=LegalKind.LAW,
        title="Nghị định cũ",
        replaced_by_id=new.id,
    )
    assert old.replaced_by_number == "118/2025/NĐ-CP"
    with pytest.raises(ValidationError) as info:
        services.legal.save_legal(
            dto.LegalFields(
                number="61/2018/NĐ-CP",
                title="Nghị định cũ",
                effective_on=date(2018, 6, 21),
                replaced_by_id=old.id,
            ),
            old.id,
        )
    assert info.value.for_field("replaced_by_id").code == "legal.replaced_by_self"  # type: ignore[union-attr]


def test_legal_document_fields_are_checked(services):
    with pytest.raises(ValidationError) as info:
        services.legal.save_legal(
            dto.LegalFields(kind=LegalKind.LAW, number=" ", title="", effective_on=None)
        )
    errors = {e.field: e.code for e in info.value.errors}
    assert errors == {"number": "field.required", "title": "field.required", "effective_on": "field.required"}
    with pytest.raises(ValidationError) as info:
        _legal(services, effective=date(2026, 1, 1), issued_on=date(2026, 1, 15))
    assert info.value.for_field("effective_on").code == "legal.effective_before_issue"  # type: ignore[union-attr]
    assert services.legal.list_legal() == []


# ---- closing updates ---------------------------------------------------------------------------------


def test_an_issue_effective_before_the_legal_document_cannot_close_its_update(services, changes):
    doc = changes["docs"]["QT 01/CX-HT"]
    impact = _impact(services, changes["a"], doc)

    # Through the issue…
    with pytest.raises(DomainError) as info:
        services.documents.issue_revision(doc, _rev(2, date(2025, 9, 30)), close_impacts=[impact.id])
    assert info.value.code == "impact.revision_too_early"
    assert "1452/QĐ-UBND" in message(info.value) and "01/10/2025" in message(info.value)
    assert len(services.documents.get_document(doc).revisions) == 1  # nothing was issued
    # …or afterwards.
    early = services.documents.issue_revision(doc, _rev(2, date(2025, 9, 30)))
    with pytest.raises(DomainError) as info:
        services.legal.close_with_revision(impact.id, early.id)
    assert info.value.code == "impact.revision_too_early"
    assert _impact(services, changes["a"], doc).status is ImpactStatus.OPEN

    # An issue effective the very day the legal document takes effect does close it.
    on_time = services.documents.issue_revision(doc, _rev(3, date(2025, 10, 1)))
    closed = services.legal.close_with_revision(impact.id, on_time.id)
    assert (closed.status, closed.revision_issue, closed.closed_on) == (
        ImpactStatus.UPDATED,
        3,
        date(2025, 10, 1),
    )
    # And that issue's date cannot then be moved before it.
    with pytest.raises(DomainError) as info:
        services.documents.update_revision(on_time.id, _rev(3, date(2025, 9, 1)))
    assert info.value.code == "impact.revision_too_early"
    assert services.documents.get_document(doc).revisions[0].effective_on == date(2025, 10, 1)


def test_an_update_is_closed_only_by_an_issue_of_its_own_procedure(services, changes):
    impact = _impact(services, changes["a"], changes["docs"]["QT 01/CX-HT"])
    other = services.documents.issue_revision(changes["docs"]["QT 02/CX-HT"], _rev(2, date(2026, 1, 10)))

    with pytest.raises(DomainError) as info:
        services.legal.close_with_revision(impact.id, other.id)
    assert info.value.code == "impact.other_document"
    with pytest.raises(DomainError) as info:
        services.documents.issue_revision(
            changes["docs"]["QT 02/CX-HT"], _rev(3, date(2026, 2, 1)), close_impacts=[impact.id]
        )
    assert info.value.code == "impact.other_document"
    assert len(services.documents.get_document(changes["docs"]["QT 02/CX-HT"]).revisions) == 2


def test_closing_without_change_needs_a_reason(services, changes):
    impact = _impact(services, changes["c"], changes["docs"]["QT 01/CX-ĐĐ"])

    with pytest.raises(ValidationError) as info:
        services.legal.close_no_change(impact.id, "  \n ")
    assert info.value.for_field("reason").code == "field.required"  # type: ignore[union-attr]
    assert _impact(services, changes["c"], changes["docs"]["QT 01/CX-ĐĐ"]).status is ImpactStatus.OPEN

    closed = services.legal.close_no_change(impact.id, "  Không áp dụng tại xã.  ", on=date(2026, 3, 10))
    assert (closed.status, closed.no_change_reason, closed.closed_on) == (
        ImpactStatus.NO_CHANGE,
        "Không áp dụng tại xã.",
        date(2026, 3, 10),
    )
    reopened = services.legal.reopen(impact.id)
    assert (reopened.status, reopened.no_change_reason, reopened.closed_on) == (ImpactStatus.OPEN, "", None)


def test_deleting_an_issue_reopens_the_updates_it_closed(services, changes):
    doc = changes["docs"]["QT 03/CX-HT"]
    revision = services.documents.get_document(doc).revisions[0]
    assert _impact(services, changes["a"], doc).state is S.UPDATED

    services.documents.delete_revision(revision.id)

    impact = _impact(services, changes["a"], doc)
    assert (impact.status, impact.state, impact.revision_id, impact.closed_on) == (
        ImpactStatus.OPEN,
        S.OVERDUE,
        None,
        None,
    )
    assert services.legal.summary(today=TODAY).overdue == 3


def test_a_failed_issue_closes_nothing(services, changes, tmp_path: Path):
    doc = changes["docs"]["QT 01/CX-HT"]
    impact = _impact(services, changes["a"], doc)

    with pytest.raises(DomainError):
        services.documents.issue_revision(
            doc, _rev(2, date(2026, 1, 10)), files=[tmp_path / "thiếu.docx"], close_impacts=[impact.id]
        )

    assert _impact(services, changes["a"], doc).status is ImpactStatus.OPEN


# ---- linking -------------------------------------------------------------------------------------------


def test_only_procedures_can_be_linked_to_a_legal_document(services, changes):
    procedure = changes["docs"]["QT 01/CX-HT"]
    form = _procedure(
        services, "BM 01-QT 01/CX-HT", "Tờ khai đăng ký khai sinh", DocumentType.FORM, parent_id=procedure
    )
    policy = _procedure(services, "CSCL", "Chính sách chất lượng", DocumentType.POLICY_PLAN)
    internal = _procedure(
        services, "QT-NB 06", "Quy trình quản lý văn bản đi - đến", DocumentType.INTERNAL_PROCEDURE
    )

    for doc in (form, policy):
        with pytest.raises(DomainError) as info:
            services.legal.link_documents(changes["c"], [internal, doc])
        assert info.value.code == "impact.not_procedure"
        assert services.legal.get_legal(changes["c"]).impacts == 1  # all or nothing
    # Linking again keeps the existing update (and its state) rather than adding another.
    detail = services.legal.link_documents(changes["a"], [procedure, internal])
    assert detail.impacts == 4
    assert sorted(i.document_code for i in detail.impact_rows) == [
        "QT 01/CX-HT",
        "QT 02/CX-HT",
        "QT 03/CX-HT",
        "QT-NB 06",
    ]


def test_unlinking_and_deleting_remove_the_updates_but_not_the_procedures(services, changes):
    impact = _impact(services, changes["a"], changes["docs"]["QT 01/CX-HT"])
    services.legal.unlink(impact.id)
    assert services.legal.get_legal(changes["a"]).impacts == 2

    services.legal.delete_legal(changes["a"])
    assert services.legal.summary(today=TODAY) == dto.UpdateSummary(
        open=2, overdue=0, due_soon=1, updated=0, no_change=1
    )
    assert len(services.documents.get_document(changes["docs"]["QT 03/CX-HT"]).revisions) == 2


def test_deleting_a_never_issued_procedure_removes_its_updates(services, changes):
    draft = _procedure(services, "QT 04/CX-HT", status=DocumentStatus.DRAFT)
    services.legal.link_documents(changes["a"], [draft])
    assert services.legal.get_legal(changes["a"]).impacts == 4

    services.documents.delete_document(draft)

    assert services.legal.get_legal(changes["a"]).impacts == 3
