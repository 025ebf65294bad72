"""The app's look: what is disabled looks disabled."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton


def test_a_disabled_button_is_greyed_out(qtbot):
    enabled, disabled = QPushButton("Triển khai thực hiện…"), QPushButton("Kiểm tra hiệu lực…")
    qtbot.addWidget(enabled)
    qtbot.addWidget(disabled)
    disabled.setEnabled(False)
    role = QPalette.ColorRole.ButtonText
    shown = {
        name: button.palette().color(
            QPalette.ColorGroup.Disabled if not button.isEnabled() else QPalette.ColorGroup.Active, role
        )
        for name, button in (("enabled", enabled), ("disabled", disabled))
    }
    assert shown["disabled"] != shown["enabled"]
    assert shown["disabled"].lightness() > shown["enabled"].lightness() + 80
