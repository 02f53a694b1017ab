"""Build the default Word template, ``resources/templates/fieldnotes.docx``, reproducibly.

Run ``python -m fieldnotes.export.make_template`` after changing the look. The template is
python-docx's own (every Word built-in style), restyled calmly: A4, Calibri body text and
Cambria headings (LibreOffice shows them with the metric-compatible Carlito and Caladea),
a dark blue accent, Danish as the language, and table-of-contents styles.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from ..resources import resource

TEMPLATE_NAME = "templates/fieldnotes.docx"
BODY_FONT = "Calibri"
HEADING_FONT = "Cambria"
ACCENT = "1F3A5F"
GREY = "595959"
LANGUAGE = "da-DK"
#: A fixed time for the package's parts, so the same code builds the same bytes.
_ZIP_TIME = (2013, 1, 1, 0, 0, 0)


def _fonts(rpr, name: str) -> None:
    """Set explicit fonts, dropping theme references that would override them."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), name)


def _style(
    doc: DocumentObject,
    name: str,
    *,
    font: str | None = None,
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    color: str | None = None,
    before: float | None = None,
    after: float | None = None,
    keep_next: bool | None = None,
):
    style = doc.styles[name]
    if font:
        _fonts(style.element.get_or_add_rPr(), font)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        rpr = style.element.get_or_add_rPr()
        old = rpr.find(qn("w:color"))
        if old is not None:
            rpr.remove(old)
        style.font.color.rgb = RGBColor.from_string(color)
    fmt = getattr(style, "paragraph_format", None)
    if fmt is not None:
        if before is not None:
            fmt.space_before = Pt(before)
        if after is not None:
            fmt.space_after = Pt(after)
        if keep_next is not None:
            fmt.keep_with_next = keep_next
    return style


def _border(style, side: str, color: str, size: int = 8, space: int = 4) -> None:
    ppr = style.element.get_or_add_pPr()
    old = ppr.find(qn("w:pBdr"))
    if old is not None:
        ppr.remove(old)
    ppr.insert(
        0,
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}"'
            f' w:space="{space}" w:color="{color}"/></w:pBdr>'
        ),
    )


def _defaults(doc: DocumentObject) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr, BODY_FONT)
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "120")
    spacing.set(qn("w:line"), "264")


def _toc_styles(doc: DocumentObject) -> None:
    for level in (1, 2, 3):
        style = doc.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), f"TOC{level}")
        style.base_style = doc.styles["Normal"]
        style.hidden = False
        style.unhide_when_used = True
        style.priority = 39
        fmt = style.paragraph_format
        fmt.left_indent = Cm(0.5 * (level - 1))
        fmt.space_after = Pt(3 if level > 1 else 4)
        fmt.space_before = Pt(6 if level == 1 else 0)
        fmt.tab_stops.add_tab_stop(Cm(16), alignment=2, leader=1)  # right, dots
        if level == 1:
            style.font.bold = True


def _table_style(doc: DocumentObject) -> None:
    """Calm the »Light List Accent 1« table style: a dark header row and thin rules."""
    style = doc.styles["Light List Accent 1"].element
    xml = style.xml
    xml = xml.replace('w:color="4F81BD" w:themeColor="accent1"', f'w:color="{ACCENT}"')
    xml = xml.replace('w:fill="4F81BD" w:themeFill="accent1"', f'w:fill="{ACCENT}"')
    new = parse_xml(xml)
    style.getparent().replace(style, new)
    tblpr = new.find(qn("w:tblPr"))
    borders = tblpr.find(qn("w:tblBorders"))
    borders.append(
        parse_xml(f'<w:insideH {nsdecls("w")} w:val="single" w:sz="4" w:color="BFC7D1"/>')
    )
    margins = tblpr.find(qn("w:tblCellMar"))
    for side in ("top", "bottom"):
        margins.find(qn(f"w:{side}")).set(qn("w:w"), "40")


def build() -> bytes:
    """The template as bytes of a .docx."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.2)
    _defaults(doc)
    _style(doc, "Normal", font=BODY_FONT, size=11)
    _style(doc, "Title", font=HEADING_FONT, size=26, color=ACCENT, after=6)
    _border(doc.styles["Title"], "bottom", ACCENT, size=6, space=6)
    _style(doc, "Subtitle", font=BODY_FONT, size=13, italic=False, color=GREY, after=18)
    _style(doc, "Heading 1", font=HEADING_FONT, size=16, color=ACCENT, before=24, after=6)
    _style(doc, "Heading 2", font=BODY_FONT, size=13, bold=True, color=ACCENT, before=16, after=4)
    _style(doc, "Heading 3", font=BODY_FONT, size=11, bold=True, color="404040", before=12, after=2)
    _style(doc, "TOC Heading", font=HEADING_FONT, size=16, color=ACCENT, before=0, after=12)
    quote = _style(doc, "Quote", font=BODY_FONT, italic=True, color="333333", before=4, after=8)
    quote.paragraph_format.left_indent = Cm(0.6)
    quote.paragraph_format.right_indent = Cm(0.6)
    _border(quote, "left", ACCENT, size=12, space=8)
    _style(doc, "Intense Quote", font=BODY_FONT, color=ACCENT)
    _style(doc, "Caption", font=BODY_FONT, size=9, bold=False, color=GREY)
    for name in ("Header", "Footer"):
        _style(doc, name, font=BODY_FONT, size=8.5, color=GREY)
        tabs = doc.styles[name].element.pPr.find(qn("w:tabs"))
        for tab, pos in zip(tabs, ("4536", "9072"), strict=True):
            tab.set(qn("w:pos"), pos)
    for name in ("List Bullet", "List Number"):
        _style(doc, name, after=3)
    _toc_styles(doc)
    _table_style(doc)
    props = doc.core_properties
    props.author = "Fieldnotes"
    props.title = ""
    props.language = LANGUAGE
    props.revision = 1
    stamp = dt.datetime(2013, 1, 1, tzinfo=dt.UTC)
    props.created = props.modified = props.last_printed = stamp
    buffer = io.BytesIO()
    doc.save(buffer)
    return _normalised(buffer.getvalue())


def _normalised(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so two builds are byte-identical."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def template_path() -> Path:
    """Where the default template is shipped."""
    return resource(TEMPLATE_NAME)


def main(argv: list[str] | None = None) -> int:
    """Write the template (to the first argument, or to the resources folder)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else template_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build())
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
