"""Writing user-facing files safely: never into the data folder, under the format's extension, to a
temporary name beside the target, then moved into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePath

from app.services.errors import DomainError

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


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``out``; when the block ends normally it replaces ``out``.

    On any error the temporary file is removed and an existing ``out`` stays as it was.
    """
    out = Path(out)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with contextlib.suppress(OSError):
            os.chmod(temp, _default_mode())
        os.replace(temp, out)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


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
