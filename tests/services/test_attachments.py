"""Attachments: files copied into the data directory under their SHA-256, whatever they were called."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from app.messages import message
from app.services import attachments as attachments_module
from app.services import dto
from app.services.attachments import stored_path
from app.services.errors import DomainError, NotFound


def _source(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "nguồn" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _attach(services, source: Path, display_name: str | None = None) -> dto.AttachmentRef:  # type: ignore[no-untyped-def]
    """Store a file in its own unit of work, as an area that links files would."""
    with services.attachments._uow() as uow:
        row = services.attachments.attach(uow, source, display_name)
        uow.commit()
        return dto.AttachmentRef(id=row.id, original_name=row.original_name, size=row.size, sha256=row.sha256)


def _link(services, ref: dto.AttachmentRef) -> None:  # type: ignore[no-untyped-def]
    """Refer to ``ref`` from a document issue, so that garbage collection keeps it."""
    doc = services.documents.save_document(
        dto.DocumentFields(code=f"QT {ref.id:02d}/CX-HT", title="Quy trình")
    )
    revision = services.documents.issue_revision(
        doc.id, dto.RevisionFields(issue_number=1, issued_on=None, effective_on=date(2025, 7, 7))
    )
    with services.attachments._uow() as uow:
        from app import models as m

        uow.session.add(m.RevisionFile(revision_id=revision.id, attachment_id=ref.id))
        uow.commit()


def _stored(ctx) -> list[Path]:  # type: ignore[no-untyped-def]
    return sorted(p for p in ctx.data_dir.attachments_dir.rglob("*") if p.is_file())


def test_a_file_is_stored_under_its_hash(services, ctx, tmp_path):
    content = b"%PDF-1.7 quyet dinh ban hanh quy trinh"
    ref = _attach(services, _source(tmp_path, "Quyết định 125.pdf", content))

    sha = hashlib.sha256(content).hexdigest()
    assert (ref.sha256, ref.size, ref.original_name) == (sha, len(content), "Quyết định 125.pdf")
    assert _stored(ctx) == [ctx.data_dir.attachments_dir / sha[:2] / sha]
    assert services.attachments.path_of(ref.id).read_bytes() == content
    assert services.attachments.get(ref.id) == ref


def test_the_same_content_is_stored_once_under_the_first_name(services, ctx, tmp_path):
    first = _attach(services, _source(tmp_path, "lần 1.docx", b"cung noi dung"))
    second = _attach(services, _source(tmp_path, "lần 2.docx", b"cung noi dung"))

    assert second == first
    assert len(_stored(ctx)) == 1


@pytest.mark.parametrize(
    "display_name",
    ["../../evil.txt", "..\\..\\evil.txt", "/etc/evil.txt", "C:\\Windows\\evil.txt", "evil/../../../x.txt"],
)
def test_a_display_name_cannot_place_a_file_outside_the_attachments_folder(
    services, ctx, tmp_path, display_name
):
    source = _source(tmp_path, "evil.txt", b"khong duoc ra ngoai")

    ref = _attach(services, source, display_name)

    store = ctx.data_dir.attachments_dir.resolve()
    assert ref.original_name == display_name  # kept for display only
    path = services.attachments.path_of(ref.id).resolve()
    assert path.is_relative_to(store)
    assert path.name == ref.sha256
    leaked = [p for p in tmp_path.rglob("*evil*") if p != source]
    assert leaked == []
    assert not Path("/etc/evil.txt").exists()


def test_the_stored_name_must_be_a_hash(tmp_path):
    for bad in ("../../evil.txt", "ab", "A" * 64, "g" * 64, "0" * 63):
        with pytest.raises(ValueError):
            stored_path(tmp_path, bad)
    assert stored_path(tmp_path, "0" * 64) == tmp_path / "00" / ("0" * 64)


def test_names_are_tidied_and_limited(services, tmp_path):
    decomposed = unicodedata.normalize("NFD", "  Quyết   định.pdf ")
    ref = _attach(services, _source(tmp_path, "a.pdf", b"1"), decomposed)
    assert ref.original_name == "Quyết định.pdf"
    assert unicodedata.is_normalized("NFC", ref.original_name)

    long = _attach(services, _source(tmp_path, "b.pdf", b"2"), "t" * 300 + ".pdf")
    assert len(long.original_name) == 255
    plain = _attach(services, _source(tmp_path, "Tờ khai  khai sinh.docx", b"3"))
    assert plain.original_name == "Tờ khai khai sinh.docx"  # the file's own name by default


def test_a_missing_or_oversized_file_is_refused(services, ctx, tmp_path, monkeypatch):
    with pytest.raises(DomainError) as info:
        _attach(services, tmp_path / "không có.pdf")
    assert info.value.code == "attachment.not_found"
    assert "không có.pdf" in message(info.value)
    with pytest.raises(DomainError) as info:
        _attach(services, tmp_path)  # a folder is not a file
    assert info.value.code == "attachment.not_found"

    monkeypatch.setattr(attachments_module, "MAX_FILE_BYTES", 10)
    with pytest.raises(DomainError) as info:
        _attach(services, _source(tmp_path, "lớn.pdf", b"x" * 11))
    assert info.value.code == "attachment.too_big"
    assert _stored(ctx) == []


def test_garbage_collection_keeps_what_a_record_refers_to(services, ctx, tmp_path):
    kept = _attach(services, _source(tmp_path, "giữ.pdf", b"giu lai"))
    _link(services, kept)
    dropped = _attach(services, _source(tmp_path, "bỏ.pdf", b"bo di"))
    store = ctx.data_dir.attachments_dir
    (store / ".tmp-leftover").write_bytes(b"ban sao do dang")
    foreign = store / "ab" / "tệp của người dùng.pdf"  # not a hash: never touched
    foreign.parent.mkdir(exist_ok=True)
    foreign.write_bytes(b"%PDF")

    assert services.attachments.collect_garbage() == 1

    assert services.attachments.path_of(kept.id).is_file()
    with pytest.raises(NotFound):
        services.attachments.get(dropped.id)
    assert not (store / dropped.sha256[:2] / dropped.sha256).exists()
    assert not (store / ".tmp-leftover").exists()
    assert foreign.exists()
    assert services.attachments.collect_garbage() == 0


def test_a_file_deleted_by_hand_is_reported(services, ctx, tmp_path):
    ref = _attach(services, _source(tmp_path, "mất.pdf", b"se bi xoa"))
    services.attachments.path_of(ref.id).unlink()

    with pytest.raises(DomainError) as info:
        services.attachments.path_of(ref.id)
    assert info.value.code == "attachment.missing_file"
    assert "mất.pdf" in message(info.value)


def test_a_copy_is_saved_whole_where_the_user_chooses(services, tmp_path):
    content = bytes(range(256)) * 1000
    ref = _attach(services, _source(tmp_path, "quy-trinh.docx", content))
    target = tmp_path / "xuất" / "Quy trình (bản sao).docx"
    target.parent.mkdir()

    saved = services.attachments.save_copy(ref.id, target)

    assert saved == target and target.read_bytes() == content
    assert list(target.parent.iterdir()) == [target]  # no .part file left
    with pytest.raises(DomainError) as info:
        services.attachments.save_copy(ref.id, tmp_path / "không có thư mục" / "x.docx")
    assert info.value.code == "attachment.copy_failed"
