"""Infrastructure projects named by the places they join: "the Kasindi – Beni – Butembo road",
"the Kerung-Kathmandu railway", "the Dar es Salaam – Ndola multi-product pipeline", "the
Nakonde – Tunduma One Stop Border Post". Each is an initiative."""
from __future__ import annotations

import re

# Two to four place names joined by dashes, then what is built between them.
_PLACE = r"[A-Z][\w’']+(?:\s+(?:es\s+)?[A-Z][\w’']+){0,2}"
NAMED_PROJECT = re.compile(
    rf"(?<![\w\-])({_PLACE}(?:\s*[–—-]\s*{_PLACE}){{1,3}}"
    r"(?:\s+(?:multi-product|gas|oil|power|high-speed|transmission|electricity|natural gas|rail|motorway))*"
    r"\s+(?:road|railway|railway line|pipeline|gas pipeline|bridge|highway|motorway|corridor|power line|"
    r"transmission line|interconnector|canal|One Stop Border Post|border post|Railway|Pipeline|Bridge|Highway|Corridor))\b")
_HEADS = ("road", "railway", "pipeline", "bridge", "highway", "motorway", "corridor", "line", "interconnector", "canal",
          "Border Post", "border post", "Railway", "Pipeline", "Bridge", "Highway", "Corridor")


def named_projects(text: str) -> list[str]:
    """The infrastructure projects ``text`` names by the places they join."""
    if not any(head in text for head in _HEADS) or not re.search(r"[–—-]", text):
        return []
    return [m.group(1) for m in NAMED_PROJECT.finditer(text)]
