"""Limits of a restore (free space, a deflate bomb, lying zip headers), a full disk said as such, and
files flushed to disk before they are moved into place (app.services.backup, app.services.files)."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import re
import shutil
import stat
import struct
import zipfile
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import open_data_dir
from app.messages import message
from app.services import backup as backup_mod
from app.services import files
from app.services.attachments import AttachmentService
from app.services.backup import create_backup, restore_backup, verify_backup
from app.services.datadir import DataDir
from app.services.errors import BackupError

Usage = namedtuple("Usage", "total used free")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid backup (a database at head, two attachments)."""
    root = tmp_path_factory.mktemp("limits") / "data"
    open_data_dir(root, writer=True, program="kiểm thử").close()
    data_dir = DataDir(root)
    (data_dir.attachments_dir / "ab").mkdir(parents=True)
    (data_dir.attachments_dir / "ab" / "a.pdf").write_bytes(b"%PDF " * 1000)
    (data_dir.attachments_dir / "b.txt").write_bytes(b"b" * 10)
    return create_backup(data_dir, root.parent / "good.zip").path


@pytest.fixture
def target(tmp_path: Path) -> DataDir:
    """A data folder with data of its own, to restore over."""
    root = tmp_path / "target"
    open_data_dir(root, writer=True, program="kiểm thử").close()
    data_dir = DataDir(root)
    (data_dir.attachments_dir / "giu-nguyen.txt").write_bytes(b"must survive")
    return data_dir


def _snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): _sha(p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(".log")
    }


def _with_member(src: Path, dst: Path, name: str, data: bytes) -> Path:
    """``src`` with one more attachment member, the manifest telling the truth about it."""
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members.pop(backup_mod.MANIFEST_NAME))
    manifest["attachments"].append({"path": name, "sha256": _sha(data), "size": len(data)})
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, d in members.items():
            zf.writestr(n, d)
        zf.writestr(backup_mod.ATTACHMENTS_PREFIX + name, data)
        zf.writestr(backup_mod.MANIFEST_NAME, json.dumps(manifest))
    return dst


def _refused(target: DataDir, file: Path, code: str) -> BackupError:
    before = _snapshot(target.root)
    with pytest.raises(BackupError) as exc:
        restore_backup(target, file)
    assert exc.value.code == code, exc.value
    assert _snapshot(target.root) == before  # not even a safety backup
    assert [p.name for p in target.root.iterdir() if p.name.startswith(".")] == []
    return exc.value


# ---- a deflate bomb, free space ----------------------------------------------------------------


@pytest.mark.parametrize("limit", ["MAX_ATTACHMENT_BYTES", "MAX_TOTAL_BYTES"])
def test_a_deflate_bomb_is_refused_before_anything_is_written(
    good: Path, target: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    # 6 MB of zeros pack into a few kilobytes; the limits are lowered to keep the test small.
    bomb = _with_member(good, tmp_path / "bomb.zip", "zeros.bin", bytes(6 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    monkeypatch.setattr(backup_mod, limit, 2 * 1024 * 1024)
    with pytest.raises(BackupError) as exc:
        verify_backup(bomb)
    assert exc.value.code == "backup.too_large"
    err = _refused(target, bomb, "backup.too_large")
    text = message(err)
    assert re.search(r"giải nén 6(,\d)? MB, vượt giới hạn 2 MB", text), text


def test_the_database_member_has_a_limit_too(
    good: Path, target: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_mod, "MAX_DATABASE_BYTES", 1024)
    err = _refused(target, good, "backup.too_large")
    assert err.params["member"] == "database.sqlite3"


def test_a_backup_larger_than_the_free_space_is_refused_with_the_sizes(
    good: Path, target: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shutil.disk_usage

    def tight(path: Any) -> Any:
        usage = real(path)
        if Path(path).resolve() == target.root.resolve():
            return Usage(usage.total, usage.used, 100 * 1024)  # 100 KB left on the data folder's disk
        return usage

    monkeypatch.setattr(backup_mod.shutil, "disk_usage", tight)
    err = _refused(target, good, "backup.not_enough_space")
    text = message(err)
    assert "còn trống 100 KB" in text
    assert re.search(r"cần khoảng \d+(,\d)? MB \(dữ liệu trong bản sao lưu \d+ KB", text), text
    assert "Chưa có gì thay đổi" in text


def test_a_member_longer_than_its_headers_say_is_never_written_past_them(good: Path, tmp_path: Path) -> None:
    """A zip whose headers declare 1000 bytes for a member that inflates to 1 MB: no more than the
    declared bytes are read, and the member is refused."""
    data = bytes(1024 * 1024)
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("attachments/x.bin", data)
    blob = bytearray(raw.getvalue())
    # Rewrite the uncompressed size in the local header (offset 22) and the central directory (24).
    local = blob.index(b"PK\x03\x04")
    struct.pack_into("<I", blob, local + 22, 1000)
    central = blob.index(b"PK\x01\x02")
    struct.pack_into("<I", blob, central + 24, 1000)
    entry = backup_mod._Entry("attachments/x.bin", _sha(data[:1000]), 1000)
    written = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(bytes(blob))) as zf, pytest.raises(BackupError) as exc:
        backup_mod._check_member(zf, tmp_path / "x.zip", entry, written)
    assert exc.value.code == "backup.checksum_mismatch"
    assert len(written.getvalue()) <= 1000


# ---- a full disk -------------------------------------------------------------------------------


def test_a_full_disk_during_restore_is_said_and_not_blamed_on_the_backup(
    good: Path, target: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up while the backup is extracted: the message says so (not "cannot read the
    backup"), and the data is as before, with nothing left behind."""
    before = _snapshot(target.root)
    real_open = Path.open

    class Full(io.RawIOBase):
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def fileno(self) -> int:
            return int(self.inner.fileno())

        def close(self) -> None:
            self.inner.close()
            super().close()

    def opening(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        if mode[0] in "wx" and any(part.startswith(".restore-") for part in self.parts):
            return Full(handle)
        return handle

    monkeypatch.setattr(Path, "open", opening)
    with pytest.raises(BackupError) as exc:
        restore_backup(target, good)
    monkeypatch.undo()
    text = message(exc.value)
    assert exc.value.code == "backup.restore_disk_full", exc.value
    assert "đã đầy" in text and "Tệp sao lưu không có lỗi" in text
    assert "không đọc được" not in text.lower() and "hỏng" not in text
    after = _snapshot(target.root)
    safety = [name for name in after if name.startswith("backups/truoc-khoi-phuc-")]
    assert len(safety) == 1  # the safety backup was made before the disk filled up
    assert {k: v for k, v in after.items() if k not in safety} == before
    assert [p.name for p in target.root.iterdir() if p.name.startswith(".")] == []
    assert not (target.root / backup_mod.JOURNAL_NAME).exists()


def test_a_full_disk_while_writing_a_backup_is_said(
    target: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod, "_add_file", full)
    with pytest.raises(BackupError) as exc:
        create_backup(target, tmp_path / "usb" / "b.zip")
    assert exc.value.code == "backup.disk_full"
    assert "đã đầy" in message(exc.value)
    assert list((tmp_path / "usb").iterdir()) == []


# ---- flushed to disk before being moved into place ---------------------------------------------


class FsyncLog:
    """Records what ``os.fsync`` flushed: ("file" | "dir", path)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str]] = []
        real = os.fsync

        def fsync(fd: int) -> None:
            kind = "dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
            target = os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else "?"
            self.calls.append((kind, target))
            real(fd)

        monkeypatch.setattr(os, "fsync", fsync)

    def files(self) -> list[str]:
        return [t for k, t in self.calls if k == "file"]

    def dirs(self) -> list[str]:
        return [t for k, t in self.calls if k == "dir"]


needs_posix = pytest.mark.skipif(os.name == "nt", reason="folders are flushed on POSIX only")


@needs_posix
def test_durable_replace_flushes_the_file_then_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp, final = tmp_path / ".x.tmp", tmp_path / "x.txt"
    temp.write_bytes(b"new")
    final.write_bytes(b"old")
    log = FsyncLog(monkeypatch)
    files.durable_replace(temp, final)
    assert final.read_bytes() == b"new"
    assert [k for k, _ in log.calls] == ["file", "dir"]
    assert log.calls[0][1].endswith(".x.tmp") and log.calls[1][1] == str(tmp_path)


@needs_posix
def test_exports_are_flushed_before_their_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = FsyncLog(monkeypatch)
    with files.atomic_output(tmp_path / "bao-cao.pdf") as temp:
        temp.write_bytes(b"%PDF")
    assert any(t.endswith(".tmp") for t in log.files())
    assert str(tmp_path) in log.dirs()


@needs_posix
def test_attachments_are_flushed_before_a_row_refers_to_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF attachment")
    store = tmp_path / "attachments"
    log = FsyncLog(monkeypatch)
    sha, _ = AttachmentService(lambda: None, store).copy_in(source)  # type: ignore[arg-type,return-value]
    assert log.files() and log.files()[0].startswith(str(store))
    assert str(store / sha[:2]) in log.dirs()


@needs_posix
def test_a_backup_file_is_flushed_before_its_rename(
    target: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "usb" / "b.zip"
    log = FsyncLog(monkeypatch)
    create_backup(target, out)
    assert any(t.endswith("archive.zip") for t in log.files())
    assert str(out.parent) in log.dirs()


@needs_posix
def test_a_restore_flushes_what_it_extracted_and_every_rename(
    good: Path, target: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = FsyncLog(monkeypatch)
    restore_backup(target, good)
    root = str(target.root)
    assert any(".restore-" in t and t.endswith(".sqlite3") for t in log.files())  # the database
    assert any(".restore-attachments-" in t and t.endswith("a.pdf") for t in log.files())
    assert any("thuky-iso-restore.json" in t for t in log.files())  # the journal
    assert log.dirs().count(root) >= 5  # journal x2, attachments x2, database x2, journal removed


def test_on_windows_files_are_flushed_and_moved_with_write_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)``, the file flushed first
    through a handle that may write (Windows' fsync needs one); folders are not opened."""
    import ctypes

    moves: list[tuple[str, str, int]] = []

    class Kernel32:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            def move(src: str, dst: str, flags: int) -> int:
                moves.append((src, dst, flags))
                os.replace(src, dst)
                return 1

            self.MoveFileExW = move

    flushed: list[int] = []
    real_open = os.open

    def opening(path: Any, flags: int, *args: Any) -> int:
        fd = real_open(path, flags, *args)
        if Path(path).is_dir():
            raise AssertionError("a folder is opened on Windows")
        flushed.append(flags & (os.O_RDWR | os.O_WRONLY))
        return fd

    monkeypatch.setattr(files.sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", Kernel32, raising=False)
    monkeypatch.setattr(os, "open", opening)
    temp, final = tmp_path / ".x.tmp", tmp_path / "x.txt"
    temp.write_bytes(b"new")
    final.write_bytes(b"old")
    files.durable_replace(temp, final)
    (tmp_path / "folder").mkdir()
    files.durable_rename(tmp_path / "folder", tmp_path / "renamed")
    assert final.read_bytes() == b"new" and (tmp_path / "renamed").is_dir()
    assert moves == [
        (str(temp), str(final), files.MOVEFILE_REPLACE_EXISTING | files.MOVEFILE_WRITE_THROUGH),
        (str(tmp_path / "folder"), str(tmp_path / "renamed"), files.MOVEFILE_WRITE_THROUGH),
    ]
    assert flushed == [os.O_RDWR]
