"""`kg stats --chart`: an SVG picture of interactions per year by kind and the busiest pairs."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.analysis.stats_chart import stats_svg, write_chart
from kg.cli import main
from kg.errors import KgError
from tests.conftest import RELEASES

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert(1)</script> & "Co"'


def tables() -> dict:
    return {
        "per_year": (["year", "interactions", "meeting", "call"], [("2021", 30, 20, 10), ("2022", 15, 5, 10)]),
        "busiest_pairs": (["actor_a", "actor_b", "interactions", "kinds", "first", "last"],
                          [(HOSTILE, "Kuleba", 12, "meeting 12", "", ""), ("Biden", "Putin", 6, "call 6", "", "")]),
    }


def bars(svg: str) -> dict[str, float]:
    root = ET.fromstring(svg)
    return {r.find(f"{SVG}title").text: float(r.get("height")) for r in root.iter(f"{SVG}rect")
            if r.find(f"{SVG}title") is not None}


def test_bars_are_as_tall_as_their_counts_and_labels_stay_text() -> None:
    svg = stats_svg(tables())
    heights = bars(svg)  # parses: well-formed XML, whatever the labels held
    assert heights["2021: 20 meeting"] == pytest.approx(2 * heights["2022: 10 call"], abs=0.2)
    assert heights["2021: 10 call"] == pytest.approx(heights["2022: 10 call"])
    texts = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert f"{HOSTILE} — Kuleba" in texts and "<script>" not in svg
    assert "href" not in svg and "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_only_svg_is_written(tmp_path: Path) -> None:
    with pytest.raises(KgError, match=r"\.svg"):
        write_chart(tables(), tmp_path / "stats.png")
    assert write_chart(tables(), tmp_path / "out" / "stats.svg").read_text().startswith("<svg")


def test_kg_stats_writes_the_chart_next_to_its_tables(tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(tmp_path / "store")
    assert runner.invoke(main, ["ingest", "--store", store, str(RELEASES)]).exit_code == 0
    result = runner.invoke(main, ["stats", "--store", store, "--chart", str(tmp_path / "stats.svg")])
    assert result.exit_code == 0, result.output
    assert "# per_year" in result.output  # the tables still print
    titles = bars((tmp_path / "stats.svg").read_text(encoding="utf-8"))
    assert any(": " in t and "interactions" in t for t in titles)  # the busiest pairs
    assert any(t.split(":")[0].isdigit() for t in titles)  # the years
