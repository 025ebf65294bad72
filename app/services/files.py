"""Writing files safely: user-facing files never into the data folder and under the format's
extension; every file to a temporary name beside the target, flushed to disk, then moved into place
(``durable_replace``), so a crash or a power cut leaves the old file or the complete new one.

A temporary file or folder made outside the data folder (an export's ``.<name>.<id>.tmp`` beside
the user's file, a backup's work folder, a verification's copy of a database in the system's
temporary folder) is listed while it exists in the open data folder's ``.pending-temp/``
(``pending_temporary``): one small entry per temporary, locked by the process that made it. An
entry found unlocked at the next open belongs to a process that died: ``sweep_pending`` removes
its temporary.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path, PurePath

from app.services.errors import DomainError
from app.services.faults import fault_point
from app.services.lock import try_os_lock

log = logging.getLogger(__name__)

# The extension each output format's file must end with; another format ``f`` needs ``.f``.
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "json": ".json", "backup": ".zip"}

# Windows compares file names without regard to case (resolve() does not fix the case of a path
# that does not exist yet); a test may switch this on elsewhere.
CASE_INSENSITIVE = os.name == "nt"


def _default_mode() -> int:
    """Permissions a normally created file gets (mkstemp makes private 0600 files)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def temporary_name(out: Path) -> Path:
    """A new temporary name beside ``out``: ``.<name>.<random>.tmp`` (what ``sweep_pending`` and
    the data folder's clean-up recognise as a temporary)."""
    return out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.tmp")


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``out``; when the block ends normally it replaces ``out``
    (flushed to disk first: ``durable_replace``).

    On any error the temporary file is removed and an existing ``out`` stays as it was; after a
    crash, the next open of the data folder removes it (``pending_temporary``).
    """
    out = Path(out)
    temp = temporary_name(out)
    with pending_temporary(temp):
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            yield temp
            fault_point("files.temp_written")
            with contextlib.suppress(OSError):
                os.chmod(temp, _default_mode())
            durable_replace(temp, out)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()


# ---- flushing to disk --------------------------------------------------------------------------

MOVEFILE_REPLACE_EXISTING = 0x1
MOVEFILE_WRITE_THROUGH = 0x8


def fsync_file(path: Path) -> None:
    """Flush the content of file ``path`` to disk (Windows needs a handle that may write)."""
    flags = (os.O_RDWR if sys.platform == "win32" else os.O_RDONLY) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush folder ``folder``'s entries (a file moved in or out, made or removed) to disk.

    POSIX only: Windows has no handle for this, its moves are made with write-through instead
    (``durable_replace``). A file system that cannot flush a folder (EINVAL) is let be.
    """
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(folder: Path, *, files: bool = True) -> None:
    """Flush every file (unless ``files=False``: flushed as they were written) and folder under
    ``folder`` (and ``folder``) to disk."""
    for dirpath, _dirnames, filenames in os.walk(folder) if files else ():
        for name in filenames:
            fsync_file(Path(dirpath) / name)
    for dirpath, _dirnames, _filenames in os.walk(folder, topdown=False):
        fsync_dir(Path(dirpath))


def _move(src: Path, dst: Path, *, replace: bool) -> None:
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        move = kernel32.MoveFileExW
        move.argtypes = (wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.DWORD)
        move.restype = wintypes.BOOL
        flags = MOVEFILE_WRITE_THROUGH | (MOVEFILE_REPLACE_EXISTING if replace else 0)
        if not move(str(src), str(dst), flags):
            raise ctypes.WinError(ctypes.get_last_error())
    elif replace:
        os.replace(src, dst)
    else:
        os.rename(src, dst)


def durable_replace(temp: Path, final: Path) -> None:
    """Move file ``temp`` over ``final`` so that, even after a power cut, ``final`` is the old file
    or the complete new one: ``temp`` is flushed to disk, moved (on Windows with
    ``MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)``), then the folder is
    flushed (POSIX)."""
    temp, final = Path(temp), Path(final)
    fsync_file(temp)
    _move(temp, final, replace=True)
    fsync_dir(final.parent)
    if temp.parent != final.parent:
        fsync_dir(temp.parent)


def durable_rename(src: Path, dst: Path) -> None:
    """Rename a file or folder whose content is already on disk, and flush the folders."""
    src, dst = Path(src), Path(dst)
    _move(src, dst, replace=False)
    fsync_dir(dst.parent)
    if src.parent != dst.parent:
        fsync_dir(src.parent)


def durable_remove(path: Path) -> None:
    """Remove a file (if present) and flush its folder."""
    try:
        path.unlink()
    except FileNotFoundError:
        return
    fsync_dir(path.parent)


def durable_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and ``durable_replace``."""
    temp = temporary_name(path)
    try:
        with open(temp, "xb") as out:
            out.write(data)
        durable_replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


# ---- temporaries outside the data folder -------------------------------------------------------

PENDING_DIR = ".pending-temp"
# What an entry may name: a temporary beside a file (".<name>.<id>.tmp") or one of the app's
# folders in the system's temporary folder. Anything else in an entry (edited by hand) is left.
_REMOVABLE = re.compile(r"^(\..+\.tmp|thuky-iso-(backup|verify|kiem-tra)-.+)$", re.DOTALL)

_registry: Path | None = None


def track_temporaries(folder: Path | None) -> None:
    """Where ``pending_temporary`` lists temporaries from now on (the open data folder's
    ``.pending-temp``); ``None``: nowhere (no data folder open)."""
    global _registry
    _registry = folder


def tracking_folder() -> Path | None:
    return _registry


@contextlib.contextmanager
def pending_temporary(path: Path) -> Iterator[None]:
    """List ``path`` (a temporary about to be made) as pending while the block runs.

    Best effort: a data folder that cannot be written to only loses the clean-up after a crash,
    never the export itself.
    """
    registry = _registry
    entry: Path | None = None
    fd: int | None = None
    if registry is not None:
        entry = registry / f"{uuid.uuid4().hex}.json"
        try:
            for attempt in range(2):  # the folder is removed when it empties: maybe just now
                registry.mkdir(exist_ok=True)
                try:
                    fd = os.open(
                        entry, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
                    )
                    break
                except FileNotFoundError:
                    if attempt:
                        raise
            assert fd is not None
            try_os_lock(fd)
            os.write(fd, json.dumps({"path": str(Path(path).absolute()), "pid": os.getpid()}).encode())
        except OSError as exc:
            log.warning("could not list the temporary %s in %s: %s", path, registry, exc)
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)
            _drop_entry(entry)


def _drop_entry(entry: Path | None) -> None:
    """Remove an entry, and the registry with it when it is left empty (a tidy data folder)."""
    if entry is None:
        return
    with contextlib.suppress(OSError):
        entry.unlink()
    with contextlib.suppress(OSError):
        entry.parent.rmdir()


def _remove_path(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("could not remove the leftover %s: %s", path, exc)
        return False
    return True


def sweep_pending(registry: Path) -> list[Path]:
    """Remove the temporaries of entries in ``registry`` whose process is gone (the entry's lock
    is free); returns what was removed. An entry still locked is a temporary in use."""
    removed: list[Path] = []
    if not registry.is_dir():
        return removed
    for entry in sorted(registry.glob("*.json")):
        try:
            fd = os.open(entry, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            continue
        try:
            if not try_os_lock(fd):
                continue
            raw = os.read(fd, 1 << 16)
        finally:
            os.close(fd)
        try:
            target = Path(json.loads(raw.decode("utf-8"))["path"])
        except (ValueError, KeyError, TypeError):
            target = None  # made but not written yet when its process died: nothing was made
        removable = target is not None and target.is_absolute() and _REMOVABLE.match(target.name)
        if removable and target is not None and _remove_path(target):
            removed.append(target)
        _drop_entry(entry)
    return removed


def remove_leftovers(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    """Remove the files and folders directly in ``folder`` whose name matches ``pattern``."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in sorted(names):
        if pattern.match(name) and _remove_path(folder / name):
            removed.append(folder / name)
    return removed


def extension(fmt: str) -> str:
    """The file extension (with its dot) a file of format ``fmt`` must have."""
    return EXTENSIONS.get(fmt, f".{fmt}")


def _parts(path: PurePath, case_insensitive: bool) -> tuple[str, ...]:
    if not case_insensitive:
        return path.parts
    return tuple(part.casefold() for part in PurePath(os.path.normcase(str(path))).parts)


def is_within(path: Path, folder: Path, *, case_insensitive: bool | None = None) -> bool:
    """Whether ``path`` is ``folder`` or anything under it, both already resolved. Names compare
    without regard to case on Windows (``case_insensitive`` defaults to that)."""
    insensitive = CASE_INSENSITIVE if case_insensitive is None else case_insensitive
    inner, outer = _parts(path, insensitive), _parts(folder, insensitive)
    return inner[: len(outer)] == outer


def _same_folder_above(path: Path, folder: Path) -> bool:
    """Whether an existing folder above ``path`` is ``folder`` by identity (device and inode): a
    file system that ignores case (macOS) or a second name for the folder (a bind mount, a junction
    resolve() did not see through) is caught even when the names differ."""
    try:
        target = folder.stat()
    except OSError:
        return False
    for above in (path, *path.parents):
        try:
            info = above.stat()
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino) and info.st_ino != 0:
            return True
    return False


def check_output_path(out: Path, fmt: str, data_root: Path | None, *, create_parents: bool = False) -> Path:
    """Refuse an output file that would land in the open data folder or does not fit its format;
    return ``out`` made absolute (not resolved: a mapped drive stays a drive letter in messages).

    ``fmt`` is the output format (``pdf``, ``docx``, ``xlsx``, ``json``, ``backup`` for a .zip
    backup). Raises ``DomainError`` (``backup.*`` for a backup, ``export.*`` otherwise):

    - ``*.inside_data_dir`` when ``out`` resolves (through links, and without regard to case on
      Windows) to the data folder or anything under it: an export or a backup named
      ``thuky-iso.sqlite3`` there would replace the live database;
    - ``*.write_failed`` when ``out`` is a folder, or its folder does not exist (unless
      ``create_parents``: a backup makes its folder) or is a file;
    - ``*.wrong_extension`` when the name does not end with the format's extension (case ignored).
    """
    prefix = "backup" if fmt == "backup" else "export"
    out = Path(out)
    absolute = Path(os.path.abspath(out))
    try:
        resolved = absolute.resolve(strict=False)
        root = Path(os.path.abspath(data_root)).resolve(strict=False) if data_root is not None else None
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise DomainError(f"{prefix}.write_failed", path=str(out), detail=str(exc)) from exc
    if root is not None and (is_within(resolved, root) or _same_folder_above(resolved, root)):
        raise DomainError(f"{prefix}.inside_data_dir", path=str(out), data_dir=str(root))
    if resolved.is_dir():
        raise DomainError(
            f"{prefix}.write_failed", path=str(out), detail="đây là một thư mục, không phải tệp"
        )
    wanted = extension(fmt)
    if out.suffix.lower() != wanted:
        raise DomainError(f"{prefix}.wrong_extension", path=str(out), format=wanted.lstrip("."))
    parent = resolved.parent
    if parent.exists() and not parent.is_dir():
        raise DomainError(f"{prefix}.write_failed", path=str(out), detail=f"{parent} không phải thư mục")
    if not parent.exists() and not create_parents:
        raise DomainError(f"{prefix}.write_failed", path=str(out), detail=f"không có thư mục {parent}")
    return absolute
