"""Shared fixtures.

Every test runs with the data and config folders redirected to a temporary place (never the real
user profile) and with Qt's offscreen platform.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _isolated_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point the default data dir and the settings folder at a throw-away place for the whole run."""
    base = tmp_path_factory.mktemp("profile")
    old = {k: os.environ.get(k) for k in ("THUKY_ISO_DATA_DIR", "THUKY_ISO_CONFIG_DIR")}
    os.environ["THUKY_ISO_DATA_DIR"] = str(base / "data")
    os.environ["THUKY_ISO_CONFIG_DIR"] = str(base / "config")
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """A fresh, empty data directory path for one test."""
    return tmp_path / "data"


@pytest.fixture(scope="session")
def head_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at head, migrated once for the whole run (each test gets a copy)."""
    from app.bootstrap import open_data_dir
    from app.services.datadir import DataDir

    root = tmp_path_factory.mktemp("head") / "data"
    open_data_dir(root, writer=True, program="kiểm thử").close()
    return DataDir(root).db_path


@pytest.fixture
def ctx(data_root: Path, head_database: Path):  # type: ignore[no-untyped-def]
    """An opened, writable data directory with a database at head (no agency yet): a copy of the
    run's migrated empty database (migrating each test's own took about 0.2 s of every test)."""
    import shutil

    from app.bootstrap import open_data_dir
    from app.services.datadir import DataDir

    data = DataDir(data_root)
    data.ensure()
    shutil.copyfile(head_database, data.db_path)
    context = open_data_dir(data_root, writer=True, program="kiểm thử")
    yield context
    context.close()


@pytest.fixture
def services(ctx):  # type: ignore[no-untyped-def]
    return ctx.services


@pytest.fixture
def agency(services):  # type: ignore[no-untyped-def]
    """A commune set up the way the first-run dialog does it."""
    from app.models import AgencyKind, LeaderRole
    from app.services import dto

    return services.agency.set_up(
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
