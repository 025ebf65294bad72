"""Backup, verification and restore of a data directory (app.services.backup)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import AppContext, open_data_dir
from app.models import AgencyKind, LeaderRole
from app.services import backup as backup_mod
from app.services import dto
from app.services.backup import create_backup, is_safe_member_name, restore_backup, verify_backup
from app.services.datadir import DataDir
from app.services.errors import BackupError
from app.services.lock import WriterLock
from app.services.migrations import head_revision

ATTACHMENTS = {
    "quyet-dinh-ban-chi-dao.pdf": b"%PDF-1.4 quyet dinh\n" + bytes(range(256)) * 20,
    "Hồ sơ/2024/Biên bản họp đánh giá.docx": "Biên bản — tiếng Việt có dấu".encode() * 50,
    "Hồ sơ/ảnh.png": b"\x89PNG\r\n\x1a\n" + b"\x00\xff" * 1000,
    "empty.txt": b"",
}


# ---- helpers -----------------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _set_up_agency(ctx: AppContext) -> None:
    ctx.services.agency.set_up(
        dto.AgencyFields(
            full_name="Ủy ban nhân dân xã Tùng Ảnh",
            short_name="UBND xã Tùng Ảnh",
            kind=AgencyKind.COMMUNE,
            parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
            place_name="Tùng Ảnh",
            code_abbreviation="UBND",
            signing_lines="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            signer_name="Nguyễn Văn An",
        ),
        dto.LeaderFields(full_name="Nguyễn Văn An", title="Chủ tịch", role=LeaderRole.HEAD),
    )


def _write_attachments(data_dir: DataDir, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        path = data_dir.attachments_dir.joinpath(*rel.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _read_attachments(data_dir: DataDir) -> dict[str, bytes]:
    folder = data_dir.attachments_dir
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _snapshot(root: Path) -> dict[str, str]:
    """SHA-256 of every file under a data directory (the log aside): proves nothing was written."""
    return {
        p.relative_to(root).as_posix(): _sha(p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(".log")
    }


def _members(zip_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(zip_path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _manifest_for(members: dict[str, bytes], base: dict[str, Any]) -> dict[str, Any]:
    """``base`` with the database and attachments entries recomputed from ``members``."""
    manifest = dict(base)
    db = members[backup_mod.DB_MEMBER]
    manifest["database"] = {"name": backup_mod.DB_MEMBER, "sha256": _sha(db), "size": len(db)}
    manifest["attachments"] = [
        {"path": name[len("attachments/") :], "sha256": _sha(data), "size": len(data)}
        for name, data in members.items()
        if name.startswith("attachments/")
    ]
    return manifest


def _craft(
    src: Path,
    dst: Path,
    *,
    replace: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    fix_manifest: bool = True,
    manifest_changes: dict[str, Any] | None = None,
) -> Path:
    """Copy backup ``src`` to ``dst`` with members replaced/added/dropped, manifest optionally rebuilt."""
    members = _members(src)
    manifest = json.loads(members.pop(backup_mod.MANIFEST_NAME))
    members.update(replace or {})
    for name in drop:
        members.pop(name, None)
    if fix_manifest:
        manifest = _manifest_for(members, manifest)
    manifest.update(manifest_changes or {})
    if backup_mod.MANIFEST_NAME not in drop:
        members[backup_mod.MANIFEST_NAME] = json.dumps(manifest, ensure_ascii=False).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst


def _db_bytes_with(src: Path, tmp: Path, sql: str) -> bytes:
    """The backup's database after running ``sql`` on a copy of it with plain sqlite3."""
    db = tmp / "edited.sqlite3"
    db.write_bytes(_members(src)[backup_mod.DB_MEMBER])
    conn = sqlite3.connect(db)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return db.read_bytes()


def _code(exc: pytest.ExceptionInfo[BackupError]) -> str:
    return exc.value.code


# ---- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data directory with an agency and attachments, and a good backup of it."""
    root = tmp_path_factory.mktemp("source") / "data"
    ctx = open_data_dir(root, writer=True, program="test")
    try:
        _set_up_agency(ctx)
        ctx.services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
        _write_attachments(ctx.data_dir, ATTACHMENTS)
        zip_path = create_backup(ctx.data_dir, root.parent / "good.zip").path
    finally:
        ctx.close()
    return root, zip_path


@pytest.fixture(scope="module")
def _pristine_target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("target") / "data"
    ctx = open_data_dir(root, writer=True, program="test")
    try:
        ctx.services.organization.save_department(dto.DepartmentFields(name="Phòng đích"))
        _write_attachments(ctx.data_dir, {"giu-nguyen.txt": b"must survive", "a/b/c.bin": b"\x01\x02"})
    finally:
        ctx.close()
    return root


@pytest.fixture
def target(_pristine_target: Path, tmp_path: Path) -> Iterator[DataDir]:
    """A closed data directory with data in it, its writer lock held as restore requires."""
    root = tmp_path / "target"
    shutil.copytree(_pristine_target, root)
    data_dir = DataDir(root)
    with WriterLock(data_dir.lock_path) as lock:
        lock.acquire("test")
        yield data_dir


# ---- creating and verifying --------------------------------------------------------------------


def test_backup_contents_and_manifest(source: tuple[Path, Path]) -> None:
    _, zip_path = source
    members = _members(zip_path)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "thuky-iso-backup"
    assert manifest["format_version"] == 1
    assert manifest["revision"] == head_revision()
    assert {a["path"] for a in manifest["attachments"]} == set(ATTACHMENTS)
    for rel, data in ATTACHMENTS.items():
        assert members["attachments/" + rel] == data
    db = members["database.sqlite3"]
    assert manifest["database"] == {"name": "database.sqlite3", "sha256": _sha(db), "size": len(db)}
    # No temporary file is left beside the backup.
    assert sorted(p.name for p in zip_path.parent.iterdir()) == ["data", "good.zip"]

    info = verify_backup(zip_path)
    assert info.revision == head_revision()
    assert info.attachment_count == len(ATTACHMENTS)
    assert info.database_size == len(db)
    assert info.path == zip_path


def test_backup_while_a_writer_is_open(ctx: AppContext, agency: Any, tmp_path: Path) -> None:
    ctx.services.organization.save_department(dto.DepartmentFields(name="Đã lưu"))
    # Another connection is in the middle of an uncommitted write.
    other = sqlite3.connect(ctx.data_dir.db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO department (name, code, sort_order, active) VALUES ('Chưa lưu', '', 0, 1)")
        info = create_backup(ctx.data_dir, tmp_path / "live.zip")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert verify_backup(info.path).revision == head_revision()
    # The writer keeps working after the backup.
    ctx.services.organization.save_department(dto.DepartmentFields(name="Sau sao lưu"))

    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(_members(info.path)["database.sqlite3"])
    conn = sqlite3.connect(copy)
    names = {r[0] for r in conn.execute("SELECT name FROM department")}
    journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert names == {"Đã lưu"}
    assert journal == "delete"  # the copy stands alone, no -wal needed


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (OSError(28, "No space left on device"), "backup.disk_full"),
        (OSError(5, "I/O error"), "backup.write_failed"),
    ],
)
def test_create_backup_failure_leaves_no_file(
    source: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, code: str
) -> None:
    root, _ = source
    out = tmp_path / "out" / "b.zip"
    out.parent.mkdir()
    out.write_bytes(b"previous backup")

    def broken(*args: Any) -> Any:
        raise error

    monkeypatch.setattr(backup_mod, "_add_file", broken)
    with pytest.raises(BackupError) as exc:
        create_backup(DataDir(root), out)
    assert exc.value.code == code
    assert exc.value.params["path"] == str(out)
    assert [p.name for p in out.parent.iterdir()] == ["b.zip"]
    assert out.read_bytes() == b"previous backup"


def test_create_backup_without_database(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "empty")
    data_dir.ensure()
    with pytest.raises(BackupError) as exc:
        create_backup(data_dir, tmp_path / "x.zip")
    assert exc.value.code == "backup.not_found"
    assert not data_dir.db_path.exists()


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("attachments/a.pdf", True),
        ("attachments/Hồ sơ/tệp.docx", True),
        ("attachments/folder/", True),
        ("../evil.txt", False),
        ("attachments/../../evil.txt", False),
        ("/etc/passwd", False),
        ("C:/Windows/evil.dll", False),
        ("c:evil", False),
        ("attachments\\..\\evil.txt", False),
        ("\\\\server\\share\\x", False),
        ("attachments//x", False),
        ("attachments/./x", False),
        ("", False),
        ("a\x00b", False),
    ],
)
def test_member_name_safety(name: str, safe: bool) -> None:
    assert is_safe_member_name(name) is safe


# ---- round trips -------------------------------------------------------------------------------


def test_round_trip_restores_data_and_attachments(ctx: AppContext, agency: Any, tmp_path: Path) -> None:
    data_dir = ctx.data_dir
    ctx.services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
    _write_attachments(data_dir, ATTACHMENTS)
    backup = create_backup(data_dir, tmp_path / "sao-luu.zip")

    # Change everything after the backup.
    profile = ctx.services.agency.get_profile()
    assert profile is not None
    fields = dto.AgencyFields(
        **{f.name: getattr(profile, f.name) for f in dataclasses.fields(dto.AgencyFields)}
    )
    ctx.services.agency.update_profile(dataclasses.replace(fields, full_name="Tên đã đổi"))
    ctx.services.organization.save_department(dto.DepartmentFields(name="Phòng mới"))
    (data_dir.attachments_dir / "Hồ sơ" / "ảnh.png").unlink()
    _write_attachments(data_dir, {"sau-sao-luu.txt": b"added later"})
    ctx.close()

    with WriterLock(data_dir.lock_path) as lock:
        lock.acquire("test")
        result = restore_backup(data_dir, backup.path)
    assert result.info.revision == head_revision()
    assert result.info.attachment_count == len(ATTACHMENTS)

    reopened = open_data_dir(data_dir.root, writer=True, program="test")
    try:
        profile = reopened.services.agency.get_profile()
        assert profile is not None
        assert profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
        names = [d.name for d in reopened.services.organization.list_departments()]
        assert names == ["Văn phòng"]
    finally:
        reopened.close()
    assert _read_attachments(data_dir) == ATTACHMENTS
    # No temporary file or folder is left in the data directory.
    assert not [p for p in data_dir.root.iterdir() if p.name.startswith(".")]

    # The replaced data was kept, and that safety backup is itself a valid backup.
    assert result.safety_backup is not None
    assert result.safety_backup.parent == data_dir.backups_dir
    assert result.safety_backup.name.startswith("truoc-khoi-phuc-")
    safety_info = verify_backup(result.safety_backup)
    assert safety_info.attachment_count == len(ATTACHMENTS)  # one deleted, one added
    safety_members = _members(result.safety_backup)
    assert safety_members["attachments/sau-sao-luu.txt"] == b"added later"
    assert "attachments/Hồ sơ/ảnh.png" not in safety_members


def test_restore_into_new_empty_data_dir(source: tuple[Path, Path], tmp_path: Path) -> None:
    _, zip_path = source
    data_dir = DataDir(tmp_path / "brand-new")
    with WriterLock(data_dir.lock_path) as lock:
        lock.acquire("test")
        result = restore_backup(data_dir, zip_path)
    assert result.safety_backup is None
    ctx = open_data_dir(data_dir.root, writer=False, program="test")
    try:
        profile = ctx.services.agency.get_profile()
        assert profile is not None
        assert profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
        assert [d.name for d in ctx.services.organization.list_departments()] == ["Văn phòng"]
    finally:
        ctx.close()
    assert _read_attachments(data_dir) == ATTACHMENTS


def test_restore_removes_stale_wal_files(source: tuple[Path, Path], target: DataDir) -> None:
    _, zip_path = source
    wal = target.db_path.with_name(target.db_path.name + "-wal")
    wal.write_bytes(b"stale wal of the replaced database")
    restore_backup(target, zip_path)
    assert not wal.exists()
    ctx = open_data_dir(target.root, writer=False, program="test")
    try:
        assert [d.name for d in ctx.services.organization.list_departments()] == ["Văn phòng"]
    finally:
        ctx.close()


def test_restore_over_a_damaged_database_keeps_its_bytes(source: tuple[Path, Path], target: DataDir) -> None:
    _, zip_path = source
    target.db_path.write_bytes(b"this is not sqlite at all" * 100)
    result = restore_backup(target, zip_path)
    assert result.safety_backup is not None
    kept = _members(result.safety_backup)
    assert kept["database.sqlite3"] == b"this is not sqlite at all" * 100
    assert kept["attachments/giu-nguyen.txt"] == b"must survive"
    assert _read_attachments(target) == ATTACHMENTS


# ---- invalid backups: refused, nothing touched -------------------------------------------------


def _assert_refused(target: DataDir, bad: Path, code: str) -> BackupError:
    before = _snapshot(target.root)
    with pytest.raises(BackupError) as exc:
        verify_backup(bad)
    assert exc.value.code == code, exc.value
    with pytest.raises(BackupError) as exc:
        restore_backup(target, bad)
    assert exc.value.code == code, exc.value
    assert _snapshot(target.root) == before
    assert list(target.backups_dir.iterdir()) == []
    return exc.value


def test_refuses_missing_file(target: DataDir, tmp_path: Path) -> None:
    err = _assert_refused(target, tmp_path / "khong-co.zip", "backup.not_found")
    assert err.params["path"].endswith("khong-co.zip")


def test_refuses_not_a_zip(target: DataDir, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 but not really a zip" * 10)
    _assert_refused(target, bad, "backup.not_zip")


def test_refuses_truncated_backup(source: tuple[Path, Path], target: DataDir, tmp_path: Path) -> None:
    data = source[1].read_bytes()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(data[: len(data) // 2])
    _assert_refused(target, bad, "backup.not_zip")


def test_refuses_missing_manifest(source: tuple[Path, Path], target: DataDir, tmp_path: Path) -> None:
    bad = _craft(source[1], tmp_path / "bad.zip", drop=("manifest.json",))
    _assert_refused(target, bad, "backup.no_manifest")


@pytest.mark.parametrize(
    "changes",
    [
        {"format": "something-else"},
        {"format_version": 2},
        {"format_version": True},
        {"created_at": "hôm qua"},
        {"attachments": "none"},
        {"database": {"name": "other.db", "sha256": "0" * 64, "size": 1}},
    ],
)
def test_refuses_bad_manifest(
    source: tuple[Path, Path], target: DataDir, tmp_path: Path, changes: dict[str, Any]
) -> None:
    bad = _craft(source[1], tmp_path / "bad.zip", manifest_changes=changes)
    err = _assert_refused(target, bad, "backup.bad_manifest")
    assert err.params["detail"]


def test_refuses_manifest_that_is_not_json(
    source: tuple[Path, Path], target: DataDir, tmp_path: Path
) -> None:
    bad = _craft(source[1], tmp_path / "bad.zip", drop=("manifest.json",))
    with zipfile.ZipFile(bad, "a") as zf:
        zf.writestr("manifest.json", b"{not json")
    _assert_refused(target, bad, "backup.bad_manifest")


def test_refuses_tampered_member(source: tuple[Path, Path], target: DataDir, tmp_path: Path) -> None:
    member = "attachments/quyet-dinh-ban-chi-dao.pdf"
    bad = _craft(source[1], tmp_path / "bad.zip", replace={member: b"forged"}, fix_manifest=False)
    err = _assert_refused(target, bad, "backup.checksum_mismatch")
    assert err.params["member"] == member


def test_refuses_tampered_member_of_same_size(
    source: tuple[Path, Path], target: DataDir, tmp_path: Path
) -> None:
    member = "attachments/Hồ sơ/ảnh.png"
    data = bytearray(ATTACHMENTS["Hồ sơ/ảnh.png"])
    data[100] ^= 0xFF
    bad = _craft(source[1], tmp_path / "bad.zip", replace={member: bytes(data)}, fix_manifest=False)
    err = _assert_refused(target, bad, "backup.checksum_mismatch")
    assert err.params["member"] == member


def test_refuses_missing_member(source: tuple[Path, Path], target: DataDir, tmp_path: Path) -> None:
    member = "attachments/empty.txt"
    bad = _craft(source[1], tmp_path / "bad.zip", drop=(member,), fix_manifest=False)
    err = _assert_refused(target, bad, "backup.missing_member")
    assert err.params["member"] == member


def test_refuses_unsafe_member_name(source: tuple[Path, Path], target: DataDir, tmp_path: Path) -> None:
    bad = _craft(source[1], tmp_path / "bad.zip", replace={"../evil.txt": b"escaped"})
    err = _assert_refused(target, bad, "backup.unsafe_member")
    assert err.params["member"] == "../evil.txt"
    assert not (target.root.parent / "evil.txt").exists()
    assert not (tmp_path / "evil.txt").exists()


def test_refuses_unsafe_path_in_manifest(source: tuple[Path, Path], target: DataDir, tmp_path: Path) -> None:
    members = _members(source[1])
    manifest = json.loads(members["manifest.json"])
    manifest["attachments"].append({"path": "../../evil.txt", "sha256": _sha(b"x"), "size": 1})
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, json.dumps(manifest) if name == "manifest.json" else data)
    _assert_refused(target, bad, "backup.unsafe_member")


def test_refuses_damaged_database(source: tuple[Path, Path], target: DataDir, tmp_path: Path) -> None:
    db = bytearray(_members(source[1])["database.sqlite3"])
    page_size = int.from_bytes(db[16:18], "big")
    assert len(db) > 3 * page_size
    # Keep the header and schema page readable; wreck every other page.
    db[page_size:] = b"\xab" * (len(db) - page_size)
    bad = _craft(source[1], tmp_path / "bad.zip", replace={"database.sqlite3": bytes(db)})
    err = _assert_refused(target, bad, "backup.db_damaged")
    assert err.params["detail"]


def test_refuses_database_that_is_not_sqlite(
    source: tuple[Path, Path], target: DataDir, tmp_path: Path
) -> None:
    bad = _craft(source[1], tmp_path / "bad.zip", replace={"database.sqlite3": b"hello " * 1000})
    _assert_refused(target, bad, "backup.db_damaged")


def test_refuses_database_from_newer_version(
    source: tuple[Path, Path], target: DataDir, tmp_path: Path
) -> None:
    db = _db_bytes_with(source[1], tmp_path, "UPDATE alembic_version SET version_num='ffff9999';")
    bad = _craft(source[1], tmp_path / "bad.zip", replace={"database.sqlite3": db})
    err = _assert_refused(target, bad, "backup.db_too_new")
    assert err.params["revision"] == "ffff9999"


def test_refuses_foreign_database(target: DataDir, source: tuple[Path, Path], tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('x')")
    conn.commit()
    conn.close()
    bad = _craft(source[1], tmp_path / "bad.zip", replace={"database.sqlite3": other.read_bytes()})
    _assert_refused(target, bad, "backup.db_foreign")


def test_refuses_empty_database(target: DataDir, source: tuple[Path, Path], tmp_path: Path) -> None:
    bad = _craft(source[1], tmp_path / "bad.zip", replace={"database.sqlite3": b""})
    _assert_refused(target, bad, "backup.db_foreign")
