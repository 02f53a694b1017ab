"""Shared Word helpers: the template, fast paragraphs in built-in styles, tables, fields,
header and footer, table of contents and the draft/confidentiality marking.

>>> kit = DocKit.open(None, title="Temaopsamling", marking="draft", date=dt.date(2013, 5, 1))
>>> kit.heading("1a. Koordination", 1)
>>> kit.para("Tekst med æ, ø og å.")
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu

from . import make_template
from .danish import format_date
from .errors import ExportError

LANGUAGE = "da-DK"

#: The draft/confidentiality markings a user can choose, with their Danish words.
MARKINGS: dict[str, str] = {
    "none": "",
    "draft": "UDKAST",
    "internal": "INTERNT – MÅ IKKE VIDEREGIVES",
    "confidential": "FORTROLIGT",
}

#: Built-in styles the exports use; a user template lacking one gets the default's.
REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "List Number",
    "Quote",
    "Header",
    "Footer",
    "TOC Heading",
    "toc 1",
    "toc 2",
    "toc 3",
    "Strong",
    "Emphasis",
    "Subtle Emphasis",
    "Caption",
    "Light List Accent 1",
)
TABLE_STYLES = ("Light List Accent 1", "Table Grid")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_P, _PPR, _PSTYLE, _R, _RPR, _RSTYLE, _T, _BR, _B, _I = (
    qn(t)
    for t in ("w:p", "w:pPr", "w:pStyle", "w:r", "w:rPr", "w:rStyle", "w:t", "w:br", "w:b", "w:i")
)
_VAL = qn("w:val")
_TAB = qn("w:tab")
_TEMPLATE_TYPES = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

#: Settings that must follow ``w:updateFields`` in settings.xml (the schema fixes the order).
_SETTINGS_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "w:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)

#: A run: its text and flags — ``b`` strong, ``i`` emphasis, ``s`` a source (subtle).
Run = tuple[str, str]


def clean(text: object) -> str:
    """Text Word accepts: no control characters (they make the XML invalid)."""
    return _CONTROL.sub("", str(text)) if text is not None else ""


# --- templates ---------------------------------------------------------------------------
def _template_bytes(path: Path | None) -> bytes:
    if path is None:
        shipped = make_template.template_path()
        return shipped.read_bytes() if shipped.is_file() else make_template.build()
    path = Path(path).expanduser()
    if not path.is_file():
        raise ExportError("no_template", path=path)
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            types = package.read("[Content_Types].xml")
            if not any(t in types for t in _TEMPLATE_TYPES):
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy_:
                for item in package.infolist():
                    content = package.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        for kind in _TEMPLATE_TYPES:
                            content = content.replace(kind, _DOCUMENT_TYPE)
                    copy_.writestr(item, content)
            return out.getvalue()
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise ExportError("bad_template", path=path, detail="ikke en Word-fil") from exc


def _style_names(doc: DocumentObject) -> dict[str, Any]:
    return {s.name: s for s in doc.styles}


def _copy_numbering(src: DocumentObject, dst: DocumentObject, num_id: str) -> str:
    """Copy a list definition from ``src`` into ``dst``; returns its new numId."""
    src_numbering = src.part.numbering_part.element
    dst_numbering = dst.part.numbering_part.element
    num = next(n for n in src_numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(_VAL)
    abstract = next(
        a
        for a in src_numbering.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    used_abstract = [
        int(a.get(qn("w:abstractNumId"))) for a in dst_numbering.iterfind(qn("w:abstractNum"))
    ]
    used_num = [int(n.get(qn("w:numId"))) for n in dst_numbering.iterfind(qn("w:num"))]
    new_abstract = str(max(used_abstract, default=0) + 1)
    new_num = str(max(used_num, default=0) + 1)
    abstract = copy.deepcopy(abstract)
    abstract.set(qn("w:abstractNumId"), new_abstract)
    first_num = dst_numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        dst_numbering.append(abstract)
    num = copy.deepcopy(num)
    num.set(qn("w:numId"), new_num)
    num.find(qn("w:abstractNumId")).set(_VAL, new_abstract)
    dst_numbering.append(num)
    return new_num


def _ensure_styles(doc: DocumentObject) -> None:
    """Give a user template every style the exports use, copied from the default template."""
    have = _style_names(doc)
    missing = [name for name in REQUIRED_STYLES if name not in have]
    if not missing:
        return
    default = Document(io.BytesIO(_template_bytes(None)))
    source = _style_names(default)
    for name in missing:
        element = copy.deepcopy(source[name].element)
        based = element.find(qn("w:basedOn"))
        ids = {s.style_id for s in doc.styles}
        if based is not None and based.get(_VAL) not in ids:
            element.remove(based)
        num = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num is not None:
            num.set(_VAL, _copy_numbering(default, doc, num.get(_VAL)))
        doc.styles.element.append(element)


def open_template(path: Path | None) -> DocumentObject:
    """A document from the default template or the user's .docx/.dotx, body emptied."""
    data = _template_bytes(path)
    try:
        doc = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise ExportError("bad_template", path=path, detail=str(exc) or type(exc).__name__) from exc
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _ensure_styles(doc)
    return doc


# --- the builder -------------------------------------------------------------------------
@dataclass
class Heading:
    text: str
    level: int


class DocKit:
    """Builds one document body fast, in the template's built-in styles."""

    def __init__(
        self,
        doc: DocumentObject,
        *,
        title: str,
        subtitle: str = "",
        marking: str = "none",
        date: dt.date | None = None,
    ) -> None:
        self.doc = doc
        self.title = title
        self.subtitle = subtitle
        self.marking = MARKINGS.get(marking, "")
        self.date = date or dt.date.today()
        self.headings: list[Heading] = []
        self._body = doc.element.body
        self._sect = self._body.find(qn("w:sectPr"))
        if self._sect is None:
            self._sect = self._body.makeelement(qn("w:sectPr"), {})
            self._body.append(self._sect)
        self._add = self._sect.addprevious
        self._ids = {s.name: s.style_id for s in doc.styles}
        self._toc: list[Any] = []
        self._toc_levels = 2

    @classmethod
    def open(cls, template: Path | None, **kwargs: Any) -> DocKit:
        return cls(open_template(template), **kwargs)

    # -- paragraphs ------------------------------------------------------------------------
    def _p(self, style: str | None) -> Any:
        p = self._body.makeelement(_P, {})
        self._add(p)
        style_id = self._ids.get(style) if style else None
        if style_id:
            ppr = p.makeelement(_PPR, {})
            p.append(ppr)
            ps = ppr.makeelement(_PSTYLE, {_VAL: style_id})
            ppr.append(ps)
        return p

    def _run(self, p: Any, text: str, flags: str = "") -> None:
        r = p.makeelement(_R, {})
        p.append(r)
        if flags:
            rpr = r.makeelement(_RPR, {})
            r.append(rpr)
            if "s" in flags and "Subtle Emphasis" in self._ids:
                rpr.append(rpr.makeelement(_RSTYLE, {_VAL: self._ids["Subtle Emphasis"]}))
            else:
                if "b" in flags:
                    rpr.append(rpr.makeelement(_B, {}))
                if "i" in flags:
                    rpr.append(rpr.makeelement(_I, {}))
        for n, line in enumerate(clean(text).split("\n")):
            if n:
                r.append(r.makeelement(_BR, {}))
            for m, piece in enumerate(line.split("\t")):
                if m:
                    r.append(r.makeelement(_TAB, {}))
                if piece:
                    t = r.makeelement(_T, {_XML_SPACE: "preserve"})
                    t.text = piece
                    r.append(t)

    def para(self, content: str | Sequence[Run], style: str | None = None) -> Any:
        """A paragraph of plain text or of runs ``[("Fed", "b"), (" tekst", "")]``."""
        p = self._p(style)
        if isinstance(content, str):
            if content:
                self._run(p, content)
        else:
            for text, flags in content:
                if text:
                    self._run(p, text, flags)
        return p

    def heading(self, text: str, level: int) -> None:
        """A Heading 1–3 paragraph, remembered for the table of contents."""
        text = clean(text)
        self.headings.append(Heading(text, level))
        self.para(text, f"Heading {level}")

    def bullet(self, content: str | Sequence[Run]) -> None:
        self.para(content, "List Bullet")

    def numbered(self, content: str | Sequence[Run]) -> None:
        self.para(content, "List Number")

    def quote(self, text: str, source: str) -> None:
        """A quote in the Quote style: »text« and, on a new line, its source."""
        self.para([(f"»{text}«", ""), (f"\n– {source}", "s")], "Quote")

    def label(self, label: str, value: str) -> None:
        """A »Label: value« line, for facts at the top of a memo."""
        if value:
            self.para([(f"{label}: ", "b"), (value, "")])

    def rich_text(self, text: str | None) -> None:
        """Free text: blank lines part paragraphs, lines starting with a dash become bullets."""
        for block in re.split(r"\n\s*\n", clean(text or "").strip()):
            lines = [line.rstrip() for line in block.split("\n") if line.strip()]
            plain: list[str] = []
            for line in lines:
                if line.lstrip()[:2] in ("– ", "- ", "• "):
                    if plain:
                        self.para("\n".join(plain))
                        plain = []
                    self.bullet(line.lstrip()[2:])
                else:
                    plain.append(line)
            if plain:
                self.para("\n".join(plain))

    def page_break(self) -> None:
        p = self._p(None)
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:br w:type="page"/></w:r>'))

    # -- front matter ----------------------------------------------------------------------
    def front(self, facts: Iterable[str] = (), *, page: bool = False) -> None:
        """Title, subtitle, marking and date; with ``page`` a title page of its own."""
        if page:
            for _ in range(6):
                self._p(None)
        self.para(self.title, "Title")
        if self.subtitle:
            self.para(self.subtitle, "Subtitle")
        if self.marking:
            self.para([(self.marking, "b")])
        for fact in facts:
            self.para(fact)
        if page:
            self.para([(f"Dato: {format_date(self.date)}", "")])
            self.page_break()

    def toc(self, levels: int = 2, *, title: str = "Indhold") -> None:
        """A table-of-contents field; Word fills it on opening, the entries are pre-filled."""
        self._toc_levels = levels
        self.para(title, "TOC Heading")
        begin = self._p("toc 1")
        begin.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            )
        )
        begin.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve">'
                f' TOC \\o "1-{levels}" \\h \\z \\u </w:instrText></w:r>'
            )
        )
        begin.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
        self._toc = [begin]

    def _fill_toc(self) -> None:
        """Put the headings into the field's result so the list shows before Word updates it."""
        if not self._toc:
            return
        begin = self._toc[0]
        entries = [h for h in self.headings if h.level <= self._toc_levels]
        anchor = begin
        if entries:
            self._run(begin, entries[0].text)
        last = begin
        for heading in entries[1:]:
            p = self._body.makeelement(_P, {})
            ppr = p.makeelement(_PPR, {})
            ppr.append(ppr.makeelement(_PSTYLE, {_VAL: self._ids.get(f"toc {heading.level}", "")}))
            p.append(ppr)
            self._run(p, heading.text)
            anchor.addnext(p)
            anchor = last = p
        last.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        following = last.getnext()
        if following is not None and following.tag == _P:
            ppr = following.find(_PPR)
            if ppr is None:
                ppr = following.makeelement(_PPR, {})
                following.insert(0, ppr)
            brk = ppr.makeelement(qn("w:pageBreakBefore"), {})
            style = ppr.find(_PSTYLE)
            if style is not None:
                style.addnext(brk)
            else:
                ppr.insert(0, brk)

    # -- tables ----------------------------------------------------------------------------
    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        widths: Sequence[float] | None = None,
        right: Sequence[int] = (),
        total: Sequence[str] | None = None,
        caption: str | None = None,
    ) -> Any:
        """A table in the template's table style; ``right`` columns align right (numbers),
        ``total`` is a bold last row, ``widths`` in cm."""
        if caption:
            self.para(caption, "Caption")
        table = self.doc.add_table(rows=1, cols=len(header))
        for name in TABLE_STYLES:
            if name in self._ids:
                table.style = self.doc.styles[name]
                break
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        all_rows = [(header, "b"), *((row, "") for row in rows)]
        if total is not None:
            all_rows.append((total, "b"))
        for n, (values, flags) in enumerate(all_rows):
            cells = table.rows[0].cells if n == 0 else table.add_row().cells
            for col, (cell, value) in enumerate(zip(cells, values, strict=True)):
                p = cell.paragraphs[0]
                self._run(p._p, clean(value), flags if n else "")
                if col in right:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._repeat_header(table)
        if not widths:
            count = len(header)
            first = 16.0 if count == 1 else max(3.2, 16.0 - 3.2 * (count - 1))
            rest = (16.0 - first) / max(count - 1, 1)
            widths = [first, *([rest] * (count - 1))]
        if widths:
            table.autofit = False
            for column, width in zip(table.columns, widths, strict=True):
                column.width = Cm(width)
            for row in table.rows:
                for cell, width in zip(row.cells, widths, strict=True):
                    cell.width = Cm(width)
        self._p(None)  # room after the table
        return table

    @staticmethod
    def _repeat_header(table: Any) -> None:
        trpr = table.rows[0]._tr.get_or_add_trPr()
        trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))

    # -- finishing -------------------------------------------------------------------------
    def _field(self, p: Any, code: str, shown: str) -> None:
        for xml in (
            '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r {{ns}}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
            '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r {{ns}}><w:t>{shown}</w:t></w:r>",
            '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            p.append(parse_xml(xml.format(ns=nsdecls("w"))))

    def _header_footer(self) -> None:
        for section in self.doc.sections:
            width = section.page_width - section.left_margin - section.right_margin
            right = Emu(width)
            header = section.header
            header.is_linked_to_previous = False
            self._clear(header)
            p = header.add_paragraph(style=self.doc.styles["Header"])
            self._only_right_tab(p, right)
            self._run(p._p, self.title)
            if self.marking:
                self._run(p._p, "\t" + self.marking, "b")
            footer = section.footer
            footer.is_linked_to_previous = False
            self._clear(footer)
            p = footer.add_paragraph(style=self.doc.styles["Footer"])
            self._only_right_tab(p, right)
            self._run(p._p, f"Task Force om integration · {format_date(self.date)}")
            self._run(p._p, "\tSide ")
            self._field(p._p, "PAGE", "1")
            self._run(p._p, " af ")
            self._field(p._p, "NUMPAGES", "1")

    @staticmethod
    def _only_right_tab(p: Any, right: Any) -> None:
        """One tab stop at the right margin; the style's own stops are cleared."""
        style_ppr = p.style.element.pPr if p.style is not None else None
        inherited = style_ppr.find(qn("w:tabs")) if style_ppr is not None else None
        tabs = p._p.get_or_add_pPr().get_or_add_tabs()
        stops = [int(t.get(qn("w:pos"))) for t in (inherited if inherited is not None else ())]
        for pos in sorted({*stops, right.twips}):
            kind = "right" if pos == right.twips else "clear"
            tabs.append(parse_xml(f'<w:tab {nsdecls("w")} w:val="{kind}" w:pos="{pos}"/>'))

    @staticmethod
    def _clear(part: Any) -> None:
        """Empty a header or footer, keeping paragraphs with pictures (a ministry logo)."""
        for p in list(part._element):
            if p.tag == _P and not p.xpath(".//w:drawing | .//w:pict"):
                part._element.remove(p)

    def _settings(self) -> None:
        settings = self.doc.settings.element
        for old in settings.findall(qn("w:updateFields")):
            settings.remove(old)
        update = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
        later = _SETTINGS_AFTER_UPDATE_FIELDS
        tags = {qn(t) for t in later} | {
            "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"
        }
        successor = next((c for c in settings if c.tag in tags), None)
        if successor is not None:
            successor.addprevious(update)
        else:
            settings.append(update)
        lang = settings.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(_VAL, LANGUAGE)
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
        if rpr is not None:
            lang_el = rpr.find(qn("w:lang"))
            if lang_el is None:
                lang_el = parse_xml(f"<w:lang {nsdecls('w')}/>")
                rpr.append(lang_el)
            lang_el.set(_VAL, LANGUAGE)

    def finish(self) -> DocumentObject:
        """Fill the table of contents, add header, footer, settings and properties."""
        self._fill_toc()
        self._header_footer()
        self._settings()
        props = self.doc.core_properties
        props.title = self.title
        props.subject = self.subtitle
        props.author = "Task Force om integration"
        props.language = LANGUAGE
        props.keywords = self.marking
        now = dt.datetime.combine(self.date, dt.time(12, 0), tzinfo=dt.UTC)
        props.created = props.modified = now
        props.revision = 1
        return self.doc
