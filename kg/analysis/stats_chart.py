"""``kg stats --chart stats.svg``: the tables of ``compute_stats`` as one SVG picture,
interactions per year stacked by kind and the busiest pairs as bars.

Written by hand (a few dozen elements; no plotting library): every label from the
graph is XML-escaped, and the file references nothing outside itself.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from kg.analysis.stats import Table
from kg.errors import KgError

KIND_COLOURS = {  # as in the viewer
    "meeting": "#3b6fb6", "call": "#17a2b8", "visit": "#d1495b", "signing": "#8e5ea2",
    "correspondence": "#9c755f", "multilateral": "#7f7f7f",
}
WIDTH, BAR_AREA, PAIR_ROW = 760, 220, 22


def _text(x: float, y: float, text: object, *, size: int = 12, anchor: str = "start", weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" font-weight="{weight}">'
            f"{escape(str(text))}</text>")


def _rect(x: float, y: float, w: float, h: float, fill: str, title: str) -> str:
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}">'
            f"<title>{escape(title)}</title></rect>")


def stats_svg(tables: dict[str, Table]) -> str:
    """The SVG document: per-year stacked bars (one segment per kind, its count in a
    <title>), a legend of kinds, and horizontal bars for the busiest pairs."""
    cols, years = tables["per_year"]
    kinds = [k for k in cols[2:] if any(row[cols.index(k)] for row in years)]
    pairs = tables["busiest_pairs"][1]
    out: list[str] = [_text(20, 28, "Interactions per year, by kind", size=15, weight="bold")]
    top = max([int(str(row[1])) for row in years] + [1])
    left, base = 60, 50 + BAR_AREA
    slot = (WIDTH - left - 20) / max(len(years), 1)
    bar = min(60.0, slot * 0.7)
    out.append(f'<line x1="{left - 4}" y1="{base}" x2="{WIDTH - 20}" y2="{base}" stroke="#888"/>')
    out.append(_text(left - 8, base, 0, size=10, anchor="end"))
    out.append(_text(left - 8, base - BAR_AREA + 10, top, size=10, anchor="end"))
    for i, row in enumerate(years):
        x, y = left + i * slot + (slot - bar) / 2, float(base)
        for kind in kinds:
            n = int(str(row[cols.index(kind)]))
            if n:
                h = BAR_AREA * n / top
                y -= h
                out.append(_rect(x, y, bar, h, KIND_COLOURS.get(kind, "#999"), f"{row[0]}: {n} {kind}"))
        out.append(_text(x + bar / 2, y - 4, row[1], size=10, anchor="middle"))
        out.append(_text(x + bar / 2, base + 14, row[0], size=11, anchor="middle"))
    lx = left
    for kind in kinds:
        out.append(_rect(lx, base + 26, 12, 12, KIND_COLOURS.get(kind, "#999"), kind))
        out.append(_text(lx + 16, base + 36, kind, size=11))
        lx += 24 + 7 * len(kind)
    y0 = base + 80
    out.append(_text(20, y0, "Busiest pairs", size=15, weight="bold"))
    most = max([int(str(p[2])) for p in pairs] + [1])
    name_w = 330
    for i, (a, b, n, *_rest) in enumerate(pairs):
        y = y0 + 16 + i * PAIR_ROW
        label = f"{a} — {b}"
        out.append(_text(20 + name_w - 8, y + 13, label if len(label) <= 48 else label[:47] + "…", size=11,
                         anchor="end"))
        w = (WIDTH - 20 - name_w - 60) * int(str(n)) / most
        out.append(_rect(20 + name_w, y + 2, w, PAIR_ROW - 6, "#4e79a7", f"{label}: {n} interactions"))
        out.append(_text(20 + name_w + w + 6, y + 13, n, size=11))
    height = y0 + 30 + len(pairs) * PAIR_ROW
    body = "\n".join(out)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" font-family="system-ui, sans-serif">\n'
            f'<rect width="100%" height="100%" fill="#fff"/>\n{body}\n</svg>\n')


def write_chart(tables: dict[str, Table], path: str | Path) -> Path:
    """Write the chart to ``path``: SVG only (``.svg``)."""
    out = Path(path)
    if out.suffix.lower() != ".svg":
        raise KgError(f"--chart writes SVG: give a file name ending in .svg, not {out.name!r}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(stats_svg(tables), encoding="utf-8")
    return out


__all__ = ["stats_svg", "write_chart"]
