"""A restore cut short by a crash is finished or undone when the app next opens the data folder
(``app.services.recovery``); the window then says which, once, in a box the user closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.bootstrap import open_data_dir
from app.services import dto
from app.services.backup import create_backup
from app.services.datadir import DataDir
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings
from tests.services.test_restore_crash import _crash_restore


def _data(root: Path, department: str) -> Path:
    ctx = open_data_dir(root, writer=True, program="kiểm thử")
    try:
        ctx.services.organization.save_department(dto.DepartmentFields(name=department))
    finally:
        ctx.close()
    return root


@pytest.mark.parametrize(
    ("point", "said", "department"),
    [
        ("restore.db_in", "đã được hoàn tất", "Phòng mới"),  # everything staged: finished
        ("restore.safety_written", "đã được hủy", "Phòng cũ"),  # not staged yet: undone
    ],
)
def test_the_window_says_how_an_interrupted_restore_ended(  # type: ignore[no-untyped-def]
    tmp_path, qtbot, monkeypatch, point, said, department
):
    old = _data(tmp_path / "old", "Phòng cũ")
    backup = create_backup(DataDir(_data(tmp_path / "new", "Phòng mới")), tmp_path / "moi.zip").path
    _crash_restore(old, backup, point, monkeypatch)

    ctx = open_data_dir(old, writer=True, program="kiểm thử")
    try:
        window = MainWindow(ctx, UiSettings(tmp_path / "s.ini"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: getattr(window, "recovery_box", None) is not None)
        box = window.recovery_box
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "Khôi phục dở dang từ" in box.text() and backup.name in box.text()
        assert said in box.text()
        names = [d.name for d in ctx.services.organization.list_departments()]
        assert names == [department]
        # A restore the open finished is in the change log like any other restore.
        restores = ctx.services.history.list_entries(record_type="database")
        assert len(restores) == (1 if said == "đã được hoàn tất" else 0)
        box.close()
    finally:
        ctx.close()


def test_no_box_when_nothing_was_interrupted(ctx, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, UiSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
    assert getattr(window, "recovery_box", None) is None


def test_a_defect_while_opening_the_data_folder_is_shown_not_a_silent_exit(  # type: ignore[no-untyped-def]
    tmp_path, qapp, monkeypatch
):
    from app.ui import application, errors

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("hỏng giữa chừng")

    shown: list[str] = []
    monkeypatch.setattr(application, "open_data_dir", broken)
    monkeypatch.setattr(errors, "show_unexpected", lambda _parent, details, _log: shown.append(details))
    assert application.run_gui(tmp_path / "data") == 1
    assert len(shown) == 1 and "hỏng giữa chừng" in shown[0]
