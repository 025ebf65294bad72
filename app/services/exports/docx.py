"""The Word renderer of the neutral document (``exports.model``): the same Decree 30 page, editable.

A leader often edits a plan or a decision before signing it, so the Word file is built to be edited:
real paragraph styles (Normal is Times New Roman at the document's body size; "Heading 1–3" carry
the section headings, so Word's navigation pane lists them), tables Word can extend (the header row
repeats on every page, rows never split), and the Decree 30 frame drawn with plain means a
secretary knows — borderless tables for the two-column header and for "Nơi nhận" beside the
signature, a paragraph's bottom border for each short rule.

Pages: A4 with the margins of ``nd30.PageStyle``; every ``PageBreak`` and every ``Annex`` starts a
Word section of its own orientation (a landscape section for a wide table). The page number is a
PAGE field centred in the header of every section; the first section has a different, empty
first-page header, so page 1 never shows a number, and the following sections go on numbering (they
never start on page 1).

python-docx is imported inside the functions: importing this module stays cheap.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.exports import model, nd30
from app.services.exports.nd30 import MM, PageStyle

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph as WordParagraph

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
A4_TWIPS = (11906, 16838)  # 210 × 297 mm
TABLE_SIZE = 12.0  # pt, table cells
RECIPIENTS_HEADING_SIZE = 12.0
RECIPIENT_SIZE = 11.0
FORM_ISSUER_SIZE = 11.0
FORM_CODE_BLANK = "…………"
SIGNATURE_BLANK_LINES = 5  # empty lines to sign and stamp in (≈ nd30.SIGNATURE_SPACE_MM)
RULE_THICKNESS = 6  # eighths of a point (0.75 pt)
CELL_MARGINS_PT = (2.0, 3.0, 3.0, 3.0)  # top, left, bottom, right of a bordered table's cells
NBSP = "\u00a0"

# Paragraph styles the renderer adds (name → what it prints); Heading 1–3 are Word's own.
BODY = "ND30 Body"  # justified, first line indented 1 cm
PLAIN = "ND30 Plain"  # justified, no indent
BASIS = "ND30 Basis"  # "Căn cứ …;": italic, indented
CENTERED = "ND30 Centered"  # bold, centred ("QUYẾT ĐỊNH:")
NOTE = "ND30 Note"  # italic, centred
CLOSING = "ND30 Closing"  # the last sentence "./.": as body, kept with the signature
BULLET = "ND30 Bullet"  # "- item", indented as body text
FRAME = "ND30 Frame"  # the lines of the header, title and signature: centred, no spacing
CELL = "ND30 Cell"  # table cells, 12 pt

_PARAGRAPH_STYLES = {
    "body": BODY,
    "plain": PLAIN,
    "basis": BASIS,
    "centered": CENTERED,
    "note": NOTE,
    "closing": CLOSING,
}
# Children of w:pPr that come after w:pBdr / w:rPr (the schema fixes their order).
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_RPR = ("w:sectPr", "w:pPrChange")


# ---- the document -------------------------------------------------------------------------------
def render(document: model.Document, out: Path) -> Path:
    """Write ``document`` as a Word file (.docx) to ``out`` (atomically) and return the path."""
    import docx

    word = docx.Document()
    writer = _Writer(word, document)
    writer.write()
    return nd30.write_atomically(Path(out), lambda target: word.save(str(target)))


class _Writer:
    """Fills one python-docx document with a neutral document, section by section."""

    def __init__(self, word: WordDocument, document: model.Document) -> None:
        self.word = word
        self.document = document
        self.size = float(document.body_size)
        self.pages = {
            "portrait": PageStyle.portrait(body_size=self.size),
            "landscape": PageStyle.landscape(body_size=self.size),
        }
        self.page = self.pages[document.orientation]
        self.styles: dict[str, Any] = {}
        # What goes over to the next page with the signature when the body ends with it: the
        # last paragraph (w:p elements) or a table's last row and the space after the table.
        self.body_end: list[Any] = []

    # -- the whole --
    def write(self) -> None:
        document = self.document
        self._set_up_styles()
        self._set_up_section(self.word.sections[0], self.page, first=True)
        self._properties()
        self.opening(document.frame)
        self.blocks(document.body)
        self.closing(document.frame)
        for annex in document.annexes:
            self.annex(annex)
        body = self.word.element.body
        last = _last_block(body)
        if last is not None and last.tag == _qn("w:tbl"):
            # Word shows a paragraph after a final table anyway; a tiny one never makes a page.
            self._spacer(self._body_paragraph(), 1)

    def _properties(self) -> None:
        import datetime as dt

        core = self.word.core_properties
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        core.title = nd30.nfc(self.document.title)
        core.author = nd30.nfc(self.document.author)
        core.last_modified_by = nd30.nfc(self.document.author)
        core.subject = nd30.nfc(self.document.frame.subject)
        core.comments = ""
        core.language = LANGUAGE
        core.created = now
        core.modified = now
        core.revision = 1
        # Word 2013 and later open the file as their own (no "Compatibility Mode" banner).
        for setting in self.word.settings.element.iter(_qn("w:compatSetting")):
            if setting.get(_qn("w:name")) == "compatibilityMode":
                setting.set(_qn("w:val"), "15")
        # The template's thumbnail (a page of python-docx's sample) would stand for this document.
        from docx.opc.constants import RELATIONSHIP_TYPE

        rels = self.word.part.package.rels
        for rid, rel in list(rels.items()):
            if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                del rels[rid]
                rels.related_parts.pop(rid, None)

    # -- sections --
    def new_section(self, orientation: model.Orientation) -> None:
        """The body goes on on a new page of ``orientation`` (a new Word section)."""
        from docx.enum.section import WD_SECTION

        section = self.word.add_section(WD_SECTION.NEW_PAGE)
        # The paragraph python-docx added to carry the previous section's end: as small as can be.
        ending = section._sectPr.getprevious()
        if ending is not None and ending.tag == _qn("w:p"):
            self._spacer(self._wrap(ending), 1)
        self.page = self.pages[orientation]
        self._set_up_section(section, self.page, first=False)

    def _set_up_section(self, section: Any, page: PageStyle, *, first: bool) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm, Twips

        width, height = A4_TWIPS
        if page.landscape_page:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Twips(height), Twips(width)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Twips(width), Twips(height)
        section.top_margin = Mm(page.margin_top)
        section.bottom_margin = Mm(page.margin_bottom)
        section.left_margin = Mm(page.margin_left)
        section.right_margin = Mm(page.margin_right)
        section.gutter = Mm(0)
        section.header_distance = Mm(page.margin_top / 2)
        section.footer_distance = Mm(page.margin_bottom / 2)
        # Page 1 has no number: only the first section has a (blank) first-page header. The others
        # show the number on their first page too, and go on numbering from the section before.
        section.different_first_page_header_footer = first
        header = section.header
        header.is_linked_to_previous = False
        if self.document.frame.variant != "form":  # a form's sheets carry no number
            self._page_number(header.paragraphs[0], page)
        if first:
            blank = section.first_page_header
            blank.is_linked_to_previous = False
            paragraph = blank.paragraphs[0]
            paragraph.paragraph_format.space_after = 0
        start = section._sectPr.find(_qn("w:pgNumType"))
        if start is not None:
            section._sectPr.remove(start)

    def _page_number(self, paragraph: WordParagraph, page: PageStyle) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt = paragraph.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        for kind, text in (("begin", ""), ("instr", " PAGE "), ("separate", ""), ("text", "2"), ("end", "")):
            run = paragraph.add_run()
            run.font.size = Pt(page.page_number_size)
            if kind == "instr":
                element = _make("w:instrText")
                element.set(_XML_SPACE, "preserve")
                element.text = text
                run._r.append(element)
            elif kind == "text":
                run.text = text
            else:
                run._r.append(_make("w:fldChar", fldCharType=kind))

    # -- styles --
    def _set_up_styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
        from docx.shared import Cm, Pt, RGBColor

        word = self.word
        size = self.size
        _set_defaults(word, size)
        styles = word.styles
        normal = styles["Normal"]
        _set_font(normal.element)
        normal.font.size = Pt(size)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after = Pt(0), Pt(6)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        fmt.widow_control = True

        for level in (1, 2, 3):
            style = styles[f"Heading {level}"]
            _set_font(style.element)
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = level >= 3
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.font.all_caps = False
            hf = style.paragraph_format
            hf.space_before, hf.space_after = Pt(6), Pt(6)
            hf.keep_with_next = True
            hf.keep_together = True
            hf.alignment = WD_ALIGN_PARAGRAPH.LEFT
            hf.line_spacing_rule = WD_LINE_SPACING.SINGLE
            self.styles[f"h{level}"] = style

        def add(
            name: str,
            *,
            align: Any = WD_ALIGN_PARAGRAPH.JUSTIFY,
            indent: bool = False,
            bold: bool = False,
            italic: bool = False,
            after: float = 6,
            keep: bool = False,
            font_size: float | None = None,
        ) -> Any:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.quick_style = True
            sf = style.paragraph_format
            sf.alignment = align
            sf.first_line_indent = Cm(1) if indent else Cm(0)
            sf.space_before, sf.space_after = Pt(0), Pt(after)
            sf.keep_with_next = keep
            style.font.bold = bold
            style.font.italic = italic
            if font_size is not None:
                style.font.size = Pt(font_size)
            self.styles[name] = style
            return style

        centre = WD_ALIGN_PARAGRAPH.CENTER
        add(BODY, indent=True)
        add(PLAIN)
        add(BASIS, indent=True, italic=True, after=3)
        add(CENTERED, align=centre, bold=True)
        add(NOTE, align=centre, italic=True)
        add(CLOSING, indent=True, keep=True)
        add(BULLET, indent=True)
        add(FRAME, align=centre, after=0)
        add(CELL, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, font_size=TABLE_SIZE)

    # -- paragraphs --
    def _body_paragraph(self) -> WordParagraph:
        return self.word.add_paragraph()

    def _wrap(self, p: Any) -> WordParagraph:
        from docx.text.paragraph import Paragraph

        return Paragraph(p, self.word)

    def _cell_paragraph(self, tc: Any) -> WordParagraph:
        return self._wrap(_sub(tc, "w:p"))

    def line(
        self,
        paragraph: WordParagraph,
        text: str,
        *,
        style: str = FRAME,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        align: str | None = None,
        before: float = 0,
        after: float | None = None,
        keep: bool = False,
    ) -> WordParagraph:
        """One line of text in the new, empty ``paragraph``, formatted directly (frame lines,
        cells). Written as XML: python-docx's style lookup costs more than the rest of a cell."""
        p = paragraph._p
        props = _make("w:pPr")
        p.insert(0, props)
        _sub(props, "w:pStyle", val=self.styles[style].style_id)
        if keep:
            _sub(props, "w:keepNext")
        if before or after is not None:
            spacing = _sub(props, "w:spacing")
            if before:
                spacing.set(_qn("w:before"), str(round(before * 20)))
            if after is not None:
                spacing.set(_qn("w:after"), str(round(after * 20)))
        if align is not None:
            _sub(props, "w:jc", val=_JUSTIFICATION[align])
        if text:
            _run(p, nd30.nfc(text), bold=bold, italic=italic, size=size)
        return paragraph

    def _spacer(self, paragraph: WordParagraph, height: float, *, keep: bool = False) -> WordParagraph:
        """An empty paragraph exactly ``height`` pt high (air between frame elements)."""
        from docx.shared import Pt

        paragraph._p.get_or_add_pPr().style = self.styles[FRAME].style_id
        fmt = paragraph.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(max(1.0, height))
        if keep:
            fmt.keep_with_next = True
        _mark_size(paragraph, min(height, 2.0))
        return paragraph

    def _rule(self, paragraph: WordParagraph, length: float, width: float, *, keep: bool = True) -> None:
        """A centred horizontal rule ``length`` pt long in a column ``width`` pt wide: the bottom
        border of an empty paragraph, its indents making it as long as the rule."""
        from docx.shared import Pt

        side = max(0.0, (width - length) / 2)
        self._spacer(paragraph, 3, keep=keep)
        fmt = paragraph.paragraph_format
        fmt.left_indent = Pt(side)
        fmt.right_indent = Pt(side)
        fmt.first_line_indent = Pt(0)
        borders = _make("w:pBdr")
        borders.append(_make("w:bottom", val="single", sz=RULE_THICKNESS, space=1, color="auto"))
        paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_PBDR)

    def lines_with_rule(
        self,
        add: Any,
        lines: Sequence[nd30.BlockLine],
        width: float,
        *,
        default_size: float,
        text_width: float | None = None,
        keep: bool = True,
    ) -> None:
        """Centred lines (``nd30.BlockLine``: bold, italic, upper case, size, rule under it) added
        by ``add()`` (a new paragraph) in a column ``width`` pt wide; ``text_width`` narrows the
        lines (they wrap in that width, centred in the column)."""
        from docx.shared import Pt

        room = min(width, text_width) if text_width is not None else width
        side = (width - room) / 2
        for line in lines:
            if not line.text:
                continue
            text = nd30.upper(line.text) if line.upper else nd30.nfc(line.text)
            size = line.size or default_size
            paragraph = self.line(add(), text, size=size, bold=line.bold, italic=line.italic, keep=keep)
            if side > 0:
                fmt = paragraph.paragraph_format
                fmt.left_indent = fmt.right_indent = Pt(side)
            if line.rule > 0:
                natural = nd30.text_width(text, size=size, bold=line.bold, italic=line.italic)
                self._rule(add(), min(natural, room) * line.rule, width, keep=keep)

    # -- frame: opening --
    def opening(self, frame: model.Frame) -> None:
        page = self.page
        width = page.frame_width
        add = self._body_paragraph
        if frame.variant == "form":
            self.form_header(frame)
            self._spacer(add(), 6 * MM)
        elif frame.variant == "register":
            self.issuer_block(frame)
            self._spacer(add(), 6 * MM)
            self.title(frame.type_name, frame.subject, width)
            self._spacer(add(), 2 * MM)
        else:
            self.national_header(frame)
            self._spacer(add(), 8 * MM)
            self.title(frame.type_name, frame.subject, width * 0.85)
            self._spacer(add(), 5 * MM)
        for text in frame.note_lines:  # under the title; "Kính gửi" follows them
            self.line(add(), text, style=NOTE, after=0)
        if frame.note_lines:
            self._spacer(add(), 4 * MM)
        if frame.addressee:
            self.line(add(), frame.addressee, size=self.size, after=0)
            self._spacer(add(), 3 * MM)
        if frame.variant == "decision":
            if frame.authority:
                self.line(add(), nd30.upper(frame.authority), size=self.size, bold=True)
                self._spacer(add(), 4 * MM)
            for basis in frame.bases:
                self.line(add(), basis, style=BASIS)
            self._spacer(add(), 2 * MM)
            self.line(add(), "QUYẾT ĐỊNH:", style=CENTERED, after=0, keep=True)
            self._spacer(add(), 4 * MM, keep=True)

    def title(self, type_name: str, subject: str, width: float) -> None:
        """Type name (upper case, bold) and subject (bold, a short rule under it), centred, the
        lines wrapping in ``width`` pt of the text width."""
        page = self.page
        self.lines_with_rule(
            self._body_paragraph,
            [
                nd30.BlockLine(type_name, bold=True, upper=True, size=page.title_size),
                nd30.BlockLine(subject, bold=True, size=self.size, rule=0.35),
            ],
            page.frame_width,
            default_size=self.size,
            text_width=width,
        )

    def national_header(self, frame: model.Frame) -> None:
        """The borderless two-column header: issuer block beside Quốc hiệu / Tiêu ngữ, "Số: …"
        beside the date line (Decree 30, elements 1–4)."""
        page = self.page
        size, left, right = nd30.header_layout(frame.issuer, page)
        motto = min(14.0, size + 1)
        table = _Table(self, [left, right], borders=False, align="left")
        top = table.row()
        issuer_cell, national_cell = top.cell(valign="top"), top.cell(valign="top")
        self.lines_with_rule(
            lambda: self._cell_paragraph(issuer_cell),
            [_sized(x, size) for x in nd30.issuer_lines(frame.parent_body, frame.issuer)],
            left,
            default_size=size,
        )
        self.lines_with_rule(
            lambda: self._cell_paragraph(national_cell),
            [
                nd30.BlockLine(nd30.QUOC_HIEU, bold=True, upper=True, size=size),
                nd30.BlockLine(nd30.TIEU_NGU, bold=True, size=motto, rule=1.0),
            ],
            right,
            default_size=size,
        )
        second = table.row()
        number_cell, date_cell = second.cell(valign="bottom"), second.cell(valign="bottom")
        self.line(self._cell_paragraph(number_cell), frame.number_line, size=size, before=4)
        self.line(self._cell_paragraph(date_cell), frame.date_line, size=motto, italic=True, before=4)
        table.done()

    def issuer_block(self, frame: model.Frame) -> None:
        """A register's issuer block at the top left: parent body, issuing body, short rule."""
        page = self.page
        lines = nd30.issuer_lines(frame.parent_body, frame.issuer)
        natural = max(
            (
                nd30.text_width(nd30.upper(x.text), size=page.header_size, bold=x.bold)
                for x in lines
                if x.text
            ),
            default=0.0,
        )
        width = min(page.frame_width / 2, natural + 8)
        table = _Table(self, [width], borders=False, align="left")
        cell = table.row().cell(valign="top")
        self.lines_with_rule(lambda: self._cell_paragraph(cell), lines, width, default_size=page.header_size)
        table.done()

    def form_header(self, frame: model.Frame) -> None:
        """A QMS form's boxed header: issuer | form title | code and issue (a blank code: dots)."""
        page = self.page
        width = page.frame_width
        table = _Table(
            self,
            [width * 0.3, width * 0.45, width * 0.25],
            borders=True,
            align="center",
            margins=(4, 4, 6, 4),
        )
        row = table.row(cant_split=True)
        issuer, title, codes = (row.cell(valign="center") for _ in range(3))
        self.line(self._cell_paragraph(issuer), nd30.upper(frame.issuer), size=FORM_ISSUER_SIZE, bold=True)
        self.line(self._cell_paragraph(title), nd30.upper(frame.type_name), size=page.title_size, bold=True)
        if frame.subject:
            self.line(self._cell_paragraph(title), frame.subject, size=self.size, bold=True)
        code = (frame.form_code.strip() or FORM_CODE_BLANK).replace(" ", "\u00a0")  # never breaks inside
        self.line(self._cell_paragraph(codes), f"Mã hiệu: {code}", size=TABLE_SIZE)
        issue = frame.form_issue.strip() or f"Lần ban hành: {FORM_CODE_BLANK}"
        self.line(self._cell_paragraph(codes), issue, size=TABLE_SIZE)
        table.done()

    # -- frame: closing --
    def closing(self, frame: model.Frame) -> None:
        """ "Nơi nhận" beside the signature (signed, decision), or the signatures side by side.

        The signature is never alone on a page: the body's last paragraph (the closing sentence,
        a register's totals line) or its table's last row goes over with it."""
        signed = frame.variant in ("signed", "decision")
        if not signed and not frame.signatures:
            return
        for p in self.body_end:
            self._wrap(p).paragraph_format.keep_with_next = True
        self._spacer(self._body_paragraph(), 3 * MM, keep=True)
        if signed:
            signature = frame.signatures[0] if frame.signatures else model.Signature(())
            self.recipients_and_signature(frame.recipients, signature)
        else:
            self.signatures_row(frame.signatures)

    def recipients_and_signature(self, recipients: Sequence[str], signature: model.Signature) -> None:
        page = self.page
        longest = max(
            (nd30.text_width(nd30.upper(x), size=self.size, bold=True) for x in signature.lines),
            default=0.0,
        )
        right = min(page.frame_width * 0.6, max(nd30.SIGNATURE_MIN_WIDTH_MM * MM, longest + 8))
        left = page.frame_width - right
        table = _Table(self, [left, right], borders=False, align="left")
        row = table.row(cant_split=True)
        received, signing = row.cell(valign="top"), row.cell(valign="top")
        if recipients:
            self.line(
                self._cell_paragraph(received),
                nd30.RECIPIENTS_HEADING,
                size=RECIPIENTS_HEADING_SIZE,
                bold=True,
                italic=True,
                align="left",
            )
            for text in recipients:
                self.line(self._cell_paragraph(received), text, size=RECIPIENT_SIZE, align="left")
        else:
            self._cell_paragraph(received)
        self.signature_cell(signing, signature)
        table.done()

    def signatures_row(self, signatures: Sequence[model.Signature]) -> None:
        """Signatures side by side in equal columns (minutes: THƯ KÝ left, CHỦ TRÌ right); a
        single signature goes on the right half."""
        width = self.page.frame_width
        shown: list[model.Signature | None] = list(signatures)
        if len(shown) == 1:
            shown.insert(0, None)
        table = _Table(self, [width / len(shown)] * len(shown), borders=False, align="left")
        row = table.row(cant_split=True)
        for signature in shown:
            cell = row.cell(valign="top")
            if signature is None:
                self._cell_paragraph(cell)
            else:
                self.signature_cell(cell, signature)
        table.done()

    def signature_cell(self, tc: Any, signature: model.Signature) -> None:
        """Lines (bold, upper case), the hint (italic), room to sign, the name (bold)."""
        for text in signature.lines:
            self.line(self._cell_paragraph(tc), nd30.upper(text), size=self.size, bold=True)
        if signature.hint:
            self.line(self._cell_paragraph(tc), signature.hint, size=self.size, italic=True)
        for _ in range(SIGNATURE_BLANK_LINES):
            self.line(self._cell_paragraph(tc), "", size=self.size)
        self.line(self._cell_paragraph(tc), signature.name, size=self.size, bold=True)

    # -- body --
    def blocks(self, blocks: Sequence[model.Block]) -> None:
        for block in blocks:
            self.body_end = []
            if isinstance(block, model.Heading):
                self.heading(block)
            elif isinstance(block, model.Paragraph):
                self.paragraph(block)
            elif isinstance(block, model.Bullets):
                for item in block.items:
                    if item.strip():
                        self.line(self._body_paragraph(), f"{block.marker} {item.strip()}", style=BULLET)
            elif isinstance(block, model.Table):
                self.table(block)
            elif isinstance(block, model.PageBreak):
                self.new_section(block.orientation)
                if block.frame is not None:
                    self.opening(block.frame)

    def heading(self, block: model.Heading) -> None:
        level = min(3, max(1, block.level))
        self.line(self._body_paragraph(), block.text, style=f"h{level}")

    def paragraph(self, block: model.Paragraph) -> None:
        style = _PARAGRAPH_STYLES.get(block.style, BODY)
        paragraph = self.line(self._body_paragraph(), "", style=style)
        if block.style in ("closing", "plain"):
            self.body_end = [paragraph._p]
        if block.lead:
            _run(paragraph._p, nd30.nfc(block.lead) + " ", bold=True)
        _run(paragraph._p, nd30.nfc(block.text))

    def annex(self, annex: model.Annex) -> None:
        """A new section of the annex's orientation: "PHỤ LỤC", its subject, "(Kèm theo …)", its
        blocks."""
        self.new_section(annex.orientation)
        page = self.page
        add = self._body_paragraph
        self.line(add(), nd30.upper(annex.label), size=page.title_size, bold=True, keep=True)
        self.line(add(), annex.subject, size=self.size, bold=True, keep=True)
        if annex.attached_to:
            self.line(add(), annex.attached_to, style=NOTE, after=0, keep=True)
        self._spacer(add(), 5 * MM)
        self.blocks(annex.blocks)

    # -- tables --
    def table(self, block: model.Table) -> None:
        """A bordered table: header row repeated on every page, rows never split, group rows
        (first cell bold and centred, the rest merged and bold), one italic row when empty."""
        page = self.page
        columns = block.columns
        ncols = len(columns)
        if not ncols:
            return
        widths = column_widths(columns, page.frame_width)
        table = _Table(self, widths, borders=True, align="center", margins=CELL_MARGINS_PT)
        header = table.row(header=True, cant_split=True)
        for column in columns:
            cell = header.cell(valign="center")
            self.line(self._cell_paragraph(cell), column.header, style=CELL, bold=True, align="center")
        for row in block.rows:
            cells = [model.cell_text(v) for v in row.cells]
            line = table.row(cant_split=True)
            if row.group:
                first = cells[0] if cells else ""
                rest = " ".join(c for c in cells[1:] if c)
                if ncols == 1:
                    text = " ".join(c for c in (first, rest) if c)
                    self.line(self._cell_paragraph(line.cell()), text, style=CELL, bold=True, keep=True)
                    continue
                self.line(
                    self._cell_paragraph(line.cell(valign="center")),
                    first,
                    style=CELL,
                    bold=True,
                    align="center",
                    keep=True,
                )
                self.line(
                    self._cell_paragraph(line.cell(span=ncols - 1, valign="center")),
                    rest,
                    style=CELL,
                    bold=True,
                    keep=True,
                )
                continue
            cells = (cells + [""] * ncols)[:ncols]
            for text, column in zip(cells, columns, strict=True):
                if column.keep_together:
                    text = text.replace(" ", NBSP)
                self.line(
                    self._cell_paragraph(line.cell(valign="center")), text, style=CELL, align=column.align
                )
        if not block.rows:
            line = table.row(cant_split=True)
            self.line(
                self._cell_paragraph(line.cell(span=ncols, valign="center")),
                block.empty_text,
                style=CELL,
                italic=True,
                align="center",
                before=3,
                after=3,
            )
        table.done()
        last_row = list(table.tbl.iterchildren(_qn("w:tr")))[-1]
        spacer = self._spacer(self._body_paragraph(), 4 * MM)
        self.body_end = [*last_row.iter(_qn("w:p")), spacer._p]


def column_widths(columns: Sequence[model.Column], frame_width: float) -> list[float]:
    """Widths (pt) of the columns: fixed ones as given, the others share what is left of the text
    width; all shrink in proportion when the fixed ones alone are wider than the page."""
    fixed = sum(c.width_mm * MM for c in columns if c.width_mm is not None)
    flexible = [c for c in columns if c.width_mm is None]
    rest = max(0.0, frame_width - fixed) / max(1, len(flexible))
    widths = [c.width_mm * MM if c.width_mm is not None else rest for c in columns]
    total = sum(widths)
    if total > frame_width:
        widths = [w * frame_width / total for w in widths]
    return widths


# ---- low-level table XML ------------------------------------------------------------------------
class _Table:
    """A w:tbl written element by element (python-docx's cell access is slow on long tables):
    fixed layout, the given column widths (pt), single borders or none."""

    def __init__(
        self,
        writer: _Writer,
        widths: Sequence[float],
        *,
        borders: bool,
        align: str,
        margins: tuple[float, float, float, float] = (0, 0, 0, 0),
    ) -> None:
        self.writer = writer
        self.widths = [max(1, round(w * 20)) for w in widths]  # twips
        body = writer.word.element.body
        tbl = _make("w:tbl")
        sect = body.find(_qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(tbl)
        else:
            body.append(tbl)
        self.tbl = tbl
        props = _sub(tbl, "w:tblPr")
        _sub(props, "w:tblW", w=sum(self.widths), type="dxa")
        _sub(props, "w:jc", val=align)
        _sub(props, "w:tblInd", w=0, type="dxa")
        edges = _sub(props, "w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if borders:
                _sub(edges, f"w:{edge}", val="single", sz=4, space=0, color="auto")
            else:
                _sub(edges, f"w:{edge}", val="nil")
        _sub(props, "w:tblLayout", type="fixed")
        cell_margins = _sub(props, "w:tblCellMar")
        for edge, value in zip(("top", "left", "bottom", "right"), margins, strict=True):
            _sub(cell_margins, f"w:{edge}", w=round(value * 20), type="dxa")
        grid = _sub(tbl, "w:tblGrid")
        for width in self.widths:
            _sub(grid, "w:gridCol", w=width)

    def row(self, *, header: bool = False, cant_split: bool = False) -> _Row:
        return _Row(self, header=header, cant_split=cant_split)

    def done(self) -> None:
        """Every cell holds a paragraph (Word requires one)."""
        for tc in self.tbl.iter(_qn("w:tc")):
            if tc.find(_qn("w:p")) is None:
                _sub(tc, "w:p")


class _Row:
    def __init__(self, table: _Table, *, header: bool, cant_split: bool) -> None:
        self.table = table
        self.tr = _sub(table.tbl, "w:tr")
        self.column = 0
        if header or cant_split:
            props = _sub(self.tr, "w:trPr")
            if cant_split:
                _sub(props, "w:cantSplit")
            if header:
                _sub(props, "w:tblHeader")

    def cell(self, *, span: int = 1, valign: str = "top") -> Any:
        """The next cell of the row (``span`` grid columns wide)."""
        widths = self.table.widths[self.column : self.column + span]
        self.column += span
        tc = _sub(self.tr, "w:tc")
        props = _sub(tc, "w:tcPr")
        _sub(props, "w:tcW", w=sum(widths), type="dxa")
        if span > 1:
            _sub(props, "w:gridSpan", val=span)
        _sub(props, "w:vAlign", val=valign)
        return tc


# ---- helpers ------------------------------------------------------------------------------------
@functools.cache
def _qn(tag: str) -> str:
    """ "w:p" → the element's Clark name."""
    from docx.oxml.ns import qn

    return qn(tag)


def _make(tag: str, **attrs: object) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(_qn(f"w:{key}"), str(value))
    return element


def _sub(parent: Any, tag: str, **attrs: object) -> Any:
    """A new last child of ``parent`` (of python-docx's element class for the tag)."""
    element = parent.makeelement(_qn(tag), {_qn(f"w:{k}"): str(v) for k, v in attrs.items()})
    parent.append(element)
    return element


def _last_block(body: Any) -> Any:
    for element in reversed(body):
        if element.tag != _qn("w:sectPr"):
            return element
    return None


_JUSTIFICATION = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def _run(p: Any, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    """A run of ``text`` at the end of ``p`` (line breaks kept as w:br, tabs as w:tab)."""
    run = _sub(p, "w:r")
    if bold or italic or size is not None:
        props = _sub(run, "w:rPr")
        if bold:
            _sub(props, "w:b")
        if italic:
            _sub(props, "w:i")
        if size is not None:
            half_points = round(size * 2)
            _sub(props, "w:sz", val=half_points)
            _sub(props, "w:szCs", val=half_points)
    for i, piece in enumerate(text.split("\n")):
        if i:
            _sub(run, "w:br")
        for j, part in enumerate(piece.split("\t")):
            if j:
                _sub(run, "w:tab")
            if part:
                element = _sub(run, "w:t")
                element.text = part
                if part != part.strip():
                    element.set(_XML_SPACE, "preserve")


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _sized(line: nd30.BlockLine, size: float) -> nd30.BlockLine:
    from dataclasses import replace

    return replace(line, size=size)


def _rfonts(rpr: Any) -> None:
    """Times New Roman for every script of ``rpr`` (no theme fonts: Word would substitute)."""
    fonts = rpr.find(_qn("w:rFonts"))
    if fonts is None:
        fonts = _make("w:rFonts")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        if key.endswith("Theme") or key.endswith("theme"):
            del fonts.attrib[key]
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(_qn(f"w:{script}"), FONT)


def _set_font(style_element: Any) -> None:
    _rfonts(style_element.get_or_add_rPr())


def _set_defaults(word: WordDocument, size: float) -> None:
    """The document defaults: Times New Roman at the body size, Vietnamese, single spacing."""
    styles = word.styles.element
    defaults = styles.find(_qn("w:docDefaults"))
    if defaults is None:
        defaults = _make("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(_qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = _sub(defaults, "w:rPrDefault")
    rpr = run_defaults.find(_qn("w:rPr"))
    if rpr is None:
        rpr = _sub(run_defaults, "w:rPr")
    _rfonts(rpr)
    half_points = str(round(size * 2))
    for tag in ("w:sz", "w:szCs"):
        element = rpr.find(_qn(tag))
        if element is not None:
            element.set(_qn("w:val"), half_points)
    lang = rpr.find(_qn("w:lang"))
    if lang is not None:
        lang.set(_qn("w:val"), LANGUAGE)
    paragraph_defaults = defaults.find(_qn("w:pPrDefault"))
    if paragraph_defaults is not None:
        spacing = paragraph_defaults.find(f"{_qn('w:pPr')}/{_qn('w:spacing')}")
        if spacing is not None:
            spacing.set(_qn("w:after"), "0")
            spacing.set(_qn("w:line"), "240")
            spacing.set(_qn("w:lineRule"), "auto")


def _mark_size(paragraph: WordParagraph, size: float) -> None:
    """The size of the paragraph mark (an empty paragraph is as high as its mark's font)."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = ppr.find(_qn("w:rPr"))
    if rpr is None:
        rpr = _make("w:rPr")
        ppr.insert_element_before(rpr, *_AFTER_RPR)
    for tag in ("w:sz", "w:szCs"):
        element = rpr.find(_qn(tag))
        if element is None:
            element = _sub(rpr, tag)
        element.set(_qn("w:val"), str(max(2, round(size * 2))))
