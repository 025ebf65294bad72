"""Mã biểu mẫu: each printed form maps to a biểu mẫu of the register; its code and issue print on the
form, and an unset or withdrawn mapping prints blank."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import DocumentStatus, DocumentType
from app.services import dto
from app.services.errors import DomainError
from app.services.form_codes import PRINTED_FORMS, unset_warning


def _form(services, code: str, *, issued: bool = True) -> int:  # type: ignore[no-untyped-def]
    detail = services.documents.save_document(
        dto.DocumentFields(code=code, title=f"Phiếu {code}", doc_type=DocumentType.FORM)
    )
    if issued:
        services.documents.issue_revision(
            detail.id,
            dto.RevisionFields(issue_number=2, issued_on=date(2026, 1, 5), effective_on=date(2026, 1, 5)),
        )
    return int(detail.id)


def test_every_printed_form_starts_unset_and_prints_blank(services, agency):
    rows = services.form_codes.forms()
    assert [r.form_key for r in rows] == list(PRINTED_FORMS)
    assert [r.form_title for r in rows] == [
        "Phiếu yêu cầu hành động khắc phục",
        "Phiếu đánh giá nội bộ (để trống)",
    ]
    assert all(r.document_id is None for r in rows)
    assert services.form_codes.code_for("ca-form") is None
    assert "Phiếu yêu cầu hành động khắc phục" in unset_warning("ca-form")


def test_a_mapped_form_gives_its_code_and_issue_in_effect(services, agency):
    doc_id = _form(services, "BM.HĐKP.01")
    services.form_codes.set_form("ca-form", doc_id)
    info = services.form_codes.code_for("ca-form", date(2026, 3, 1))
    assert info is not None and (info.code, info.issue_text) == ("BM.HĐKP.01", "Lần ban hành: 02")
    # Before the issue took effect, no issue is printed.
    early = services.form_codes.code_for("ca-form", date(2025, 12, 1))
    assert early is not None and early.issue_text == ""
    assert services.form_codes.code_for("audit-checklist") is None
    services.form_codes.set_form("ca-form", None)
    assert services.form_codes.code_for("ca-form") is None


def test_only_register_forms_in_force_can_be_chosen(services, agency):
    procedure = services.documents.save_document(dto.DocumentFields(code="QT 01", title="Quy trình"))
    form_id = _form(services, "BM 01")
    assert [f.code for f in services.form_codes.register_forms()] == ["BM 01"]
    with pytest.raises(DomainError) as refused:
        services.form_codes.set_form("ca-form", procedure.id)
    assert refused.value.code == "form_code.not_a_form"
    with pytest.raises(DomainError) as unknown:
        services.form_codes.set_form("plan", form_id)
    assert unknown.value.code == "form_code.unknown_form"


def test_a_withdrawn_form_prints_blank_and_is_flagged(services, agency):
    form_id = _form(services, "BM 01")
    services.form_codes.set_form("ca-form", form_id)
    services.documents.set_status(form_id, DocumentStatus.OBSOLETE)
    (row,) = [r for r in services.form_codes.forms() if r.form_key == "ca-form"]
    assert row.withdrawn and row.code == "BM 01"
    assert services.form_codes.code_for("ca-form") is None
    assert services.form_codes.register_forms() == []
    with pytest.raises(DomainError) as refused:
        services.form_codes.set_form("audit-checklist", form_id)
    assert refused.value.code == "form_code.withdrawn"
