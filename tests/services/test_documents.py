"""The document register: codes, issues (lần ban hành), current / upcoming issue, forms, filters, files."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.messages import message
from app.models import DocumentStatus, DocumentType
from app.services import dto
from app.services.errors import DomainError, NotFound, ValidationError

TODAY = date(2026, 3, 15)
PROC, INTERNAL, FORM, GUIDE, POLICY = (
    DocumentType.TTHC_PROCEDURE,
    DocumentType.INTERNAL_PROCEDURE,
    DocumentType.FORM,
    DocumentType.GUIDE,
    DocumentType.POLICY_PLAN,
)
IN_FORCE, DRAFT, OBSOLETE = DocumentStatus.IN_FORCE, DocumentStatus.DRAFT, DocumentStatus.OBSOLETE


def _doc(services, code: str = "QT 01/CX-CT", title: str = "Quy trình chứng thực bản sao từ bản chính", **kw):  # type: ignore[no-untyped-def]
    kw.setdefault("field", "Chứng thực")
    return services.documents.save_document(dto.DocumentFields(code=code, title=title, **kw))


def _rev(number: int, effective: date, issued: date | None = None, **kw) -> dto.RevisionFields:  # type: ignore[no-untyped-def]
    return dto.RevisionFields(
        issue_number=number,
        issued_on=issued or effective,
        effective_on=effective,
        change_summary=kw.pop("change_summary", f"Lần ban hành {number:02d}"),
        prepared_by=kw.pop("prepared_by", "Dương Thị Ngọc Ánh"),
        reviewed_by=kw.pop("reviewed_by", "Trần Thị Thu Hà"),
        approved_by=kw.pop("approved_by", "Phan Văn Hùng"),
    )


def _field_error(info: pytest.ExceptionInfo[ValidationError], name: str) -> str:
    error = info.value.for_field(name)
    assert error is not None, info.value.errors
    return error.code


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "nguồn" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _stored_files(ctx) -> list[Path]:  # type: ignore[no-untyped-def]
    return sorted(p for p in ctx.data_dir.attachments_dir.glob("*/*") if p.is_file())


# ---- codes ---------------------------------------------------------------------------------------


def test_a_code_is_unique_among_live_documents_whatever_its_case_and_spacing(services):
    first = _doc(services, "QT 01/CX-CT")

    for clash in ("QT 01/CX-CT", "qt  01/cx-ct", " Qt 01/Cx-Ct "):
        with pytest.raises(ValidationError) as info:
            _doc(services, clash, "Quy trình khác")
        assert _field_error(info, "code") == "document.duplicate_code"
        assert "QT 01/CX-CT" in message(info.value)
    # Vietnamese capitals fold too: "ĐĐ" and "đđ" are the same code.
    _doc(services, "QT 01/CX-ĐĐ", "Quy trình hòa giải tranh chấp đất đai", field="Đất đai")
    with pytest.raises(ValidationError):
        _doc(services, "qt 01/cx-đđ", "Quy trình khác", field="Đất đai")
    # The same document keeps its own code when edited.
    edited = services.documents.save_document(
        dto.DocumentFields(code="qt 01/cx-ct", title="Quy trình chứng thực (sửa tên)", field="Chứng thực"),
        first.id,
    )
    assert edited.code == "qt 01/cx-ct"
    assert services.documents.count_documents() == 2


def test_an_obsolete_document_may_share_its_code_but_cannot_come_back_while_it_is_taken(services):
    old = _doc(services, "QT-NB 03", "Quy trình kiểm soát hồ sơ", doc_type=INTERNAL, field="")
    services.documents.issue_revision(old.id, _rev(1, date(2021, 9, 30)))
    services.documents.set_status(old.id, OBSOLETE)

    new = _doc(services, "QT-NB 03", "Quy trình kiểm soát đầu ra không phù hợp", doc_type=INTERNAL, field="")
    services.documents.issue_revision(new.id, _rev(1, date(2025, 7, 1)))
    assert {d.status for d in services.documents.list_documents(dto.DocumentFilter(text="QT-NB 03"))} == {
        OBSOLETE,
        IN_FORCE,
    }
    # Re-activating the obsolete one would give two live documents the same code.
    for status in (IN_FORCE, DRAFT):
        with pytest.raises(ValidationError) as info:
            services.documents.set_status(old.id, status)
        assert _field_error(info, "code") == "document.duplicate_code"
    assert services.documents.get_document(old.id).status is OBSOLETE
    # Once the new one is obsolete too, the old one can be brought back.
    services.documents.set_status(new.id, OBSOLETE)
    assert services.documents.set_status(old.id, IN_FORCE).status is IN_FORCE


def test_required_fields_and_tthc_code_format_are_checked(services):
    with pytest.raises(ValidationError) as info:
        services.documents.save_document(dto.DocumentFields(code="  ", title="", tthc_codes=("1.1193",)))
    assert _field_error(info, "code") == "field.required"
    assert _field_error(info, "title") == "field.required"
    assert _field_error(info, "tthc_codes") == "tthc.bad_code"
    assert services.documents.count_documents() == 0

    saved = _doc(services, tthc_codes=(" 1.001193 ", "1.001193", "2.000815"))
    assert saved.tthc_codes == ("1.001193", "2.000815")


# ---- issues --------------------------------------------------------------------------------------


def test_the_current_issue_is_the_latest_in_effect_and_a_later_dated_one_is_upcoming(services):
    doc = _doc(services)
    services.documents.issue_revision(doc.id, _rev(1, date(2021, 9, 30)))
    services.documents.issue_revision(doc.id, _rev(2, date(2025, 7, 7)))
    services.documents.issue_revision(doc.id, _rev(3, date(2026, 4, 1), issued=date(2026, 3, 10)))

    detail = services.documents.get_document(doc.id, today=TODAY)
    assert [r.issue_number for r in detail.revisions] == [3, 2, 1]  # newest first, history kept
    assert [r.state for r in detail.revisions] == [
        dto.RevisionState.UPCOMING,
        dto.RevisionState.CURRENT,
        dto.RevisionState.HISTORY,
    ]
    assert detail.current is not None and detail.current.issue_number == 2
    assert detail.upcoming is not None and detail.upcoming.effective_on == date(2026, 4, 1)

    # On its effective day the upcoming issue becomes current, and the others are history.
    on_the_day = services.documents.get_document(doc.id, today=date(2026, 4, 1))
    assert on_the_day.current is not None and on_the_day.current.issue_number == 3
    assert on_the_day.upcoming is None
    # Before the first issue took effect nothing is current.
    before = services.documents.get_document(doc.id, today=date(2021, 9, 29))
    assert before.current is None
    assert {r.state for r in before.revisions} == {dto.RevisionState.UPCOMING}


def test_issue_numbers_must_increase_and_cannot_repeat(services):
    doc = _doc(services)
    first = services.documents.issue_revision(doc.id, _rev(1, date(2021, 9, 30)))
    second = services.documents.issue_revision(doc.id, _rev(2, date(2023, 5, 4)))
    assert services.documents.next_issue_number(doc.id) == 3

    for number in (1, 2):
        with pytest.raises(ValidationError) as info:
            services.documents.issue_revision(doc.id, _rev(number, date(2025, 7, 7)))
        assert _field_error(info, "issue_number") == "revision.issue_not_increasing"
        assert "(2)" in message(info.value)
    with pytest.raises(ValidationError) as info:
        services.documents.update_revision(first.id, _rev(2, date(2021, 9, 30)))
    assert _field_error(info, "issue_number") == "revision.duplicate_issue"
    for bad in (0, 1000):
        with pytest.raises(ValidationError) as info:
            services.documents.issue_revision(doc.id, _rev(bad, date(2025, 7, 7)))
        assert _field_error(info, "issue_number") == "revision.bad_issue_number"
    assert [r.id for r in services.documents.get_document(doc.id).revisions] == [second.id, first.id]


def test_an_issue_needs_an_effective_date_not_before_its_issue_date(services):
    doc = _doc(services)
    with pytest.raises(ValidationError) as info:
        services.documents.issue_revision(
            doc.id, dto.RevisionFields(issue_number=1, issued_on=date(2025, 7, 7), effective_on=None)
        )
    assert _field_error(info, "effective_on") == "field.required"
    with pytest.raises(ValidationError) as info:
        services.documents.issue_revision(doc.id, _rev(1, date(2025, 7, 1), issued=date(2025, 7, 7)))
    assert _field_error(info, "effective_on") == "revision.effective_before_issue"
    assert services.documents.get_document(doc.id).revisions == ()


def test_issuing_a_draft_puts_it_in_force(services):
    draft = _doc(services, status=DRAFT)
    assert draft.status is DRAFT

    services.documents.issue_revision(draft.id, _rev(1, date(2025, 7, 7)))

    assert services.documents.get_document(draft.id).status is IN_FORCE


def test_a_document_is_a_draft_until_issued_and_in_force_once_an_issue_takes_effect(services):
    services.clock.pin(TODAY)
    docs = services.documents
    # Asked to be in force without an issue: a draft (nothing is in force before it is issued).
    doc = _doc(services, status=IN_FORCE)
    assert doc.status is DRAFT
    assert docs.set_status(doc.id, IN_FORCE).status is DRAFT
    assert docs.register_counts().in_force == 0

    # Issued with an issue taking effect tomorrow: issued (listed as in force), not counted yet.
    tomorrow = TODAY + timedelta(days=1)
    first = docs.issue_revision(doc.id, _rev(1, tomorrow, issued=TODAY))
    assert docs.get_document(doc.id).status is IN_FORCE
    counts = docs.register_counts()
    assert (counts.in_force, counts.procedures, counts.with_upcoming_issue) == (0, 0, 1)
    assert docs.register_counts(today=tomorrow).in_force == 1
    (row,) = docs.list_documents()
    assert (row.status, row.current_issue, row.upcoming_issue) == (IN_FORCE, None, 1)

    # Its only issue deleted, it is a draft again; an obsolete one stays obsolete.
    docs.delete_revision(first.id)
    assert docs.get_document(doc.id).status is DRAFT
    assert docs.set_status(doc.id, OBSOLETE).status is OBSOLETE


def test_the_bulk_writer_settles_the_status_by_the_issues_given(services):
    writes = [
        dto.DocumentWrite(fields=dto.DocumentFields(code="QT 01", title="Quy trình một", status=IN_FORCE)),
        dto.DocumentWrite(
            fields=dto.DocumentFields(code="QT 02", title="Quy trình hai", status=DRAFT),
            revisions=(_rev(1, date(2025, 7, 1)),),
        ),
        dto.DocumentWrite(fields=dto.DocumentFields(code="QT 03", title="Quy trình ba", status=OBSOLETE)),
    ]
    outcomes = services.documents.write_many(writes)
    assert [services.documents.get_document(o.id).status for o in outcomes] == [DRAFT, IN_FORCE, OBSOLETE]
    # Brought to "in force" without an issue: still a draft, and nothing changed.
    again = services.documents.write_many([dataclasses.replace(writes[0], document_id=outcomes[0].id)])
    assert [o.status for o in again] == ["unchanged"]


def test_an_obsolete_document_takes_no_new_issue(services):
    doc = _doc(services)
    services.documents.issue_revision(doc.id, _rev(1, date(2021, 9, 30)))
    services.documents.set_status(doc.id, OBSOLETE)

    with pytest.raises(DomainError) as info:
        services.documents.issue_revision(doc.id, _rev(2, date(2025, 7, 7)))

    assert info.value.code == "document.obsolete"
    assert "QT 01/CX-CT" in message(info.value)
    assert len(services.documents.get_document(doc.id).revisions) == 1


def test_an_issued_document_cannot_be_deleted_only_made_obsolete(services):
    issued = _doc(services)
    services.documents.issue_revision(issued.id, _rev(1, date(2021, 9, 30)))
    never = _doc(services, "QT 02/CX-CT", "Quy trình chứng thực chữ ký", status=DRAFT)

    with pytest.raises(DomainError) as info:
        services.documents.delete_document(issued.id)
    assert info.value.code == "document.has_revisions"
    assert "Hết hiệu lực" in message(info.value)
    assert services.documents.get_document(issued.id).revisions

    services.documents.delete_document(never.id)
    with pytest.raises(NotFound):
        services.documents.get_document(never.id)
    assert services.documents.count_documents() == 1


def test_deleting_an_issue_keeps_the_others(services):
    doc = _doc(services)
    services.documents.issue_revision(doc.id, _rev(1, date(2021, 9, 30)))
    second = services.documents.issue_revision(doc.id, _rev(2, date(2025, 7, 7)))

    services.documents.delete_revision(second.id)

    detail = services.documents.get_document(doc.id, today=TODAY)
    assert [r.issue_number for r in detail.revisions] == [1]
    assert detail.current is not None and detail.current.issue_number == 1
    assert services.documents.next_issue_number(doc.id) == 2


# ---- forms and guides ------------------------------------------------------------------------------


def test_a_form_belongs_to_a_procedure(services):
    procedure = _doc(services, "QT-NB 04", "Quy trình hành động khắc phục", doc_type=INTERNAL, field="")
    form = _doc(
        services,
        "BM 01/QT-NB 04",
        "Phiếu yêu cầu hành động khắc phục",
        doc_type=FORM,
        field="",
        parent_id=procedure.id,
    )
    guide = _doc(
        services,
        "HD 01/QT-NB 04",
        "Hướng dẫn phân tích nguyên nhân gốc rễ",
        doc_type=GUIDE,
        parent_id=procedure.id,
    )

    assert (form.parent_code, form.parent_title) == ("QT-NB 04", "Quy trình hành động khắc phục")
    children = services.documents.get_document(procedure.id).children
    assert [c.code for c in children] == ["BM 01/QT-NB 04", "HD 01/QT-NB 04"]
    assert guide.parent_id == procedure.id

    # The parent must be a procedure…
    with pytest.raises(ValidationError) as info:
        _doc(services, "BM 02/QT-NB 04", "Sổ theo dõi", doc_type=FORM, parent_id=form.id)
    assert _field_error(info, "parent_id") == "document.parent_not_procedure"
    # …and only forms and guides have one.
    for doc_type in (PROC, INTERNAL, POLICY):
        with pytest.raises(ValidationError) as info:
            _doc(services, "QT 09/CX-CT", "Quy trình con", doc_type=doc_type, parent_id=procedure.id)
        assert _field_error(info, "parent_id") == "document.parent_not_allowed"
    with pytest.raises(ValidationError) as info:
        services.documents.save_document(
            dto.DocumentFields(code="BM 01/QT-NB 04", title="Phiếu", doc_type=FORM, parent_id=form.id),
            form.id,
        )
    assert _field_error(info, "parent_id") == "document.parent_self"
    with pytest.raises(ValidationError) as info:
        _doc(services, "BM 03/QT-NB 04", "Phiếu", doc_type=FORM, parent_id=999_999)
    assert _field_error(info, "parent_id") == "field.not_found"


def test_procedures_list_offers_parents_and_legal_targets(services):
    live = _doc(services)
    _doc(services, "BM 01-QT 01/CX-CT", "Phiếu yêu cầu chứng thực", doc_type=FORM, parent_id=live.id)
    old = _doc(services, "QT 02/CX-CT", "Quy trình cũ")
    services.documents.set_status(old.id, OBSOLETE)

    assert [p.code for p in services.documents.list_procedures()] == ["QT 01/CX-CT"]
    assert [p.code for p in services.documents.list_procedures(include_obsolete=True)] == [
        "QT 01/CX-CT",
        "QT 02/CX-CT",
    ]


# ---- the register ----------------------------------------------------------------------------------


@pytest.fixture
def register(services):  # type: ignore[no-untyped-def]
    """A small register: two departments, procedures of three fields, a form, a draft, an obsolete one."""
    org = services.organization
    justice = org.save_department(dto.DepartmentFields(name="Tư pháp - Hộ tịch", code="TPHT"))
    land = org.save_department(dto.DepartmentFields(name="Địa chính - Xây dựng", code="ĐCXD"))
    ids: dict[str, int] = {}

    def add(code: str, title: str, **kw) -> int:  # type: ignore[no-untyped-def]
        doc = services.documents.save_document(dto.DocumentFields(code=code, title=title, **kw))
        ids[code] = doc.id
        if kw.get("status", IN_FORCE) is IN_FORCE:  # in force: issued, in effect since the reform
            services.documents.issue_revision(doc.id, _rev(1, date(2025, 7, 1)))
        return doc.id

    ct = add(
        "QT 01/CX-CT",
        "Quy trình chứng thực bản sao từ bản chính",
        field="Chứng thực",
        department_id=justice.id,
    )
    add("QT 01/CX-HT", "Quy trình đăng ký khai sinh", field="Hộ tịch", department_id=justice.id)
    add("QT 01/CX-ĐĐ", "Quy trình hòa giải tranh chấp đất đai", field="Đất đai", department_id=land.id)
    add(
        "QT 02/CX-ĐĐ",
        "Quy trình chuyển mục đích sử dụng đất",
        field="Đất đai",
        department_id=land.id,
        status=DRAFT,
    )
    add("QT-NB 01", "Quy trình kiểm soát thông tin dạng văn bản", doc_type=INTERNAL)
    add("BM 01-QT 01/CX-CT", "Phiếu yêu cầu chứng thực", doc_type=FORM, field="Chứng thực", parent_id=ct)
    old = add(
        "QT 05/CX-TP", "Quy trình đăng ký giám hộ", field="Hộ tịch", department_id=justice.id, status=DRAFT
    )
    services.documents.issue_revision(old, _rev(1, date(2021, 9, 30)))
    services.documents.set_status(old, OBSOLETE)
    return {"ids": ids, "justice": justice.id, "land": land.id}


def _codes(services, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in services.documents.list_documents(dto.DocumentFilter(**kw))]


def test_the_register_filters_by_type_field_status_and_department(services, register):
    assert len(_codes(services)) == 7
    assert _codes(services, doc_type=FORM) == ["BM 01-QT 01/CX-CT"]
    assert _codes(services, doc_type=INTERNAL) == ["QT-NB 01"]
    assert _codes(services, field="Đất đai") == ["QT 01/CX-ĐĐ", "QT 02/CX-ĐĐ"]
    assert _codes(services, status=DRAFT) == ["QT 02/CX-ĐĐ"]
    assert _codes(services, status=OBSOLETE) == ["QT 05/CX-TP"]
    assert _codes(services, department_id=register["land"]) == ["QT 01/CX-ĐĐ", "QT 02/CX-ĐĐ"]
    assert _codes(services, department_id=register["justice"], status=IN_FORCE) == [
        "QT 01/CX-CT",
        "QT 01/CX-HT",
    ]
    assert _codes(services, doc_type=PROC, field="Hộ tịch", status=IN_FORCE) == ["QT 01/CX-HT"]
    assert len(_codes(services, limit=3)) == 3
    rows = {r.code: r for r in services.documents.list_documents()}
    assert rows["QT 01/CX-CT"].department_name == "Tư pháp - Hộ tịch"
    assert rows["QT-NB 01"].department_name == ""
    assert {"Chứng thực", "Hộ tịch", "Đất đai"} <= set(services.documents.list_fields())


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("quy trinh chung thuc", ["QT 01/CX-CT"]),
        ("QUY TRÌNH CHỨNG THỰC", ["QT 01/CX-CT"]),
        ("chứng   thực  bản sao", ["QT 01/CX-CT"]),
        ("dat dai", ["QT 01/CX-ĐĐ", "QT 02/CX-ĐĐ"]),  # đ folds to d, in the field name
        ("ĐẤT", ["QT 01/CX-ĐĐ", "QT 02/CX-ĐĐ"]),
        ("hoa giai dat", ["QT 01/CX-ĐĐ"]),  # every word, in any place
        ("qt 01/cx-đđ", ["QT 01/CX-ĐĐ"]),  # the code is searched too
        ("khai sinh", ["QT 01/CX-HT"]),
        ("100%", []),  # LIKE wildcards are literal
        ("_", []),
        ("giam ho", ["QT 05/CX-TP"]),  # obsolete documents are found unless filtered out
    ],
)
def test_text_search_ignores_case_and_diacritics(services, register, needle, expected):
    assert _codes(services, text=needle) == expected


def test_a_documents_tthc_codes_find_it_and_follow_its_edits(services, register):
    ids = register["ids"]
    detail = services.documents.get_document(ids["QT 01/CX-HT"])
    fields = {
        k: getattr(detail, k) for k in ("code", "title", "doc_type", "field", "department_id", "status")
    }
    services.documents.save_document(dto.DocumentFields(**fields, tthc_codes=("1.001193",)), detail.id)
    assert _codes(services, text="1.001193") == ["QT 01/CX-HT"]
    assert _codes(services, text="001193 khai sinh") == ["QT 01/CX-HT"]
    (row,) = services.documents.document_rows([detail.id])
    assert row.tthc_codes == ("1.001193",)  # shown by the legal-update picker
    services.documents.save_document(dto.DocumentFields(**fields, tthc_codes=("1.000894",)), detail.id)
    assert _codes(services, text="1.001193") == []
    assert _codes(services, text="1.000894") == ["QT 01/CX-HT"]
    services.documents.set_status(detail.id, OBSOLETE)  # a write that does not touch the codes
    assert _codes(services, text="1.000894") == ["QT 01/CX-HT"]


def _ids_codes(services, register, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    code_of = {v: k for k, v in register["ids"].items()}
    flt = kw.pop("flt", None)
    return [code_of[i] for i in services.documents.document_ids(flt, **kw)]


def test_the_register_ids_come_in_the_order_and_with_the_filters_of_the_full_list(services, register):
    for flt in (
        None,
        dto.DocumentFilter(status=IN_FORCE),
        dto.DocumentFilter(text="quy trinh"),
        dto.DocumentFilter(field="Đất đai", department_id=register["land"]),
    ):
        assert services.documents.document_ids(flt) == [r.id for r in services.documents.list_documents(flt)]


def test_the_register_sorts_in_sql_in_vietnamese_order_with_empty_values_first(services, register):
    # Names: "Phiếu" < "Quy trình chuyển" < "chứng" (u < ư) < "đăng ký giám hộ" < "đăng ký khai
    # sinh" < "hòa" < "kiểm" (binary order would put "đăng" after "kiểm").
    assert _ids_codes(services, register, sort="title") == [
        "BM 01-QT 01/CX-CT",
        "QT 02/CX-ĐĐ",
        "QT 01/CX-CT",
        "QT 05/CX-TP",
        "QT 01/CX-HT",
        "QT 01/CX-ĐĐ",
        "QT-NB 01",
    ]
    assert _ids_codes(services, register, sort="title", descending=True)[0] == "QT-NB 01"
    # Fields: "" < Chứng thực < Đất đai < Hộ tịch; ties by code.
    assert _ids_codes(services, register, sort="field") == [
        "QT-NB 01",
        "BM 01-QT 01/CX-CT",
        "QT 01/CX-CT",
        "QT 01/CX-ĐĐ",
        "QT 02/CX-ĐĐ",
        "QT 01/CX-HT",
        "QT 05/CX-TP",
    ]
    # Departments by name: none < "Địa chính" < "Tư pháp".
    by_department = _ids_codes(services, register, sort="department")
    assert by_department[:3] == ["BM 01-QT 01/CX-CT", "QT-NB 01", "QT 01/CX-ĐĐ"]
    assert by_department[-1] == "QT 05/CX-TP"
    # The draft has no issue: empty issues first; the obsolete one's issue took effect first.
    assert _ids_codes(services, register, sort="issue")[0] == "QT 02/CX-ĐĐ"
    assert _ids_codes(services, register, sort="effective")[:2] == ["QT 02/CX-ĐĐ", "QT 05/CX-TP"]
    assert _ids_codes(services, register, sort="effective", descending=True)[-2:] == [
        "QT 05/CX-TP",
        "QT 02/CX-ĐĐ",
    ]
    assert _ids_codes(services, register, sort="status")[-1] == "QT 05/CX-TP"
    with pytest.raises(ValueError):
        services.documents.document_ids(sort="nonsense")


@pytest.mark.parametrize(
    "flt",
    [
        dto.DocumentFilter(),
        dto.DocumentFilter(text="quy trinh"),
        dto.DocumentFilter(status=IN_FORCE),  # the page's default filter
        dto.DocumentFilter(text="1.00", status=IN_FORCE, doc_type=PROC),
    ],
)
def test_a_search_or_filter_of_the_register_is_one_scan_of_its_covering_index(services, register, flt):
    from app.services.listing import query_plan

    with services.uow() as uow:
        plan = query_plan(uow.session, services.documents.ids_query(uow, flt))
    assert plan == ["SCAN document USING COVERING INDEX ix_document_register"]  # no table, no sort


def test_a_selective_filter_of_the_register_searches_its_index(services, register):
    from app.services.listing import query_plan

    with services.uow() as uow:
        for flt in (dto.DocumentFilter(department_id=1), dto.DocumentFilter(field="Hộ tịch", text="ho")):
            plan = query_plan(uow.session, services.documents.ids_query(uow, flt))
            assert plan[0].startswith("SEARCH document USING INDEX"), plan


def test_register_rows_are_read_for_the_ids_asked_in_their_order(services, register):
    ids = register["ids"]
    wanted = [ids["QT-NB 01"], ids["QT 01/CX-CT"], 999_999]
    rows = services.documents.document_rows(wanted)
    assert [r.code for r in rows] == ["QT-NB 01", "QT 01/CX-CT"]  # a deleted id is left out
    full = {r.id: r for r in services.documents.list_documents()}
    assert rows[1] == full[ids["QT 01/CX-CT"]]
    assert services.documents.document_rows([]) == []


def test_a_register_row_shows_the_current_and_the_upcoming_issue(services):
    doc = _doc(services)
    services.documents.issue_revision(doc.id, _rev(1, date(2021, 9, 30)))
    services.documents.issue_revision(doc.id, _rev(2, date(2025, 7, 7)))
    services.documents.issue_revision(doc.id, _rev(3, date(2026, 4, 1), issued=date(2026, 3, 10)))
    never = _doc(services, "QT 02/CX-CT", "Quy trình chứng thực chữ ký", status=DRAFT)

    rows = {r.id: r for r in services.documents.list_documents(today=TODAY)}
    row = rows[doc.id]
    assert (row.current_issue, row.current_effective_on) == (2, date(2025, 7, 7))
    assert (row.upcoming_issue, row.upcoming_effective_on) == (3, date(2026, 4, 1))
    assert row.revision_count == 3
    empty = rows[never.id]
    assert (empty.current_issue, empty.upcoming_issue, empty.revision_count) == (None, None, 0)

    later = {r.id: r for r in services.documents.list_documents(today=date(2026, 4, 2))}[doc.id]
    assert (later.current_issue, later.current_effective_on, later.upcoming_issue) == (
        3,
        date(2026, 4, 1),
        None,
    )


# ---- files -------------------------------------------------------------------------------------------


def test_files_are_stored_under_their_hash_once_with_their_original_names(services, ctx, tmp_path):
    doc = _doc(services)
    word = _file(tmp_path, "QT 01-CX-CT lần 1.docx", b"PK\x03\x04 quy trinh chung thuc")
    pdf = _file(tmp_path, "Quyết định ban hành.pdf", b"%PDF-1.7 quyet dinh")
    copy = _file(tmp_path, "bản sao.docx", word.read_bytes())

    first = services.documents.issue_revision(doc.id, _rev(1, date(2021, 9, 30)), files=[word, pdf])
    second = services.documents.issue_revision(doc.id, _rev(2, date(2025, 7, 7)), files=[copy])

    assert [f.original_name for f in first.files] == ["QT 01-CX-CT lần 1.docx", "Quyết định ban hành.pdf"]
    assert first.files[0].size == len(word.read_bytes())
    # The same content is stored once; the second issue refers to the same attachment.
    assert second.files[0].id == first.files[0].id
    stored = _stored_files(ctx)
    assert len(stored) == 2
    for ref in first.files:
        path = ctx.data_dir.attachments_dir / ref.sha256[:2] / ref.sha256
        assert path in stored
        assert services.attachments.path_of(ref.id) == path
    assert services.attachments.path_of(first.files[0].id).read_bytes() == word.read_bytes()
    # The user's file is copied, not moved.
    assert word.exists() and pdf.exists()
    target = services.attachments.save_copy(first.files[1].id, tmp_path / "ra.pdf")
    assert target.read_bytes() == pdf.read_bytes()


def test_files_survive_editing_an_issue_and_go_only_when_nothing_refers_to_them(services, ctx, tmp_path):
    doc = _doc(services)
    word = _file(tmp_path, "quy-trinh.docx", b"noi dung quy trinh")
    pdf = _file(tmp_path, "quyet-dinh.pdf", b"%PDF quyet dinh")
    first = services.documents.issue_revision(doc.id, _rev(1, date(2021, 9, 30)), files=[word, pdf])
    second = services.documents.issue_revision(doc.id, _rev(2, date(2025, 7, 7)), files=[word])
    shared, own = first.files

    edited = services.documents.update_revision(
        first.id, _rev(1, date(2021, 10, 1), change_summary="Sửa ngày hiệu lực")
    )
    assert edited.change_summary == "Sửa ngày hiệu lực"
    assert [f.id for f in edited.files] == [shared.id, own.id]
    assert len(_stored_files(ctx)) == 2
    assert services.attachments.collect_garbage() == 0

    # Removing the shared file from one issue keeps it for the other one.
    services.documents.update_revision(
        first.id, _rev(1, date(2021, 10, 1)), remove_attachment_ids=[shared.id]
    )
    assert services.attachments.path_of(shared.id).is_file()
    # Removing the file only one issue had deletes it.
    services.documents.update_revision(first.id, _rev(1, date(2021, 10, 1)), remove_attachment_ids=[own.id])
    assert services.documents.get_document(doc.id).revisions[1].files == ()
    with pytest.raises(NotFound):
        services.attachments.get(own.id)
    assert len(_stored_files(ctx)) == 1
    # Deleting the last issue that refers to it deletes the file.
    services.documents.delete_revision(second.id)
    assert _stored_files(ctx) == []


def test_adding_the_same_file_twice_to_an_issue_links_it_once(services, tmp_path):
    doc = _doc(services)
    word = _file(tmp_path, "quy-trinh.docx", b"noi dung")
    revision = services.documents.issue_revision(doc.id, _rev(1, date(2021, 9, 30)), files=[word])

    again = services.documents.update_revision(
        revision.id, _rev(1, date(2021, 9, 30)), add_files=[word, word]
    )

    assert len(again.files) == 1


def test_a_failing_attachment_leaves_no_issue_behind(services, ctx, tmp_path):
    doc = _doc(services, status=DRAFT)
    good = _file(tmp_path, "quy-trinh.docx", b"da sao chep truoc khi loi")
    missing = tmp_path / "không có.pdf"

    with pytest.raises(DomainError) as info:
        services.documents.issue_revision(doc.id, _rev(1, date(2025, 7, 7)), files=[good, missing])

    assert info.value.code == "attachment.not_found"
    assert "không có.pdf" in message(info.value)
    detail = services.documents.get_document(doc.id)
    assert detail.revisions == ()
    assert detail.status is DRAFT  # the draft was not put in force either
    assert services.documents.next_issue_number(doc.id) == 1
    # The file copied before the failure belongs to no record: the next clean-up removes it.
    assert services.attachments.collect_garbage() == 1
    assert _stored_files(ctx) == []
    # The same issue can then be made for real.
    services.documents.issue_revision(doc.id, _rev(1, date(2025, 7, 7)), files=[good])
    assert len(_stored_files(ctx)) == 1


def test_dates_before_1945_or_after_2100_are_refused(services):
    doc = _doc(services)
    with pytest.raises(ValidationError) as info:
        services.documents.issue_revision(doc.id, _rev(1, date(1900, 1, 1)))
    assert _field_error(info, "effective_on") == "date.out_of_range"
    far = date.today() + timedelta(days=400)
    ok = services.documents.issue_revision(doc.id, _rev(1, far))
    assert ok.state is dto.RevisionState.UPCOMING  # as of the real today


def test_the_rank_of_many_departments_is_a_balanced_case_that_gives_every_rank():
    import random
    import sqlite3

    from app.services.documents import _rank_sql

    rng = random.Random(3)
    keys = rng.sample(range(1, 5000), 300)
    ranks = sorted((key, rank) for rank, key in enumerate(keys))
    sql = _rank_sql("x", ranks)
    conn = sqlite3.connect(":memory:")
    for key, rank in ranks[::7]:
        assert conn.execute(f"SELECT {sql} FROM (SELECT ? AS x)", (key,)).fetchone() == (rank,)
    assert conn.execute(f"SELECT {sql} FROM (SELECT NULL AS x)").fetchone() == (-1,)
    assert conn.execute(f"SELECT {sql} FROM (SELECT 6000 AS x)").fetchone() == (-1,)
    depth = deepest = 0
    for char in sql:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    assert deepest <= 8  # a tree about log2(300) deep, each leaf a CASE of at most 8 values


def test_sorting_by_the_issue_in_effect_follows_the_register_rows_today(services):
    a = _doc(services, "QT 01", "A")
    b = _doc(services, "QT 02", "B")
    c = _doc(services, "QT 03", "C")
    _doc(services, "QT 04", "D (no issue)")
    services.documents.issue_revision(a.id, _rev(1, date(2020, 1, 1)))
    services.documents.issue_revision(a.id, _rev(2, date(2026, 6, 1)))  # upcoming on TODAY
    services.documents.issue_revision(b.id, _rev(1, date(2021, 1, 1)))
    services.documents.issue_revision(b.id, _rev(2, date(2022, 1, 1)))
    services.documents.issue_revision(b.id, _rev(3, date(2023, 1, 1)))
    services.documents.issue_revision(c.id, _rev(1, date(2019, 5, 5)))
    services.documents.issue_revision(c.id, _rev(2, date(2025, 2, 2)))
    rows = {r.id: r for r in services.documents.list_documents(today=TODAY)}

    def order(sort: str, desc: bool = False) -> list[str]:
        return [
            rows[i].code for i in services.documents.document_ids(sort=sort, descending=desc, today=TODAY)
        ]

    assert order("issue") == ["QT 04", "QT 01", "QT 03", "QT 02"]  # none, 1, 2, 3
    assert order("issue", True) == ["QT 02", "QT 03", "QT 01", "QT 04"]
    assert order("effective") == ["QT 04", "QT 01", "QT 02", "QT 03"]  # none, 2020, 2023, 2025
    later = date(2026, 7, 1)  # A's second issue is in effect by then
    assert services.documents.document_ids(sort="effective", today=later)[-1] == a.id


def test_the_day_a_document_is_made_obsolete_is_recorded(services):
    """The report counts procedures made obsolete in its period: the day is kept, cleared when the
    document is in force again; a document entered already obsolete has no day."""
    from app import models as m

    services.clock.pin(date(2026, 5, 4))
    doc = _doc(services, "QT 20/CX-HT").id
    services.documents.issue_revision(doc, _rev(1, date(2026, 1, 5)))
    services.documents.set_status(doc, m.DocumentStatus.OBSOLETE)
    with services.uow() as uow:
        assert uow.session.get(m.Document, doc).obsoleted_on == date(2026, 5, 4)
    services.documents.set_status(doc, m.DocumentStatus.IN_FORCE)
    with services.uow() as uow:
        assert uow.session.get(m.Document, doc).obsoleted_on is None
