"""The writer lock: one writer per data directory, readers alongside, recovery after a crash."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import open_data_dir
from app.services import dto
from app.services.datadir import DataDir
from app.services.errors import DataDirError
from app.services.lock import LockHolder, WriterLock

REPO_ROOT = Path(__file__).parents[2]
GUI = "Thư ký ISO (giao diện)"

CHILD = """
import sys, time
from pathlib import Path
from app.services.lock import WriterLock

lock = WriterLock(Path(sys.argv[1]))
lock.acquire(sys.argv[2])
print("ready", flush=True)
time.sleep(60)
"""


def _dead_pid() -> int:
    """The pid of a process that has already exited."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_second_writer_in_same_process_is_refused(data_root: Path) -> None:
    first = open_data_dir(data_root, writer=True, program=GUI)
    try:
        assert first.writer
        with pytest.raises(DataDirError) as exc:
            open_data_dir(data_root, writer=True, program="dòng lệnh")
        assert exc.value.code == "lock.held"
        assert exc.value.params["program"] == GUI
        assert exc.value.params["pid"] == os.getpid()
        assert {"user", "host", "since"} <= exc.value.params.keys()
        # The refused attempt did not disturb the holder.
        assert first.writer
        assert WriterLock(first.data_dir.lock_path).read_holder() == first.lock.read_holder()
    finally:
        first.close()


def test_reader_works_while_writer_holds_the_lock(data_root: Path, agency: Any, ctx: Any) -> None:
    reader = open_data_dir(data_root, writer=False, program="đọc")
    try:
        assert not reader.writer
        assert ctx.writer
        profile = reader.services.agency.get_profile()
        assert profile is not None
        assert profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
        # The reader sees what the writer commits afterwards.
        ctx.services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
        assert [d.name for d in reader.services.organization.list_departments()] == ["Văn phòng"]
        holder = WriterLock(ctx.data_dir.lock_path).read_holder()
        assert holder is not None
        assert holder.program == "kiểm thử"
    finally:
        reader.close()
    # Closing the reader leaves the writer's lock alone.
    assert ctx.writer
    with pytest.raises(DataDirError):
        WriterLock(ctx.data_dir.lock_path).acquire("khác")


def test_release_lets_a_new_writer_in(data_root: Path) -> None:
    first = open_data_dir(data_root, writer=True, program=GUI)
    first.close()
    assert not first.writer
    second = open_data_dir(data_root, writer=True, program="dòng lệnh")
    try:
        assert second.writer
        assert second.lock is not None
        assert second.lock.taken_over is None  # a clean release leaves no holder behind
        holder = second.lock.read_holder()
        assert holder is not None
        assert holder.program == "dòng lệnh"
    finally:
        second.close()
    assert not DataDir(data_root.resolve()).lock_path.with_name("thuky-iso.lock.json").exists()


def test_acquire_is_idempotent_and_release_removes_holder(tmp_path: Path) -> None:
    lock = WriterLock(tmp_path / "x.lock")
    assert not lock.held
    lock.acquire("một")
    lock.acquire("một")
    assert lock.held
    assert lock.info_path.exists()
    lock.release()
    lock.release()
    assert not lock.held
    assert not lock.info_path.exists()


def test_unreadable_holder_file_still_refuses(tmp_path: Path) -> None:
    with WriterLock(tmp_path / "x.lock") as holder:
        holder.acquire("một")
        holder.info_path.write_text("{broken", encoding="utf-8")
        with pytest.raises(DataDirError) as exc:
            WriterLock(tmp_path / "x.lock").acquire("hai")
        assert exc.value.code == "lock.held"
        assert exc.value.params["program"] == "?"


def test_stale_holder_file_is_taken_over(data_root: Path) -> None:
    data_dir = DataDir(data_root)
    data_dir.ensure()
    dead = _dead_pid()
    stale = LockHolder(program="Thư ký ISO cũ", pid=dead, user="an", host="may-cu", since="01/01/2024 08:00")
    info_path = data_dir.lock_path.with_name(data_dir.lock_path.name + ".json")
    info_path.write_text(json.dumps(asdict(stale), ensure_ascii=False), encoding="utf-8")

    lock = WriterLock(data_dir.lock_path)
    lock.acquire("mới")
    try:
        assert lock.taken_over == stale
        holder = lock.read_holder()
        assert holder is not None
        assert holder.program == "mới"
        assert holder.pid == os.getpid()
    finally:
        lock.release()


def test_stale_holder_file_is_taken_over_by_open_data_dir(data_root: Path) -> None:
    data_dir = DataDir(data_root)
    data_dir.ensure()
    info_path = data_dir.lock_path.with_name(data_dir.lock_path.name + ".json")
    stale = {"program": "cũ", "pid": _dead_pid(), "user": "an", "host": "h", "since": "01/01/2024 08:00"}
    info_path.write_text(json.dumps(stale, ensure_ascii=False), encoding="utf-8")
    ctx = open_data_dir(data_root, writer=True, program="mới")
    try:
        assert ctx.lock is not None
        assert ctx.lock.taken_over is not None
        assert ctx.lock.taken_over.program == "cũ"
        assert ctx.lock.taken_over.pid == stale["pid"]
    finally:
        ctx.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")
def test_lock_of_a_killed_process_is_recovered(tmp_path: Path) -> None:
    lock_path = tmp_path / "data" / "thuky-iso.lock"
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(lock_path), "tiến trình con"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 10)
        line = proc.stdout.readline() if ready else ""
        assert line.strip() == "ready", proc.stderr.read() if proc.poll() is not None else "no answer"

        # While the child is alive, this process is refused, and told who holds the lock.
        with pytest.raises(DataDirError) as exc:
            WriterLock(lock_path).acquire("kiểm thử")
        assert exc.value.code == "lock.held"
        assert exc.value.params["pid"] == proc.pid
        assert exc.value.params["program"] == "tiến trình con"
        with pytest.raises(DataDirError) as exc:
            open_data_dir(lock_path.parent, writer=True, program="kiểm thử")
        assert exc.value.params["pid"] == proc.pid

        proc.kill()  # SIGKILL: no chance to release anything
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()

    lock = WriterLock(lock_path)
    lock.acquire("kiểm thử")
    try:
        assert lock.taken_over is not None
        assert lock.taken_over.pid == proc.pid
        assert lock.taken_over.program == "tiến trình con"
    finally:
        lock.release()
