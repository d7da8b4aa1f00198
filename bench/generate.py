"""A seeded generator of realistic foreign-ministry press releases, for the benchmarks.

usage: python bench/generate.py --count 10000 --seed 1 -o /tmp/gen-10k.jsonl

Releases are written as JSON Lines (``id``, ``title``, ``text``, ``date``, ``url``,
``publisher``), one at a time: nothing but the (small, lazily built) world of office
holders is kept in memory, so 100,000 releases take no more memory than 1,000.

The world: the real states, organisations and office titles of ``data/gazetteer/*.tsv``;
for each state and office, a succession of invented office holders over 2010–2026
(a foreign minister serves two to seven years, then another takes over), so the same
persons recur across releases and their offices change over time. Twelve ministries
publish (Central Asia, the Caucasus, Mongolia, Türkiye and the U.S., each in its own
house style: dateline forms, title chains, publication stamps); their counterparts are
drawn from all states with a skewed (Zipf-like) preference, so some pairs are busy.

Release kinds follow the ones in ``data/releases`` and ``shared/seeds``: talks and
meetings, telephone calls and videoconferences, visits, signings, messages, multilateral
events with meetings on the sidelines, credentials, political consultations. Each adds
initiatives, documents and topic paragraphs in proportion.

Release ``i`` depends only on ``(seed, i)``: the first 1,000 releases of a 10,000-release
corpus are the 1,000-release corpus of the same seed.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2024, 12, 31)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# --- the gazetteers -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StateInfo:
    code: str
    name: str
    official: str
    demonym: str
    capital: str


def _rows(name: str) -> list[dict[str, str]]:
    with (GAZETTEER / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def states() -> dict[str, StateInfo]:
    out = {}
    for r in _rows("states.tsv"):
        if not r["capitals"] or not r["demonyms"]:
            continue
        out[r["iso2"]] = StateInfo(r["iso2"], r["name"], r["official_name"] or r["name"],
                                   r["demonyms"].split("|")[0], r["capitals"].split("|")[0])
    return out


@lru_cache(maxsize=1)
def organizations() -> list[tuple[str, str, str]]:
    """(acronym, name, kind) of the bodies that hold meetings."""
    keep = {"regional_organization", "international_organization", "format", "bloc"}
    return [(r["acronym"], r["name"], r["kind"]) for r in _rows("organizations.tsv") if r["kind"] in keep]


@lru_cache(maxsize=1)
def office_titles() -> set[str]:
    return {r["title"] for r in _rows("offices.tsv")}


@lru_cache(maxsize=1)
def cities() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in _rows("cities.tsv"):
        out.setdefault(r["iso2"], []).append(r["name"])
    return out


@lru_cache(maxsize=1)
def reserved_words() -> frozenset[str]:
    """Every word of the gazetteers: invented names must not contain one."""
    words: set[str] = set()
    for name in ("states.tsv", "organizations.tsv", "offices.tsv", "cities.tsv", "national_terms.tsv"):
        for row in _rows(name):
            for value in row.values():
                words.update(w.lower() for w in re.findall(r"[^\W\d_]+", value or ""))
    return frozenset(words)


# --- invented names ---------------------------------------------------------------------------
# Given names are common ones of each region; surnames are built from syllables, so the
# persons (given name + surname) are invented.
NAME_STYLES: dict[str, dict[str, list[str]]] = {
    "turkic": {
        "m": "Arman Yerlan Daniyar Nurlan Askar Bakyt Timur Ruslan Serik Talgat Aibek Kanat Marat Azamat Bolat "
             "Erzhan Dauren Bekzat Rashid Ilkham Farid Emin Kerem Murat Orhan Tolga Anvar Jasur Rustam Sardor".split(),
        "f": "Aigerim Dinara Gulnara Saule Aliya Madina Zarina Leyla Aysel Elif Zeynep Nigora Dilnoza Mahliyo".split(),
        "root": "Tash Kur Bay Zhum Ser Kas Mukh Orm Sar Tol Yesh Kal Dos Zhan Abd Nur Ber Kem Sult Tur Oral Akh "
                "Ismail Yus Gaf Rahm Kad Shak Tok Mam".split(),
        "mid": "a i u e ym ag ar ul".split() + [""] * 4,
        "end": "bekov baev gulov zhanov tayev murov dirov lanov senov kenov aliyev oglu uly kulov".split(),
    },
    "persian": {
        "m": "Abdullo Faridun Jamshed Rustam Sino Davron Behruz Parviz Dariush Kamran Ahmad Hamid Reza Omid".split(),
        "f": "Farangis Shirin Parvina Nasiba Mehri Laleh Nilufar Soraya".split(),
        "root": "Sharif Nazar Rah Safar Khud Mirz Asad Dust Hoshim Fayz Jalol Karam Bahr Nur Qod Rasul Gol".split(),
        "mid": ["a", "i", "o", ""],
        "end": "zoda zod ov pur i niya yar shoev".split(),
    },
    "slavic": {
        "m": "Andrei Dmitri Pavel Oleg Viktor Igor Bohdan Tomasz Marek Jan Milan Goran Petar Stanislav Yuri "
             "Vladislav Roman Anton Kirill Ivo".split(),
        "f": "Olga Irina Natalia Marta Zuzana Katarina Milena Daria Anna Svetlana".split(),
        "root": "Kovar Lesn Hor Polyan Dubr Zel Sokol Bel Grom Vyshn Kras Nov Star Tikh Yasen Mirosl Dobr Vol "
                "Kalin Rakit Brez".split(),
        "mid": ["o", "e", "i", ""],
        "end": "enko ovich ski ev ov ak ic chuk nik in".split(),
    },
    "romance": {
        "m": "Alejandro Mateo Luis Carlos Marco Giorgio Joao Rafael Andres Pablo Lorenzo Tiago Sergio Emilio "
             "Julien Mathieu Bruno Diego".split(),
        "f": "Lucia Valentina Sofia Camila Chiara Ines Beatriz Elena Marta Claire Amelie".split(),
        "root": "Vald Mont Barr Castel Ferr Marq Orteg Quint Salv Torr Vill Alb Bened Ross Cerv Lomb Fonte Carv".split(),
        "mid": ["a", "e", "i", "o", ""],
        "end": "ez es ini etti ario eira oso ano elli ier eau ado".split(),
    },
    "germanic": {
        "m": "Thomas Michael Stefan Lars Erik Henrik Daniel Peter Mark Jonas Niels Oliver Simon Richard Anders "
             "Frederik Hugo Martin".split(),
        "f": "Anna Karin Ingrid Sarah Laura Emma Julia Helen Sofie Katrin".split(),
        "root": "Hald Lind Brock Eck Falk Hart Kell Mort Ost Ried Stahl Wend Ash Brad Crom Dal Fair Holm Thorn".split(),
        "mid": ["e", "en", "er", ""],
        "end": "berg sson mann ley ford stad holt wick dorf gaard hurst mer".split(),
    },
    "arabic": {
        "m": "Khalid Faisal Omar Tariq Yousef Hassan Karim Nabil Sami Walid Hamad Majid Ziad Adel Fahd".split(),
        "f": "Layla Noura Huda Rania Salma Mariam Amal Dalia".split(),
        "root": "Haddad Mans Qas Rash Shar Zah Jaz Hak Bark Nas Saf Tam Wah Ghan Kab".split(),
        "mid": ["a", "i", "ou", ""],
        "end": "i awi ani iri oun ari".split(),
    },
    "east_asian": {
        "m": "Wenhao Jianguo Haoran Kenta Hiroki Daisuke Minjun Jiho Duc Thanh Bataar Ganbold Somchai Kittipong".split(),
        "f": "Meiling Xiaoyan Yuki Haruka Seoyeon Jiwoo Lan Huong Solongo Malee".split(),
        "root": "Shen Tao Ren Qiu Kase Mori Tana Hase Seo Baek Tran Pham Batu Sukh Chai Wong".split(),
        "mid": ["", "", "mura", "yama", "kawa", "on"],
        "end": ["", "", "", "da", "to", "ya"],
    },
    "south_asian": {
        "m": "Arjun Rohan Vikram Imran Bilal Kamal Rajiv Anil Sanjay Farhan Tenzin Nimal".split(),
        "f": "Priya Ananya Ayesha Nadia Sunita Meera Kavya".split(),
        "root": "Vard Malh Chandr Desh Kuresh Rahm Sethur Banerj Anand Wickram Gurung Thap".split(),
        "mid": ["a", "i", ""],
        "end": "ani ee war singhe ee pal ka".split(),
    },
    "generic": {
        "m": "Daniel David Samuel Joseph Paul Emmanuel Levan Giorgi Davit Aram Tigran Ivan Mikael Jonas Adrian "
             "Kwame Tendai Moses Tomas".split(),
        "f": "Grace Esther Nino Ani Lilit Mariam Ruth Rebecca Ilze Agnes".split(),
        "root": "Abe Bako Chiku Dembe Ekwe Gelash Kvirik Mamul Okon Sarkis Tembo Uzoch Vardan Zuma Kalnin Ozol Petrosy "
                "Mwang Nkos Adeb".split(),
        "mid": ["a", "e", "i", "o", ""],
        "end": "ian shvili dze ane ola eni ins ulu ande umba".split(),
    },
}
REGIONS = {
    "turkic": "KZ KG UZ TM AZ TR",
    "persian": "TJ IR AF",
    "slavic": "RU UA BY PL CZ SK RS HR BG SI BA MK ME",
    "romance": "FR IT ES PT RO MX AR BR CL CO PE VE EC BO UY PY CU DO GT HN SV NI CR PA MD AD MC SM",
    "germanic": "DE AT CH NL BE LU SE NO DK FI IS GB IE US CA AU NZ LI MT",
    "arabic": "SA AE QA KW BH OM JO LB SY IQ EG LY TN DZ MA YE SD MR",
    "east_asian": "CN JP KR KP MN VN LA KH TH MM SG MY ID PH BN TL",
    "south_asian": "IN PK BD LK NP BT MV",
}
STYLE_OF = {code: style for style, codes in REGIONS.items() for code in codes.split()}


def _name_rng(*key: object) -> random.Random:
    return random.Random("|".join(str(k) for k in key))


def _surname(rng: random.Random, style: dict[str, list[str]]) -> str:
    for _ in range(50):
        word = rng.choice(style["root"]) + rng.choice(style["mid"]) + rng.choice(style["end"])
        word = word[0].upper() + word[1:].lower()
        if len(word) >= 4 and word.lower() not in reserved_words():
            return word
    return word


def invent_person(seed: int, code: str, role: str, term: int) -> "Person":
    rng = _name_rng(seed, code, role, term)
    style = NAME_STYLES[STYLE_OF.get(code, "generic")]
    female = rng.random() < 0.22
    given = rng.choice(style["f" if female else "m"])
    name = f"{given} {_surname(rng, style)}"
    if rng.random() < 0.12:  # a double surname or a middle name now and then
        name = f"{given} {_surname(rng, style)} {_surname(rng, style)}" if STYLE_OF.get(code) == "romance" \
            else f"{given} {_surname(rng, style)}"
    return Person(name, female, code)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    female: bool
    state: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def his(self) -> str:
        return "her" if self.female else "his"

    @property
    def mr(self) -> str:
        return "Ms." if self.female else "Mr."


# --- offices and their holders --------------------------------------------------------------
MONARCHS = {"SA": "King", "JO": "King", "MA": "King", "BH": "King", "ES": "King", "GB": "King", "NL": "King",
            "BE": "King", "SE": "King", "NO": "King", "DK": "King", "TH": "King", "QA": "Emir", "KW": "Emir",
            "OM": "Sultan", "BN": "Sultan", "JP": "Emperor"}
FOREIGN_MINISTER = {"US": "Secretary of State", "GB": "Foreign Secretary", "IN": "Minister of External Affairs",
                    "FR": "Minister for Europe and Foreign Affairs", "DE": "Federal Minister for Foreign Affairs",
                    "AU": "Minister for Foreign Affairs", "SK": "Minister of Foreign and European Affairs",
                    "NZ": "Minister of Foreign Affairs and Trade", "IT": "Minister of Foreign Affairs and International Cooperation"}
FM_CHAIN = {"KZ": "Deputy Prime Minister – Minister of Foreign Affairs",
            "TM": "Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs"}
DEPUTY_FM = {"US": "Deputy Secretary of State", "GB": "Minister of State"}
SPEAKER = {"KZ": "Chairman of the Senate", "UZ": "Speaker of the Legislative Chamber of the Oliy Majlis",
           "TM": "Chairman of the Halk Maslahaty", "RU": "Chairman of the State Duma", "AZ": "Speaker of the Milli Majlis",
           "TR": "Speaker of the Grand National Assembly of Türkiye", "US": "Speaker of the House of Representatives",
           "IN": "Speaker of the Lok Sabha", "KG": "Toraga of the Jogorku Kenesh"}
IO_HEADS = {"UN": "Secretary-General of the United Nations", "SCO": "Secretary-General of the Shanghai Cooperation Organisation",
            "OSCE": "Secretary General of the OSCE", "CSTO": "Secretary General of the CSTO",
            "OTS": "Secretary General of the Organization of Turkic States", "NATO": "Secretary General of NATO",
            "CoE": "Secretary General of the Council of Europe", "OIC": "Secretary General of the Organisation of Islamic Cooperation",
            "CIS": "Chairman of the CIS Executive Committee", "EU": "High Representative of the Union for Foreign Affairs and Security Policy",
            "AUC": "Chairperson of the African Union Commission", "EBRD": "President of the European Bank for Reconstruction and Development",
            "ADB": "President of the Asian Development Bank"}


def head_of_state_title(code: str) -> str:
    return MONARCHS.get(code, "President")


def foreign_minister_title(code: str) -> str:
    return FOREIGN_MINISTER.get(code, "Minister of Foreign Affairs")


class World:
    """Who holds which office when: successions of invented persons, built on demand."""

    def __init__(self, seed: int):
        self.seed = seed
        self._terms: dict[tuple[str, str], list[tuple[date, Person]]] = {}

    def holder(self, code: str, role: str, when: date) -> Person:
        key = (code, role)
        terms = self._terms.get(key)
        if terms is None:
            rng = _name_rng(self.seed, "terms", code, role)
            start = date(2010, 1, 1) + timedelta(days=rng.randrange(0, 1500))
            terms, k = [(date(1990, 1, 1), invent_person(self.seed, code, role, 0))], 1
            while start < date(2027, 1, 1):
                terms.append((start, invent_person(self.seed, code, role, k)))
                start += timedelta(days=rng.randrange(700, 2600) if role != "amb" and not role.startswith("amb:")
                                   else rng.randrange(900, 1500))
                k += 1
            self._terms[key] = terms
        person = terms[0][1]
        for begins, who in terms:
            if begins > when:
                break
            person = who
        return person


# --- rendering helpers -------------------------------------------------------------------------
_THE = re.compile(r"(?:Republic|Kingdom|State|States|United|Islamic|Federal|Federative|People’s|People's|Democratic|"
                  r"Principality|Grand|Sultanate|Commonwealth|Union|Socialist|Arab|Hashemite|Plurinational|"
                  r"Bolivarian|Oriental|Co-operative|Independent|Russian|Kyrgyz|Czech|Dominican|Central African|"
                  r"Netherlands|Philippines|Holy See|Bahamas|Gambia|Maldives|Marshall|Solomon|Comoros|"
                  r"Gabonese|Lao|Togolese|Syrian|Argentine|Slovak|Italian|Hellenic|Lebanese|Swiss|Portuguese)\b")


def the(name: str) -> str:
    """'the United States', 'the Kyrgyz Republic', 'the State of Israel', but 'Kazakhstan'."""
    return f"the {name}" if _THE.match(name) else name


def long_date(d: date, rng: random.Random) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if rng.random() < 0.5 else f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60]


TOPICS = {
    "security": ["regional security", "countering terrorism and extremism", "conflict prevention"],
    "trade": ["trade and economic cooperation", "mutual investments", "increasing trade turnover"],
    "energy": ["energy security", "renewable energy projects", "cooperation in the oil and gas sector"],
    "connectivity": ["transport and transit connectivity", "the development of transport corridors",
                     "railway and logistics projects"],
    "afghanistan": ["the situation in Afghanistan", "humanitarian assistance to the Afghan people"],
    "climate": ["climate change", "the rational use of water resources", "environmental protection"],
    "health": ["cooperation in health care", "the fight against the COVID-19 pandemic"],
    "human-rights": ["human rights and the rule of law", "civil society and fundamental freedoms"],
    "culture": ["cultural and humanitarian cooperation", "education and youth exchanges", "tourism"],
    "multilateral": ["cooperation within the United Nations", "interaction on multilateral platforms"],
    "nonproliferation": ["nuclear non-proliferation and disarmament", "arms control"],
    "food": ["food security", "cooperation in agriculture"],
    "digital": ["digital technologies and innovation", "cybersecurity"],
}
INITIATIVE_HEADS = ["Regional Centre for {t}", "International {t} Forum", "{r} {t} Platform", "{r} Partnership for {t}",
                    "{c} Dialogue on {t}", "{r} {t} Hub", "International Agency for {t}", "{r} Council on {t}"]
INITIATIVE_TOPICS = ["Climate Technologies", "Water Security", "Digital Transformation", "Preventive Diplomacy",
                     "Food Security", "Transport Connectivity", "Green Energy", "Biological Safety", "Sustainable Development",
                     "Counter-Terrorism", "Critical Raw Materials", "Disaster Risk Reduction", "Youth Exchanges",
                     "Migration", "Public Health", "Cultural Heritage"]
INITIATIVE_REGIONS = ["Central Asian", "Eurasian", "Caspian", "Trans-Caspian", "Asian", "Black Sea", "Silk Road"]
DOCUMENT_HEADS = [
    "Memorandum of Understanding on Cooperation in the Field of {t} between the Ministries of Foreign Affairs of {a} and {b}",
    "Plan of Consultations between the Ministries of Foreign Affairs of {a} and {b} for {y}–{y2}",
    "Agreement on {t} between the Government of {a} and the Government of {b}",
    "Roadmap for the Development of Trade and Economic Cooperation between {a} and {b} for {y}–{y2}",
    "Programme of Cooperation between the Ministries of Foreign Affairs of {a} and {b} for {y}–{y2}",
    "Joint Declaration on Strategic Partnership between {a} and {b}",
]
TREATIES = ["Treaty on Strategic Partnership", "Treaty on Eternal Friendship", "Treaty on Good-Neighbourliness and "
            "Cooperation", "Agreement on Allied Relations", "Declaration on Comprehensive Strategic Partnership",
            "Treaty on Friendship and Cooperation"]
CHARTERS = ["the principles of the Charter of the United Nations", "the Helsinki Final Act", "the Paris Agreement",
            "the 2030 Agenda for Sustainable Development", "the Universal Declaration of Human Rights",
            "the Treaty on the Non-Proliferation of Nuclear Weapons", "the Vienna Convention on Diplomatic Relations",
            "the United Nations Convention on the Law of the Sea", "the Astana Declaration",
            "the Convention on Biological Diversity", "international law"]
COMMISSIONS = ["Trade and Economic Cooperation", "Economic, Scientific and Technical Cooperation",
               "Trade, Economic, Scientific, Technical and Cultural Cooperation", "Investment Cooperation"]
DOCUMENT_TOPICS = ["Visa-Free Travel", "Mutual Protection of Investments", "Cultural Cooperation", "Education and Science",
                   "Information Exchange", "Consular Matters", "Diplomatic Training", "Tourism", "Digital Cooperation"]


@dataclass(frozen=True, slots=True)
class Ministry:
    code: str
    style: str   # dateline house style
    weight: float
    domain: str


MINISTRIES = [
    Ministry("KZ", "upper-date", 3.0, "gov.kz/memleket/entities/mfa"), Ministry("US", "us", 3.0, "state.gov"),
    Ministry("UZ", "upper-date", 2.0, "mfa.uz"), Ministry("KG", "upper-agency", 1.5, "mfa.gov.kg"),
    Ministry("TJ", "upper-iso", 1.2, "mfa.tj"), Ministry("TM", "upper-period", 1.2, "mfa.gov.tm"),
    Ministry("AZ", "date-line", 1.5, "mfa.gov.az"), Ministry("TR", "upper-date", 1.5, "mfa.gov.tr"),
    Ministry("MN", "stamp", 0.8, "mfa.gov.mn"), Ministry("GE", "date-line", 0.8, "mfa.gov.ge"),
    Ministry("AM", "stamp", 0.8, "mfa.am"), Ministry("DE", "upper-date", 1.0, "auswaertiges-amt.de"),
]
AGENCIES = {"KG": "Kabar", "KZ": "Kazinform", "UZ": "UzA", "TJ": "Khovar", "AZ": "AZERTAC", "TM": "TDH"}


@dataclass
class Draft:
    """A release being written: paragraphs, and what the title should say."""

    home: StateInfo
    when: date
    rng: random.Random
    world: World
    paragraphs: list[str] = field(default_factory=list)
    introduced: set[str] = field(default_factory=set)

    # -- persons, as written: first with their title chain, after that short ---------------
    def person(self, code: str, role: str, when: date | None = None) -> Person:
        return self.world.holder(code, role, when or self.when)

    def chain(self, p: Person, role: str, *, of_home: bool = False) -> str:
        """'Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov', first time; 'Mr. Saidov' after."""
        rng = self.rng
        if p.name in self.introduced:
            r = rng.random()
            if r < 0.45:
                return p.name
            if r < 0.8:
                return f"{p.mr} {p.surname}"
            return p.surname if role != "fm" else f"Minister {p.surname}"
        self.introduced.add(p.name)
        title = self.title(p.state, role)
        if role.startswith("io:"):
            return f"{title} {p.name}"
        s = states()[p.state]
        r = rng.random()
        if role == "fm" and p.state in FM_CHAIN and r < 0.6:
            title = FM_CHAIN[p.state]
        if role.startswith("amb:"):
            host = states()[role[4:]]
            return f"Ambassador Extraordinary and Plenipotentiary of {the(s.name)} to {the(host.name)} {p.name}"
        if role == "speaker" and p.state in SPEAKER:
            return f"{title} {p.name}"
        if of_home and r < 0.35:
            return f"{title} {p.name}" if role != "fm" or p.state not in FM_CHAIN else f"{title} of {s.name} {p.name}"
        if r < 0.45:
            return f"{title} of {the(s.official)} {p.name}"
        if r < 0.7:
            return f"{title} of {the(s.name)} {p.name}"
        if r < 0.85 and role in ("fm", "pm"):
            short = {"fm": "Foreign Minister", "pm": "Prime Minister"}[role]
            return f"{s.demonym} {short} {p.name}"
        if role == "fm" and r < 0.93:
            return f"{p.name}, {s.name}’s Foreign Minister"
        return f"{title} of {the(s.name)} {p.name}"

    def title(self, code: str, role: str) -> str:
        if role == "hos":
            return head_of_state_title(code)
        if role == "pm":
            return "Prime Minister"
        if role == "fm":
            return foreign_minister_title(code)
        if role == "dfm":
            return DEPUTY_FM.get(code, "Deputy Minister of Foreign Affairs")
        if role == "speaker":
            return SPEAKER.get(code, "Speaker of the Parliament")
        if role.startswith("io:"):
            return IO_HEADS[role[3:]]
        return "Ambassador"

    def topics(self, k: int) -> list[str]:
        keys = self.rng.sample(sorted(TOPICS), k)
        return [self.rng.choice(TOPICS[t]) for t in keys]

    def listing(self, items: list[str]) -> str:
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def pick_counterpart(rng: random.Random, home: str, seed: int) -> str:
    """A state the home ministry deals with: a few often, most seldom (Zipf-like)."""
    order = _counterpart_order(seed, home)
    weights = _zipf_weights(len(order))
    return rng.choices(order, cum_weights=weights)[0]


@lru_cache(maxsize=64)
def _counterpart_order(seed: int, home: str) -> tuple[str, ...]:
    codes = sorted(c for c in states() if c != home)
    rng = _name_rng(seed, "partners", home)
    rng.shuffle(codes)
    # Neighbours and the great powers first, as in the real archives.
    first = [c for c in ("RU", "CN", "US", "TR", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "DE", "JP", "KR", "IN", "FR", "GB")
             if c in codes and c != home]
    rng.shuffle(first)
    return tuple(first + [c for c in codes if c not in first])


@lru_cache(maxsize=512)
def _zipf_weights(n: int) -> list[float]:
    total, out = 0.0, []
    for i in range(n):
        total += 1.0 / (i + 1) ** 0.9
        out.append(total)
    return out


# --- release kinds ------------------------------------------------------------------------------
def _talks(d: Draft, guest_code: str) -> str:
    rng, home = d.rng, d.home
    host_fm, guest_fm = d.person(home.code, "fm"), d.person(guest_code, "fm")
    g = states()[guest_code]
    hc = d.chain(host_fm, "fm", of_home=True)
    gc = d.chain(guest_fm, "fm")
    form = rng.random()
    if form < 0.4:
        lead = f"{hc} held talks today with {gc}, who arrived in {home.capital} on an official visit."
    elif form < 0.7:
        lead = f"{gc}, who is in {home.capital} on a working visit, held talks today with {hc}."
    else:
        lead = f"Today, {hc} met with {gc} in {home.capital}."
    d.paragraphs.append(lead)
    topics = d.topics(3)
    d.paragraphs.append(
        f"During the talks, held in narrow and extended formats, the sides discussed the current state and prospects "
        f"of {home.demonym}-{g.demonym} relations, {d.listing(topics)}, as well as regional and international issues. "
        f"{host_fm.surname} noted the dynamic development of political dialogue between the two countries.")
    title = rng.choice([f"{host_fm.name} holds talks with {g.demonym} Foreign Minister {guest_fm.name}",
                        f"Talks between the Foreign Ministers of {home.name} and {g.name}",
                        f"{home.demonym} and {g.demonym} Foreign Ministers discuss {topics[0]}"])
    if rng.random() < 0.55:
        hos = d.person(home.code, "hos")
        when = d.when if rng.random() < 0.5 else d.when + timedelta(days=1)
        on = "On the same day" if when == d.when else f"On {when.day} {MONTHS[when.month - 1]}"
        d.paragraphs.append(
            f"{on}, {guest_fm.name} was received by {d.chain(hos, 'hos', of_home=True)}. The Head of State "
            f"stressed the importance of {d.topics(1)[0]} for the two countries.")
        if rng.random() < 0.5:
            sender = d.person(guest_code, "hos")
            d.paragraphs.append(
                f"The guest conveyed a message from {head_of_state_title(guest_code)} of {the(g.name)} {sender.name} "
                f"to {head_of_state_title(home.code)} {hos.name}.")
    return title


def _call(d: Draft, other: str) -> str:
    rng, home = d.rng, d.home
    a, b = d.person(home.code, "fm"), d.person(other, "fm")
    o = states()[other]
    verb = rng.choice(["held a telephone conversation with", "spoke today by phone with",
                       "held a videoconference today with", "had a phone call with"])
    d.paragraphs.append(f"{d.chain(a, 'fm', of_home=True)} {verb} {d.chain(b, 'fm')}.")
    d.paragraphs.append(
        f"The ministers discussed {d.listing(d.topics(2))}. {a.surname} informed {a.his} counterpart about the "
        f"preparations for the upcoming events of the bilateral agenda.")
    if rng.random() < 0.3:
        d.paragraphs.append("The sides agreed to hold the next round of political consultations between the foreign "
                            f"ministries in {rng.choice([d.home.capital, o.capital])} later this year.")
    return rng.choice([f"{a.name} and {b.name} discuss {home.demonym}-{o.demonym} cooperation by phone",
                       f"Telephone conversation between the Foreign Ministers of {home.name} and {o.name}",
                       f"Secretary {a.surname}’s Call with {o.name} Foreign Minister {b.surname}" if home.code == "US"
                       else f"{a.name} holds phone talks with {b.name}"])


def _visit_abroad(d: Draft, dest: str) -> str:
    rng, home = d.rng, d.home
    fm = d.person(home.code, "fm")
    s = states()[dest]
    fm_c = d.chain(fm, "fm", of_home=True)
    city = s.capital
    kind = rng.choice(["an official", "a working", "an official"])
    d.paragraphs.append(f"{fm_c} paid {kind} visit to {the(s.name)} today.")
    other = d.person(dest, "fm")
    d.paragraphs.append(f"In {city}, {fm.surname} held talks with {d.chain(other, 'fm')}. The ministers discussed "
                        f"{d.listing(d.topics(2))}.")
    if rng.random() < 0.6:
        host = d.person(dest, rng.choice(["hos", "pm", "speaker"]))
        role = {d.person(dest, "hos").name: "hos", d.person(dest, "pm").name: "pm"}.get(host.name, "speaker")
        when = d.when + timedelta(days=rng.choice([0, 1]))
        d.paragraphs.append(f"On {when.day} {MONTHS[when.month - 1]}, {fm.name} was also received by "
                            f"{d.chain(host, role)}, to whom {fm.surname} conveyed greetings from the leadership of "
                            f"{home.name}.")
    return rng.choice([f"{fm.name} pays {kind.split()[1]} visit to {s.name}",
                       f"Foreign Minister {fm.name} visits {s.name}",
                       f"{home.demonym} Foreign Minister visits {city}"])


def _signing(d: Draft, other: str) -> str:
    rng, home = d.rng, d.home
    a, b = d.person(home.code, "fm"), d.person(other, "fm")
    o = states()[other]
    y = d.when.year
    doc = rng.choice(DOCUMENT_HEADS).format(t=rng.choice(DOCUMENT_TOPICS), a=the(home.official), b=the(o.official),
                                            y=y, y2=y + rng.randint(1, 3))
    d.paragraphs.append(f"Today, {d.chain(a, 'fm', of_home=True)} met with {d.chain(b, 'fm')} in "
                        f"{rng.choice([home.capital, o.capital])}. The sides discussed {d.listing(d.topics(2))}.")
    d.paragraphs.append(f"Following the talks, {a.name} and {b.name} signed the {doc}.")
    return rng.choice([f"{home.demonym} and {o.demonym} foreign ministries sign cooperation documents",
                       f"{a.name} and {b.name} sign a {doc.split(' between')[0]}"])


def _credentials(d: Draft, other: str) -> str:
    rng, home = d.rng, d.home
    fm = d.person(home.code, "fm")
    amb = d.person(other, f"amb:{home.code}")
    o = states()[other]
    d.paragraphs.append(f"{d.chain(fm, 'fm', of_home=True)} received today {d.chain(amb, 'amb:' + home.code)}, who "
                        f"presented copies of {amb.his} credentials.")
    d.paragraphs.append(f"Welcoming the Ambassador, the Minister noted that {o.name} is one of {home.name}’s important "
                        f"partners and wished {amb.surname} success in {amb.his} mission. The sides discussed "
                        f"{d.listing(d.topics(2))}.")
    return f"{fm.name} receives copies of credentials from the new Ambassador of {o.name}"


def _consultations(d: Draft, other: str) -> str:
    rng, home = d.rng, d.home
    a, b = d.person(home.code, "dfm"), d.person(other, "dfm")
    o = states()[other]
    n = rng.randint(2, 14)
    city = rng.choice([home.capital, o.capital])
    d.paragraphs.append(f"The {ordinal(n)} round of political consultations between the foreign ministries of "
                        f"{the(home.name)} and {the(o.name)} was held today in {city}. {d.chain(a, 'dfm', of_home=True)} "
                        f"led the {home.demonym} delegation, and {d.chain(b, 'dfm')} led the {o.demonym} delegation.")
    d.paragraphs.append(f"The delegations reviewed {d.listing(d.topics(3))}.")
    return f"{home.demonym}-{o.demonym} political consultations held in {city}"


MULTILATERAL_EVENTS = [
    ("OSCE", "{n} meeting of the OSCE Ministerial Council"), ("SCO", "meeting of the Council of Foreign Ministers of the SCO"),
    ("CICA", "{n} CICA Ministerial Council"), ("OTS", "{n} Summit of the Organization of Turkic States"),
    ("CIS", "meeting of the Council of Foreign Ministers of the CIS"), ("UN", "{n} session of the United Nations General Assembly"),
    ("OIC", "{n} session of the OIC Council of Foreign Ministers"), ("CSTO", "session of the CSTO Collective Security Council"),
    ("EU", "EU-Central Asia Ministerial Meeting"), ("C5+1", "C5+1 Ministerial Meeting"), ("ECO", "{n} ECO Summit"),
    ("ASEAN", "ASEAN Regional Forum Ministerial Meeting"), ("G20", "G20 Foreign Ministers’ Meeting"),
]


def _multilateral(d: Draft) -> str:
    rng, home = d.rng, d.home
    fm = d.person(home.code, "fm")
    org, pattern = rng.choice(MULTILATERAL_EVENTS)
    event = pattern.format(n=ordinal(rng.randint(5, 79)))
    host_code = rng.choice([c for c in cities() if c in states()] + [home.code])
    city = rng.choice(cities().get(host_code, []) or [states()[host_code].capital])
    d.paragraphs.append(f"{d.chain(fm, 'fm', of_home=True)} took part today in the {event} in {city}.")
    d.paragraphs.append(f"In {fm.his} speech, the Minister stressed the importance of {d.listing(d.topics(2))}, and "
                        f"called for joint efforts on {d.topics(1)[0]}.")
    others = []
    while len(others) < rng.randint(2, 4):
        c = pick_counterpart(rng, home.code, d.world.seed)
        if c not in others:
            others.append(c)
    named = [f"{states()[c].name} {d.person(c, 'fm').name}" for c in others]
    for c in others:
        d.introduced.add(d.person(c, "fm").name)
    d.paragraphs.append(f"On the sidelines of the {event}, {fm.name} held separate meetings with the foreign ministers "
                        f"of {d.listing(named)}. The interlocutors discussed the bilateral agenda and "
                        f"{d.topics(1)[0]}.")
    if org in IO_HEADS and rng.random() < 0.6:
        head = d.person(org, f"io:{org}")
        d.paragraphs.append(f"The Minister also met with {d.chain(head, 'io:' + org)}. {head.surname} commended the "
                            f"contribution of {home.name} to the work of the organization.")
    return rng.choice([f"Minister {fm.name} attends the {event}", f"{fm.name} takes part in the {event}"])


def _us_readout(d: Draft, other: str) -> str:
    """The U.S. house style: spokesperson attribution, 'Secretary X spoke today with'."""
    rng = d.rng
    sec, spox = d.person("US", "fm"), d.person("US", "spox")
    b = d.person(other, "fm")
    o = states()[other]
    d.introduced.add(sec.name)
    d.paragraphs.append(f"The following is attributable to Spokesperson {spox.name}:")
    kind = rng.random()
    if kind < 0.5:
        d.paragraphs.append(f"Secretary of State {sec.name} spoke today with {o.name} Foreign Minister {b.name}. The "
                            f"Secretary affirmed the United States’ support for {o.name}’s sovereignty and discussed "
                            f"{d.listing(d.topics(2))}.")
        title = f"Secretary {sec.surname}’s Call with {o.name} Foreign Minister {b.surname}"
    else:
        d.paragraphs.append(f"Secretary of State {sec.name} met today with {o.name} Foreign Minister {b.name} in "
                            f"Washington. The Secretary and the Foreign Minister discussed {d.listing(d.topics(2))}.")
        title = f"Secretary {sec.surname}’s Meeting with {o.name} Foreign Minister {b.surname}"
    d.introduced.add(b.name)
    d.paragraphs.append(f"Both leaders affirmed the strong U.S.-{o.name} bilateral relationship.")
    return title


KINDS = [(_talks, 0.28), (_call, 0.20), (_visit_abroad, 0.13), (_signing, 0.09), (_credentials, 0.08),
         (_consultations, 0.08), (_multilateral, 0.14)]
US_KINDS = [(_us_readout, 0.5), (_call, 0.2), (_multilateral, 0.15), (_signing, 0.15)]


def _extras(d: Draft, partner: str) -> None:
    """Initiatives, a document mentioned in passing, background, closing plans."""
    rng, home = d.rng, d.home
    if rng.random() < 0.35:
        name = rng.choice(INITIATIVE_HEADS).format(t=rng.choice(INITIATIVE_TOPICS), r=rng.choice(INITIATIVE_REGIONS),
                                                   c=home.capital)
        if rng.random() < 0.5:
            hos = d.person(home.code, "hos")
            d.introduced.add(hos.name)
            d.paragraphs.append(f"The {states()[partner].demonym} side expressed support for the initiative put forward "
                                f"by {head_of_state_title(home.code)} of {the(home.name)} {hos.name} to establish the "
                                f"{name}.")
        else:
            d.paragraphs.append(f"The {home.demonym} side proposed the creation of the {name}, which would focus on "
                                f"sharing best practices and joint research.")
    if rng.random() < 0.12:
        y = d.when.year - rng.randint(1, 12)
        treaty = rng.choice(TREATIES)
        d.paragraphs.append(f"The sides noted the importance of implementing the {treaty} between "
                            f"{the(home.name)} and {the(states()[partner].name)}, signed in {y}.")
    other = states()[partner]
    background = [
        f"It was noted that {d.listing(d.topics(2))} remain priority areas of interaction between {the(home.name)} "
        f"and {the(other.name)}.",
        "The parties exchanged views on the international agenda and confirmed their mutual interest in further "
        "strengthening multilateral cooperation, including within the United Nations and other international "
        "organizations.",
        f"Particular attention was paid to {d.topics(1)[0]} and to the results of the meeting of the intergovernmental "
        f"commission held last year, which identified new projects worth more than {rng.randint(2, 40) * 50} million "
        f"dollars.",
        f"The interlocutors reaffirmed their commitment to {rng.choice(CHARTERS)}, respect for sovereignty and "
        f"territorial integrity, and the peaceful settlement of disputes.",
        f"The sides stressed that trade turnover between the two countries grew by {rng.randint(3, 60)} percent last "
        f"year and expressed confidence that the joint business council would help to diversify it, in particular in "
        f"{d.topics(1)[0]}.",
        f"The {home.demonym} side briefed its partners on the ongoing political and economic reforms in the country, "
        f"aimed at building a fair and open society, and on the priorities of its foreign policy for {d.when.year}.",
        f"The {other.demonym} side highly appreciated the role of {the(home.name)} in strengthening stability and "
        f"security in the region and its contribution to {d.topics(1)[0]}.",
        f"The importance of expanding direct flights between {home.capital} and {other.capital}, as well as of "
        f"cultural days, youth exchanges and cooperation between universities, was emphasized.",
        f"The parties also discussed {d.listing(d.topics(2))}, and agreed to intensify the work of the relevant "
        f"working groups and to prepare new joint projects.",
    ]
    rng.shuffle(background)
    d.paragraphs.extend(background[: rng.randint(2, 5)])
    if rng.random() < 0.3:
        d.paragraphs.append(f"The sides agreed to continue regular contacts at all levels and to hold the next meeting "
                            f"of the {home.demonym}-{other.demonym} Intergovernmental Commission on "
                            f"{rng.choice(COMMISSIONS)} in {rng.choice([home.capital, other.capital])}.")


def _dateline(m: Ministry, home: StateInfo, when: date, rng: random.Random) -> tuple[str, str]:
    """(opening of the body, closing stamp) in the ministry's house style."""
    place = home.capital.upper()
    if m.style == "upper-date":
        return f"{place}, {long_date(when, rng)} – ", ""
    if m.style == "upper-iso":
        return f"{place}, {when.isoformat()} – ", ""
    if m.style == "upper-period":
        return f"{place}, {when.day} {MONTHS[when.month - 1]} {when.year}. ", ""
    if m.style == "upper-agency":
        return f"{place}, {MONTHS[when.month - 1]} {when.day} ({AGENCIES.get(home.code, 'Kabar')}) – ", ""
    if m.style == "date-line":
        return f"{when.day:02d}.{when.month:02d}.{when.year}\n\nOn {when.day} {MONTHS[when.month - 1]}, ", ""
    if m.style == "stamp":
        stamp = f"{when.day}.{when.month:02d}.{when.year}, {rng.randint(9, 19)}:{rng.choice(['00', '15', '30', '45'])}"
        return f"{place}, {long_date(when, rng)} – ", f"\n\nCreated at : {stamp}, Updated at : {stamp}"
    return "", ""  # U.S.: no dateline; the date is in the metadata


def make_release(seed: int, index: int, world: World) -> dict[str, str]:
    """Release ``index`` of the corpus of ``seed`` (depends on nothing else)."""
    rng = random.Random(f"{seed}:{index}")
    ministry = rng.choices(MINISTRIES, weights=[m.weight for m in MINISTRIES])[0]
    home = states()[ministry.code]
    when = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    d = Draft(home, when, rng, world)
    partner = pick_counterpart(rng, home.code, seed)
    kinds = US_KINDS if home.code == "US" else KINDS
    kind = rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
    title = kind(d) if kind is _multilateral else kind(d, partner)
    _extras(d, partner)
    opening, stamp = _dateline(ministry, home, when, rng)
    first = d.paragraphs[0]
    if ministry.style == "date-line":  # "On 5 December, ...": the date is given, not "today"
        first = first.removeprefix("Today, ").replace(" today", "", 1)
        first = first[0].lower() + first[1:] if first.startswith("The ") else first
    elif opening and first.startswith("Today, ") and rng.random() < 0.25:
        first = first.removeprefix("Today, ")
    body = opening + first + "\n\n" + "\n\n".join(d.paragraphs[1:]) + stamp
    rid = f"gen{seed}-{home.code.lower()}-{when.isoformat()}-{index:06d}"
    return {
        "id": rid,
        "title": title,
        "text": f"{title}\n\n{body}",
        "date": when.isoformat(),
        "url": f"https://{ministry.domain}/press/{rid}-{slug(title)}",
        "publisher": f"Ministry of Foreign Affairs of {the(home.name)}" if home.code != "US" else "U.S. Department of State",
    }


def iter_releases(count: int, seed: int, start: int = 0) -> Iterator[dict[str, str]]:
    world = World(seed)
    for index in range(start, start + count):
        yield make_release(seed, index, world)


def write(path: str | Path, count: int, seed: int) -> int:
    """Write ``count`` releases of ``seed`` to ``path`` (``-`` for stdout); returns bytes written."""
    out = sys.stdout if str(path) == "-" else open(path, "w", encoding="utf-8")
    written = 0
    try:
        for release in iter_releases(count, seed):
            line = json.dumps(release, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line)
    finally:
        if out is not sys.stdout:
            out.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="how many releases (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", default="-", help="JSON Lines file (default: stdout)")
    args = parser.parse_args(argv)
    written = write(args.output, args.count, args.seed)
    if args.output != "-":
        print(f"{args.count} releases, {written / 1e6:.1f} MB → {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
