"""Writing user-facing files safely: to a temporary name beside the target, then moved into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


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
