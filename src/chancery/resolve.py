"""Mentions -> actors: one actor per person, organization or country.

Within a document, a bare surname or "Vice Minister Oh" joins the person
whose full name starts or ends with it; acronyms and gazetteer forms already
carry their canonical name. Across documents, `actor_key` is the identity
the knowledge base uses: two actors with the same key are one actor.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from chancery.records import Actor, Mention, Role


def actor_key(name: str, kind: str) -> str:
    """The identity of an actor across documents: kind plus a folded name."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = re.sub(r"[\s.\-‐-–]+", "", folded)
    return f"{kind}:{folded}"


def _person_heads(mentions: list[Mention]) -> tuple[dict[str, str], set[str]]:
    """Map each token usable alone (first or last of a full name) to that full
    name; also return the tokens that stand for more than one."""
    full = [m.name for m in mentions if m.kind == "person" and len(m.name.split()) >= 2]
    heads: dict[str, str] = {}
    ambiguous: set[str] = set()
    for name in sorted(set(full), key=lambda n: -len(n)):
        tokens = name.split()
        for token in {tokens[0], tokens[-1]}:
            key = token.casefold()
            if key in heads and heads[key] != name and not heads[key].endswith(name) and not name in heads[key]:
                ambiguous.add(key)
            heads.setdefault(key, name)
    return {k: v for k, v in heads.items() if k not in ambiguous}, ambiguous


def _nearest_before(names: list[str], token: str) -> str | None:
    """The latest full person name already met that starts or ends with `token`."""
    for name in reversed(names):
        parts = name.split()
        if len(parts) >= 2 and token.casefold() in (parts[0].casefold(), parts[-1].casefold()):
            return name
    return None


def _part_of(short: str, full: str) -> bool:
    """Whether a name of two or more words begins or ends another ("Le Saux", "Jean-Yves Le Saux")."""
    return short != full and (full.endswith(" " + short) or full.startswith(short + " "))


def _main_country(mentions: list[Mention]) -> str | None:
    counts = Counter(m.name for m in mentions if m.kind == "country")
    return counts.most_common(1)[0][0] if counts else None


def _variants_joined(mentions: list[Mention], names: list[str], body_key: Callable[[str], str]) -> list[str]:
    """One name for the spellings of one actor: persons written in another
    case ("Eliphaz BAHIZI", "Eliphaz Bahizi") take the first; bodies with the
    same `body_key` ("Korean NATCOM", "South Korean National Commission for
    UNESCO") take the longest."""
    groups: dict[tuple[str, str], list[str]] = {}
    for m, name in zip(mentions, names):
        key = body_key(name) if m.kind == "organization" else name.casefold()
        forms = groups.setdefault((m.kind, key), [])
        if name not in forms:
            forms.append(name)
    _located_joined(groups)
    _shortened_joined(groups)
    chosen = {}
    for (kind, _), forms in groups.items():
        best = max(forms, key=len) if kind == "organization" else forms[0]
        chosen.update({(kind, form): best for form in forms})
    return [chosen[(m.kind, name)] for m, name in zip(mentions, names)]


def _named(key: str) -> str:
    """The body's own words in a key "country|words" (see `body_key`)."""
    return key.split("|", 1)[-1]


def _shortened_joined(groups: dict[tuple[str, str], list[str]]) -> None:
    """A body named by the last three or more words of one other body's name
    ("the Regional Bureau for Education" after "UNESCO Asia-Pacific Regional
    Bureau for Education") is that body."""
    for kind, key in [k for k in groups if k[0] == "organization"]:
        words = _named(key).split()
        if len(words) < 3 or (kind, key) not in groups:
            continue
        longer = [k for k in groups if k[0] == kind and k != (kind, key) and _named(k[1]).endswith(" " + " ".join(words))]
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop((kind, key)))


def _located_joined(groups: dict[tuple[str, str], list[str]]) -> None:
    """A body named without its country joins the one body of the same name
    named with it ("Chulalongkorn University", "Chulalongkorn University of
    Thailand"); keys are "country|rest", the country empty when none is
    named (see `body_key`)."""
    for kind, key in [k for k in groups if k[1].startswith("|")]:
        located = [k for k in groups if k[0] == kind and k != (kind, key) and _named(k[1]) == _named(key)]
        if len(located) == 1:
            groups[located[0]].extend(groups.pop((kind, key)))


def resolve_document(
    mentions: list[Mention], state_title: Callable[[str], bool] = lambda title: False,
    body_key: Callable[[str], str] = str.casefold,
) -> tuple[list[Actor], list[str]]:
    """Group one document's mentions into actors.

    Returns the actors and, for each mention, the name of its actor.
    A title given without its organization joins the person's role with the
    same title; `state_title(title)` tells the titles that otherwise default
    to the article's main country, unless another person holds that title of
    it (a counterpart's country is not one's own); `body_key(name)` folds the spellings of
    one organization to one key.
    """
    heads, ambiguous = _person_heads(mentions)
    multi = {m.name for m in mentions if m.kind == "person" and len(m.name.split()) >= 2}
    longest = {n: max((o for o in multi if o == n or _part_of(n, o)), key=len) for n in multi}
    names: list[str] = []
    for m in mentions:
        name = m.name
        if m.kind == "person":
            if len(name.split()) == 1:
                key = name.casefold()
                name = heads.get(key) or (_nearest_before(names, name) if key in ambiguous else None) or name
            name = longest.get(name, name)
        names.append(name)
    names = _variants_joined(mentions, names, body_key)
    kinds: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    titles: dict[str, dict[str | None, list[tuple[str, int, int]]]] = {}
    main_country = _main_country(mentions)
    canonical = {m.text: n for m, n in zip(mentions, names)}
    for m, name in zip(mentions, names):
        kinds.setdefault(name, m.kind)
        forms = aliases.setdefault(name, [])
        for form in (m.text, m.name):
            if form != name and form not in forms:
                forms.append(form)
        if m.kind == "person" and m.title:
            of = canonical.get(m.title_of, m.title_of) if m.title_of else None
            titles.setdefault(name, {}).setdefault(of, []).append((m.title, m.start, m.end))
    held = {(name, t.casefold(), of) for name, by_of in titles.items() for of, f in by_of.items() if of
            for t, _, _ in f}
    for person, by_of in titles.items():
        unattached = sorted(by_of.pop(None, []), key=lambda f: -len(f[0]))
        for found in unattached:
            home = next((of for of, f in by_of.items() if any(found[0] in t for t, _, _ in f)), None)
            counterpart = any(found[0].casefold() in t and of == main_country and other != person
                              for other, t, of in held)
            if home is None and state_title(found[0]) and not counterpart:
                home = main_country
            by_of.setdefault(home, []).append(found)
    actors = []
    for name, kind in kinds.items():
        roles = []
        for of, found in titles.get(name, {}).items():
            title, start, end = max(found, key=lambda t: len(t[0]))
            others = tuple(dict.fromkeys(t for t, _, _ in found if t != title))
            roles.append(Role(title=title, of=of, title_aliases=others, start=start, end=end))
        actors.append(Actor(name=name, kind=kind, aliases=tuple(aliases[name]), roles=tuple(roles)))
    return actors, names
