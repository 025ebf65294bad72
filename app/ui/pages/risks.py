"""Rủi ro và cơ hội (§6.1): the list of risks and opportunities (filtered by kind, status and "cần xem
xét lại"), the selected one's information, treatment actions and evaluations, and the 5×5 heat map
of the open risks at their residual score; a click on a cell lists that cell's risks."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.models import CaSource, RiskKind, RiskStatus
from app.services import vocabulary
from app.services.deadlines import DueState
from app.services.errors import DomainError
from app.services.risks import (
    RiskActionRow,
    RiskDetail,
    RiskEvaluationRow,
    RiskFilter,
    RiskRow,
    RiskSettings,
    risk_band,
    risk_score,
)
from app.ui import errors as ui_errors
from app.ui.dialogs.risk_dialogs import (
    BAND_COLORS,
    BAND_TEXT_COLORS,
    CloseRiskDialog,
    RiskActionDialog,
    RiskDialog,
    RiskEvaluationDialog,
    RiskSettingsDialog,
    band_label,
    kind_label,
    score_text,
)
from app.ui.formatting import fmt_date
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import add_choice, choice
from app.ui.widgets.history import add_history_tab
from app.ui.widgets.tables import MUTED_COLOR, Column, ListPanel

LATE_COLOR = "#b3261e"
SOON_COLOR = "#9a6700"
OK_COLOR = "#1e7b34"
translate = QCoreApplication.translate


def _status_label(status: RiskStatus) -> str:
    return translate("Labels", vocabulary.risk_status_label(status))


class HeatMap(QWidget):
    """5×5 cells: likelihood in rows (5 at the top), impact in columns (1 on the left); each cell
    coloured by the band of its score and showing how many open risks sit there. ``cell_clicked``
    carries (likelihood, impact)."""

    cell_clicked = Signal(int, int)

    CELL = 46

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(3)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[tuple[int, int], QToolButton] = {}
        self.selected: tuple[int, int] | None = None
        self._counts: tuple[tuple[int, ...], ...] = tuple((0,) * 5 for _ in range(5))
        self._settings = RiskSettings()
        axis = QLabel(self.tr("Khả năng xảy ra"), self)
        axis.setObjectName("heatAxis")
        grid.addWidget(axis, 0, 0, 1, 6)
        for row, likelihood in enumerate(range(5, 0, -1), start=1):
            label = QLabel(str(likelihood), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(18)
            grid.addWidget(label, row, 0)
            for impact in range(1, 6):
                button = QToolButton(self)
                button.setObjectName(f"heat_{likelihood}_{impact}")
                button.setFixedSize(self.CELL, self.CELL - 8)
                button.clicked.connect(
                    lambda _c=False, li=likelihood, im=impact: self.cell_clicked.emit(li, im)
                )
                grid.addWidget(button, row, impact)
                self.buttons[(likelihood, impact)] = button
        for impact in range(1, 6):
            label = QLabel(str(impact), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 6, impact)
        bottom = QLabel(self.tr("Mức độ ảnh hưởng"), self)
        bottom.setObjectName("heatAxis")
        bottom.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(bottom, 7, 1, 1, 5)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._paint()

    def set_counts(self, counts: tuple[tuple[int, ...], ...], settings: RiskSettings) -> None:
        self._counts = counts
        self._settings = settings
        self._paint()

    def select(self, cell: tuple[int, int] | None) -> None:
        self.selected = cell
        self._paint()

    def count(self, likelihood: int, impact: int) -> int:
        return self._counts[likelihood - 1][impact - 1]

    def _paint(self) -> None:
        s = self._settings
        for (likelihood, impact), button in self.buttons.items():
            score = risk_score(likelihood, impact)
            band = risk_band(score, s.medium_from, s.high_from)
            n = self.count(likelihood, impact)
            button.setText(str(n) if n else "")
            border = "3px solid #1f1f1f" if self.selected == (likelihood, impact) else "1px solid #9e9e9e"
            weight = "bold" if n else "normal"
            button.setStyleSheet(
                f"QToolButton {{ background: {BAND_COLORS[band]}; border: {border}; border-radius: 3px;"
                f" font-size: 15px; font-weight: {weight}; color: #1f1f1f; }}"
                "QToolButton:hover { border: 2px solid #444; }"
            )
            button.setToolTip(
                self.tr("Khả năng {0} × ảnh hưởng {1} = {2} điểm, mức {3}: {4} rủi ro").format(
                    likelihood, impact, score, band_label(band).lower(), n
                )
            )


def _due_text(page: QWidget, state: DueState) -> str:
    tr = page.tr
    return {
        DueState.DONE: tr("Đã xong"),
        DueState.DONE_LATE: tr("Xong muộn"),
        DueState.DUE_SOON: tr("Sắp đến hạn"),
        DueState.LATE: tr("Quá hạn"),
        DueState.UPCOMING: tr("Chưa đến hạn"),
        DueState.NOT_APPLICABLE: "",
    }[state]


def _due_color(state: DueState) -> str | None:
    return {DueState.LATE: LATE_COLOR, DueState.DUE_SOON: SOON_COLOR}.get(state)


class RisksPage(Page):
    key = "risks"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Rủi ro và cơ hội"),
            self.tr(
                "Nhận diện, đánh giá rủi ro và cơ hội (điểm = khả năng xảy ra × mức độ ảnh hưởng), biện pháp xử lý "
                "và đánh giá hiệu lực; bản đồ nhiệt các rủi ro đang theo dõi theo điểm còn lại."
            ),
            parent,
            tasks=tasks,
        )
        self._detail: RiskDetail | None = None
        self._cell: tuple[int, int] | None = None
        self._settings = RiskSettings()
        self.body.addLayout(self._filter_row())
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.setObjectName("risksOuter")
        left = QSplitter(Qt.Orientation.Vertical, outer)
        left.setObjectName("risksSplitter")
        self.list = ListPanel(
            "",
            [
                Column(self.tr("Loại"), lambda r: kind_label(r.kind), width=60),
                Column(self.tr("Rủi ro, cơ hội"), lambda r: r.title, width=230),
                Column(
                    self.tr("Điểm"), lambda r: r.score, sort=lambda r: r.score, width=60, align_right=True
                ),
                Column(
                    self.tr("Còn lại"),
                    lambda r: r.residual_score,
                    sort=lambda r: r.residual_score,
                    width=70,
                    align_right=True,
                ),
                Column(
                    self.tr("Mức"),
                    lambda r: band_label(r.residual_band),
                    sort=lambda r: r.residual_score,
                    width=90,
                ),
                Column(
                    self.tr("Xem xét lại"),
                    lambda r: fmt_date(r.review_on),
                    sort=lambda r: r.review_on,
                    width=96,
                ),
                Column(self.tr("Trạng thái"), self._status_text),
            ],
            left,
            add_text=self.tr("Thêm…"),
            state_key="risks",
        )
        self.list.title.hide()
        self.list.model.muted = lambda r: r.status is RiskStatus.CLOSED
        self.list.model.color = lambda r: _due_color(r.review_state)
        self.list.set_legend(
            [
                (LATE_COLOR, self.tr("quá ngày xem xét lại")),
                (SOON_COLOR, self.tr("sắp đến ngày xem xét lại")),
                (MUTED_COLOR, self.tr("đã đóng")),
            ]
        )
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.list.delete_requested.connect(self.delete)
        self.list.selection_changed.connect(self._selected)
        self.close_button = self.list.insert_button(self.tr("Đóng…"), clicked=self.close_or_reopen)
        self.ca_button = self.list.insert_button(self.tr("Lập phiếu HĐKP…"), clicked=self.corrective_action)
        left.addWidget(self.list)
        left.addWidget(self._build_detail(left))
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 4)
        left.setSizes([290, 300])
        outer.addWidget(left)
        outer.addWidget(self._build_map(outer))
        outer.setStretchFactor(0, 1)
        outer.setStretchFactor(1, 0)
        outer.setSizes([820, 280])
        self.body.addWidget(outer, 1)

    # ---- building ------------------------------------------------------------------------------
    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Loại:"), self))
        self.kind_combo = QComboBox(self)
        add_choice(self.kind_combo, self.tr("Tất cả"), None)
        for kind in RiskKind:
            add_choice(self.kind_combo, kind_label(kind), kind.value)
        row.addWidget(self.kind_combo)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Trạng thái:"), self))
        self.status_combo = QComboBox(self)
        add_choice(self.status_combo, self.tr("Tất cả"), None)
        for status in RiskStatus:
            add_choice(self.status_combo, _status_label(status), status.value)
        row.addWidget(self.status_combo)
        row.addSpacing(8)
        self.review_check = QCheckBox(self.tr("Cần xem xét lại"), self)
        self.review_check.setToolTip(
            self.tr("Chỉ hiện rủi ro, cơ hội đang theo dõi đã đến hoặc sắp đến ngày xem xét lại")
        )
        row.addWidget(self.review_check)
        row.addStretch(1)
        self.settings_button = QPushButton(self.tr("Ngưỡng mức rủi ro…"), self)
        self.settings_button.setToolTip(self.tr("Đặt điểm bắt đầu mức trung bình và mức cao"))
        self.settings_button.clicked.connect(self.edit_settings)
        row.addWidget(self.settings_button)
        for combo in (self.kind_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.review_check.toggled.connect(lambda _c: self.reload())
        return row

    def _build_detail(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        self.tabs = QTabWidget(box)
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.info_text = QLabel(scroll)
        self.info_text.setObjectName("detailText")
        self.info_text.setWordWrap(True)
        self.info_text.setTextFormat(Qt.TextFormat.RichText)
        self.info_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.info_text.setContentsMargins(6, 6, 6, 6)
        scroll.setWidget(self.info_text)
        self.tabs.addTab(scroll, self.tr("Thông tin"))
        self.actions = ListPanel(
            "",
            [
                Column(self.tr("Biện pháp xử lý"), lambda a: a.description.replace("\n", " "), width=280),
                Column(self.tr("Người thực hiện"), lambda a: a.owner, width=130),
                Column(self.tr("Thời hạn"), lambda a: fmt_date(a.due_on), sort=lambda a: a.due_on, width=90),
                Column(
                    self.tr("Hoàn thành"),
                    lambda a: fmt_date(a.completed_on),
                    sort=lambda a: a.completed_on,
                    width=95,
                ),
                Column(self.tr("Tình trạng"), lambda a: _due_text(self, a.state)),
            ],
            self.tabs,
            searchable=False,
            add_text=self.tr("Thêm biện pháp…"),
            state_key="risk_actions",
        )
        self.actions.title.hide()
        self.actions.export_title = lambda: self.tr("Biện pháp xử lý")
        self.actions.model.color = lambda a: _due_color(a.state)
        self.actions.add_requested.connect(lambda: self.edit_action(None))
        self.actions.edit_requested.connect(self.edit_action)
        self.actions.delete_requested.connect(self.delete_action)
        self.tabs.addTab(self.actions, self.tr("Biện pháp xử lý"))
        self.evaluations = ListPanel(
            "",
            [
                Column(self.tr("Ngày"), lambda e: fmt_date(e.on), sort=lambda e: e.on, width=90),
                Column(
                    self.tr("Hiệu lực"),
                    lambda e: self.tr("Có") if e.effective else self.tr("Không"),
                    width=75,
                ),
                Column(
                    self.tr("Còn lại (K × A)"),
                    lambda e: score_text(e.residual_likelihood, e.residual_impact),
                    sort=lambda e: e.residual_score,
                    width=120,
                ),
                Column(self.tr("Mức"), lambda e: band_label(e.residual_band), width=84),
                Column(self.tr("Nhận xét"), lambda e: e.comment.replace("\n", " ")),
            ],
            self.tabs,
            searchable=False,
            add_text=self.tr("Đánh giá hiệu lực…"),
            state_key="risk_evaluations",
        )
        self.evaluations.title.hide()
        self.evaluations.export_title = lambda: self.tr("Đánh giá hiệu lực")
        self.evaluations.add_requested.connect(lambda: self.edit_evaluation(None))
        self.evaluations.edit_requested.connect(self.edit_evaluation)
        self.evaluations.delete_requested.connect(self.delete_evaluation)
        self.tabs.addTab(self.evaluations, self.tr("Đánh giá hiệu lực"))
        self.history = add_history_tab(self.tabs, self.services, "risk", follow=self.list)
        layout.addWidget(self.tabs, 1)
        return box

    def _build_map(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        box.setMinimumWidth(270)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 0, 0, 0)
        title = QLabel(self.tr("Bản đồ nhiệt rủi ro"), box)
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        self.map_note = QLabel(box)
        self.map_note.setWordWrap(True)
        self.map_note.setObjectName("fieldHelp")
        layout.addWidget(self.map_note)
        self.heat_map = HeatMap(box)
        self.heat_map.cell_clicked.connect(self.show_cell)
        layout.addWidget(self.heat_map, 0, Qt.AlignmentFlag.AlignHCenter)
        self.legend = QLabel(box)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        cell_row = QHBoxLayout()
        self.cell_label = QLabel(box)
        self.cell_label.setWordWrap(True)
        cell_row.addWidget(self.cell_label, 1)
        self.clear_cell_button = QPushButton(self.tr("Bỏ lọc"), box)
        self.clear_cell_button.setToolTip(self.tr("Hiện lại mọi rủi ro, cơ hội"))
        self.clear_cell_button.clicked.connect(lambda: self.show_cell(None, None))
        cell_row.addWidget(self.clear_cell_button)
        layout.addLayout(cell_row)
        self.review_label = QLabel(box)
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.review_label)
        layout.addStretch(1)
        return box

    # ---- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def _filter(self) -> RiskFilter:
        kind, status = choice(self.kind_combo), choice(self.status_combo)
        return RiskFilter(
            kind=RiskKind(kind) if kind else None,
            status=RiskStatus(status) if status else None,
            review_wanted=self.review_check.isChecked(),
        )

    def reload(self) -> None:
        service = self.services.risks
        today = self.today()
        self._settings = service.settings()
        if self._cell is not None:
            rows: Sequence[RiskRow] = service.risks_in_cell(*self._cell, on=today)
        else:
            rows = service.risks(self._filter(), today)
        self.list.set_rows(rows)
        risks = sum(1 for r in rows if r.kind is RiskKind.RISK)
        self.list.count_label.setText(self.tr("{0} rủi ro, {1} cơ hội").format(risks, len(rows) - risks))
        if self.list.current() is None and rows:
            self.list.select_view_row(0)
        self._reload_map()
        self._show(self.list.current())

    def _reload_map(self) -> None:
        service = self.services.risks
        s = self._settings
        counts = service.heat_map(self.today())
        self.heat_map.set_counts(counts, s)
        self.heat_map.select(self._cell)
        total = sum(map(sum, counts))
        self.map_note.setText(
            self.tr(
                "{0} rủi ro đang theo dõi, theo điểm còn lại (lần đánh giá gần nhất). Bấm một ô để xem các rủi ro ở ô đó."
            ).format(total)
        )
        parts = [
            f'<span style="background:{BAND_COLORS[b]}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{html.escape(text)}'
            for b, text in (
                ("thap", self.tr("thấp (dưới {0})").format(s.medium_from)),
                ("trung_binh", self.tr("trung bình ({0}–{1})").format(s.medium_from, s.high_from - 1)),
                ("cao", self.tr("cao (từ {0})").format(s.high_from)),
            )
        ]
        self.legend.setText("<br>".join(parts))
        if self._cell is None:
            self.cell_label.clear()
            self.clear_cell_button.hide()
        else:
            likelihood, impact = self._cell
            self.cell_label.setText(
                self.tr("Danh sách đang lọc theo ô khả năng {0} × ảnh hưởng {1}.").format(likelihood, impact)
            )
            self.clear_cell_button.show()
        year = self.today().year
        done = service.reviewed_in_year(year)
        soon, late = service.review_counts(self.today())
        color = OK_COLOR if done else LATE_COLOR
        lines = [
            f'<span style="color:{color}">'
            + html.escape(
                self.tr("Đã đánh giá lại các rủi ro trong quý\u00a0I/{0}.").format(year)
                if done
                else self.tr("Chưa đánh giá lại đủ các rủi ro trong quý\u00a0I/{0}.").format(year)
            )
            + "</span>"
        ]
        if late or soon:
            lines.append(
                html.escape(self.tr("Cần xem xét lại: {0} quá ngày, {1} sắp đến ngày.").format(late, soon))
            )
        self.review_label.setText("<br>".join(lines))

    def _status_text(self, row: RiskRow) -> str:
        label = _status_label(row.status)
        if row.status is RiskStatus.CLOSED:
            return f"{label} {fmt_date(row.closed_on)}"
        return label

    def reload_detail(self) -> None:
        current = self.list.current()
        self.reload()
        if current is not None:
            self.select(current.id)

    def _selected(self, row: RiskRow | None) -> None:
        if row is None or self._detail is None or self._detail.id != row.id:
            self._show(row)

    def _show(self, row: RiskRow | None) -> None:
        has = row is not None
        self.actions.setEnabled(has)
        self.evaluations.setEnabled(has)
        if row is None:
            self._detail = None
            self.detail_title.setText(
                self.tr("Chưa có rủi ro, cơ hội nào. Bấm “Thêm…” để nhận diện.")
                if not self.list.model.rows
                else self.tr("Chọn một rủi ro, cơ hội để xem chi tiết.")
            )
            self.info_text.clear()
            self.actions.set_rows([])
            self.evaluations.set_rows([])
            self._update_buttons()
            return
        detail = self.services.risks.get(row.id, self.today())
        self._detail = detail
        self.detail_title.setText(f"{kind_label(detail.row.kind)}: {detail.row.title}")
        self._requests = self.services.risks.requests_of(detail.id)
        self.info_text.setText(self._info_html(detail))
        self.actions.set_rows(list(detail.actions))
        self.evaluations.set_rows(list(detail.evaluations))
        self.tabs.setTabText(1, self.tr("Biện pháp xử lý ({0})").format(len(detail.actions)))
        self.tabs.setTabText(2, self.tr("Đánh giá hiệu lực ({0})").format(len(detail.evaluations)))
        closed = detail.row.status is RiskStatus.CLOSED
        for panel in (self.actions, self.evaluations):
            panel.add_button.setEnabled(not closed)
            panel.edit_button.setEnabled(not closed and panel.current() is not None)
            panel.delete_button.setEnabled(not closed and panel.current() is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self._detail
        close = self.close_button
        assert isinstance(close, QPushButton)
        ca = self.ca_button
        assert isinstance(ca, QPushButton)
        close.setEnabled(detail is not None)
        if detail is not None and detail.row.status is RiskStatus.CLOSED:
            close.setText(self.tr("Mở lại"))
            close.setToolTip(self.tr("Theo dõi lại rủi ro, cơ hội này"))
        else:
            close.setText(self.tr("Đóng…"))
            close.setToolTip(self.tr("Ghi ngày đóng: rủi ro, cơ hội không còn cần theo dõi"))
        requests = getattr(self, "_requests", []) if detail is not None else []
        if requests:
            ca.setText(self.tr("Mở phiếu HĐKP {0}").format(requests[-1][1]))
            ca.setToolTip(self.tr("Mở phiếu yêu cầu hành động khắc phục ở trang Hành động khắc phục"))
            ca.setEnabled(True)
        else:
            ca.setText(self.tr("Lập phiếu HĐKP…"))
            ca.setToolTip(self.tr("Lập phiếu yêu cầu hành động khắc phục có nguồn là rủi ro này"))
            ca.setEnabled(detail is not None and detail.row.kind is RiskKind.RISK)

    def _info_html(self, d: RiskDetail) -> str:
        r = d.row

        def line(label: str, value: str, color: str | None = None) -> str:
            if not value.strip():
                value = f'<span style="color:{MUTED_COLOR}">{html.escape(self.tr("(chưa ghi)"))}</span>'
            else:
                value = html.escape(value).replace("\n", "<br>")
                if color:
                    value = f'<span style="color:{color}"><b>{value}</b></span>'
            return (
                "<tr><td style='padding:2px 12px 2px 0; color:#555; white-space:nowrap'>"
                f"{html.escape(label)}</td><td>{value}</td></tr>"
            )

        opportunity = r.kind is RiskKind.OPPORTUNITY

        def scored(likelihood: int, impact: int, band: str | None) -> tuple[str, str | None]:
            text = score_text(likelihood, impact)
            if band is not None:
                text += f" — {band_label(band).lower()}"
            return text, BAND_TEXT_COLORS.get(band or "")

        first, first_color = scored(r.likelihood, r.impact, r.band)
        rest, rest_color = scored(r.residual_likelihood, r.residual_impact, r.residual_band)
        if r.last_evaluated_on is not None:
            rest += " " + self.tr("(đánh giá ngày {0})").format(fmt_date(r.last_evaluated_on))
        else:
            rest += " " + self.tr("(chưa đánh giá hiệu lực)")
        review = fmt_date(r.review_on)
        if review and r.review_state in (DueState.LATE, DueState.DUE_SOON):
            review += f" — {_due_text(self, r.review_state).lower()}"
        status = _status_label(r.status)
        if r.closed_on is not None:
            status += " " + self.tr("ngày {0}").format(fmt_date(r.closed_on))
        rows = [
            line(self.tr("Quá trình, lĩnh vực"), r.process),
            line(self.tr("Bộ phận"), r.department_name),
            line(self.tr("Nguyên nhân"), d.cause),
            line(self.tr("Hậu quả, tác động"), d.consequence),
            line(self.tr("Người chịu trách nhiệm"), r.owner),
            line(self.tr("Ngày nhận diện"), fmt_date(r.identified_on)),
            line(
                self.tr("Điểm ban đầu (lợi ích × khả thi)")
                if opportunity
                else self.tr("Điểm ban đầu (K × A)"),
                first,
                first_color,
            ),
            line(self.tr("Điểm còn lại"), rest, rest_color),
            line(self.tr("Ngày xem xét lại"), review, _due_color(r.review_state)),
            line(self.tr("Trạng thái"), status),
        ]
        requests = getattr(self, "_requests", [])
        if requests:
            rows.append(line(self.tr("Phiếu HĐKP"), ", ".join(n for _i, n in requests)))
        if d.description.strip():
            rows.insert(2, line(self.tr("Mô tả"), d.description))
        if d.note.strip():
            rows.append(line(self.tr("Ghi chú"), d.note))
        return "<table>" + "".join(rows) + "</table>"

    # ---- actions -------------------------------------------------------------------------------
    def select(self, risk_id: int) -> bool:
        found = self.list.select_where(lambda r: r.id == risk_id)
        if found:
            self._show(self.list.current())
        return found

    def _reselect(self, risk_id: int) -> None:
        self.reload()
        if not self.select(risk_id) and self._cell is not None:
            self._cell = None
            self.reload()
            self.select(risk_id)

    def edit(self, row: RiskRow | None) -> None:
        detail = self.services.risks.get(row.id) if row is not None else None
        kind = RiskKind(choice(self.kind_combo)) if choice(self.kind_combo) else RiskKind.RISK
        dialog = RiskDialog(self.services, detail, self, kind=kind)
        if dialog.exec():
            saved = dialog.result_value
            if isinstance(saved, int):
                self._reselect(saved)

    def delete(self, row: RiskRow) -> None:
        self.delete_record(
            self.tr("“{0}” cùng các biện pháp xử lý và đánh giá hiệu lực").format(row.title),
            lambda: self.services.risks.delete(row.id),
        )

    def close_or_reopen(self) -> None:
        detail = self._detail
        if detail is None:
            return
        if detail.row.status is RiskStatus.CLOSED:
            try:
                self.services.risks.reopen(detail.id)
            except DomainError as error:
                ui_errors.show_domain_error(self, error)
            self._reselect(detail.id)
            return
        if CloseRiskDialog(self.services, detail, self).exec():
            self._reselect(detail.id)

    def corrective_action(self) -> None:
        detail = self._detail
        if detail is None:
            return
        requests = self.services.risks.requests_of(detail.id)
        if requests:
            self.open_record("corrective_action", requests[-1][0])
            return
        if not ui_errors.confirm(
            self,
            self.tr("Lập phiếu yêu cầu hành động khắc phục"),
            self.tr("Lập phiếu yêu cầu hành động khắc phục có nguồn là rủi ro “{0}”?").format(
                detail.row.title
            ),
            self.tr("Lập phiếu"),
        ):
            return
        try:
            ca_id = raise_request(self.services, detail)
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
            return
        self._reselect(detail.id)
        self.open_record("corrective_action", ca_id)

    def edit_settings(self) -> None:
        if RiskSettingsDialog(self.services, self).exec():
            current = self.list.current()
            self.reload()
            if current is not None:
                self.select(current.id)

    def show_cell(self, likelihood: int | None, impact: int | None) -> None:
        """List the risks of a heat-map cell (None: every risk again, with the filters)."""
        self._cell = (likelihood, impact) if likelihood is not None and impact is not None else None
        self.reload()

    def edit_action(self, row: RiskActionRow | None) -> None:
        if self._detail is None:
            return
        if RiskActionDialog(self.services, self._detail.id, row, self).exec():
            self._reselect(self._detail.id)
            self.tabs.setCurrentIndex(1)

    def delete_action(self, row: RiskActionRow) -> None:
        detail = self._detail
        if detail is None:
            return
        if self.delete_record(
            self.tr("biện pháp “{0}”").format(row.description[:80]),
            lambda: self.services.risks.delete_action(row.id),
        ):
            self._reselect(detail.id)
            self.tabs.setCurrentIndex(1)

    def edit_evaluation(self, row: RiskEvaluationRow | None) -> None:
        if self._detail is None:
            return
        if RiskEvaluationDialog(self.services, self._detail, row, self).exec():
            self._reselect(self._detail.id)
            self.tabs.setCurrentIndex(2)

    def delete_evaluation(self, row: RiskEvaluationRow) -> None:
        detail = self._detail
        if detail is None:
            return
        if self.delete_record(
            self.tr("lần đánh giá hiệu lực ngày {0}").format(fmt_date(row.on)),
            lambda: self.services.risks.delete_evaluation(row.id),
        ):
            self._reselect(detail.id)
            self.tabs.setCurrentIndex(2)

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "risk":
            return False
        self._cell = None
        for combo in (self.kind_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.review_check.blockSignals(True)
        self.review_check.setChecked(False)
        self.review_check.blockSignals(False)
        self.reload()
        return self.select(record_id)

    def screenshots(self, shoot: Shoot) -> None:
        busiest = max(
            ((li, im) for li in range(1, 6) for im in range(1, 6)),
            key=lambda c: self.heat_map.count(*c),
        )
        if self.heat_map.count(*busiest):
            self.show_cell(*busiest)
            shoot("o ban do nhiet")
            self.show_cell(None, None)
        dialog = RiskDialog(self.services, self._detail, self)
        dialog.show()
        shoot("hop thoai rui ro", dialog)
        dialog.close()
        if self._detail is not None:
            evaluation = RiskEvaluationDialog(self.services, self._detail, None, self)
            evaluation.show()
            shoot("hop thoai danh gia hieu luc", evaluation)
            evaluation.close()
        settings = RiskSettingsDialog(self.services, self)
        settings.show()
        shoot("hop thoai nguong muc rui ro", settings)
        settings.close()


def raise_request(services: Services, detail: RiskDetail) -> int:
    """A new corrective-action request whose source is the risk (source RISK, record type "risk")."""
    from app.services.corrective_actions import CaFields

    r = detail.row
    description = r.title
    if detail.cause.strip():
        description += "\n" + translate("RisksPage", "Nguyên nhân: {0}").format(
            " ".join(detail.cause.split())
        )
    fields = CaFields(
        raised_on=services.clock.today(),
        source=CaSource.RISK,
        source_type="risk",
        source_id=r.id,
        department_id=detail.department_id,
        found_by=r.owner[:120],
        found_on=r.last_evaluated_on or r.identified_on,
        description=description,
    )
    return int(services.corrective_actions.create(fields))
