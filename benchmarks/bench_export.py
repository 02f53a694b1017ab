"""Theme summary of 5,000 notes against the floor: the same paragraphs written with bare
python-docx in the same run. Goal: at most 1.5x. Run: .venv/bin/python benchmarks/bench_export.py
"""

from __future__ import annotations

import io
import sys
import time

from docx import Document
from docx.oxml.ns import qn

from fieldnotes.core import demo
from fieldnotes.core import report_queries as rq
from fieldnotes.core.store import Store
from fieldnotes.export import ExportOptions, build_document
from fieldnotes.export.make_template import template_path

NOTES = 5_000
GOAL = 1.5


def _ours(store: Store) -> tuple[float, bytes]:
    start = time.perf_counter()
    options = ExportOptions("theme", rq.ReportFilter(include_drafts=True))
    doc = build_document(store, options)
    buffer = io.BytesIO()
    doc.save(buffer)
    return time.perf_counter() - start, buffer.getvalue()


def _floor(paragraphs: list[tuple[str, list[tuple[str, bool, bool]]]]) -> float:
    """Bare python-docx: the same styled paragraphs and runs, styles looked up once."""
    start = time.perf_counter()
    doc = Document(str(template_path()))
    styles = {name: doc.styles[name] for name in {name for name, _ in paragraphs}}
    for name, runs in paragraphs:
        p = doc.add_paragraph(style=styles[name])
        for text, bold, italic in runs:
            run = p.add_run(text)
            if bold:
                run.bold = True
            if italic:
                run.italic = True
    doc.save(io.BytesIO())
    return time.perf_counter() - start


def _xml_floor(paragraphs: list[tuple[str, list[tuple[str, bool, bool]]]]) -> float:
    """python-docx's document and save, paragraphs appended as lxml elements directly."""
    start = time.perf_counter()
    doc = Document(str(template_path()))
    ids = {s.name: s.style_id for s in doc.styles}
    body = doc.element.body
    sect = body[-1]
    for name, runs in paragraphs:
        p = body.makeelement(qn("w:p"), {})
        ppr = p.makeelement(qn("w:pPr"), {})
        ppr.append(ppr.makeelement(qn("w:pStyle"), {qn("w:val"): ids[name]}))
        p.append(ppr)
        for text, bold, italic in runs:
            r = p.makeelement(qn("w:r"), {})
            if bold or italic:
                rpr = r.makeelement(qn("w:rPr"), {})
                if bold:
                    rpr.append(rpr.makeelement(qn("w:b"), {}))
                if italic:
                    rpr.append(rpr.makeelement(qn("w:i"), {}))
                r.append(rpr)
            t = r.makeelement(qn("w:t"), {})
            t.text = text
            r.append(t)
            p.append(r)
        sect.addprevious(p)
    doc.save(io.BytesIO())
    return time.perf_counter() - start


def main() -> int:
    store = Store.memory()
    demo.generate(store, visits=80, notes=NOTES, seed=1)
    _ours(store)  # warm caches (imports, template)
    ours, data = min((_ours(store) for _ in range(3)), key=lambda r: r[0])
    doc = Document(io.BytesIO(data))
    paragraphs = [
        (p.style.name, [(r.text, bool(r.bold), bool(r.italic)) for r in p.runs])
        for p in doc.paragraphs
    ]
    floor = _floor(paragraphs)  # slow: python-docx's add_paragraph grows with the body
    xml_floor = min(_xml_floor(paragraphs) for _ in range(3))
    ratio = ours / floor
    print(
        f"theme summary, {NOTES} notes, {len(paragraphs)} paragraphs: ours {ours:.2f} s, "
        f"bare python-docx {floor:.2f} s, ratio {ratio:.2f}x (goal ≤ {GOAL}x)"
    )
    print(
        f"stricter floor, the same paragraphs appended as raw XML then saved: {xml_floor:.2f} s,"
        f" ratio {ours / xml_floor:.2f}x (the cost of queries, passages and privacy)"
    )
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
