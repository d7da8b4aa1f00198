"""Gazetteers: states, organisations, places and office titles, loaded from ``data/``.

The tables are tab-separated files in ``data/gazetteer/`` (see ``data/README.md``).
``Lexicon.load()`` reads them once per process; extraction only ever asks it
questions ("which state does 'Kazakh' name?", "is 'Nur-Sultan' a place, and where?").
Lookups are case-sensitive on purpose: "Chad" the state, not "chad".
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Where the gazetteers live: ``$KG_DATA``, else the project's ``data/`` folder."""
    # Asked once per release (topics): the folder is looked for once per value of $KG_DATA.
    return _data_dir(os.environ.get("KG_DATA"))


@lru_cache(maxsize=8)
def _data_dir(env: str | None) -> Path:
    path = Path(env) if env else PACKAGE_ROOT / "data"
    if not (path / "gazetteer").is_dir():
        raise KgError(
            f"gazetteers not found in {path / 'gazetteer'}; install the project with `pip install -e .` "
            "from its folder, or point KG_DATA at a copy of its data/ folder"
        )
    return path


# Forms of address that say the office too, when no other is written ("Lyonchhen Tshering Tobgay").
STYLED_OFFICES = {"Lyonchhen": "Prime Minister"}
# Forms of address as written before a name: never a name's word ("Mr. Blinken" is Blinken).
FORMS_OF_ADDRESS = frozenset({
    "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "H.E.", "Madam", "Sir", "Dame", "Lord", "Sheikh", "Shaikh",
    "Sheikha", "Prof.", "Professor", "Hon.", "Hon", "Honorable", "Honourable", "Excellency", "Shri", "Smt", "Smt.",
    "Highness", "Majesty", "Eminence", "Holiness", "Eng.", "Engr.", "Cardinal", "Amb.", "Hon'ble", "Hon’ble",
    # Forms of address of West Africa, the Gulf, Malaysia and Brunei: never a name's first word.
    "Alhaji", "Alhaja", "Hajiya", "Hajia", "Haji", "Hajji", "Datuk", "Dato", "Dato’", "Dato'", "Datin",
    "Pehin", "Dasho", "Rt", "Rt.", "Seri", "Utama", "YB", "YAB", "YBhg", "Puan", "Encik",
    # Bhutan's "Lyonpo" (minister) and "Lyonchhen" (prime minister: see STYLED_OFFICES), Myanmar's
    # "Daw" (not Bhutan's "Aum", Mrs: "Aum Shinrikyo" is no Mr Shinrikyo).
    "Lyonpo", "Lyonchhen", "Daw",
    # ("His Excellency Advocate Duma Gideon Boko": Southern Africa's advocates)
    "Advocate", "Adv.",
    # Cambodian honorific titles ("Samdech Moha Borvor Thipadei Hun Manet").
    "Samdech", "Moha", "Borvor", "Thipadei", "Akka", "Padei", "Techo",
    # Abbreviated military ranks ("Deputy Minister of Defense Sr. Lt. Gen. Hoang Xuan Chien"), and
    # Spanish "Sr."/"Sra." (señor, señora): forms of address, never a name's word.
    "Gen.", "Lt.", "Maj.", "Brig.", "Col.", "Adm.", "Capt.", "Cdr.", "Sr.", "Sra.",
})


# "Secretary of State for Northern Ireland", "for Wales": a British cabinet office, where "Secretary of
# State" alone is the American one ("Assistant Secretary of State for ..." stays American). Read on
# lower-cased text.
BRITISH_SECRETARY = re.compile(r"(?<!assistant )(?<!under )(?<!deputy )secretary of state for ")


# A surname written with its Arabic article ("al-Sisi", "el-Din", "bin-Zayed"): a name word though
# it opens in lower case.
ARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|ibn|bin|bint|abu|ould)-[A-Z]")


# The only letters that re.I matches to an ASCII letter but str.lower() does not turn into
# it: İ and ı match "i", ſ matches "s". (Three ``in`` tests find them faster than a pattern's
# scan: a text whose characters are all below them is answered without being read.)
def stem_text(text: str) -> str | None:
    """``text`` lower-cased, for quick tests that a case-insensitive pattern can match at all
    (``may_match``); None when a letter in it would make such a test unsafe."""
    return None if "İ" in text or "ı" in text or "ſ" in text else text.lower()


def may_match(lowered: str | None, stems: tuple[str, ...]) -> bool:
    """Whether a text (``stem_text``) holds one of ``stems``, a list of which every match
    of a pattern holds one: a pattern scan costs far more than these ``in`` tests."""
    if lowered is None:
        return True
    for stem in stems:  # a plain loop: any() over a generator costs more than the tests
        if stem in lowered:
            return True
    return False


def fold(text: str) -> str:
    """Case-folded, accents removed, curly quotes straightened: the key for fuzzy lookups."""
    # Names and titles are asked for again and again: cached; a whole text is not kept.
    return _fold_cached(text) if len(text) <= _FOLD_CACHED_LENGTH else _fold(text)


_FOLD_CACHED_LENGTH = 200


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


_fold_cached = lru_cache(maxsize=1 << 16)(_fold)


@dataclass(frozen=True, slots=True)
class StateEntry:
    code: str  # ISO 3166-1 alpha-2
    code3: str
    name: str
    official_name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrgEntry:
    key: str
    acronym: str
    name: str
    aliases: tuple[str, ...]
    kind: str

    @property
    def label(self) -> str:
        """The name releases use most: the acronym where there is one."""
        return self.acronym or self.name


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    code: str  # ISO code of the state it lies in
    aliases: tuple[str, ...]
    capital: bool


@dataclass(eq=False)  # hashed by identity: caches key on the loaded lexicon
class Lexicon:
    states: dict[str, StateEntry] = field(default_factory=dict)  # by ISO code
    organizations: dict[str, OrgEntry] = field(default_factory=dict)  # by key
    places: dict[str, PlaceEntry] = field(default_factory=dict)  # by canonical name
    offices: dict[str, str] = field(default_factory=dict)  # folded title -> canonical title
    office_kinds: dict[str, str] = field(default_factory=dict)  # canonical title -> kind
    state_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (code, "name"|"demonym")
    org_forms: dict[str, str] = field(default_factory=dict)  # form -> key
    place_forms: dict[str, str] = field(default_factory=dict)  # form -> canonical place name
    office_states: dict[str, str] = field(default_factory=dict)  # folded term -> ISO code

    @classmethod
    def load(cls, path: Path | None = None) -> "Lexicon":
        """Read the gazetteers under ``path`` (default: ``data_dir()``)."""
        return _load(str(path or data_dir()))

    # --- questions extraction asks -------------------------------------------------
    def state(self, form: str) -> StateEntry | None:
        hit = self.state_forms.get(form) or self.state_forms.get(_strip_the(form))
        return self.states[hit[0]] if hit else None

    def organization(self, form: str) -> OrgEntry | None:
        key = self.org_forms.get(form) or self.org_forms.get(_strip_the(form)) or self.org_forms.get(fold(form)) \
            or self.org_forms.get(_loose(form))
        return self.organizations.get(key) if key else None

    def place(self, form: str) -> PlaceEntry | None:
        name = self.place_forms.get(form) or self.place_forms.get(fold(form))
        return self.places.get(name) if name else None

    def state_of_place(self, form: str) -> StateEntry | None:
        entry = self.place(form)
        return self.states.get(entry.code) if entry else None

    def office(self, title: str) -> str | None:
        return self.offices.get(fold(title))


def _loose(form: str) -> str:
    """'Confidence-Building Measures' and 'Confidence Building Measures' alike."""
    return " ".join(fold(form).replace("-", " ").split())


def _strip_the(form: str) -> str:
    return form[4:] if form.startswith(("the ", "The ")) else form


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        raise KgError(f"gazetteer file missing: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row and not (next(iter(row.values())) or "").startswith("#")]


def _apostrophes(form: str) -> tuple[str, ...]:
    return (form, form.replace("'", "’"), form.replace("’", "'"))


@lru_cache(maxsize=4)
def _load(root: str) -> Lexicon:
    base = Path(root) / "gazetteer"
    lex = Lexicon()
    for row in _rows(base / "states.tsv"):
        entry = StateEntry(
            code=row["iso2"].strip(), code3=row["iso3"].strip(), name=row["name"].strip(),
            official_name=(row.get("official_name") or "").strip(), demonyms=_split(row.get("demonyms")),
            aliases=_split(row.get("aliases")), capitals=_split(row.get("capitals")),
        )
        lex.states[entry.code] = entry
        for form in (entry.name, entry.official_name, *entry.aliases):
            for variant in _apostrophes(form):
                if variant:
                    lex.state_forms.setdefault(variant, (entry.code, "name"))
        for form in entry.demonyms:
            for variant in _apostrophes(form):
                lex.state_forms.setdefault(variant, (entry.code, "demonym"))
        if entry.capitals:
            capital = entry.capitals[0]
            lex.places[capital] = PlaceEntry(capital, entry.code, entry.capitals[1:], True)
    for row in _rows(base / "cities.tsv"):
        name = row["name"].strip()
        if name not in lex.places:
            lex.places[name] = PlaceEntry(name, row["iso2"].strip(), _split(row.get("aliases")), False)
    for place in lex.places.values():
        for form in (place.name, *place.aliases):
            # A capital's former names (Nur-Sultan, Akmola) all name the one city; a
            # form already taken by a capital keeps it.
            for variant in _apostrophes(form):
                lex.place_forms.setdefault(variant, place.name)
                lex.place_forms.setdefault(fold(variant), place.name)
    for row in _rows(base / "organizations.tsv"):
        acronym, name = (row.get("acronym") or "").strip(), (row.get("name") or "").strip()
        key = re.sub(r"[^a-z0-9]+", "-", fold(acronym or name)).strip("-")
        entry = OrgEntry(key, acronym, name, _split(row.get("aliases")), (row.get("kind") or "").strip())
        lex.organizations.setdefault(key, entry)
        for form in (acronym, name, *entry.aliases):
            for variant in _apostrophes(form):
                if variant:
                    lex.org_forms.setdefault(variant, key)
                    if len(variant) > 6:  # long names also match case-insensitively
                        lex.org_forms.setdefault(fold(variant), key)
                        lex.org_forms.setdefault(_loose(variant), key)
    for row in _rows(base / "offices.tsv"):
        title = row["title"].strip()
        lex.office_kinds[title] = (row.get("kind") or "").strip()
        for form in (title, *_split(row.get("aliases"))):
            lex.offices.setdefault(fold(form), title)
    national = base / "national_terms.tsv"
    if national.exists():
        for row in _rows(national):
            lex.office_states[fold(row["term"].strip())] = row["iso2"].strip()
    return lex
