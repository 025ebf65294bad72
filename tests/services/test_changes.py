"""The unit of work's change hook: every created, changed and deleted row with its old and new values,
whoever writes it; the search text and timestamps it keeps."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from app import models as m
from app.models import DocumentStatus, DocumentType
from app.services import dto
from app.services.changes import Change


@pytest.fixture
def seen(services):  # type: ignore[no-untyped-def]
    """Changes handed to the hub: (in the transaction, after the commit)."""
    inside: list[Change] = []
    after: list[Change] = []
    services.changes.subscribe(lambda _session, changes: inside.extend(changes))
    services.changes.subscribe_committed(after.extend)
    return inside, after


def _fields(**kw: object) -> dto.DocumentFields:
    base = dict(
        code="QT 01/CX-HT",
        title="Quy trình đăng ký khai sinh",
        doc_type=DocumentType.TTHC_PROCEDURE,
        field="Hộ tịch",
        status=DocumentStatus.IN_FORCE,
    )
    base.update(kw)
    return dto.DocumentFields(**base)  # type: ignore[arg-type]


def test_a_create_an_update_and_a_delete_carry_their_old_and_new_values(services, agency, seen):
    inside, after = seen
    created = services.documents.save_document(_fields())
    (create,) = [c for c in inside if c.table == "document"]
    assert create.kind == "create" and create.row_id == created.id
    assert create.old == {}
    assert create.new["code"] == "QT 01/CX-HT"
    assert create.new["title"] == "Quy trình đăng ký khai sinh"
    assert create.new["status"] == "draft"  # enums as their stored values (no issue yet: a draft)
    assert "search_text" not in create.new  # bookkeeping, not history
    links = [c for c in inside if c.table == "document_tthc"]
    assert links == []

    inside.clear()
    services.documents.save_document(_fields(title="Quy trình đăng ký khai sinh (sửa đổi)"), created.id)
    (update,) = [c for c in inside if c.table == "document"]
    assert update.kind == "update"
    assert update.old == {"title": "Quy trình đăng ký khai sinh"}
    assert update.new == {"title": "Quy trình đăng ký khai sinh (sửa đổi)"}

    inside.clear()
    services.documents.delete_document(created.id)
    (delete,) = [c for c in inside if c.table == "document"]
    assert delete.kind == "delete" and delete.row_id == created.id
    assert delete.new == {}
    assert delete.old["title"] == "Quy trình đăng ký khai sinh (sửa đổi)"
    assert delete.old["code"] == "QT 01/CX-HT"
    # The committed listeners saw the same three writes, after each commit.
    assert [(c.table, c.kind) for c in after if c.table == "document"] == [
        ("document", "create"),
        ("document", "update"),
        ("document", "delete"),
    ]


def test_an_unchanged_save_reports_no_update(services, agency, seen):
    inside, _after = seen
    created = services.documents.save_document(_fields())
    inside.clear()
    services.documents.save_document(_fields(), created.id)
    assert [c for c in inside if c.table == "document"] == []


def test_a_failed_transaction_reports_nothing(services, agency, seen):
    inside, after = seen
    services.documents.save_document(_fields())
    inside.clear()
    after.clear()
    with pytest.raises(Exception):  # noqa: B017 - the duplicate code is refused before commit
        services.documents.save_document(_fields())
    assert inside == [] and after == []


def test_a_listener_inside_the_transaction_can_write_in_it(services, agency):
    """A history writer adds its rows in the same transaction as the change it records."""

    def note(session, changes):  # type: ignore[no-untyped-def]
        for change in changes:
            if change.table == "tthc":
                session.add(
                    m.Transition(
                        record_type="tthc",
                        record_id=change.row_id or 0,
                        action="seen",
                        from_state="",
                        to_state=change.kind,
                        on=date(2026, 1, 1),
                    )
                )

    services.changes.subscribe(note)
    row = services.tthc.save_tthc(dto.TthcFields(code="1.001193", name="Đăng ký khai sinh"))
    with services.uow() as uow:
        kept = uow.session.execute(
            select(m.Transition.record_id, m.Transition.to_state).where(m.Transition.record_type == "tthc")
        ).all()
    assert [tuple(t) for t in kept] == [(row.id, "create")]


@pytest.mark.parametrize("writer", ["form", "import", "bulk"])
def test_every_writer_fills_the_search_text_from_the_declared_fields(services, agency, writer):
    fields = dto.TthcFields(code="1.001193", name="Đăng ký khai sinh", field="Hộ tịch")
    if writer == "form":
        services.tthc.save_tthc(fields)
    elif writer == "bulk":
        services.tthc.import_rows([fields], [])
    else:
        services.tthc.import_rows([dataclasses.replace(fields, name="Đăng ký")], [])
        services.tthc.import_rows([], [fields])
    with services.uow() as uow:
        (text,) = uow.session.scalars(select(m.Tthc.search_text)).all()
    assert text == "1.001193 dang ky khai sinh ho tich"
    assert [r.code for r in services.tthc.list_tthc(dto.TthcFilter(text="KHAI SINH"))] == ["1.001193"]


def test_a_bulk_update_of_the_jurisdiction_is_seen_row_by_row(services, agency, seen):
    inside, _after = seen
    a = services.tthc.save_tthc(dto.TthcFields(code="1.001193", name="Đăng ký khai sinh"))
    b = services.tthc.save_tthc(dto.TthcFields(code="1.000894", name="Đăng ký kết hôn"))
    inside.clear()
    assert services.tthc.set_jurisdiction([a.id, b.id], True) == 2
    updates = sorted((c.row_id, c.old, c.new) for c in inside if c.table == "tthc")
    assert updates == sorted(
        [
            (a.id, {"in_jurisdiction": False}, {"in_jurisdiction": True}),
            (b.id, {"in_jurisdiction": False}, {"in_jurisdiction": True}),
        ]
    )


def test_timestamps_follow_the_pinned_clock(services, agency):
    services.clock.pin(date(2026, 3, 15))
    created = services.documents.save_document(_fields())
    with services.uow() as uow:
        stamp = uow.session.get(m.Document, created.id).created_at
    assert stamp.date() == date(2026, 3, 15)
