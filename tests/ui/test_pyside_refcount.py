"""Guard against the Qt binding losing references to None (PySide6 6.12.0 on CPython 3.11): the app
makes such calls thousands of times an hour and the interpreter would abort."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_void_calls_and_none_results_keep_none_alive(qtbot):
    label = QLabel("x")
    combo = QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    combo.addItem("a", None)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Thư ký ISO")
        label.hide()
        combo.currentData()
    gc.collect()
    assert sys.getrefcount(None) >= before - 100
