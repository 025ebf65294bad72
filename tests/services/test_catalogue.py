"""The export catalogue: one write path for every kind; what a document leaves blank is said."""

from __future__ import annotations

import pytest

from app.services.areas import Area, ExportKind, ExportRequest, register_area
from app.services.errors import DomainError
from app.services.exports import catalogue
from app.services.exports import model as M

WARNING = "Chưa có mã biểu mẫu: ô Mã hiệu in để trống."


def _form(services, request):  # type: ignore[no-untyped-def]
    frame = M.Frame(variant="form", issuer="Ủy ban nhân dân xã Tùng Ảnh", type_name="Phiếu thử")
    return M.Document(frame, (M.Paragraph("Nội dung./.", "closing"),), "Phiếu thử", warnings=(WARNING,))


@pytest.fixture
def form_kind():  # type: ignore[no-untyped-def]
    kind = ExportKind("test-form", "Phiếu thử", ("pdf", "docx", "xlsx"), build=_form)
    remove = register_area(Area("test-forms", "Phiếu thử", "x:Y", exports=(kind,)))
    yield kind
    remove()


def test_a_kind_is_written_in_each_of_its_formats_with_its_warnings(services, form_kind, tmp_path):
    for fmt in form_kind.formats:
        exported = catalogue.write(services, "test-form", ExportRequest(fmt, tmp_path / f"phieu.{fmt}"))
        assert exported.path == tmp_path / f"phieu.{fmt}" and exported.path.stat().st_size > 0
        assert exported.warnings == (WARNING,)
    assert "test-form pdf,docx,xlsx" in catalogue.kinds_lines()


def test_a_refused_request_writes_nothing(services, form_kind, tmp_path):
    cases = [
        (ExportRequest("json", tmp_path / "a.json"), "export.format_not_offered"),
        (ExportRequest("pdf", tmp_path / "a.xlsx"), "export.wrong_extension"),
    ]
    for request, code in cases:
        with pytest.raises(DomainError) as caught:
            catalogue.write(services, "test-form", request)
        assert caught.value.code == code
    with pytest.raises(DomainError) as caught:
        catalogue.write(services, "no-such-kind", ExportRequest("pdf", tmp_path / "a.pdf"))
    assert caught.value.code == "export.bad_document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # the data folder only
