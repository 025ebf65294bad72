"""Tìm mọi hồ sơ: Ctrl+K or the window's box opens one search; results grouped by record type, ten
per type with "xem tất cả"; the chosen record opens on its page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.services.demo import fill_demo
from app.ui.dialogs.search_dialog import SHOWN, SearchDialog
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings


@pytest.fixture
def window(ctx, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    ctx.services.clock.pin(date(2026, 11, 22))
    fill_demo(ctx.services)
    win = MainWindow(ctx, UiSettings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    win.show()
    return win


def _groups(dialog: SearchDialog) -> dict[str, list[str]]:
    tree = dialog.results
    out = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        out[group.text(0)] = [
            group.child(i).text(0) or group.child(i).text(1) for i in range(group.childCount())
        ]
    return out


def test_a_code_and_words_without_diacritics_find_records_grouped_by_type(window, services) -> None:  # type: ignore[no-untyped-def]
    dialog = SearchDialog(services, window, "1.001193")
    groups = _groups(dialog)
    assert groups["Thủ tục hành chính (1)"] == ["1.001193"]
    assert next(iter(groups)).startswith("Tài liệu")  # the procedure settling that TTHC
    dialog.box.setText("dat dai")
    groups = _groups(dialog)
    documents = next(k for k in groups if k.startswith("Tài liệu ("))
    assert documents.endswith("+)") and len(groups[documents]) == SHOWN + 1  # ten, then "xem tất cả…"
    assert groups[documents][-1] == "xem tất cả…"


def test_xem_tat_ca_and_enter_open(window, services, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SearchDialog(services, window, "dat dai")
    tree = dialog.results
    group = next(
        tree.topLevelItem(g)
        for g in range(tree.topLevelItemCount())
        if tree.topLevelItem(g).text(0).startswith("Tài liệu (")
    )
    dialog._activated(group.child(group.childCount() - 1))  # xem tất cả…
    group = next(
        tree.topLevelItem(g)
        for g in range(tree.topLevelItemCount())
        if tree.topLevelItem(g).text(0).startswith("Tài liệu (")
    )
    assert group.childCount() > SHOWN and group.child(group.childCount() - 1).text(0) != "xem tất cả…"
    first = group.child(0)
    kind, record_id = first.data(0, Qt.ItemDataRole.UserRole)
    tree.setCurrentItem(first)
    dialog.record_chosen.connect(window.open_record)
    dialog.open_current()
    assert window.current_key() == "documents"
    assert window.page_for("documents").list.current().id == record_id and kind == "document"


def test_the_window_box_and_ctrl_k_open_the_search(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(SearchDialog, "exec", lambda self: opened.append(self.box.text()) or 0)
    window.search_box.setText("")
    window.search_box.textEdited.emit("q")
    window.search_action.trigger()
    assert opened == ["q", ""] and window.search_action.shortcut().toString() == "Ctrl+K"
    assert window.search_box.text() == ""
