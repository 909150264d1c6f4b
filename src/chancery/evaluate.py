"""Scoring extractions against a hand-annotated corpus (../shared/corpus format).

Rules, as the corpus README states them:
- actors: P/R/F1 over (actor, kind); a system actor matches a gold actor when
  its name or an alias equals the gold name or an alias, ignoring case,
  spaces, hyphens and dots;
- roles: over (person, title, of), the title matching `title` or any
  `title_aliases`;
- events: a system event matches a gold event of the same type sharing a
  participant, with dates that do not contradict; each gold event matches
  at most one system event; then participant F1, date and status accuracy
  over matched pairs;
- boilerplate: P/R/F1 of the distinct lines dropped (the gold lists a
  line repeated on a page once).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chancery.errors import IngestError
from chancery.ingest.article import to_article
from chancery.ingest.sources import corpus_sources
from chancery.language.dates import compatible
from chancery.records import Source


def _assign_events(g_events: list[dict], s_events: list[dict], mapped: list[set[str]]) -> dict[int, int]:
    """Gold event index -> system event index: a maximum matching over pairs
    of the same type that share a participant and whose dates agree, each
    gold event trying the system events it shares most participants with
    (and then an equal date) first."""
    options = []
    for g in g_events:
        parts = set(g.get("participants", []))
        fits = [(i, len(mapped[i] & parts), e.get("date") == g.get("date")) for i, e in enumerate(s_events)
                if e["type"] == g["type"] and compatible(e.get("date"), g.get("date")) and mapped[i] & parts]
        options.append([i for i, _, _ in sorted(fits, key=lambda f: (-f[1], not f[2], f[0]))])
    owner: dict[int, int] = {}

    def place(gi: int, seen: set[int]) -> bool:
        for i in options[gi]:
            if i not in seen:
                seen.add(i)
                if i not in owner or place(owner[i], seen):
                    owner[i] = gi
                    return True
        return False

    for gi in range(len(g_events)):
        place(gi, set())
    return {gi: i for i, gi in owner.items()}


def norm(name: str | None) -> str:
    """A name folded for matching: case, spaces, hyphens and dots ignored."""
    return re.sub(r"[\s.\-‐-–]+", "", (name or "").casefold())


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, other: "Accuracy") -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"accuracy": round(self.value, 4), "right": self.right, "total": self.total}


@dataclass
class Scores:
    """All figures for a set of documents."""

    documents: int = 0
    boilerplate: PRF = field(default_factory=PRF)
    actors: PRF = field(default_factory=PRF)
    roles: PRF = field(default_factory=PRF)
    events: PRF = field(default_factory=PRF)
    participants: PRF = field(default_factory=PRF)
    date: Accuracy = field(default_factory=Accuracy)
    status: Accuracy = field(default_factory=Accuracy)

    def add(self, other: "Scores") -> None:
        self.documents += other.documents
        for name in ("boilerplate", "actors", "roles", "events", "participants", "date", "status"):
            getattr(self, name).add(getattr(other, name))

    def as_dict(self) -> dict:
        out = {"documents": self.documents}
        for name in ("boilerplate", "actors", "roles", "events", "participants", "date", "status"):
            out[name] = getattr(self, name).as_dict()
        return out


@dataclass
class DocResult:
    id: str
    lang: str
    scores: Scores
    errors: list[str]


def _forms(actor: dict) -> set[str]:
    return {norm(actor["name"])} | {norm(a) for a in actor.get("aliases", [])}


def match_actors(system: list[dict], gold: list[dict]) -> dict[int, int]:
    """Pair system actors with gold actors (same kind, a shared form), one to one."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    gold_forms = [_forms(g) for g in gold]
    for i, s in enumerate(system):
        forms = _forms(s)
        best = None
        for j, g in enumerate(gold):
            if j in used or g["kind"] != s["kind"]:
                continue
            if norm(s["name"]) in gold_forms[j]:
                best = j
                break
            if best is None and forms & gold_forms[j]:
                best = j
        if best is not None:
            pairs[i] = best
            used.add(best)
    return pairs


def _to_gold_name(name: str, system: list[dict], gold: list[dict], pairs: dict[int, int]) -> str | None:
    """The gold actor name a system participant or `of` stands for, if any."""
    key = norm(name)
    for i, s in enumerate(system):
        if i in pairs and key in _forms(s):
            return gold[pairs[i]]["name"]
    for g in gold:
        if key in _forms(g):
            return g["name"]
    return None


def score_document(system: dict, gold: dict, text_lines: list[str]) -> tuple[Scores, list[str]]:
    """Score one document's extraction (gold schema) against its gold part."""
    sc = Scores(documents=1)
    errors: list[str] = []
    sys_bp = {line.strip() for line in system.get("boilerplate", [])}
    gold_bp = {line.strip() for line in gold.get("boilerplate", [])}
    sc.boilerplate = PRF(len(sys_bp & gold_bp), len(sys_bp - gold_bp), len(gold_bp - sys_bp))
    for line in sorted(sys_bp - gold_bp):
        errors.append(f"boilerplate false alarm: {line!r}")
    for line in sorted(gold_bp - sys_bp):
        errors.append(f"boilerplate missed: {line!r}")

    s_actors, g_actors = system.get("actors", []), gold.get("actors", [])
    pairs = match_actors(s_actors, g_actors)
    sc.actors = PRF(len(pairs), len(s_actors) - len(pairs), len(g_actors) - len(pairs))
    matched_gold = set(pairs.values())
    for i, a in enumerate(s_actors):
        if i not in pairs:
            errors.append(f"actor false alarm: {a['name']} ({a['kind']})")
    for j, a in enumerate(g_actors):
        if j not in matched_gold:
            errors.append(f"actor missed: {a['name']} ({a['kind']})")

    reverse = {j: i for i, j in pairs.items()}
    for j, g in enumerate(g_actors):
        g_roles = list(g.get("roles", []))
        s_roles = list(s_actors[reverse[j]].get("roles", [])) if j in reverse else []
        found = 0
        for r in s_roles:
            of = _to_gold_name(r["of"], s_actors, g_actors, pairs) if r.get("of") else None
            titles = {norm(r["title"])}
            hit = next((gr for gr in g_roles
                        if titles & ({norm(gr["title"])} | {norm(t) for t in gr.get("title_aliases", [])})
                        and norm(of) == norm(gr.get("of"))), None)
            if hit:
                g_roles.remove(hit)
                found += 1
            else:
                errors.append(f"role false alarm: {g['name']}: {r['title']} of {r.get('of')}")
        for gr in g_roles:
            errors.append(f"role missed: {g['name']}: {gr['title']} of {gr.get('of')}")
        sc.roles.add(PRF(found, len(s_roles) - found, len(g_roles)))
    for i, s in enumerate(s_actors):
        if i not in pairs:
            sc.roles.fp += len(s.get("roles", []))

    s_events, g_events = system.get("events", []), gold.get("events", [])
    mapped = [
        {p for p in (_to_gold_name(x, s_actors, g_actors, pairs) or f"?{x}" for x in e.get("participants", []))}
        for e in s_events
    ]
    assignment = _assign_events(g_events, s_events, mapped)
    used: set[int] = set()
    matched = 0
    for gi, g in enumerate(g_events):
        g_parts = set(g.get("participants", []))
        best = assignment.get(gi)
        if best is None:
            errors.append(f"event missed: {g['type']} {g.get('date')} {g.get('participants')}: {g.get('evidence', '')[:80]!r}")
            continue
        used.add(best)
        matched += 1
        e = s_events[best]
        shared = len(mapped[best] & g_parts)
        sc.participants.add(PRF(shared, len(mapped[best]) - shared, len(g_parts) - shared))
        if mapped[best] != g_parts:
            errors.append(f"event participants: {g['type']} {g.get('date')} extra {sorted(mapped[best] - g_parts)} "
                          f"missing {sorted(g_parts - mapped[best])}")
        sc.date.add(Accuracy(int((e.get("date") or None) == (g.get("date") or None)), 1))
        sc.status.add(Accuracy(int(e.get("status") == g.get("status")), 1))
        if e.get("date") != g.get("date"):
            errors.append(f"event date: {g['type']} got {e.get('date')} want {g.get('date')}")
        if e.get("status") != g.get("status"):
            errors.append(f"event status: {g['type']} got {e.get('status')} want {g.get('status')}")
    for i, e in enumerate(s_events):
        if i not in used:
            errors.append(f"event false alarm: {e['type']} {e.get('date')} {e.get('participants')}: {e.get('evidence', '')[:80]!r}")
    sc.events = PRF(matched, len(s_events) - matched, len(g_events) - matched)
    return sc, errors


def load_corpus(corpus_dir: Path) -> list[dict]:
    """The corpus documents in `corpus_dir`, by file name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus_dir.glob("*.json"))]


def evaluate_corpus(corpus_dir: Path, extractor) -> list[DocResult]:
    """Run `extractor(source) -> Extraction` on each document and score it."""
    results = []
    for doc in load_corpus(corpus_dir):
        source = next(corpus_sources(doc, str(corpus_dir / f"{doc['id']}.json")))
        lines = [line.strip() for line in doc["text"].splitlines() if line.strip()]
        try:
            system = extractor(source).gold_json()
        except IngestError as exc:
            system = {"actors": [], "events": [], "boilerplate": []}
            failure = [f"failed: {exc}"]
        else:
            failure = []
        scores, errors = score_document(system, doc["gold"], lines)
        results.append(DocResult(doc["id"], doc.get("lang", "other"), scores, failure + errors))
    return results


def totals(results: list[DocResult]) -> dict[str, Scores]:
    """Scores overall ("all") and per language."""
    out: dict[str, Scores] = {"all": Scores()}
    for r in results:
        out["all"].add(r.scores)
        out.setdefault(r.lang, Scores()).add(r.scores)
    return out


def _tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.casefold()))


def cleaning_f1(webpages_dir: Path) -> dict:
    """Token-overlap P/R/F1 of our HTML cleaning against the pages' `articleBody`, averaged per page."""
    truth = json.loads((webpages_dir / "ground-truth.json").read_text(encoding="utf-8"))
    precision = recall = f1 = 0.0
    failed = 0
    for key, item in truth.items():
        data = gzip.decompress((webpages_dir / "html" / f"{key}.html.gz").read_bytes())
        try:
            text = to_article(Source(uri=item["url"], data=data, media_type="text/html")).text
        except IngestError:
            text = ""
            failed += 1
        got, want = _tokens(text), _tokens(item["articleBody"])
        overlap = sum((got & want).values())
        p = overlap / sum(got.values()) if got else 0.0
        r = overlap / sum(want.values()) if want else 0.0
        precision += p
        recall += r
        f1 += 2 * p * r / (p + r) if p + r else 0.0
    n = len(truth)
    return {"pages": n, "failed": failed, "precision": round(precision / n, 4),
            "recall": round(recall / n, 4), "f1": round(f1 / n, 4)}
