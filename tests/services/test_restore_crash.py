"""A restore, a backup, an export and an import killed at each of their named points
(``app.services.faults``): real processes (``python -m app``) killed with SIGKILL, then the next open
(``check``, in this process) finds the data complete — the old or the new, never a mix — says which,
and leaves nothing behind."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.bootstrap import AppContext, open_data_dir, restore_data_dir
from app.cli import main
from app.models import AgencyKind, LeaderRole
from app.services import dto
from app.services.backup import create_backup, verify_backup
from app.services.datadir import DataDir
from app.services.faults import ENV

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL: POSIX only")

ROOT = Path(__file__).resolve().parents[2]
OLD_FILES = {"bien-ban-cu.pdf": b"%PDF old " * 300, "anh-cu.png": b"\x89PNG old" * 50, "rong.txt": b""}
NEW_FILES = {
    "quyet-dinh-moi.pdf": b"%PDF new " * 400,
    "Biên bản mới.docx": "mới".encode() * 100,
    "bảng.xlsx": b"PK new" * 70,
    "ghi-chu.txt": b"new note",
}


def run_app(data: Path, *args: str, kill_at: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    env.pop(ENV, None)
    if kill_at is not None:
        env[ENV] = kill_at
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def check(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The next open: ``check`` in this process; it must pass (integrity and every attachment)."""
    capsys.readouterr()
    code = main(["--data-dir", str(data), "check"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Kiểm tra toàn vẹn: đạt" in out
    return out


def _fill(ctx: AppContext, department: str, files: dict[str, bytes], tmp: Path) -> None:
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
    ctx.services.organization.save_department(dto.DepartmentFields(name=department))
    tmp.mkdir(parents=True, exist_ok=True)
    with ctx.services.uow() as uow:
        for name, data in files.items():
            source = tmp / name
            source.write_bytes(data)
            ctx.services.attachments.attach(uow, source)
        uow.commit()


def _make(root: Path, department: str, files: dict[str, bytes]) -> Path:
    ctx = open_data_dir(root, writer=True, program="kiểm thử")
    try:
        _fill(ctx, department, files, root.parent / f"{root.name}-sources")
    finally:
        ctx.close()
    return root


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data folder in the "old" state, and a backup of the "new" one."""
    base = tmp_path_factory.mktemp("crash")
    old = _make(base / "old", "Phòng cũ", OLD_FILES)
    new = _make(base / "new", "Phòng mới", NEW_FILES)
    backup = create_backup(DataDir(new), base / "moi.zip").path
    return old, backup


def _state(data: Path) -> str:
    """ "old" or "new" — complete: the department, the attachment rows and their files agree."""
    conn = sqlite3.connect(data / "thuky-iso.sqlite3")
    try:
        departments = {r[0] for r in conn.execute("SELECT name FROM department")}
        rows = {r[0] for r in conn.execute("SELECT sha256 FROM attachment")}
    finally:
        conn.close()
    files = {p.name for p in (data / "attachments").rglob("*") if p.is_file()}
    for name, expected in (("old", OLD_FILES), ("new", NEW_FILES)):
        hashes = {hashlib.sha256(b).hexdigest() for b in expected.values()}
        if departments == {f"Phòng {'cũ' if name == 'old' else 'mới'}"}:
            assert rows == hashes, f"{name} database with other attachment rows"
            assert files == hashes, f"{name} database with other attachment files"
            return name
    raise AssertionError(f"neither state: {departments}")


def _leftovers(data: Path) -> list[str]:
    found = [p.name for p in data.iterdir() if p.name.startswith(".") or p.name == "thuky-iso-restore.json"]
    found += [p.name for p in (data / "backups").iterdir() if not p.name.endswith(".zip")]
    found += [p.name for p in (data / "attachments").iterdir() if p.name.startswith(".")]
    return found


# (point, the state after the next open, what check says about the restore)
RESTORE_POINTS = [
    ("restore.verified", "old", None),  # nothing written yet
    ("restore.journal_started", "old", "đã được hủy"),
    ("backup.db_copied", "old", "đã được hủy"),  # inside the safety backup
    ("restore.safety_written", "old", "đã được hủy"),
    ("restore.extracted@3", "old", "đã được hủy"),  # the database and one attachment extracted
    ("restore.staged", "old", "đã được hủy"),
    ("restore.journal_swapping", "new", "đã được hoàn tất"),
    ("restore.attachments_aside", "new", "đã được hoàn tất"),
    ("restore.attachments_in", "new", "đã được hoàn tất"),  # issue 16: old database, new attachments
    ("restore.db_aside", "new", "đã được hoàn tất"),
    ("restore.db_in", "new", "đã được hoàn tất"),
    ("restore.committed", "new", None),  # done; the old data is removed at the next open
    ("restore.done", "new", None),
]


@pytest.mark.parametrize(("point", "expected", "said"), RESTORE_POINTS, ids=[p[0] for p in RESTORE_POINTS])
def test_a_restore_killed_at_each_step_ends_old_or_new_and_complete(
    states: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    point: str,
    expected: str,
    said: str | None,
) -> None:
    old, backup = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    killed = run_app(data, "restore", str(backup), kill_at=point)
    assert killed.returncode == -signal.SIGKILL, (killed.stdout, killed.stderr)

    out = check(data, capsys)
    assert _state(data) == expected
    if said is None:
        assert "Khôi phục dở dang" not in out
    else:
        assert f"Khôi phục dở dang từ {backup} {said}" in out
    assert _leftovers(data) == []
    # The next open finds nothing more to do.
    assert "Khôi phục dở dang" not in check(data, capsys)
    assert _state(data) == expected


def test_a_reader_refuses_a_pending_restore_while_another_program_holds_the_lock(
    states: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, backup = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    _crash_restore(data, backup, "restore.attachments_in", monkeypatch)
    from app.services.lock import WriterLock

    with WriterLock(DataDir(data).lock_path) as lock:
        lock.acquire("giao diện")
        capsys.readouterr()
        assert main(["--data-dir", str(data), "check"]) == 1
        err = capsys.readouterr().err
        assert "khôi phục dữ liệu chưa xong" in err
        assert "giao diện" in err
        assert "Kiểm tra toàn vẹn: đạt" not in err
    assert "đã được hoàn tất" in check(data, capsys)
    assert _state(data) == "new"


def test_a_new_restore_first_finishes_an_interrupted_one(
    states: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, backup = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    _crash_restore(data, backup, "restore.db_aside", monkeypatch)
    restore_data_dir(data, backup, program="kiểm thử")
    assert _state(data) == "new"
    assert _leftovers(data) == []


# ---- backup, export, import --------------------------------------------------------------------


@pytest.mark.parametrize("point", ["backup.db_copied", "backup.archive_written", "backup.done"])
def test_a_backup_killed_leaves_the_old_file_or_the_new_one_and_no_copy_of_the_data(
    states: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], point: str
) -> None:
    old, _ = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    out = out_dir / "sao-luu.zip"
    out.write_bytes(b"previous backup")
    killed = run_app(data, "backup", "--out", str(out), kill_at=point)
    assert killed.returncode == -9, killed.stderr
    left = sorted(p.name for p in out_dir.iterdir())
    assert len(left) == 2, left  # the backup file and the work folder (with its database copy)
    if point == "backup.done":
        assert verify_backup(out).attachment_count == len(OLD_FILES)
    else:
        assert out.read_bytes() == b"previous backup"

    said = check(data, capsys)
    assert "Đã xóa 1 tệp tạm" in said
    assert [p.name for p in out_dir.iterdir()] == ["sao-luu.zip"]
    assert not (data / ".pending-temp").exists()


def test_an_export_killed_before_its_rename_leaves_nothing_after_the_next_open(
    states: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    out_dir = tmp_path / "Tài liệu"
    out_dir.mkdir()
    out = out_dir / "danh-muc.xlsx"
    killed = run_app(
        data, "export", "tthc", "--format", "xlsx", "--out", str(out), kill_at="files.temp_written"
    )
    assert killed.returncode == -9, killed.stderr
    (partial,) = out_dir.iterdir()
    assert partial.name.startswith(".danh-muc.xlsx.") and partial.name.endswith(".tmp")
    assert "Đã xóa 1 tệp tạm" in check(data, capsys)
    assert list(out_dir.iterdir()) == []


def _tthc_file(path: Path, count: int) -> Path:
    lines = ["STT,Mã TTHC,Tên thủ tục hành chính,Lĩnh vực"]
    lines += [f"{i + 1},1.{100000 + i:06d},Thủ tục số {i + 1},Hộ tịch" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _tthc_count(data: Path) -> int:
    conn = sqlite3.connect(data / "thuky-iso.sqlite3")
    try:
        return int(conn.execute("SELECT count(*) FROM tthc").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize(("point", "written"), [("import.flushed", False), ("import.committed", True)])
def test_an_import_killed_mid_transaction_leaves_nothing_half_imported(
    states: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], point: str, written: bool
) -> None:
    old, _ = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    source = _tthc_file(tmp_path / "tthc.csv", 40)
    before = _tthc_count(data)
    killed = run_app(data, "import", "tthc", str(source), kill_at=point)
    assert killed.returncode == -9, killed.stderr
    check(data, capsys)
    assert _tthc_count(data) == before + (40 if written else 0)


# ---- in this process: the check of attachments, and recovery's other paths ---------------------


class _Crash(BaseException):
    """Stands for SIGKILL in this process: nothing is undone."""


def _crash_restore(data: Path, backup: Path, point: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import backup as backup_mod
    from app.services.lock import WriterLock

    def hit(name: str) -> None:
        if name == point:
            raise _Crash

    with monkeypatch.context() as m:
        m.setattr(backup_mod, "fault_point", hit)
        m.setattr(backup_mod, "_roll_back", lambda *args: None)
        with WriterLock(DataDir(data).lock_path) as lock:
            lock.acquire("kiểm thử")
            with pytest.raises(_Crash):
                backup_mod.restore_backup(DataDir(data), backup)


def _failed_check(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "check"]) == 1
    return capsys.readouterr().err


def test_check_says_when_attachment_rows_have_lost_their_files(
    states: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the restore of issue 16 left (the old database, the backup's attachments) said "đạt"."""
    old, backup = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    shutil.rmtree(data / "attachments")
    with zipfile.ZipFile(backup) as zf:  # the backup's attachments in their place
        for name in zf.namelist():
            if name.startswith("attachments/"):
                zf.extract(name, data)
    err = _failed_check(data, capsys)
    assert "3/3 tệp đính kèm không còn hoặc đã bị thay đổi" in err
    assert "“bien-ban-cu.pdf” (không còn tệp)" in err


def test_check_says_when_an_attachment_file_was_changed(
    states: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    stored = data / "attachments" / hashlib.sha256(OLD_FILES["bien-ban-cu.pdf"]).hexdigest()[:2]
    (file,) = stored.iterdir()
    file.write_bytes(b"X" * file.stat().st_size)  # same size, other bytes
    err = _failed_check(data, capsys)
    assert "1/3 tệp đính kèm" in err and "“bien-ban-cu.pdf” (tệp đã bị thay đổi)" in err


def test_a_restore_whose_staged_data_was_lost_is_undone(
    states: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, backup = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    _crash_restore(data, backup, "restore.attachments_aside", monkeypatch)
    (staged,) = data.glob(".restore-attachments-*")
    next(p for p in staged.rglob("*") if p.is_file()).unlink()  # lost with the crash
    assert f"Khôi phục dở dang từ {backup} đã được hủy" in check(data, capsys)
    assert _state(data) == "old"
    assert _leftovers(data) == []


@pytest.mark.parametrize(
    ("crash_at", "lose", "recovery_killed_at", "expected", "said"),
    [
        # Finishing the restore is itself killed half-way; the next open finishes it.
        ("restore.attachments_aside", None, "restore.db_aside", "new", "đã được hoàn tất"),
        # Undoing it (the staged database was lost) is killed half-way; the next open undoes it.
        ("restore.db_aside", ".restore-*.sqlite3", "restore.rolled_back_db", "old", "đã được hủy"),
    ],
)
def test_a_recovery_killed_half_way_is_finished_by_the_next_open(
    states: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    crash_at: str,
    lose: str | None,
    recovery_killed_at: str,
    expected: str,
    said: str,
) -> None:
    old, backup = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    _crash_restore(data, backup, crash_at, monkeypatch)
    if lose is not None:
        (staged,) = [p for p in data.glob(lose) if not p.name.startswith(".restore-old-")]
        staged.unlink()
    killed = run_app(data, "check", kill_at=recovery_killed_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert (data / "thuky-iso-restore.json").exists()
    assert f"Khôi phục dở dang từ {backup} {said}" in check(data, capsys)
    assert _state(data) == expected
    assert _leftovers(data) == []


def test_a_restore_journal_that_cannot_be_read_is_said(
    states: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, backup = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    _crash_restore(data, backup, "restore.db_aside", monkeypatch)
    (data / "thuky-iso-restore.json").write_text("{ half a jour", encoding="utf-8")
    err = _failed_check(data, capsys)
    assert "Không đọc được nhật ký khôi phục" in err
    # Nothing was removed: the old database and attachments are still there, set aside.
    assert list(data.glob(".restore-old-*")) and list(data.glob(".attachments-old-*"))


def test_selftest_refuses_a_pending_restore_and_writes_nothing(
    states: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.errors import DataDirError

    old, backup = states
    data = tmp_path / "data"
    shutil.copytree(old, data)
    _crash_restore(data, backup, "restore.attachments_in", monkeypatch)
    before = sorted(p.name for p in data.iterdir())
    with pytest.raises(DataDirError) as exc:
        open_data_dir(data, writer=False, program="selftest", read_only=True)
    assert exc.value.code == "restore.pending"
    assert sorted(p.name for p in data.iterdir()) == before
