"""From opening the app on up-to-date records to an annual report exported ready to sign: at most
15 clicks, counted on the real window (the file dialog's "Lưu" and the saved box's "Đóng" count)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from app.services.demo import fill_demo
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings

TODAY = date(2026, 12, 1)


def test_an_annual_report_ready_to_sign_in_at_most_15_clicks(ctx, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    import app.ui.dialogs.export_dialog as export_dialog

    ctx.services.clock.pin(TODAY)
    fill_demo(ctx.services)
    window = MainWindow(ctx, UiSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()
    clicks = 0

    def click(widget) -> None:  # type: ignore[no-untyped-def]
        nonlocal clicks
        assert widget.isVisible() and widget.isEnabled(), widget.text()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        clicks += 1

    target = tmp_path / "Bao-cao-nam-2026.pdf"
    saved: list[Path] = []

    def save_as(*_args, **_kwargs) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        nonlocal clicks
        clicks += 1  # "Lưu" in the file dialog (the name it suggests is kept or typed)
        return str(target), ""

    def saved_box(_parent, _title, path, _warnings=()) -> None:  # type: ignore[no-untyped-def]
        nonlocal clicks
        clicks += 1  # "Đóng"
        saved.append(path)

    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(export_dialog, "show_saved", saved_box)

    # 1. The sidebar: Báo cáo định kỳ.
    sidebar = window.sidebar
    row = next(i for i in range(sidebar.count()) if sidebar.item(i).text() == "Báo cáo định kỳ")
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center()
    )
    clicks += 1
    page = window.page_for("reports")
    assert window.current_key() == "reports"
    # 2. The year's annual draft is selected; its figures are brought up to today.
    click(page.compose_year)
    assert page.detail_title.text() == "Báo cáo năm 2026 — dự thảo"
    # 3–5. Exported as PDF, ready to sign.
    click(page.export_button)
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    assert clicks <= 15, clicks
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "BÁO CÁO" in text and "năm 2026" in text and "Nơi nhận" in text
