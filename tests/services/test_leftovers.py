"""Leftovers of interrupted writes — temporary exports, backups' work folders (each a full copy of the
database), a restore's pieces — are removed on success, on failure, and at the next open after a
crash (app.services.recovery, app.services.files)."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import open_data_dir
from app.services import backup as backup_mod
from app.services import files
from app.services.backup import create_backup, restore_backup, verify_backup
from app.services.datadir import DataDir
from app.services.errors import BackupError
from app.services.lock import WriterLock


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, redirected to one of the test's own."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    root = tmp_path / "data"
    open_data_dir(root, writer=True, program="kiểm thử").close()
    return DataDir(root)


def _open_writer(data: DataDir) -> Any:
    ctx = open_data_dir(data.root, writer=True, program="kiểm thử")
    ctx.close()
    return ctx


def _dead_entry(registry: Path, target: Path) -> Path:
    """An entry a process that died left: written, and no longer locked."""
    registry.mkdir(exist_ok=True)
    entry = registry / "0123abcd.json"
    entry.write_text(json.dumps({"path": str(target), "pid": 99999}), encoding="utf-8")
    return entry


# ---- temporaries outside the data folder -------------------------------------------------------


def test_a_dead_exports_temporary_file_is_removed_at_the_next_open(data: DataDir, tmp_path: Path) -> None:
    folder = tmp_path / "Tài liệu"
    folder.mkdir()
    partial = folder / ".bao-cao.pdf.0a1b2c3d4e5f.tmp"
    partial.write_bytes(b"%PDF half")
    keep = folder / "bao-cao.pdf"
    keep.write_bytes(b"%PDF the user's")
    entry = _dead_entry(data.root / files.PENDING_DIR, partial)
    ctx = _open_writer(data)
    assert ctx.recovery is not None and partial in ctx.recovery.removed
    assert sorted(p.name for p in folder.iterdir()) == ["bao-cao.pdf"]
    assert not entry.exists() and not (data.root / files.PENDING_DIR).exists()


def test_a_dead_verifications_copy_of_a_database_is_removed_at_the_next_open(
    data: DataDir, system_temp: Path
) -> None:
    work = system_temp / f"{backup_mod.VERIFY_PREFIX}abc"
    work.mkdir()
    (work / "database.sqlite3").write_bytes(b"a full copy of the data")
    _dead_entry(data.root / files.PENDING_DIR, work)
    _open_writer(data)
    assert list(system_temp.iterdir()) == []


def test_a_temporary_still_being_written_is_left_alone(data: DataDir, tmp_path: Path) -> None:
    """Another program (a reader exporting while the window opens) holds its entry's lock."""
    out = tmp_path / "bao-cao.pdf"
    files.track_temporaries(data.root / files.PENDING_DIR)
    try:
        with files.atomic_output(out) as temp:
            assert len(list((data.root / files.PENDING_DIR).iterdir())) == 1
            ctx = _open_writer(data)
            assert temp.exists()
            assert ctx.recovery is not None and ctx.recovery.removed == ()
            temp.write_bytes(b"%PDF")
    finally:
        files.track_temporaries(None)
    assert out.read_bytes() == b"%PDF"
    assert not (data.root / files.PENDING_DIR).exists()


def test_an_export_lists_its_temporary_while_it_exists(data: DataDir, tmp_path: Path) -> None:
    ctx = open_data_dir(data.root, writer=False, program="kiểm thử")
    try:
        registry = data.root / files.PENDING_DIR
        with files.atomic_output(tmp_path / "x.xlsx") as temp:
            (entry,) = registry.iterdir()
            assert json.loads(entry.read_text(encoding="utf-8"))["path"] == str(temp)
        assert not registry.exists()
    finally:
        ctx.close()
    assert files.tracking_folder() is None


def test_an_entry_naming_a_file_that_is_not_a_temporary_removes_nothing(
    data: DataDir, tmp_path: Path
) -> None:
    precious = tmp_path / "Báo cáo năm.docx"
    precious.write_bytes(b"the user's report")
    _dead_entry(data.root / files.PENDING_DIR, precious)
    _open_writer(data)
    assert precious.read_bytes() == b"the user's report"
    assert not (data.root / files.PENDING_DIR).exists()


def test_earlier_versions_backup_folders_in_the_system_temp_are_removed(
    data: DataDir, system_temp: Path
) -> None:
    for name in ("thuky-iso-backup-k2j3h4", "thuky-iso-verify-9x8y7z"):
        (system_temp / name).mkdir()
        (system_temp / name / "database.sqlite3").write_bytes(b"a full copy of the data")
    other = system_temp / "another-program-1234"
    other.mkdir()
    _open_writer(data)
    assert [p.name for p in system_temp.iterdir()] == ["another-program-1234"]


# ---- in the data folder ------------------------------------------------------------------------


def test_a_crashed_writes_leftovers_in_the_data_folder_are_removed_at_the_next_open(data: DataDir) -> None:
    root = data.root
    leftovers = [
        root / ".restore-0a1b2c.sqlite3",
        root / ".restore-attachments-0a1b2c" / "ab" / "f.pdf",
        root / ".attachments-old-0a1b2c" / "cd" / "g.pdf",
        root / ".thuky-iso-restore.json.0a1b2c.tmp",
        data.backups_dir / ".truoc-khoi-phuc-20260101-120000.zip.0a1b2c.tmp" / "database.sqlite3",
        data.backups_dir / "truoc-nang-cap-0013-20260101-120000.sqlite3.part",
        data.attachments_dir / ".tmp-k2j3h4",
    ]
    kept = [
        data.backups_dir / "truoc-khoi-phuc-20260101-120000.zip",
        data.attachments_dir / "ab" / ("ab" + "0" * 62),
    ]
    for path in leftovers + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    ctx = _open_writer(data)
    assert ctx.recovery is not None and len(ctx.recovery.removed) == len(leftovers)
    assert [p for p in leftovers if p.exists()] == []
    assert all(p.exists() for p in kept)
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == []


def test_a_reader_does_not_sweep(data: DataDir) -> None:
    """Only under the writer lock: a reader could sweep what the writer is making."""
    leftover = data.root / ".restore-0a1b2c.sqlite3"
    leftover.write_bytes(b"x")
    with WriterLock(data.lock_path) as lock:
        lock.acquire("giao diện")
        ctx = open_data_dir(data.root, writer=False, program="kiểm thử")
        ctx.close()
    assert ctx.recovery is None and leftover.exists()


# ---- on success and on failure -----------------------------------------------------------------


def _dot_files(*folders: Path) -> list[str]:
    return [p.name for folder in folders for p in folder.iterdir() if p.name.startswith(".")]


def test_a_backup_and_a_verification_leave_nothing_on_success_and_on_failure(
    data: DataDir, tmp_path: Path, system_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "usb" / "b.zip"
    verify_backup(create_backup(data, out).path)
    assert [p.name for p in out.parent.iterdir()] == ["b.zip"]
    assert list(system_temp.iterdir()) == []

    def broken(db_file: Path) -> str:
        raise BackupError("backup.db_damaged", detail="hỏng")

    monkeypatch.setattr(backup_mod, "_check_database", broken)
    with pytest.raises(BackupError):
        verify_backup(out)
    assert list(system_temp.iterdir()) == []


def test_a_failed_restore_leaves_nothing_and_the_data_as_it_was(
    data: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = create_backup(data, tmp_path / "b.zip").path
    conn = sqlite3.connect(data.db_path)
    conn.execute("INSERT INTO department (name, code, sort_order, active) VALUES ('Sau sao lưu', '', 0, 1)")
    conn.commit()
    conn.close()
    (data.attachments_dir / "giu.txt").write_bytes(b"kept")
    real = backup_mod._roll_forward

    def failing(data_dir: DataDir, journal: dict[str, Any]) -> None:
        # The attachments are swapped, then moving the database fails (a virus scanner holds it).
        monkeypatch.setattr(backup_mod, "_move_database_aside", _locked)
        real(data_dir, journal)

    def _locked(db: Path, old: Path) -> None:
        raise OSError(errno.EACCES, "Permission denied", str(db))

    monkeypatch.setattr(backup_mod, "_roll_forward", failing)
    with WriterLock(data.lock_path) as lock:
        lock.acquire("kiểm thử")
        with pytest.raises(BackupError) as exc:
            restore_backup(data, backup)
    assert exc.value.code == "backup.restore_failed"
    conn = sqlite3.connect(data.db_path)
    assert conn.execute("SELECT count(*) FROM department WHERE name = 'Sau sao lưu'").fetchone()[0] == 1
    conn.close()
    assert (data.attachments_dir / "giu.txt").read_bytes() == b"kept"
    assert _dot_files(data.root, data.backups_dir, data.attachments_dir) == []
    assert not (data.root / backup_mod.JOURNAL_NAME).exists()


def test_a_restore_leaves_nothing_on_success(data: DataDir, tmp_path: Path) -> None:
    backup = create_backup(data, tmp_path / "b.zip").path
    with WriterLock(data.lock_path) as lock:
        lock.acquire("kiểm thử")
        result = restore_backup(data, backup)
    assert result.safety_backup is not None
    assert _dot_files(data.root, data.backups_dir, data.attachments_dir) == []
    assert [p.name for p in data.backups_dir.iterdir()] == [result.safety_backup.name]
    assert not (data.root / backup_mod.JOURNAL_NAME).exists()
    assert not (data.root / files.PENDING_DIR).exists()
    assert os.listdir(data.root) == [n for n in os.listdir(data.root) if not n.startswith(".")]
