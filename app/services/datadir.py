"""Layout of a data directory: the database, backups, attachments, the log and the writer lock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_FILENAME = "thuky-iso.sqlite3"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.root / "attachments"

    @property
    def log_path(self) -> Path:
        return self.root / "thuky-iso.log"

    @property
    def lock_path(self) -> Path:
        return self.root / "thuky-iso.lock"

    def ensure(self) -> None:
        for folder in (self.root, self.backups_dir, self.attachments_dir):
            folder.mkdir(parents=True, exist_ok=True)
