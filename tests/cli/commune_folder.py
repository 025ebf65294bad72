"""A small data folder for the command-line tests: the commune set up as the first-run dialog does,
then what a test adds through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


def commune_folder(tmp_path: Path, today: date, add: Callable[[Any], object] = lambda _s: None) -> Path:
    from app import models as m
    from app.bootstrap import open_data_dir
    from app.services import dto

    root = tmp_path / "data"
    ctx = open_data_dir(root, writer=True, program="kiểm thử", today=today)
    try:
        s = ctx.services
        s.agency.set_up(
            dto.AgencyFields(
                full_name="Ủy ban nhân dân xã Tùng Ảnh",
                short_name="UBND xã Tùng Ảnh",
                kind=m.AgencyKind.COMMUNE,
                parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
                place_name="Tùng Ảnh",
                code_abbreviation="UBND",
                signing_lines="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
                signer_name="Nguyễn Văn An",
            ),
            dto.LeaderFields(full_name="Nguyễn Văn An", title="Chủ tịch", role=m.LeaderRole.HEAD),
        )
        add(s)
    finally:
        ctx.close()
    return root
