"""Opening a data folder that cannot be used as it is: each problem is told apart and named —
locked by another program, read-only, no permission, a folder in a file's place, a name too long,
an empty database beside earlier data — and "damaged" (restore from a backup) only when SQLite says
the file is corrupt or not a database. Issue 16, "Messages that could make a user destroy good data"."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.bootstrap import open_data_dir
from app.messages import MESSAGES, message
from app.services import datadir, db, lock, migrations
from app.services.datadir import DataDir, sqlite_problem, storage_problem
from app.services.errors import DataDirError
from app.services.migrations import DbState, inspect_database

REPO_ROOT = Path(__file__).parents[2]
DAMAGED_WORDS = ("bị hỏng (", "khôi phục từ bản sao lưu")  # db.damaged's words


@pytest.fixture
def data(data_root: Path, head_database: Path) -> DataDir:
    """A data folder holding a database at head (a copy of the run's), not open."""
    data = DataDir(data_root.resolve())
    data.ensure()
    shutil.copyfile(head_database, data.db_path)
    return data


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short waits for another program's lock (5 s and 10 s in the app)."""
    monkeypatch.setattr(migrations, "INSPECT_TIMEOUT_S", 0.05)
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refusal(root: Path, *, writer: bool, create: bool = True) -> DataDirError:
    with pytest.raises(DataDirError) as caught:
        open_data_dir(root, writer=writer, program="kiểm thử", create=create)
    return caught.value


def _cli(capsys: pytest.CaptureFixture[str], root: Path, *command: str) -> tuple[int, str]:
    code = cli.main(["--data-dir", str(root), *command])
    return code, capsys.readouterr().err


def _not_damaged(text: str) -> None:
    assert not any(words in text for words in DAMAGED_WORDS), text
    assert "ngoài dự kiến" not in text, text


@pytest.fixture
def exclusive(data: DataDir) -> Iterator[sqlite3.Connection]:
    """Another program holding the database in SQLite's exclusive locking mode (no one else reads)."""
    conn = sqlite3.connect(data.db_path, isolation_level=None)
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE alembic_version SET version_num = version_num")
    yield conn
    conn.execute("ROLLBACK")
    conn.close()


# ---- locked by another program -------------------------------------------------------------------


@pytest.mark.usefixtures("quick")
def test_a_database_locked_by_another_program_is_said_to_be_locked_not_damaged(
    data: DataDir, exclusive: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _sha(data.db_path)
    for writer in (False, True):
        error = _refusal(data.root, writer=writer)
        assert error.code == "db.locked"
        assert "đang bị chương trình khác khóa" in message(error)
        _not_damaged(message(error))
    code, err = _cli(capsys, data.root, "check")
    assert code == cli.EXIT_ERROR
    assert "đang bị chương trình khác khóa" in err
    _not_damaged(err)
    assert _sha(data.db_path) == before


@pytest.mark.usefixtures("quick")
def test_a_write_transaction_held_past_the_busy_timeout_refuses_the_writer_at_open(data: DataDir) -> None:
    other = sqlite3.connect(data.db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        error = _refusal(data.root, writer=True)
        assert error.code == "db.locked"
        # Readers are not blocked by a writer under WAL: they still open.
        open_data_dir(data.root, writer=False, program="đọc").close()
        other.execute("ROLLBACK")
    finally:
        other.close()
    # Refused without keeping the writer lock: the next writer gets in.
    open_data_dir(data.root, writer=True, program="kiểm thử").close()


def test_a_lock_met_while_saving_is_reported_as_such_by_the_command_line(
    data: DataDir, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import OperationalError

    def locked(_args: Any) -> int:
        raise OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setitem(cli.COMMANDS, "demo", locked)
    code, err = _cli(capsys, data.root, "demo")
    assert code == cli.EXIT_ERROR
    assert err.startswith("Lỗi: ") and "đang bị chương trình khác khóa" in err
    _not_damaged(err)

    def defect(_args: Any) -> int:  # a program defect stays an unexpected error, with its log
        raise sqlite3.IntegrityError("UNIQUE constraint failed: tthc.code")

    monkeypatch.setitem(cli.COMMANDS, "demo", defect)
    code, err = _cli(capsys, data.root, "demo")
    assert code == cli.EXIT_ERROR and err.startswith("Lỗi ngoài dự kiến")


# ---- read-only, no permission, a folder ------------------------------------------------------------


def test_a_database_path_that_is_a_folder_is_named_as_such(
    data_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = DataDir(data_root.resolve())
    data.ensure()
    data.db_path.mkdir()
    for writer, create in ((True, True), (False, False)):
        error = _refusal(data.root, writer=writer, create=create)
        assert error.code == "db.is_folder"
        _not_damaged(message(error))
    code, err = _cli(capsys, data.root, "check")
    assert code == cli.EXIT_ERROR and "là một thư mục" in err
    _not_damaged(err)
    assert data.db_path.is_dir() and not any(data.db_path.iterdir())


def _deny(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """Make ``paths`` unwritable as the program sees them (root ignores permissions)."""
    denied = {p.resolve() for p in paths}
    real = datadir._writable
    monkeypatch.setattr(datadir, "_writable", lambda p: Path(p).resolve() not in denied and real(p))


def test_a_read_only_database_file_refuses_the_writer_before_anything_is_written(
    data: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny(monkeypatch, data.db_path)
    error = _refusal(data.root, writer=True)
    assert error.code == "db.read_only_file"
    assert "chỉ cho phép đọc" in message(error)
    _not_damaged(message(error))
    # No SQLite connection was made for writing: no -wal/-shm beside the file (SQLite would give
    # them the file's read-only permissions, and they would stay in the way once it is writable).
    assert not list(data.root.glob("*-wal")) and not list(data.root.glob("*-shm"))
    open_data_dir(data.root, writer=False, program="đọc").close()  # reading still works


def test_a_read_only_folder_is_named_for_readers_and_writers(
    data: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny(monkeypatch, data.root)
    assert _refusal(data.root, writer=True).code == "db.read_only_folder"

    # A reader's look at a WAL database needs its -shm file, which a read-only folder refuses.
    def cannot_init(_path: Path) -> Any:
        exc = sqlite3.OperationalError("attempt to write a readonly database")
        exc.sqlite_errorcode = 1288  # SQLITE_READONLY_CANTINIT
        raise exc

    monkeypatch.setattr(migrations, "_read_header", cannot_init)
    error = _refusal(data.root, writer=False, create=False)
    assert error.code == "db.read_only_folder"
    assert "Không có quyền ghi vào thư mục dữ liệu" in message(error)
    _not_damaged(message(error))


def test_an_outdated_read_only_database_is_not_upgraded_and_says_why(
    data: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(data.db_path)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")  # only the stamp: never upgraded here
    conn.commit()
    conn.close()
    _deny(monkeypatch, data.db_path)
    error = _refusal(data.root, writer=False, create=False)  # check, status…: the reader would upgrade
    assert error.code == "db.read_only_file"
    assert list(data.backups_dir.iterdir()) == []  # refused before the pre-upgrade backup


@pytest.mark.parametrize(
    ("code", "text", "setup", "expected"),
    [
        (5, "database is locked", None, "db.locked"),
        (6, "database table is locked", None, "db.locked"),
        (None, "database is locked", None, "db.locked"),
        (8, "attempt to write a readonly database", "file", "db.read_only_file"),
        (8, "attempt to write a readonly database", "folder", "db.read_only_folder"),
        (14, "unable to open database file", "folder", "db.read_only_folder"),
        (14, "unable to open database file", "is_dir", "db.is_folder"),
        (10, "disk I/O error", None, "db.io_error"),
        (13, "database or disk is full", None, "datadir.disk_full"),
        (11, "database disk image is malformed", None, "db.damaged"),
        (26, "file is not a database", None, "db.damaged"),
        (1, "something else", None, "db.open_failed"),
    ],
)
def test_sqlite_errors_are_told_apart(
    data: DataDir,
    monkeypatch: pytest.MonkeyPatch,
    code: int | None,
    text: str,
    setup: str | None,
    expected: str,
) -> None:
    if setup == "file":
        _deny(monkeypatch, data.db_path)
    elif setup == "folder":
        _deny(monkeypatch, data.root)
    elif setup == "is_dir":
        data.db_path.unlink()
        data.db_path.mkdir()
    exc = sqlite3.OperationalError(text)
    if code is not None:
        exc.sqlite_errorcode = code
    problem = sqlite_problem(exc, data.db_path)
    assert problem.code == expected
    assert problem.code in MESSAGES
    if expected != "db.damaged":
        _not_damaged(message(problem))


CRASH_MID_TRANSACTION = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=1")  # spill to the file: the rollback journal becomes hot
conn.execute("BEGIN")
conn.execute("UPDATE alembic_version SET version_num = 'half'")
conn.execute("CREATE TABLE filler (x)")
conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(2000)])
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("writer", [False, True])
def test_a_transaction_cut_short_by_a_crash_is_recovered_not_called_damaged(
    data: DataDir, writer: bool
) -> None:
    """A writer killed mid-transaction in rollback-journal mode (a restored or copied database not
    yet switched to WAL) leaves a hot journal a read-only look cannot roll back."""
    conn = sqlite3.connect(data.db_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    subprocess.run([sys.executable, "-c", CRASH_MID_TRANSACTION, str(data.db_path)], check=False, timeout=60)
    assert data.db_path.with_name(data.db_path.name + "-journal").stat().st_size > 0
    ctx = open_data_dir(data.root, writer=writer, program="kiểm thử")
    try:
        assert ctx.status_before.state is DbState.CURRENT  # the committed state, whole
    finally:
        ctx.close()
    assert migrations.integrity_problems(data.db_path) == []


def test_only_a_corrupt_file_is_called_damaged(data: DataDir) -> None:
    size = data.db_path.stat().st_size
    with data.db_path.open("r+b") as f:  # pages gone: the header still says SQLite
        f.truncate(size // 3)
    error = _refusal(data.root, writer=True)
    assert error.code == "db.damaged"
    assert "bị hỏng" in message(error)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_real_permissions_when_not_root(data: DataDir) -> None:
    """The same refusals with real permissions (root ignores them: see the tests above and below)."""
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    data.db_path.chmod(0o444)
    try:
        assert _refusal(data.root, writer=True).code == "db.read_only_file"
    finally:
        data.db_path.chmod(0o644)
    data.root.chmod(0o555)
    try:
        assert _refusal(data.root, writer=True).code in ("db.read_only_folder", "datadir.no_permission")
        assert _refusal(data.root, writer=False, create=False).code == "db.read_only_folder"
    finally:
        data.root.chmod(0o755)


def _as_nobody() -> list[str] | None:
    """A command prefix running a process as an unprivileged user, when this test runs as root."""
    if sys.platform == "win32" or os.geteuid() != 0 or shutil.which("setpriv") is None:
        return None
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.mark.skipif(_as_nobody() is None, reason="needs root and setpriv to run a process as nobody")
def test_real_permissions_through_the_command_line_as_another_user(head_database: Path) -> None:
    prefix = _as_nobody()
    assert prefix is not None
    base = Path(tempfile.mkdtemp(prefix="thuky-perm-"))
    try:
        base.chmod(0o755)
        env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8", HOME=str(base))

        folders = {}
        for name in ("file", "folder"):
            data = DataDir(base / name)
            data.ensure()
            shutil.copyfile(head_database, data.db_path)
            for path in (data.root, data.backups_dir, data.attachments_dir, data.db_path):
                os.chown(path, 65534, 65534)
            folders[name] = data
        folders["file"].db_path.chmod(0o444)
        folders["folder"].root.chmod(0o555)

        runs = [  # (folder, command, the words of the refusal); run side by side
            ("file", "demo", "chỉ cho phép đọc"),  # a writer: the database file
            ("folder", "check", "Không có quyền ghi vào thư mục dữ liệu"),  # a reader: its -shm
            ("folder", "demo", "Không có quyền ghi"),  # a writer: the lock file
        ]
        procs = [
            subprocess.Popen(
                [*prefix, sys.executable, "-m", "app", "--data-dir", str(folders[name].root), command],
                cwd=REPO_ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
            for name, command, _words in runs
        ]
        results = [proc.communicate(timeout=60) for proc in procs]
        if any(
            "ModuleNotFoundError" in err or "Permission denied: '" + sys.executable in err
            for _, err in results
        ):
            pytest.skip("the unprivileged user cannot run the project's interpreter here")
        for (name, command, words), proc, (_out, err) in zip(runs, procs, results, strict=True):
            assert proc.returncode == cli.EXIT_ERROR and words in err, (name, command, err)
            _not_damaged(err)
    finally:
        shutil.rmtree(base, ignore_errors=True)


# ---- the writer lock ------------------------------------------------------------------------------


def test_a_folder_in_the_lock_files_place(data: DataDir, capsys: pytest.CaptureFixture[str]) -> None:
    data.lock_path.mkdir()
    error = _refusal(data.root, writer=True)
    assert error.code == "datadir.is_folder"
    assert str(data.lock_path) in message(error)
    code, err = _cli(capsys, data.root, "demo")
    assert code == cli.EXIT_ERROR and err.startswith("Lỗi: ") and "là một thư mục" in err


@pytest.mark.parametrize(
    ("errno_code", "expected", "words"),
    [
        (errno.EROFS, "datadir.read_only_media", "chỉ cho phép đọc"),
        (errno.EACCES, "datadir.no_permission", "Không có quyền ghi"),
        (errno.EPERM, "datadir.no_permission", "Không có quyền ghi"),
        (errno.ENAMETOOLONG, "datadir.name_too_long", "quá dài"),
        (errno.ENOSPC, "datadir.disk_full", "đã đầy"),
    ],
)
@pytest.mark.parametrize("step", ["open", "holder"])
def test_lock_file_errors_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errno_code: int, expected: str, words: str, step: str
) -> None:
    lock_path = tmp_path / "data" / "thuky-iso.lock"
    if step == "open":
        real_open = os.open

        def failing_open(path: Any, *args: Any, **kwargs: Any) -> int:
            if Path(path) == lock_path:
                raise OSError(errno_code, os.strerror(errno_code), str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(lock.os, "open", failing_open)
    else:  # the lock is taken, writing who holds it fails (e.g. a 0555 folder with the lock file in it)

        def failing_holder(self: lock.WriterLock, program: str) -> None:
            raise OSError(errno_code, os.strerror(errno_code), str(self.info_path) + ".tmp")

        monkeypatch.setattr(lock.WriterLock, "_write_holder", failing_holder)
    writer = lock.WriterLock(lock_path)
    with pytest.raises(DataDirError) as caught:
        writer.acquire("kiểm thử")
    assert caught.value.code == expected
    assert words in message(caught.value)
    assert caught.value.params["path"] == str(lock_path.parent)
    assert not writer.held  # nothing kept: the next attempt starts clean
    monkeypatch.undo()
    with lock.WriterLock(lock_path) as again:
        again.acquire("kiểm thử")
        assert again.held


def test_a_data_folder_name_too_long_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / ("thư-mục-" * 40)  # > 255 bytes in one name
    error = _refusal(root, writer=True)
    assert error.code == "datadir.name_too_long"
    code, err = _cli(capsys, root, "demo")
    assert code == cli.EXIT_ERROR and "quá dài" in err and "ngoài dự kiến" not in err


# ---- an empty database file ------------------------------------------------------------------------


@pytest.mark.parametrize("beside", ["attachment", "backup", "log"])
def test_an_empty_database_beside_earlier_data_is_refused(
    data_root: Path, beside: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = DataDir(data_root.resolve())
    data.ensure()
    if beside == "attachment":
        (data.attachments_dir / "2025").mkdir()
        (data.attachments_dir / "2025" / "quyet-dinh.pdf").write_bytes(b"%PDF-1.4")
    elif beside == "backup":
        (data.backups_dir / "truoc-nang-cap-0013-20260101-080000.sqlite3").write_bytes(b"SQLite format 3\0")
    else:
        data.log_path.write_text(
            "2026-01-01 08:00:00,000 INFO app.services.migrations: database upgraded from None to 0015\n",
            encoding="utf-8",
        )
    data.db_path.write_bytes(b"")
    files = sorted(str(p.relative_to(data.root)) for p in data.root.rglob("*"))
    for writer, create in ((True, True), (False, False)):
        error = _refusal(data.root, writer=writer, create=create)
        assert error.code == "db.empty"
        assert "khôi phục từ bản sao lưu" in message(error)
    code, err = _cli(capsys, data.root, "demo")
    assert code == cli.EXIT_ERROR and "rỗng" in err
    # Nothing was made in the empty file's place: no database, no -wal/-shm, no upgrade backup.
    assert data.db_path.stat().st_size == 0
    made = {str(p.relative_to(data.root)) for p in data.root.rglob("*")} - set(files)
    assert made <= {"thuky-iso.lock", "thuky-iso.log"}
    assert inspect_database(data.db_path).state is DbState.EMPTY


@pytest.mark.parametrize("folder", ["empty", "first start cut short"])
def test_an_empty_database_in_an_otherwise_empty_folder_starts_fresh(data_root: Path, folder: str) -> None:
    data = DataDir(data_root.resolve())
    data.ensure()
    data.db_path.write_bytes(b"")
    if folder == "first start cut short":  # Alembic had begun; the database was never made
        data.log_path.write_text(
            "INFO alembic.runtime.migration: Running upgrade  -> 0001\n", encoding="utf-8"
        )
    ctx = open_data_dir(data.root, writer=True, program="kiểm thử")
    try:
        assert ctx.status_before.state is DbState.MISSING
        assert inspect_database(data.db_path).state is DbState.CURRENT
    finally:
        ctx.close()


def test_a_database_without_tables_beside_attachments_is_refused_too(data_root: Path) -> None:
    data = DataDir(data_root.resolve())
    data.ensure()
    (data.attachments_dir / "a.pdf").write_bytes(b"%PDF")
    conn = sqlite3.connect(data.db_path)
    conn.execute("PRAGMA user_version = 1")  # a valid SQLite file with no tables
    conn.close()
    assert data.db_path.stat().st_size > 0
    assert _refusal(data.root, writer=True).code == "db.empty"


# ---- power loss ---------------------------------------------------------------------------------


def test_commits_wait_for_the_disk(data: DataDir) -> None:
    engine = db.make_engine(data.db_path)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()


def test_a_backup_cut_short_by_a_crash_is_removed_by_the_next_upgrade(data_root: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    data = DataDir(data_root.resolve())
    data.ensure()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    part = data.backups_dir / "truoc-nang-cap-0001-20260101-080000.sqlite3.part"
    part.write_bytes(b"SQLite format 3\0 cut short")  # killed while copying, before the rename
    open_data_dir(data.root, writer=True, program="kiểm thử").close()
    assert not part.exists()
    assert [p.suffix for p in data.backups_dir.iterdir()] == [".sqlite3"]


# ---- the GUI -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("quick")
def test_the_gui_start_up_dialog_says_locked_not_damaged(
    data: DataDir, exclusive: sqlite3.Connection, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import application

    shown: list[str] = []
    monkeypatch.setattr(application.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert application.run_gui(data.root) == 1
    assert len(shown) == 1 and "đang bị chương trình khác khóa" in shown[0]
    _not_damaged(shown[0])


def test_the_gui_shows_a_lock_met_while_saving_as_a_plain_message(
    data: DataDir, qapp: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from app.ui import errors

    domain: list[str] = []
    unexpected: list[str] = []
    monkeypatch.setattr(
        errors, "show_domain_error", lambda _parent, error, title=None: domain.append(message(error))
    )
    monkeypatch.setattr(errors, "show_unexpected", lambda _parent, details, _log: unexpected.append(details))
    old_hook = sys.excepthook
    try:
        errors.install_excepthook(data.log_path)
        exc = OperationalError("UPDATE …", {}, sqlite3.OperationalError("database is locked"))
        sys.excepthook(type(exc), exc, None)
        qtbot.waitUntil(lambda: bool(domain or unexpected))
    finally:
        sys.excepthook = old_hook
    assert unexpected == []
    assert len(domain) == 1 and "đang bị chương trình khác khóa" in domain[0]


def test_storage_problem_leaves_program_defects_alone(data: DataDir) -> None:
    assert storage_problem(sqlite3.IntegrityError("UNIQUE constraint failed"), data.db_path) is None
    assert storage_problem(ValueError("x"), data.db_path) is None
    wrapped = RuntimeError("outer")
    wrapped.__cause__ = sqlite3.OperationalError("database or disk is full")
    problem = storage_problem(wrapped, data.db_path)
    assert problem is not None and problem.code == "datadir.disk_full"
