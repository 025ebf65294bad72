"""Opening a record from anywhere: the window switches to the page of the area that keeps it and
selects it (clearing a filter that hides it); the home page's tiles open their page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from app.services.demo import fill_demo
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings

TODAY = date(2026, 11, 22)


@pytest.fixture
def window(ctx, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    ctx.services.clock.pin(TODAY)
    fill_demo(ctx.services)
    win = MainWindow(ctx, UiSettings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_document_hidden_by_the_filters_is_shown_and_selected(window, services):
    obsolete = next(r for r in services.documents.list_documents() if r.status.value == "obsolete")
    docs = window.page_for("documents")
    window.switch_to("documents")
    docs.search.setText("khong co tai lieu nao nhu the nay")
    docs.reload_list()
    assert docs.list.model.rowCount() == 0

    assert window.open_record("document", obsolete.id)
    assert window.current_key() == "documents"
    assert docs.list.current().id == obsolete.id and docs.search.text() == ""


def test_a_legal_update_opens_from_its_procedure(window, services, qtbot):
    impact = next(r for r in services.legal.list_impacts() if r.status.value == "no_change")
    docs = window.page_for("documents")
    window.open_record("document", impact.document_id)
    docs.detail_tabs.setCurrentWidget(docs.updates)
    docs.updates.select_where(lambda r: r.id == impact.id)
    docs.updates.edit_button.click()

    legal = window.page_for("legal")
    assert window.current_key() == "legal"
    assert legal.tabs.currentIndex() == 1
    # A closed update is hidden by "Chỉ việc chưa xong": the page shows every update to select it.
    assert not legal.open_only.isChecked()
    assert legal.all_impacts.current().id == impact.id


def test_an_unknown_record_type_or_a_deleted_record_is_not_shown(window):
    assert window.open_record("khong_co", 1) is False
    assert window.open_record("legal", 999_999) is False
    assert "Không tìm thấy" in window.statusBar().currentMessage()


@pytest.mark.parametrize(("tile", "key"), [("updates", "legal"), ("plan", "plan"), ("coverage", "tthc")])
def test_a_home_tile_opens_the_page_its_figure_comes_from(window, qtbot, tile, key):
    window.switch_to("overview")
    card = getattr(window.page_for("overview"), tile)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.current_key() == key
