"""The TTHC catalogue and its coverage by in-force procedures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.messages import message
from app.models import DocumentStatus, DocumentType
from app.services import dto
from app.services.errors import ValidationError

CATALOGUE = {
    "1.001193": ("Đăng ký khai sinh", "Hộ tịch", True),
    "1.000894": ("Đăng ký kết hôn", "Hộ tịch", True),
    "1.000656": ("Đăng ký khai tử", "Hộ tịch", True),
    "2.000815": (
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
        "Chứng thực",
        True,
    ),
    "1.003622": ("Hòa giải tranh chấp đất đai", "Đất đai", True),
    "1.004227": ("Đăng ký biến động đất đai, tài sản gắn liền với đất", "Đất đai", False),
}


def _issue(number: int, effective: date) -> dto.RevisionFields:
    return dto.RevisionFields(issue_number=number, issued_on=None, effective_on=effective)


@pytest.fixture
def catalogue(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The catalogue above (code -> id) and procedures: in force (issued, in effect) for khai sinh +
    kết hôn and for the out-of-jurisdiction TTHC, a draft for khai tử, an obsolete one for chứng
    thực; hòa giải has none."""
    ids = {}
    for code, (name, field, in_jurisdiction) in CATALOGUE.items():
        row = services.tthc.save_tthc(
            dto.TthcFields(code=code, name=name, field=field, level="Cấp xã", in_jurisdiction=in_jurisdiction)
        )
        ids[code] = row.id
    docs = services.documents

    def procedure(code: str, title: str, tthc: tuple[str, ...], status=DocumentStatus.IN_FORCE) -> int:  # type: ignore[no-untyped-def]
        doc_id = docs.save_document(
            dto.DocumentFields(code=code, title=title, field="Hộ tịch", status=status, tthc_codes=tthc)
        ).id
        if status is DocumentStatus.IN_FORCE:
            docs.issue_revision(doc_id, _issue(1, date(2025, 7, 1)))
        return doc_id

    procedure("QT 01/CX-HT", "Quy trình đăng ký khai sinh; đăng ký kết hôn", ("1.001193", "1.000894"))
    procedure("QT 02/CX-HT", "Quy trình đăng ký khai tử", ("1.000656",), DocumentStatus.DRAFT)
    old = procedure(
        "QT 01/CX-CT", "Quy trình chứng thực bản sao từ bản chính", ("2.000815",), DocumentStatus.DRAFT
    )
    docs.issue_revision(old, _issue(1, date(2021, 9, 30)))
    docs.set_status(old, DocumentStatus.OBSOLETE)
    procedure("QT 09/CX-ĐĐ", "Quy trình đăng ký biến động đất đai", ("1.004227",))
    return ids


def _codes(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in rows]


def test_coverage_counts_tthc_in_the_jurisdiction_with_an_in_force_procedure(services, catalogue):
    coverage = services.tthc.coverage()

    # A draft or an obsolete procedure does not cover its TTHC; an out-of-jurisdiction TTHC does not count.
    assert coverage == dto.Coverage(in_jurisdiction=5, covered=2, total=6)
    assert coverage.uncovered == 3
    assert coverage.percent == pytest.approx(40.0)


def test_a_procedure_covers_its_tthc_once_an_issue_is_in_effect(services, catalogue):
    today = date(2026, 3, 15)
    services.clock.pin(today)
    docs, tthc = services.documents, services.tthc
    # Added as in force, without an issue: a draft, covering nothing (hòa giải stays uncovered).
    reconcile = docs.save_document(
        dto.DocumentFields(
            code="QT 01/CX-ĐĐ",
            title="Quy trình hòa giải tranh chấp đất đai",
            status=DocumentStatus.IN_FORCE,
            tthc_codes=("1.003622",),
        )
    )
    assert reconcile.status is DocumentStatus.DRAFT
    assert tthc.coverage().covered == 2
    assert tthc.get_by_code("1.003622").procedure_codes == ()

    # An issue taking effect tomorrow: issued, but not in force yet.
    docs.issue_revision(reconcile.id, _issue(1, today + timedelta(days=1)))
    assert tthc.coverage().covered == 2
    assert "1.003622" in _codes(tthc.list_tthc(dto.TthcFilter(uncovered_only=True)))
    assert services.indicators.snapshot().coverage.covered == 2

    # The draft for khai tử issued with effect today covers at once.
    draft = next(r for r in docs.list_documents() if r.code == "QT 02/CX-HT")
    docs.issue_revision(draft.id, _issue(1, today))
    assert tthc.coverage().covered == 3
    assert tthc.get_by_code("1.000656").procedure_codes == ("QT 02/CX-HT",)

    # Tomorrow, hòa giải is covered too.
    assert tthc.coverage(today=today + timedelta(days=1)).covered == 4
    services.clock.pin(today + timedelta(days=1))
    assert tthc.coverage() == dto.Coverage(in_jurisdiction=5, covered=4, total=6)
    assert tthc.get_by_code("1.003622").procedure_codes == ("QT 01/CX-ĐĐ",)
    assert services.indicators.snapshot().coverage.covered == 4


def test_issuing_a_draft_procedure_covers_its_tthc(services, catalogue):
    draft = next(r for r in services.documents.list_documents() if r.code == "QT 02/CX-HT")
    services.documents.issue_revision(
        draft.id, dto.RevisionFields(issue_number=1, issued_on=None, effective_on=date(2025, 7, 7))
    )

    assert services.tthc.coverage().covered == 3
    assert services.tthc.get_by_code("1.000656").procedure_codes == ("QT 02/CX-HT",)


def test_rows_name_the_in_force_procedures_that_cover_them(services, catalogue):
    rows = {r.code: r for r in services.tthc.list_tthc()}

    assert rows["1.001193"].procedure_codes == ("QT 01/CX-HT",)
    assert rows["1.001193"].covered
    assert rows["1.000656"].procedure_codes == ()  # draft only
    assert rows["2.000815"].procedure_codes == ()  # obsolete only
    assert not rows["1.003622"].covered
    # Ordered by field, then code.
    assert _codes(services.tthc.list_tthc()) == [
        "2.000815",
        "1.000656",
        "1.000894",
        "1.001193",
        "1.003622",
        "1.004227",
    ]


def test_the_uncovered_filter_lists_what_still_needs_a_procedure(services, catalogue):
    tthc = services.tthc
    uncovered = tthc.list_tthc(dto.TthcFilter(uncovered_only=True, in_jurisdiction=True))
    assert sorted(_codes(uncovered)) == ["1.000656", "1.003622", "2.000815"]
    assert len(uncovered) == tthc.coverage().uncovered
    assert _codes(tthc.list_tthc(dto.TthcFilter(in_jurisdiction=False))) == ["1.004227"]
    assert _codes(tthc.list_tthc(dto.TthcFilter(uncovered_only=True, field="Đất đai"))) == ["1.003622"]


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("dang ky khai", ["1.000656", "1.001193"]),
        ("ĐĂNG KÝ KẾT HÔN", ["1.000894"]),
        ("dat dai", ["1.003622", "1.004227"]),
        ("1.0011", ["1.001193"]),
        ("chung thuc ban sao", ["2.000815"]),
    ],
)
def test_text_search_ignores_case_and_diacritics(services, catalogue, needle, expected):
    assert sorted(_codes(services.tthc.list_tthc(dto.TthcFilter(text=needle)))) == expected


def test_jurisdiction_can_be_set_for_a_selection(services, catalogue):
    selection = [catalogue["1.003622"], catalogue["1.000656"]]

    assert services.tthc.set_jurisdiction(selection, False) == 2

    assert services.tthc.coverage() == dto.Coverage(in_jurisdiction=3, covered=2, total=6)
    assert services.tthc.set_jurisdiction([catalogue["1.004227"]], True) == 1
    # Now the TTHC with an in-force procedure counts, and is covered.
    assert services.tthc.coverage() == dto.Coverage(in_jurisdiction=4, covered=3, total=6)
    assert services.tthc.set_jurisdiction([], True) == 0


@pytest.mark.parametrize("code", ["1.1193", "1001193", "1.0011930", "a.001193", "1,001193", "1.00119 3"])
def test_a_badly_formed_code_is_refused(services, code):
    with pytest.raises(ValidationError) as info:
        services.tthc.save_tthc(dto.TthcFields(code=code, name="Đăng ký khai sinh"))

    error = info.value.for_field("code")
    assert error is not None and error.code == "tthc.bad_code"
    assert "1.001193" in message(info.value)  # the message shows the expected format
    assert services.tthc.list_tthc() == []


def test_a_code_is_listed_once_and_a_name_is_required(services, catalogue):
    with pytest.raises(ValidationError) as info:
        services.tthc.save_tthc(dto.TthcFields(code=" 1.001193 ", name="Đăng ký khai sinh (trùng)"))
    assert info.value.for_field("code").code == "tthc.duplicate_code"  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as info:
        services.tthc.save_tthc(dto.TthcFields(code="1.009999", name="   "))
    assert info.value.for_field("name").code == "field.required"  # type: ignore[union-attr]

    # Editing keeps the code; names are tidied.
    edited = services.tthc.save_tthc(
        dto.TthcFields(code="1.001193", name="  Đăng ký   khai sinh ", field="Hộ tịch", in_jurisdiction=True),
        catalogue["1.001193"],
    )
    assert edited.name == "Đăng ký khai sinh"
    assert edited.procedure_codes == ("QT 01/CX-HT",)
    assert services.tthc.get_by_code("9.999999") is None
    assert services.tthc.list_fields() == ["Chứng thực", "Hộ tịch", "Đất đai"]


def test_a_procedure_code_link_to_an_unknown_tthc_counts_nothing(services, catalogue):
    services.documents.save_document(
        dto.DocumentFields(code="QT 05/CX-HT", title="Quy trình mới", tthc_codes=("1.099999",))
    )
    assert services.tthc.coverage() == dto.Coverage(in_jurisdiction=5, covered=2, total=6)


def test_a_form_listing_a_tthc_code_does_not_cover_it(services, catalogue):
    # The procedure for hòa giải is still missing; its application form is already in force and,
    # as the document form allows, lists the TTHC code.
    parent = next(r for r in services.documents.list_documents() if r.code == "QT 01/CX-HT")
    services.documents.save_document(
        dto.DocumentFields(
            code="BM 01-QT 01/CX-HT",
            title="Đơn đề nghị hòa giải tranh chấp đất đai",
            doc_type=DocumentType.FORM,
            parent_id=parent.id,
            tthc_codes=("1.003622",),
        )
    )

    assert services.tthc.get_by_code("1.003622").procedure_codes == ()
    assert services.tthc.coverage().covered == 2


@pytest.mark.parametrize(
    "flt",
    [
        dto.TthcFilter(),
        dto.TthcFilter(text="dang ky"),
        dto.TthcFilter(in_jurisdiction=True, uncovered_only=True),
        dto.TthcFilter(field="Hộ tịch"),
    ],
)
def test_the_catalogue_ids_come_in_the_order_and_with_the_filters_of_the_full_list(services, catalogue, flt):
    assert services.tthc.tthc_ids(flt) == [r.id for r in services.tthc.list_tthc(flt)]
    assert services.tthc.tthc_rows(services.tthc.tthc_ids(flt)) == services.tthc.list_tthc(flt)


def test_the_catalogue_sorts_in_sql_by_any_column(services, catalogue):
    code_of = {v: k for k, v in catalogue.items()}

    def codes(**kw):  # type: ignore[no-untyped-def]
        return [code_of[i] for i in services.tthc.tthc_ids(**kw)]

    # By name in Vietnamese order: Chứng thực < Đăng ký biến động < kết hôn < khai sinh < khai tử
    # ("kết" before "khai": ê comes before h) < Hòa giải.
    assert codes(sort="name") == ["2.000815", "1.004227", "1.000894", "1.001193", "1.000656", "1.003622"]
    assert codes(sort="name", descending=True)[0] == "1.003622"
    assert codes(sort="field")[:2] == ["2.000815", "1.003622"]  # Chứng thực, then Đất đai (Đ after C)
    assert codes(sort="jurisdiction")[0] == "1.004227"  # the one outside first
    uncovered_first = codes(sort="procedure")
    assert set(uncovered_first[:3]) == {"1.000656", "2.000815", "1.003622"}  # no procedure in force
    with pytest.raises(ValueError):
        services.tthc.tthc_ids(sort="nonsense")


def test_a_catalogue_search_is_one_scan_of_its_covering_index(services, catalogue):
    from app.services.listing import query_plan

    with services.uow() as uow:
        for flt in (dto.TthcFilter(), dto.TthcFilter(text="dang ky", in_jurisdiction=True)):
            plan = query_plan(uow.session, services.tthc.ids_query(uow, flt))
            assert plan == ["SCAN tthc USING COVERING INDEX ix_tthc_register"]
