"""Qt's own strings in Vietnamese: standard buttons, the editors' context menus and Qt's file dialog.

Qt ships no qtbase_vi; resources/translations/qtbase_vi.ts (compiled to the committed qtbase_vi.qm)
supplies it and ``_install_translators`` loads it (the session fixture applies make_application()).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QToolButton,
    QTreeView,
)

from app.paths import resource

TS = resource("translations", "qtbase_vi.ts")
QM = resource("translations", "qtbase_vi.qm")

# Standard button -> (Qt's English text without "&", our Vietnamese without "&").
BUTTONS = {
    "Ok": ("OK", "Đồng ý"),
    "Cancel": ("Cancel", "Hủy"),
    "Yes": ("Yes", "Có"),
    "No": ("No", "Không"),
    "Close": ("Close", "Đóng"),
    "Save": ("Save", "Lưu"),
    "Open": ("Open", "Mở"),
    "Apply": ("Apply", "Áp dụng"),
    "Discard": ("Discard", "Không lưu"),
    "Reset": ("Reset", "Đặt lại"),
    "Help": ("Help", "Trợ giúp"),
    "YesToAll": ("Yes to All", "Có với tất cả"),
    "NoToAll": ("No to All", "Không với tất cả"),
    "Abort": ("Abort", "Hủy bỏ"),
    "Retry": ("Retry", "Thử lại"),
    "Ignore": ("Ignore", "Bỏ qua"),
    "RestoreDefaults": ("Restore Defaults", "Khôi phục mặc định"),
    "SaveAll": ("Save All", "Lưu tất cả"),
}

EDIT_MENU = ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"]
ENGLISH_EDIT_MENU = {"Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Copy Link Location"}


def plain(text: str) -> str:
    """A button or menu text as the user reads it: no mnemonic "&", no "\\tCtrl+C" shortcut."""
    return text.split("\t")[0].replace("&", "")


def menu_texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [plain(action.text()) for action in menu.actions() if not action.isSeparator()]
    menu.deleteLater()
    return texts


def test_message_box_standard_buttons_read_vietnamese():
    box = QMessageBox()
    for name in BUTTONS:
        box.addButton(getattr(QMessageBox.StandardButton, name))
    shown = {name: plain(box.button(getattr(QMessageBox.StandardButton, name)).text()) for name in BUTTONS}
    assert shown == {name: vietnamese for name, (_english, vietnamese) in BUTTONS.items()}
    english = {english for english, _vietnamese in BUTTONS.values()}
    assert not english & set(shown.values())
    box.deleteLater()


def test_message_box_details_button_reads_vietnamese():
    box = QMessageBox(QMessageBox.Icon.Warning, "Tiêu đề", "Nội dung")
    box.setDetailedText("Chi tiết lỗi")
    texts = [plain(button.text()) for button in box.buttons()]
    assert "Hiện chi tiết…" in texts
    assert not [t for t in texts if "Details" in t]
    assert QCoreApplication.translate("QMessageBox", "Hide Details...") == "Ẩn chi tiết…"
    box.deleteLater()


def test_dialog_button_box_standard_buttons_read_vietnamese():
    buttons = QDialogButtonBox()
    for name in BUTTONS:
        buttons.addButton(getattr(QDialogButtonBox.StandardButton, name))
    shown = {
        name: plain(buttons.button(getattr(QDialogButtonBox.StandardButton, name)).text()) for name in BUTTONS
    }
    assert shown == {name: vietnamese for name, (_english, vietnamese) in BUTTONS.items()}
    buttons.deleteLater()


def test_line_edit_context_menu_reads_vietnamese():
    edit = QLineEdit()
    edit.setText("abc")
    texts = menu_texts(edit.createStandardContextMenu())
    assert texts == EDIT_MENU
    assert not ENGLISH_EDIT_MENU & set(texts)
    edit.deleteLater()


def test_text_edit_context_menus_read_vietnamese():
    plain_edit = QPlainTextEdit("abc")
    texts = menu_texts(plain_edit.createStandardContextMenu())
    assert texts == EDIT_MENU
    plain_edit.deleteLater()

    browser = QTextBrowser()
    browser.resize(300, 200)
    browser.setHtml('<a href="https://example.org">liên kết</a> và chữ')
    cursor = QTextCursor(browser.document())
    cursor.setPosition(2)
    on_link = browser.cursorRect(cursor).center()
    texts = menu_texts(browser.createStandardContextMenu(on_link))
    assert texts == ["Sao chép", "Sao chép địa chỉ liên kết", "Chọn tất cả"]
    assert not ENGLISH_EDIT_MENU & set(texts)
    browser.deleteLater()


def test_qt_file_dialog_reads_vietnamese():
    """Qt's own file dialog (used where the platform has no native one, and offscreen)."""
    dialog = QFileDialog(None, "Chọn tệp")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = {
        name: plain(dialog.findChild(QLabel, name).text())
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    }
    assert labels == {"lookInLabel": "Tìm trong:", "fileNameLabel": "Tên tệp:", "fileTypeLabel": "Kiểu tệp:"}
    tips = {
        name: dialog.findChild(QToolButton, name).toolTip()
        for name in (
            "backButton",
            "forwardButton",
            "toParentButton",
            "newFolderButton",
            "listModeButton",
            "detailModeButton",
        )
    }
    assert tips == {
        "backButton": "Quay lại",
        "forwardButton": "Tiến tới",
        "toParentButton": "Thư mục cha",
        "newFolderButton": "Tạo thư mục mới",
        "listModeButton": "Dạng danh sách",
        "detailModeButton": "Dạng chi tiết",
    }
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert [plain(b.text()) for b in buttons.buttons()] == ["Mở", "Hủy"]
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert [plain(b.text()) for b in buttons.buttons()] == ["Lưu", "Hủy"]
    model = dialog.findChild(QTreeView, "treeView").model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Tên", "Kích thước", "Kiểu", "Ngày sửa đổi"]
    dialog.deleteLater()


def _catalogue() -> list[tuple[str, str, str | None, str]]:
    messages = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    message.findtext("translation") or "",
                )
            )
    return messages


def test_every_message_of_the_catalogue_is_in_effect():
    """Each entry of qtbase_vi.ts is what Qt gets back for its (context, source, comment): no typo in a
    source text or context goes unnoticed, and no entry is left untranslated."""
    messages = _catalogue()
    assert len(messages) > 100
    wrong = [
        (context, source, QCoreApplication.translate(context, source, comment))
        for context, source, comment, translation in messages
        if not translation or QCoreApplication.translate(context, source, comment) != translation
    ]
    assert wrong == []


def test_catalogue_is_loaded_for_vietnamese_only():
    """The file is found by locale as ``_install_translators`` looks for it; other locales keep Qt's."""
    folder = str(resource("translations"))
    assert QTranslator().load(
        QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam), "qtbase", "_", folder
    )
    assert not QTranslator().load(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "qtbase", "_", folder
    )


def _lrelease() -> str | None:
    exe = ".exe" if os.name == "nt" else ""
    beside_python = Path(sys.executable).parent / f"pyside6-lrelease{exe}"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def test_committed_qm_is_compiled_from_the_ts(tmp_path: Path):
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed: cannot recompile qtbase_vi.ts to compare")
    out = tmp_path / "qtbase_vi.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), (
        "resources/translations/qtbase_vi.qm is stale: run "
        "pyside6-lrelease resources/translations/qtbase_vi.ts -qm resources/translations/qtbase_vi.qm"
    )
