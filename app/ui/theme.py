"""Look of the app: Fusion everywhere (same on Windows and Linux), a light palette, a few accents."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5fa8"
DANGER = "#b3261e"
WARNING = "#9a6700"
OK = "#1e7b34"

STYLE = f"""
QListWidget#sidebar {{
    background: #1e3a5f; color: #e8eef6; border: none; font-size: 10.5pt; outline: 0;
}}
QListWidget#sidebar::item {{ padding: 5px 14px; border-left: 3px solid transparent; }}
QListWidget#sidebar::item:selected {{ background: #2c5282; color: white; border-left: 3px solid #f6c343; }}
QListWidget#sidebar::item:hover:!selected {{ background: #274b75; }}
QLabel#sidebarTitle {{ background: #17304f; color: white; font-weight: bold; font-size: 12pt; padding: 12px 14px; }}
QLabel#sidebarAgency {{ background: #17304f; color: #c9d6e6; padding: 0 14px 12px 14px; }}
QLabel#pageTitle {{ font-size: 15pt; font-weight: bold; color: #1e3a5f; }}
QLabel#pageSubtitle {{ color: #555; }}
QLabel#panelTitle {{ font-weight: bold; font-size: 11pt; color: #1e3a5f; }}
QLabel#fieldError, QLabel#formError {{ color: {DANGER}; }}
QLabel#fieldHelp {{ color: #666; font-size: 9pt; }}
QLabel#countLabel {{ color: #666; }}
QLabel#savedLabel {{ color: {OK}; }}
QLabel#cardValue {{ font-size: 13pt; font-weight: bold; color: #1e3a5f; }}
QLabel#cardNote {{ color: #555; }}
QLabel#warn {{ color: {WARNING}; font-weight: bold; font-size: 13pt; }}
QLabel#danger {{ color: {DANGER}; font-weight: bold; font-size: 13pt; }}
QGroupBox {{ font-weight: bold; color: #1e3a5f; border: 1px solid #d5dbe3; border-radius: 6px; margin-top: 12px; padding: 10px 8px 8px 8px; background: white; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] {{ border: 1px solid {DANGER}; background: #fff6f5; }}
QTableView {{ gridline-color: #e3e7ed; selection-background-color: #cfe0f5; selection-color: black; }}
QHeaderView::section {{ background: #eef2f7; padding: 4px 6px; border: none; border-right: 1px solid #d5dbe3; border-bottom: 1px solid #d5dbe3; font-weight: bold; }}
QPlainTextEdit#readonlyText {{ background: #fbfcfd; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1b1b1b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1b1b1b"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#eef1f5"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1b1b1b"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe1"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#1b1b1b"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a8f98"))
    # The roles above were set for every state: what is disabled (a refused workflow step, a
    # button with nothing selected) must look it.
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(disabled, role, QColor("#9aa0a8"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
